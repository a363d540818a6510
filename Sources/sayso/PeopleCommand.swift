import ArgumentParser
import SaysoCore

/// `sayso people`: everyone quoted across the corpus.
struct PeopleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "people",
    abstract: "List everyone quoted across the corpus, most quoted first.",
    discussion: """
      Only persons are listed (organisations, places and other names that speak are not people). The same \
      person in several articles is one entry: names are compared ignoring case, accents and spacing, and a \
      bare surname joins the full name when the corpus has one person of that surname. Each entry gives the \
      name, number of quotes and of articles, then every role the articles give and the articles' paths.
      """)

  @OptionGroup var corpusOptions: CorpusOptions

  func run() throws {
    var corpus = corpusOptions.corpus
    var directory = PeopleIndex()
    corpus.forEachSource { articles in
      ParallelAnalysis.forEach(articles) { directory.add($0) }
    }
    for person in directory.people {
      let quotes = person.quotes == 1 ? "1 quote" : "\(person.quotes) quotes"
      let articles = person.articles.count == 1 ? "1 article" : "\(person.articles.count) articles"
      print(TerminalText.line(person.name) + " — \(quotes) in \(articles)")
      if !person.roles.isEmpty {
        print("  roles: " + person.roles.map(TerminalText.line).joined(separator: "; "))
      }
      print("  articles: " + person.articles.map(TerminalText.line).joined(separator: ", "))
    }
    try corpus.finish()
  }
}
