/// The prepared paragraphs of the run of an article being analysed, looked up by their index in the
/// article: `paragraphs[attribution.paragraph]` holds for a run that starts past the first paragraph.
struct PreparedParagraphs: RandomAccessCollection {
  /// The article index of the first paragraph held.
  private(set) var first: Int
  private var storage: [ParagraphText] = []

  /// None yet; the first to be appended has article index `first`.
  init(first: Int = 0) { self.first = first }

  var startIndex: Int { first }
  var endIndex: Int { first + storage.count }

  subscript(index: Int) -> ParagraphText { storage[index - first] }

  mutating func append(_ paragraph: ParagraphText) { storage.append(paragraph) }

  mutating func reserveCapacity(_ count: Int) { storage.reserveCapacity(count) }
}
