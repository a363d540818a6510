import Foundation
import SaysoCore
import SaysoStore
import SaysoUI

// The library's store behind the reader's protocols: the views never see it, only these adapters.
// The same adapters serve a store on disk and one in memory (`--in-memory`, tests, benchmarks).

/// Global search through the index's FTS5 search, in the library's query syntax (`sayso search`).
public final class IndexSearch: SearchProvider {
  public let index: CorpusIndex
  /// The count of matches the last search made in its pass, for `total` of the same query and limit,
  /// which then need not count again.
  private var lastCount: (query: String, limit: Int, matches: Int?)?

  public init(index: CorpusIndex) { self.index = index }

  public func search(_ query: String, limit: Int) throws -> [SearchHit] {
    let (results, matches) = try index.searchCounting(QueryParser.parse(query), limit: limit)
    lastCount = (query, limit, matches)
    return results.map { result in
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

  public func total(_ query: String, returned: Int, limit: Int) throws -> Int {
    let matches = lastCount.flatMap { $0.query == query && $0.limit == limit ? $0.matches : nil }
    return try index.total(of: QueryParser.parse(query), returned: returned, limit: limit, matches: matches)
  }
}

/// Bookmarks in the library's bookmark database (shared with `sayso bookmarks`), for this corpus.
public final class DatabaseBookmarks: BookmarkStore {
  public let database: BookmarkDatabase
  public let index: CorpusIndex
  /// The bookmarks deleted through this store, as they were, for `restore(id:)`.
  private var removed: [Int64: Bookmark] = [:]

  public init(database: BookmarkDatabase, index: CorpusIndex) {
    self.database = database
    self.index = index
  }

  public func bookmarks() throws -> [BookmarkRecord] {
    let dates = ISO8601DateFormatter()
    return try database.bookmarks(inCorpus: index.identity.key).map { bookmark in
      let anchor = bookmark.anchor
      return BookmarkRecord(
        id: String(bookmark.id), article: bookmark.article, articleTitle: bookmark.title ?? bookmark.article,
        paragraph: anchor.paragraph, start: anchor.isWholeParagraph ? nil : anchor.start,
        end: anchor.isWholeParagraph ? nil : anchor.end, excerpt: anchor.exact, note: bookmark.note ?? "",
        created: dates.string(from: bookmark.created), status: Self.status(bookmark.status))
    }
  }

  /// The reader's word for how the store found a passage again.
  static func status(_ status: AnchorStatus) -> BookmarkRecord.Status {
    switch status {
    case .exact: .exact
    case .moved, .changed: .moved
    case .orphanedPassage, .orphanedArticle: .orphaned
    }
  }

  public func add(_ bookmark: BookmarkRecord) throws {
    guard let analysis = try index.analysis(of: bookmark.article) else {
      throw SaysoStoreError.unknownArticle(path: bookmark.article)
    }
    let span = bookmark.start.flatMap { start in bookmark.end.map { start..<$0 } }
    let new = try NewBookmark(
      in: analysis, hash: try index.contentHash(of: bookmark.article), corpus: index.identity,
      paragraph: bookmark.paragraph, span: span, note: bookmark.note)
    _ = try database.add(new)
  }

  public func remove(id: String) throws {
    guard let number = Int64(id) else { return }
    removed[number] = try database.remove(number)
  }

  public func restore(id: String) throws {
    guard let number = Int64(id), let bookmark = removed[number] else {
      throw SaysoStoreError.unknownBookmark(id: Int64(id) ?? -1)
    }
    try database.restore(bookmark)
    removed[number] = nil
  }

  public func setNote(_ note: String, id: String) throws {
    guard let number = Int64(id) else { throw SaysoStoreError.unknownBookmark(id: -1) }
    try database.setNote(note, for: number)
  }
}

/// Reading positions in the library's reading state: the paragraph at the top of the reader.
public final class StateReadingPositions: ReadingPositionStore {
  public let state: ReadingState
  public let corpus: CorpusIdentity
  private var pending: [String: ReadingPosition] = [:]

  public init(state: ReadingState, corpus: CorpusIdentity) {
    self.state = state
    self.corpus = corpus
  }

  public func position(forArticle path: String) -> ReadingPosition? {
    if let position = pending[path] { return position }
    return (try? state.position(of: path, in: corpus)).flatMap { $0 }.map { ReadingPosition(paragraph: $0, offset: 0) }
  }

  public func save(_ position: ReadingPosition, forArticle path: String) { pending[path] = position }

  public func recentSearches() -> [String] { ((try? state.recentSearches(limit: 100)) ?? []).reversed() }

  public func recordSearch(_ query: String) { try? state.recordSearch(query) }

  public func flush() throws {
    for (path, position) in pending { try state.setPosition(position.paragraph, of: path, in: corpus) }
    pending = [:]
  }
}

/// The stories of the index (`CorpusIndex.stories()`), made when first asked for; an index that cannot
/// be read has none.
public final class IndexStories: StoryProvider {
  public let index: CorpusIndex

  public init(index: CorpusIndex) { self.index = index }

  public func stories() -> [Story] { (try? index.stories()) ?? [] }
}
