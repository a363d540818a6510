import ArgumentParser
import SaysoCLI

/// `sayso index`: builds or updates the corpus index and says what changed.
struct IndexCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Build or update the index of the corpus (search and bookmarks do it on their own).",
    discussion: """
      Only files whose size or modification time changed are read again, and only those whose bytes \
      changed are analysed again; renamed files keep their analysis, deleted ones leave the index. The \
      index is one file per corpus under $XDG_CACHE_HOME/sayso (or the --data-dir folder's cache/); it \
      can be deleted at any time and is rebuilt when damaged.

      With --check, the index is then checked through and through: SQLite's check of every table (a \
      damaged file is rebuilt from the corpus) and FTS5's integrity check of the full-text index (damage \
      there passes SQLite's check but makes searches miss results; the full-text index is rebuilt from \
      the indexed passages). The last line says what was found and done. An update that did not finish \
      (a killed process, a power cut) makes the next one run the same check first.
      """)

  @Flag(help: "Check the index (tables and full-text index) and rebuild what is damaged.")
  var check = false

  @OptionGroup var corpusOptions: CorpusOptions

  func execute() throws {
    var corpus = corpusOptions.corpus
    try corpusOptions.storeOptions.session().updateIndex(of: &corpus, check: check)
    try corpus.finish()
  }
}
