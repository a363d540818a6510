import Foundation
import SaysoStore

/// A passage as `sayso bookmark add` names it: `ARTICLE:PARAGRAPH` or `ARTICLE:PARAGRAPH:START-END`.
///
/// ARTICLE is what `sayso show` takes (a number from `sayso list`, a path, a file name or part of a
/// title, chosen by `ArticleSelector`); it may itself contain colons, since the paragraph and span are
/// read from the right.
public struct PassageReference: Equatable {
  public var article: String
  public var paragraph: Int
  /// Unicode scalar offsets inside the paragraph; nil for the whole paragraph.
  public var span: Range<Int>?

  /// Reads a reference.
  ///
  /// - Throws: `SaysoError.invalidPassageReference` when it is not one.
  public init(_ text: String) throws(SaysoError) {
    var parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    var span: Range<Int>?
    if parts.count >= 3, let last = parts.last, last.contains("-") {
      let bounds = last.split(separator: "-", omittingEmptySubsequences: false)
      guard bounds.count == 2, let start = Self.number(bounds[0]), let end = Self.number(bounds[1]), start < end else {
        throw SaysoError.invalidPassageReference(text)
      }
      span = start..<end
      parts.removeLast()
    }
    guard parts.count >= 2, let paragraph = Self.number(parts.removeLast()[...]) else {
      throw SaysoError.invalidPassageReference(text)
    }
    let article = parts.joined(separator: ":")
    guard !article.isEmpty else { throw SaysoError.invalidPassageReference(text) }
    self.article = article
    self.paragraph = paragraph
    self.span = span
  }

  private static func number(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(text)
  }
}
