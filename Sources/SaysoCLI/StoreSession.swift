import Foundation
import SaysoCore
import SaysoStore

/// Wires SaysoStore into a command: the data folders, the corpus index brought up to date, and the
/// bookmarks, with every problem reported the way the other commands report theirs.
public struct StoreSession {
  /// The folders in use.
  public let directories: DataDirectories

  /// Resolves the folders: `dataDirectory` (`--data-dir`), else `$SAYSO_DATA_DIR`, else the XDG ones.
  ///
  /// - Throws: `SaysoStoreError.noHomeDirectory` when no folder can be found.
  public init(dataDirectory: String?) throws(SaysoStoreError) {
    directories = try DataDirectories.resolve(dataDirectory: dataDirectory)
  }

  /// The store's sources for a corpus: its paths, or the seeds built into the binary.
  public static func sources(of corpus: Corpus) -> [CorpusSource] {
    corpus.sources.map { source in
      switch source {
      case .seeds:
        .embedded(
          name: "seeds",
          documents: SeedCorpus.files.map { EmbeddedDocument(path: "seeds/\($0.name)", bytes: $0.bytes) })
      case .path(let path): .path(path)
      }
    }
  }

  /// Opens the index of `corpus` and brings it up to date. Files that cannot be read are recorded in
  /// `corpus` (and reported on stderr), as are the problems the index recovered from.
  ///
  /// - Returns: the index and what the update did.
  /// - Throws: `SaysoStoreError` when the index cannot be opened or written; `SaysoError.exit(1)` when
  ///   the corpus has no article (reported).
  public func openIndex(of corpus: inout Corpus) throws -> (CorpusIndex, UpdateReport) {
    let index = try CorpusIndex.open(corpus: Self.sources(of: corpus), in: directories)
    let report = try index.update()
    try Self.record(report, in: &corpus)
    return (index, report)
  }

  /// Opens the index of `corpus` and answers `ask` from it, walking the corpus only when needed.
  ///
  /// When no folder of the corpus changed since the last full update (`CorpusIndex.isFresh`), the index
  /// answers at once and only the articles of the answer (`articles`) are checked on disk; if one was
  /// edited since it was indexed, the index is updated and asked again, so an answer never shows an
  /// article's stale analysis. Otherwise the index is updated first, as `openIndex(of:)` does.
  ///
  /// - Returns: the index and the answer.
  /// - Throws: as `openIndex(of:)`, and whatever `ask` throws.
  public func answer<Answer>(
    from corpus: inout Corpus, _ ask: (CorpusIndex) throws -> Answer, articles: (Answer) -> [String]
  ) throws -> (CorpusIndex, Answer) {
    let index = try CorpusIndex.open(corpus: Self.sources(of: corpus), in: directories)
    if index.isFresh() {
      let answer = try ask(index)
      if try index.changedArticles(articles(answer)).isEmpty {
        try Self.record(index.currentReport(), in: &corpus)
        return (index, answer)
      }
    }
    try Self.record(index.update(), in: &corpus)
    return (index, try ask(index))
  }

  /// Records what an update found in `corpus`: notices on stderr, files that could not be read.
  ///
  /// - Throws: `SaysoError.exit(1)` when the corpus has no article (reported).
  public static func record(_ report: UpdateReport, in corpus: inout Corpus) throws {
    for notice in report.notices { Diagnostics.report(notice) }
    for error in report.errors { corpus.record(error) }
    corpus.articleCount = report.articles
    if report.articles == 0 { try corpus.finish() }
  }

  /// Opens the bookmarks, reporting a damaged file that was moved aside.
  ///
  /// - Throws: `SaysoStoreError` when they cannot be opened.
  public func openBookmarks() throws(SaysoStoreError) -> BookmarkDatabase {
    let bookmarks = try BookmarkDatabase.open(in: directories)
    for notice in bookmarks.notices { Diagnostics.report(notice) }
    return bookmarks
  }

  /// Opens the reading state, reporting a damaged file that was moved aside.
  ///
  /// - Throws: `SaysoStoreError` when it cannot be opened.
  public func openReadingState() throws(SaysoStoreError) -> ReadingState {
    let state = try ReadingState.open(in: directories)
    for notice in state.notices { Diagnostics.report(notice) }
    return state
  }
}
