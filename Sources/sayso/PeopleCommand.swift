import ArgumentParser
import SaysoCLI
import SaysoCore

/// `sayso people`: everyone quoted across the corpus.
struct PeopleCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "people",
    abstract: "List everyone quoted across the corpus, most quoted first.",
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
    var directory = PeopleIndex()
    corpus.forEachAnalysis { directory.add($0) }
    let people = directory.people
    if json {
      var stream = JSONOutput.Stream(key: "people")
      for person in people { stream.write(JSONOutput.person(person)) }
      stream.close()
    } else {
      for person in people { print(CorpusText.person(person)) }
    }
    try corpus.finish(listed: people.count, json: json, asked: "people: no one is quoted in the corpus")
  }
}
