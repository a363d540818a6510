import ArgumentParser
import SaysoCLI

/// `sayso list`: the articles of the corpus, numbered for `sayso show`.
struct ListCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "List the articles of the corpus, numbered.",
    discussion: """
      One line per article: its number (for `sayso show N`), path, date, source and title (its first \
      80 characters). A missing field shows as "-". With --json: {"articles": [{"number", "path", "title", \
      "source", "date", "paragraphs"}]} (missing values are null; paragraphs is how many there are).
      """)

  @Flag(help: "Print the articles as JSON (schema above).")
  var json = false

  @OptionGroup var corpusOptions: CorpusOptions

  func execute() throws {
    var corpus = corpusOptions.corpus
    try CorpusPrinting.list(&corpus, json: json)
  }
}
