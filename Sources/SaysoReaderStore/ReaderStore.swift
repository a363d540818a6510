import Foundation
import SaysoCore
import SaysoStore
import SaysoUI

/// The reader's services from the library's store: the corpus's index, its analyses, FTS5 search, the
/// bookmark database and the reading state — on disk, or all in memory (`--in-memory`, tests,
/// benchmarks) through the same code.
///
/// A class: the update after the first frame changes what it holds.
public final class ReaderStore {
  public let services: AppServices
  public let index: CorpusIndex
  public let articles: IndexedArticles
  public let bookmarks: BookmarkDatabase
  /// Whether the index still has to be checked against the files.
  public private(set) var needsUpdate: Bool
  /// What the update after the first frame did (with the files it could not read), to report on stderr
  /// once the terminal is given back.
  public private(set) var lateReport: UpdateReport?
  /// A failure of that update, to report likewise.
  public private(set) var lateError: String?

  /// The store over opened parts.
  ///
  /// - Parameters:
  ///   - listed: the index's articles when they were just read; nil reads them.
  ///   - needsUpdate: whether `update()` should still check the index against the files.
  /// - Throws: `SaysoStoreError` when the index cannot be read.
  public init(
    index: CorpusIndex, bookmarks: BookmarkDatabase, state: ReadingState, listed: [IndexedArticle]? = nil,
    needsUpdate: Bool
  ) throws(SaysoStoreError) {
    self.index = index
    self.bookmarks = bookmarks
    self.needsUpdate = needsUpdate
    articles = try IndexedArticles(index: index, listed: listed)
    services = AppServices(
      articles: articles, search: IndexSearch(index: index),
      bookmarks: DatabaseBookmarks(database: bookmarks, index: index),
      positions: StateReadingPositions(state: state, corpus: index.identity), stories: IndexStories(index: index))
  }

  /// A store whose index is held in memory, built now from `sources`: no index file is read or
  /// written. Bookmarks and reading state are those given (the user's, on disk, for `--in-memory`), else
  /// in memory too.
  ///
  /// - Parameter progress: told how indexing goes (see `CorpusIndex.update(while:progress:)`).
  /// - Returns: the store, and what indexing the corpus did (with the files it could not read).
  /// - Throws: `SaysoStoreError` when indexing fails.
  public static func inMemory(
    corpus sources: [CorpusSource], bookmarks: BookmarkDatabase = .inMemory(), state: ReadingState = .inMemory(),
    progress: (UpdateProgress) -> Void = { _ in }
  ) throws(SaysoStoreError) -> (ReaderStore, UpdateReport) {
    let index = CorpusIndex.inMemory(corpus: sources)
    let report = try index.update(progress: progress)
    _ = try bookmarks.reanchor(corpus: index.identity, renamed: report.renamed, in: index)
    return (try ReaderStore(index: index, bookmarks: bookmarks, state: state, needsUpdate: false), report)
  }

  /// A store held in memory over analyses made by hand (see `CorpusIndex.inMemory(analyses:)`).
  ///
  /// - Throws: `SaysoStoreError` when two analyses share a path.
  public static func inMemory(analyses: [ArticleAnalysis]) throws(SaysoStoreError) -> ReaderStore {
    try ReaderStore(
      index: .inMemory(analyses: analyses), bookmarks: .inMemory(), state: .inMemory(), needsUpdate: false)
  }

  /// Checks the index against the files (only changed ones are analysed again) and re-anchors the
  /// bookmarks. Runs while the reader is on screen, so nothing is printed: problems wait in
  /// `lateReport` and `lateError`. The reader keeps reading keys meanwhile: `keepGoing` says no when
  /// the user quits, and the update stops (see `CorpusIndex.update(while:progress:)`); `progress` is
  /// told how it goes.
  ///
  /// - Returns: a line for the status bar when something changed or went wrong.
  public func update(
    while keepGoing: () -> Bool = { true }, progress: (UpdateProgress) -> Void = { _ in }
  ) -> String? {
    guard needsUpdate else { return nil }
    needsUpdate = false
    do {
      let report = try index.update(while: keepGoing, progress: progress)
      lateReport = report
      guard report.isComplete else { return nil }
      try bookmarks.reanchor(corpus: index.identity, renamed: report.renamed, in: index)
      services.refreshBookmarks()
      services.refreshStories()
      let changed = report.analysed.count + report.renamed.count + report.removed.count
      if changed > 0 { try articles.reload() }
      if !report.errors.isEmpty {
        return report.errors.count.counted("file") + " could not be read (listed after quitting)"
      }
      return changed > 0 ? "The corpus changed: \(changed.counted("article")) indexed again" : nil
    } catch {
      lateError = "\(error)"
      return "The index could not be updated (see the message after quitting)"
    }
  }
}
