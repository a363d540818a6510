import ArgumentParser
import SaysoStore

/// `sayso index`: builds or updates the corpus index and says what changed.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Build or update the index of the corpus (search and bookmarks do it on their own).",
    discussion: """
      Only files whose size or modification time changed are read again, and only those whose bytes \
      changed are analysed again; renamed files keep their analysis, deleted ones leave the index. The \
      index is one file per corpus under $XDG_CACHE_HOME/sayso (or the --data-dir folder's cache/); it \
      can be deleted at any time and is rebuilt when damaged.
      """)

  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var storeOptions: StoreOptions

  func run() throws {
    var session = try StoreSession(storeOptions)
    let (index, report) = try session.openIndex(of: corpusOptions.corpus)
    print(
      "\(report.articles) articles: \(report.analysed.count) analysed, \(report.unchanged) unchanged, "
        + "\(report.touched.count) touched, \(report.renamed.count) renamed, \(report.removed.count) removed")
    if let file = index.file { print(TerminalText.line("index: \(file.path)")) }
    try session.finish()
  }
}
