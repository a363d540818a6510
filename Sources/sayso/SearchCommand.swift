import ArgumentParser
import Foundation
import SaysoCLI
import SaysoStore

/// `sayso search QUERY`: ranked keyword search over the paragraphs, quotes and proposals of the corpus.
struct SearchCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search paragraphs, quotes and proposals by keyword, best matches first.",
    discussion: SearchText.discussion)

  @Argument(help: "The query; several arguments are joined with spaces.")
  var query: [String]

  @Flag(help: "Print the results as JSON.")
  var json = false

  @Option(help: "The most results to show.")
  var limit = 20

  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var storeOptions: StoreOptions

  func validate() throws {
    guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
  }

  func execute() throws {
    let text = query.joined(separator: " ")
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
    var corpus = corpusOptions.corpus
    let session = try storeOptions.session()
    let (index, results) = try session.answer(
      from: &corpus, { try $0.search(parsed, limit: limit) }, articles: { $0.map(\.article) })
    try? session.openReadingState().recordSearch(text)
    let total = try index.total(of: parsed, returned: results.count, limit: limit)
    if json {
      print(SearchText.json(text, results, total: total).serialized)
    } else {
      for result in results { print(SearchText.listing(result)) }
      if let line = SearchText.countLine(shown: results.count, total: total) { print(line) }
    }
    try corpus.finish(listed: results.count, json: json, asked: text)
  }
}
