import Foundation
import SaysoCore

/// Finds the article the user means by `ARTICLE` in `sayso show`.
///
/// Tried in order: a 1-based number from `sayso list`; the exact path or file name of an article in the
/// corpus; a file on disk (read even when it is not in the corpus); a title fragment, ignoring case.
/// A file name or title fragment that fits several articles is an error that lists them.
struct ArticleSelector {
  /// The corpus in `sayso list` order.
  var articles: [Article]

  /// What the selector found: an article of the corpus, or a file outside it to load.
  enum Selection: Equatable {
    case article(Article)
    case file(String)
  }

  /// The article `query` names.
  ///
  /// - Parameters:
  ///   - query: what the user typed.
  ///   - fileExists: whether a path names a file, not a folder (replaceable in tests).
  /// - Throws: `SaysoError` when nothing or several articles match.
  func select(_ query: String, fileExists: (String) -> Bool = ArticleSelector.isFile) throws -> Selection {
    let trimmed = query.trimmingCharacters(in: .whitespaces)
    if let number = Int(trimmed), trimmed.allSatisfy(\.isASCII) {
      guard articles.indices.contains(number - 1) else {
        throw SaysoError.articleNumberOutOfRange(number, count: articles.count)
      }
      return .article(articles[number - 1])
    }
    if let article = articles.first(where: { $0.path == query }) { return .article(article) }
    let sameName = articles.filter { $0.fileName == query }
    if sameName.count == 1 { return .article(sameName[0]) }
    if sameName.count > 1 { throw SaysoError.ambiguousArticle(query, matches: sameName.map(\.path)) }
    if fileExists(query) { return .file(query) }
    let fragment = trimmed.lowercased()
    let titled = fragment.isEmpty ? [] : articles.filter { Self.title(of: $0).lowercased().contains(fragment) }
    if titled.count == 1 { return .article(titled[0]) }
    if titled.count > 1 { throw SaysoError.ambiguousArticle(query, matches: titled.map(\.path)) }
    throw SaysoError.unknownArticle(query)
  }

  /// Whether `path` names an existing file that is not a folder.
  static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
  }

  /// The article's title, or its first paragraph when the reader found no title.
  static func title(of article: Article) -> String {
    article.title ?? article.paragraphs.first?.text ?? ""
  }
}
