/// Searches the whole corpus, in the library's query syntax. SaysoReaderStore implements it with the
/// index's FTS5 search (the one `sayso search` uses).
public protocol SearchProvider: AnyObject {
  /// The paragraphs matching `query`, best first.
  ///
  /// - Throws: when the query cannot be read (the message is shown to the user).
  func search(_ query: String, limit: Int) throws -> [SearchHit]

  /// How many results `query` has in all, given that `search` returned `returned` of at most `limit`
  /// (the number "500 of 9221 results" gives; it may count matching paragraphs rather than claims).
  func total(_ query: String, returned: Int, limit: Int) throws -> Int
}
