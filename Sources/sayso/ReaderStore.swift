import ArgumentParser
import Foundation
import SaysoCore
import SaysoStore
import SaysoUI

/// The articles of the index: the library lists them from the index alone, analyses are read when an
/// article is shown (and kept), and everyone's claims only when the People or Claims view asks.
final class IndexedArticles: ArticleProvider {
  let index: CorpusIndex
  private(set) var summaries: [ArticleSummary] = []
  private var analyses: [String: ArticleAnalysis] = [:]
  private var everything: CorpusModel?

  /// The articles of `index`, in corpus order.
  ///
  /// - Throws: `SaysoStoreError` when the index cannot be read.
  init(index: CorpusIndex, listed: [IndexedArticle]? = nil) throws {
    self.index = index
    try reload(listed: listed)
  }

  /// Lists the articles again (those given, or the index's), after the index was updated; analyses
  /// are read afresh.
  func reload(listed: [IndexedArticle]? = nil) throws {
    summaries = try (listed ?? index.articles()).map { article in
      ArticleSummary(
        path: article.path, title: article.title ?? Self.fileName(article.path), source: article.source ?? "",
        date: article.date ?? "", quotes: nil, proposals: nil, people: nil)
    }
    analyses = [:]
    everything = nil
  }

  func analysis(ofArticle path: String) -> ArticleAnalysis? {
    if let analysis = analyses[path] { return analysis }
    // A read error shows as a missing article; the reader then says it is not in the corpus.
    guard let analysis = (try? index.analysis(of: path)) ?? nil else { return nil }
    analyses[path] = analysis
    return analysis
  }

  private static func fileName(_ path: String) -> String {
    path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
  }

  private var all: CorpusModel {
    if let everything { return everything }
    let model = CorpusModel(analyses: summaries.compactMap { analysis(ofArticle: $0.path) })
    everything = model
    return model
  }

  func people() -> [PersonSummary] { all.people() }
  func claims() -> [ClaimEntry] { all.claims() }
}

/// The reader's services from the store: the corpus's index (brought up to date before the first frame
/// only when it is empty, else just after it, so a large corpus shows at once), its analyses, FTS5
/// search, the bookmark database and the reading state.
///
/// A class: the update after the first frame changes what it holds.
final class ReaderStore {
  let services: AppServices
  let index: CorpusIndex
  let articles: IndexedArticles
  let bookmarks: BookmarkDatabase
  /// Whether a file of the corpus could not be read.
  private(set) var hasFailures = false
  /// Whether the index still has to be checked against the files.
  private(set) var needsUpdate: Bool
  /// Problems found while the terminal was taken over, to print on stderr once it is given back.
  private(set) var laterMessages: [String] = []

  /// Opens the store, or returns nil when it cannot be opened (the problem is reported on stderr, and
  /// the reader then keeps everything in memory).
  ///
  /// - Throws: `ExitCode.failure` after reporting when the corpus has no article at all, or its index
  ///   cannot be built.
  static func open(corpus: Corpus, options: StoreOptions) throws -> ReaderStore? {
    var session: StoreSession
    do {
      session = try StoreSession(options)
    } catch {
      return nil  // reported by StoreSession
    }
    do {
      var index = try CorpusIndex.open(corpus: StoreSession.sources(of: corpus), in: session.directories)
      var needsUpdate = true
      var hasFailures = false
      var listed = try index.articles()
      if listed.isEmpty {
        // Nothing to show yet: index now, reporting on stderr as the other commands do.
        let (updated, report) = try session.openIndex(of: corpus)
        index = updated
        listed = try index.articles()
        hasFailures = !report.errors.isEmpty
        needsUpdate = false
      } else {
        for notice in index.notices { Diagnostics.report(notice) }
      }
      let bookmarks = try session.openBookmarks()
      let state = try ReadingState.open(in: session.directories)
      for notice in state.notices { Diagnostics.report(notice) }
      let store = ReaderStore(
        index: index, articles: try IndexedArticles(index: index, listed: listed), bookmarks: bookmarks, state: state,
        needsUpdate: needsUpdate)
      store.hasFailures = hasFailures
      return store
    } catch let error as SaysoStoreError {
      Diagnostics.report(error)
      return nil
    }
    // Anything else is StoreSession's ExitCode, already reported: an empty corpus, an unwritable
    // index. It ends the command, as it ends the other commands.
  }

  private init(
    index: CorpusIndex, articles: IndexedArticles, bookmarks: BookmarkDatabase, state: ReadingState,
    needsUpdate: Bool
  ) {
    self.index = index
    self.articles = articles
    self.bookmarks = bookmarks
    self.needsUpdate = needsUpdate
    services = AppServices(
      articles: articles, search: IndexSearch(index: index),
      bookmarks: DatabaseBookmarks(database: bookmarks, index: index),
      positions: StateReadingPositions(state: state, corpus: index.identity))
  }

  /// Checks the index against the files (only changed ones are analysed again) and re-anchors the
  /// bookmarks. Runs while the reader is on screen, so nothing is printed: problems wait in
  /// `laterMessages`.
  ///
  /// - Returns: a line for the status bar when something changed or went wrong.
  func update() -> String? {
    guard needsUpdate else { return nil }
    needsUpdate = false
    do {
      let report = try index.update()
      laterMessages += report.notices.map(\.description) + report.errors.map(\.description)
      if !report.errors.isEmpty { hasFailures = true }
      try bookmarks.reanchor(corpus: index.identity, renamed: report.renamed, in: index)
      let changed = report.analysed.count + report.renamed.count + report.removed.count
      if changed > 0 { try articles.reload() }
      if !report.errors.isEmpty {
        return "\(report.errors.count) files could not be read (listed after quitting)"
      }
      return changed > 0 ? "The corpus changed: \(changed) articles indexed again" : nil
    } catch {
      laterMessages.append("\(error)")
      hasFailures = true
      return "The index could not be updated (see the message after quitting)"
    }
  }
}
