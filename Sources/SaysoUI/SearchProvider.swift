/// Searches the whole corpus. The store's FTS5 index implements it in `sayso`; `InMemorySearch`
/// scans analyses held in memory.
public protocol SearchProvider: AnyObject {
  /// The paragraphs matching `query`, best first.
  ///
  /// - Throws: when the query cannot be read (the message is shown to the user).
  func search(_ query: String, limit: Int) throws -> [SearchHit]
}
