/// Where the reader was in an article: the paragraph and the scalar offset of the first line shown.
public struct ReadingPosition: Codable, Equatable, Sendable {
  public var paragraph: Int
  public var offset: Int

  public init(paragraph: Int, offset: Int) {
    self.paragraph = paragraph
    self.offset = offset
  }
}

/// Remembers the reading position of each article.
public protocol ReadingPositionStore: AnyObject {
  /// The saved position in the article at `path`.
  func position(forArticle path: String) -> ReadingPosition?
  /// Remembers a position (in memory; `flush()` makes it last).
  func save(_ position: ReadingPosition, forArticle path: String)
  /// Writes what changed to disk.
  func flush() throws
  /// The searches across articles made earlier (also in earlier sessions), oldest first.
  func recentSearches() -> [String]
  /// Remembers a search across articles.
  func recordSearch(_ query: String)
}

extension ReadingPositionStore {
  public func recentSearches() -> [String] { [] }
  public func recordSearch(_ query: String) {}
}
