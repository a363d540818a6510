/// Where a bookmarked passage stands, robustly: its position, and its text with some context on either
/// side (the W3C Web Annotation TextQuoteSelector idea), so it can be found again after the article
/// file changes.
///
/// Offsets are Unicode scalar offsets into the paragraph's text, like claims' offsets.
public struct PassageAnchor: Sendable, Equatable, Hashable, Codable {
  /// How many Unicode scalars of context are kept before and after the passage.
  public static let contextLength = 32

  /// The paragraph's index in its article (from 0, title included).
  public var paragraph: Int
  /// The passage's start and end in the paragraph.
  public var start: Int
  public var end: Int
  /// The passage's text.
  public var exact: String
  /// Up to `contextLength` scalars of the paragraph just before the passage.
  public var prefix: String
  /// Up to `contextLength` scalars of the paragraph just after the passage.
  public var suffix: String
  /// Whether the passage is the whole paragraph (it then stays the whole paragraph when re-anchored).
  public var isWholeParagraph: Bool

  /// Makes an anchor from its parts.
  public init(
    paragraph: Int, start: Int, end: Int, exact: String, prefix: String, suffix: String, isWholeParagraph: Bool
  ) {
    self.paragraph = paragraph
    self.start = start
    self.end = end
    self.exact = exact
    self.prefix = prefix
    self.suffix = suffix
    self.isWholeParagraph = isWholeParagraph
  }

  /// The anchor of `start..<end` in a paragraph whose text is `text`, taking the passage and its context
  /// from the text; nil span: the whole paragraph.
  ///
  /// - Precondition: the span lies inside the text (the caller checks).
  public init(paragraph: Int, span: Range<Int>?, in text: String) {
    let scalars = Array(text.unicodeScalars)
    self.init(paragraph: paragraph, span: span ?? 0..<scalars.count, scalars: scalars, isWholeParagraph: span == nil)
  }

  init(paragraph: Int, span: Range<Int>, scalars: [Unicode.Scalar], isWholeParagraph: Bool) {
    func string(_ range: Range<Int>) -> String {
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars[range])
      return String(text)
    }
    self.init(
      paragraph: paragraph, start: span.lowerBound, end: span.upperBound, exact: string(span),
      prefix: string(max(0, span.lowerBound - Self.contextLength)..<span.lowerBound),
      suffix: string(span.upperBound..<min(scalars.count, span.upperBound + Self.contextLength)),
      isWholeParagraph: isWholeParagraph)
  }
}

/// How a bookmark's passage was found the last time its article was checked.
public enum AnchorStatus: String, Sendable, Codable, CaseIterable {
  /// Exactly where it was when bookmarked (or last found).
  case exact
  /// The same text, at a new place (another paragraph or offset).
  case moved
  /// Found by its context or approximately: the text was edited; the anchor now holds the new text.
  case changed
  /// The passage is no longer in the article: the bookmark keeps its saved text and note.
  case orphanedPassage = "orphaned-passage"
  /// The article is no longer in the corpus: the bookmark keeps its saved text and note.
  case orphanedArticle = "orphaned-article"

  /// Whether the passage could not be found.
  public var isOrphaned: Bool { self == .orphanedPassage || self == .orphanedArticle }
}
