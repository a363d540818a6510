import ArgumentParser
import SaysoCLI
import SaysoCore

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
      """)

  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var storeOptions: StoreOptions

  func execute() throws {
    var corpus = corpusOptions.corpus
    let (index, report) = try storeOptions.session().openIndex(of: &corpus)
    print(
      "\(report.articles.counted("article")): \(report.analysed.count) analysed, \(report.unchanged) unchanged, "
        + "\(report.touched.count) touched, \(report.renamed.count) renamed, \(report.removed.count) removed")
    if let file = index.file { print(TerminalText.line("index: \(file.path)")) }
    try corpus.finish()
  }
}
