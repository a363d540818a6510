import ArgumentParser
import Foundation
import SaysoCore
import SaysoStore
import SaysoUI

/// The library's store behind the reader's protocols: the views never see it, only these adapters.

/// Global search through the index's FTS5 search, in the library's query syntax (`sayso search`).
final class IndexSearch: SearchProvider {
  let index: CorpusIndex

  init(index: CorpusIndex) { self.index = index }

  func search(_ query: String, limit: Int) throws -> [SearchHit] {
    try index.search(query, limit: limit).map { result in
      let snippet = result.snippet
      let scalars = Array(snippet.text.unicodeScalars)
      // The marked words, to highlight again when the paragraph is opened.
      var terms: [String] = []
      for mark in snippet.marks where mark.upperBound <= scalars.count {
        let word = String(String.UnicodeScalarView(scalars[mark]))
        if !terms.contains(where: { $0.lowercased() == word.lowercased() }) { terms.append(word) }
      }
      var title = result.title ?? result.article
      if let speaker = result.speaker { title += " — \(result.kind.rawValue) by \(speaker)" }
      return SearchHit(
        article: result.article, title: title, paragraph: result.paragraph, snippet: snippet.text,
        marks: snippet.marks, terms: terms)
    }
  }
}

/// Bookmarks in the library's bookmark database (shared with `sayso bookmarks`), for this corpus.
final class DatabaseBookmarks: BookmarkStore {
  let database: BookmarkDatabase
  let index: CorpusIndex

  init(database: BookmarkDatabase, index: CorpusIndex) {
    self.database = database
    self.index = index
  }

  func bookmarks() throws -> [BookmarkRecord] {
    try database.bookmarks(inCorpus: index.identity.key).map { bookmark in
      let anchor = bookmark.anchor
      var record = BookmarkRecord(
        id: String(bookmark.id), article: bookmark.article, articleTitle: bookmark.title ?? bookmark.article,
        paragraph: anchor.paragraph, start: anchor.isWholeParagraph ? nil : anchor.start,
        end: anchor.isWholeParagraph ? nil : anchor.end, excerpt: anchor.exact, note: bookmark.note ?? "",
        created: ISO8601DateFormatter().string(from: bookmark.created))
      record.isOrphan = bookmark.status.isOrphaned
      return record
    }
  }

  func add(_ bookmark: BookmarkRecord) throws {
    guard let analysis = try index.analysis(of: bookmark.article) else {
      throw SaysoError.unknownArticle(bookmark.article)
    }
    let span = bookmark.start.flatMap { start in bookmark.end.map { start..<$0 } }
    let new = try NewBookmark(
      in: analysis, hash: try index.contentHash(of: bookmark.article), corpus: index.identity,
      paragraph: bookmark.paragraph, span: span, note: bookmark.note)
    _ = try database.add(new)
  }

  func remove(id: String) throws {
    guard let number = Int64(id) else { return }
    try database.remove(number)
  }
}

/// Reading positions in the library's reading state: the paragraph at the top of the reader.
final class StateReadingPositions: ReadingPositionStore {
  let state: ReadingState
  let corpus: CorpusIdentity
  private var pending: [String: ReadingPosition] = [:]

  init(state: ReadingState, corpus: CorpusIdentity) {
    self.state = state
    self.corpus = corpus
  }

  func position(forArticle path: String) -> ReadingPosition? {
    if let position = pending[path] { return position }
    return (try? state.position(of: path, in: corpus)).flatMap { $0 }.map { ReadingPosition(paragraph: $0, offset: 0) }
  }

  func save(_ position: ReadingPosition, forArticle path: String) { pending[path] = position }

  func flush() throws {
    for (path, position) in pending { try state.setPosition(position.paragraph, of: path, in: corpus) }
    pending = [:]
  }
}

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
