import ArgumentParser
import SaysoCLI

/// `sayso index`: builds or updates the corpus index and says what changed.
struct IndexCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Build or update the index of the corpus (search and bookmarks do it on their own).",
    discussion: IndexText.discussion)

  @Flag(help: "Check the index (tables and full-text index) and rebuild what is damaged.")
  var check = false

  @OptionGroup var corpusOptions: CorpusOptions

  func execute() throws {
    var corpus = corpusOptions.corpus
    try corpusOptions.storeOptions.session().updateIndex(of: &corpus, check: check)
    try corpus.finish()
  }
}
