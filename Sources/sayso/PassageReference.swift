import Foundation
import SaysoStore

/// A passage as `sayso bookmark add` names it: `ARTICLE:PARAGRAPH` or `ARTICLE:PARAGRAPH:START-END`.
///
/// ARTICLE is what `sayso show` takes (a number from `sayso list`, a path, a file name or part of a
/// title); it may itself contain colons, since the paragraph and span are read from the right.
struct PassageReference: Equatable {
  var article: String
  var paragraph: Int
  /// Unicode scalar offsets inside the paragraph; nil for the whole paragraph.
  var span: Range<Int>?

  /// Reads a reference.
  ///
  /// - Throws: `SaysoError.invalidPassageReference` when it is not one.
  init(_ text: String) throws {
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

  /// The indexed article `query` names, chosen as `sayso show` chooses: a number from `sayso list`, an
  /// exact path, a unique file name, then a unique part of a title (ignoring case).
  ///
  /// - Throws: `SaysoError` when no article or several match.
  static func article(_ query: String, in articles: [IndexedArticle]) throws -> IndexedArticle {
    let trimmed = query.trimmingCharacters(in: .whitespaces)
    if let number = Int(trimmed), trimmed.allSatisfy(\.isASCII) {
      guard articles.indices.contains(number - 1) else {
        throw SaysoError.articleNumberOutOfRange(number, count: articles.count)
      }
      return articles[number - 1]
    }
    if let article = articles.first(where: { $0.path == query }) { return article }
    let sameName = articles.filter { $0.path.split(separator: "/").last.map(String.init) == query }
    if sameName.count == 1 { return sameName[0] }
    if sameName.count > 1 { throw SaysoError.ambiguousArticle(query, matches: sameName.map(\.path)) }
    let fragment = trimmed.lowercased()
    let titled = fragment.isEmpty ? [] : articles.filter { ($0.title ?? "").lowercased().contains(fragment) }
    if titled.count == 1 { return titled[0] }
    if titled.count > 1 { throw SaysoError.ambiguousArticle(query, matches: titled.map(\.path)) }
    throw SaysoError.unknownArticle(query)
  }
}
