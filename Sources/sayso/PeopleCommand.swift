import ArgumentParser
import SaysoCLI

/// `sayso people`: everyone quoted across the corpus.
struct PeopleCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "people", abstract: "List everyone quoted across the corpus, most quoted first.",
    discussion: """
      Only persons are listed (organisations, places and other names that speak are not people). The same \
      person in several articles is one entry: names are compared ignoring case, accents and spacing, and a \
      bare surname joins the full name when the corpus has one person of that surname. Each entry gives the \
      name, number of quotes and of articles, then every role the articles give and the articles' paths. \
      With --json: {"people": [{"name", "roles", "quotes", "proposals", "articles"}]}.
      """)

  @Flag(help: "Print the people as JSON (schema above).")
  var json = false

  @OptionGroup var corpusOptions: CorpusOptions

  func execute() throws {
    var corpus = corpusOptions.corpus
    try CorpusPrinting.people(&corpus, json: json)
  }
}
