import ArgumentParser
import SaysoCLI
import SaysoCore

/// `sayso index`: builds or updates the corpus index and says what changed.
struct IndexCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Build or update the index of the corpus (search and bookmarks do it on their own).",
    discussion: IndexText.discussion)

  @Flag(help: "Check the index (tables and full-text index) and rebuild what is damaged.")
  var check = false

  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var storeOptions: StoreOptions

  func execute() throws {
    var corpus = corpusOptions.corpus
    let (index, report) = try storeOptions.session().openIndex(of: &corpus)
    print(IndexText.summary(report))
    if let file = index.file { print(TerminalText.line("index: \(file.path)")) }
    if check { print(IndexText.check(try index.check())) }
    try corpus.finish()
  }
}
