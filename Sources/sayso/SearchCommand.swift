import ArgumentParser
import SaysoCLI

/// `sayso search QUERY`: ranked keyword search over the paragraphs, quotes and proposals of the corpus.
struct SearchCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "search", abstract: "Search paragraphs, quotes and proposals by keyword, best matches first.",
    discussion: SearchText.discussion)

  @Argument(help: "The query; several arguments are joined with spaces.")
  var query: [String]

  @Flag(help: "Print the results as JSON.")
  var json = false

  @Option(help: "The most results to show.")
  var limit = 20

  @OptionGroup var corpusOptions: CorpusOptions

  func validate() throws {
    guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
  }

  func execute() throws {
    try Self.search(
      SearchArguments(
        query: query, json: json, limit: limit, paths: corpusOptions.paths, strict: corpusOptions.strict,
        dataDirectory: corpusOptions.storeOptions.dataDirectory))
  }

  /// Runs a search read without ArgumentParser (see `SearchArguments`), as `run()` runs a parsed one.
  static func run(_ arguments: SearchArguments) {
    let status = Diagnostics.status(of: { try search(arguments) })
    if status != 0 { Diagnostics.exit(status: status, message: "") }
  }

  private static func search(_ arguments: SearchArguments) throws {
    let text = arguments.query.joined(separator: " ")
    var corpus = Corpus(paths: arguments.paths, strict: arguments.strict, dataDirectory: arguments.dataDirectory)
    let session = try StoreSession(dataDirectory: arguments.dataDirectory)
    let listed = try session.search(text, limit: arguments.limit, json: arguments.json, corpus: &corpus)
    try corpus.finish(listed: listed, json: arguments.json, asked: text)
  }
}
