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
    let text = query.joined(separator: " ")
    var corpus = corpusOptions.corpus
    let session = try corpusOptions.storeOptions.session()
    let listed = try session.search(text, limit: limit, json: json, corpus: &corpus)
    try corpus.finish(listed: listed, json: json, asked: text)
  }
}
