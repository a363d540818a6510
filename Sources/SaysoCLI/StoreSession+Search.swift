import Foundation
import SaysoCore
import SaysoStore

/// `sayso search`'s work and `sayso index`'s report, on the session's stores.
extension StoreSession {
  /// Searches the corpus's index for `text` and prints the results (as JSON with `json`), recording the
  /// query in the search history.
  ///
  /// A query that cannot be read is reported with a caret under the column at fault (status 1).
  ///
  /// - Returns: how many results were printed.
  /// - Throws: `SaysoError.exit(1)` for a bad query, `SaysoStoreError` when the index cannot be used.
  public func search(_ text: String, limit: Int, json: Bool, corpus: inout Corpus) throws -> Int {
    let parsed: Query
    do {
      parsed = try QueryParser.parse(text)
    } catch {
      Diagnostics.report(SaysoError.invalidQuery(text, error))
      if case .malformedQuery(_, let position) = error {
        FileHandle.standardError.write(Data(SearchText.caret(under: text, at: position).utf8))
      }
      throw SaysoError.exit(1)
    }
    let (index, (results, matches)) = try answer(
      from: &corpus, { try $0.searchCounting(parsed, limit: limit) }, articles: { $0.results.map(\.article) })
    let total = try index.total(of: parsed, returned: results.count, limit: limit, matches: matches)
    if json {
      print(SearchText.json(text, results, total: total).serialized)
    } else {
      for result in results { print(SearchText.listing(result)) }
      if let line = SearchText.countLine(shown: results.count, total: total) { print(line) }
    }
    // The history is written once the results are out: the one who asked need not wait for it.
    fflush(nil)  // (every output stream: `stdout` itself is shared mutable state to Swift 6)
    try? ReadingState.recordSearch(text, in: directories)
    return results.count
  }

  /// Brings the corpus's index up to date and prints what changed, then with `check` checks it through
  /// and prints what was found and done.
  public func updateIndex(of corpus: inout Corpus, check: Bool) throws {
    let (index, report) = try openIndex(of: &corpus)
    print(IndexText.summary(report))
    if let file = index.file { print(TerminalText.line("index: \(file.path)")) }
    if check { print(IndexText.check(try index.check())) }
  }
}
