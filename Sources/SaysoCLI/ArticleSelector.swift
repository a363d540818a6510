import Foundation
import SaysoCore
import SaysoStore

/// Finds the article the user means by `ARTICLE` (in `sayso show` and `sayso bookmark add`): one set of
/// rules, over the articles as loaded (`Article`) or as indexed (`IndexedArticle`).
///
/// Tried in order: a 1-based number from `sayso list`; the exact path of an article in the corpus, or
/// its path relative to the corpus root (`business/001.txt`, any end of its path after a "/"), or its
/// file name; a file on disk (read even when it is not in the corpus); a title fragment, ignoring case.
/// A file name or title fragment that fits several articles is an error that lists them.
public struct ArticleSelector<Candidate> {
  /// The corpus in `sayso list` order.
  public var candidates: [Candidate]
  private let path: (Candidate) -> String
  private let title: (Candidate) -> String

  /// What the selector found: an article of the corpus, or a file outside it to load.
  public enum Selection {
    case article(Candidate)
    case file(String)
  }

  /// A selector over `candidates`, reading each one's path and title (or first paragraph) with these.
  public init(_ candidates: [Candidate], path: @escaping (Candidate) -> String, title: @escaping (Candidate) -> String)
  {
    self.candidates = candidates
    self.path = path
    self.title = title
  }

  /// The article `query` names.
  ///
  /// - Parameters:
  ///   - query: what the user typed.
  ///   - fileExists: whether a path names a file, not a folder (replaceable in tests; `{ _ in false }`
  ///     keeps the choice inside the corpus).
  /// - Throws: `SaysoError` when nothing or several articles match.
  public func select(_ query: String, fileExists: (String) -> Bool = isFile) throws(SaysoError) -> Selection {
    let trimmed = query.trimmingCharacters(in: .whitespaces)
    if let number = Int(trimmed), trimmed.allSatisfy(\.isASCII) {
      guard candidates.indices.contains(number - 1) else {
        throw .articleNumberOutOfRange(number, count: candidates.count)
      }
      return .article(candidates[number - 1])
    }
    if let article = candidates.first(where: { path($0) == query }) { return .article(article) }
    // A path relative to the corpus root, as the reader shows it: `business/001.txt`.
    if query.contains("/"), !query.hasPrefix("/") {
      let tail = "/" + query
      if let article = try unique(candidates.filter { path($0).hasSuffix(tail) }, query) { return .article(article) }
    }
    let sameName = candidates.filter { path($0).split(separator: "/").last.map(String.init) == query }
    if let article = try unique(sameName, query) { return .article(article) }
    // A path whose bytes are not UTF-8 is a file too: reading it says so, naming it.
    if fileExists(query) || Corpus.isInvalidFileName(query) { return .file(query) }
    let fragment = trimmed.lowercased()
    let titled = fragment.isEmpty ? [] : candidates.filter { title($0).lowercased().contains(fragment) }
    if let article = try unique(titled, query) { return .article(article) }
    throw .unknownArticle(query)
  }

  /// The one match, nil for none; several are an error that lists them.
  private func unique(_ matches: [Candidate], _ query: String) throws(SaysoError) -> Candidate? {
    if matches.count > 1 { throw .ambiguousArticle(query, matches: matches.map(path)) }
    return matches.first
  }
}

extension ArticleSelector.Selection: Equatable where Candidate: Equatable {}

/// Whether `path` names an existing file that is not a folder.
public func isFile(_ path: String) -> Bool {
  var isDirectory: ObjCBool = false
  return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
}

extension ArticleSelector where Candidate == Article {
  /// A selector over loaded articles.
  public init(articles: [Article]) {
    self.init(articles, path: \.path, title: Self.title)
  }

  /// The article's title, or its first paragraph when the reader found no title.
  public static func title(of article: Article) -> String {
    article.title ?? article.paragraphs.first?.text ?? ""
  }
}

extension ArticleSelector where Candidate == IndexedArticle {
  /// A selector over the articles of an index.
  public init(articles: [IndexedArticle]) {
    self.init(articles, path: \.path, title: { $0.title ?? "" })
  }

  /// The indexed article `query` names, never a file outside the corpus.
  ///
  /// - Throws: `SaysoError` when no article or several match.
  public func article(_ query: String) throws(SaysoError) -> IndexedArticle {
    guard case .article(let article) = try select(query, fileExists: { _ in false }) else {
      throw .unknownArticle(query)
    }
    return article
  }
}
