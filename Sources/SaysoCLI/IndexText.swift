import SaysoCore
import SaysoStore

/// How `sayso index` reads: its help, what an update did, and what a check found.
public enum IndexText {
  /// What `sayso index --help` says about updates and checks.
  public static let discussion = """
    Only files whose size or modification time changed are read again, and only those whose bytes \
    changed are analysed again; renamed files keep their analysis, deleted ones leave the index. The \
    index is one file per corpus under $XDG_CACHE_HOME/sayso (or the --data-dir folder's cache/); it \
    can be deleted at any time and is rebuilt when damaged.

    With --check, the index is then checked through and through: SQLite's check of every table (a \
    damaged file is rebuilt from the corpus) and FTS5's integrity check of the full-text index (damage \
    there passes SQLite's check but makes searches miss results; the full-text index is rebuilt from \
    the indexed passages). The last line says what was found and done. An update that did not finish \
    (a killed process, a power cut) makes the next one run the same check first.
    """

  /// One line: how many articles, and what the update did with them.
  public static func summary(_ report: UpdateReport) -> String {
    "\(report.articles.counted("article")): \(report.analysed.count) analysed, \(report.unchanged) unchanged, "
      + "\(report.touched.count) touched, \(report.renamed.count) renamed, \(report.removed.count) removed"
  }

  /// One line: what `check()` found and did.
  public static func check(_ outcome: CorpusIndex.CheckOutcome) -> String {
    switch outcome {
    case .sound: "check: no damage found"
    case .searchIndexRebuilt: "check: the full-text index was damaged; rebuilt it from the indexed passages"
    case .indexRebuilt: "check: the index file was damaged; rebuilt it from the corpus"
    }
  }
}
