/// One paragraph that matches a global search.
public struct SearchHit: Equatable, Sendable {
  /// The article's path.
  public var article: String
  public var title: String
  public var paragraph: Int
  /// A piece of the paragraph around the matches, on one line.
  public var snippet: String
  /// The matched words in `snippet`, as Unicode scalar offsets.
  public var marks: [Range<Int>]
  /// The words to highlight when the paragraph is opened.
  public var terms: [String]

  public init(article: String, title: String, paragraph: Int, snippet: String, marks: [Range<Int>], terms: [String]) {
    self.article = article
    self.title = title
    self.paragraph = paragraph
    self.snippet = snippet
    self.marks = marks
    self.terms = terms
  }
}
