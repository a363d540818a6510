/// The services every view may use; the views never see the store, only these protocols (SaysoReaderStore
/// implements them over the library's store, on disk or in memory).
public final class AppServices {
  public let articles: ArticleProvider
  public let search: SearchProvider
  public let bookmarks: BookmarkStore
  public let positions: ReadingPositionStore
  /// The corpus's stories: the same claim across outlets.
  public let stories: StoryProvider
  /// The columns article text wraps at (`width N` in the config; 0: the window's width).
  public var readingWidth = Config.defaultWidth
  /// Writes the bookmarks out (`x` in Bookmarks); nil when the reader runs without the command line's export.
  public var exporter: BookmarkExporter?

  public init(
    articles: ArticleProvider, search: SearchProvider, bookmarks: BookmarkStore, positions: ReadingPositionStore,
    stories: StoryProvider = StoryList()
  ) {
    self.stories = stories
    self.articles = articles
    self.search = search
    self.bookmarks = bookmarks
    self.positions = positions
  }

  /// The bookmarks as last read; views go through `allBookmarks()`, `add(_:)` and `removeBookmark(id:)`
  /// so the reader's margin marks need no query per frame.
  private var cachedBookmarks: [BookmarkRecord]?

  /// Every bookmark (read once, then again after a change made here).
  ///
  /// - Throws: what the bookmark store throws.
  public func allBookmarks() throws -> [BookmarkRecord] {
    if let cachedBookmarks { return cachedBookmarks }
    let all = try bookmarks.bookmarks()
    cachedBookmarks = all
    return all
  }

  /// Reads the bookmarks again next time, e.g. after the store re-anchored them.
  public func refreshBookmarks() { cachedBookmarks = nil }

  /// Adds a bookmark.
  public func add(_ bookmark: BookmarkRecord) throws {
    cachedBookmarks = nil
    try bookmarks.add(bookmark)
  }

  /// Deletes a bookmark.
  public func removeBookmark(id: String) throws {
    cachedBookmarks = nil
    try bookmarks.remove(id: id)
  }

  /// Puts back a bookmark deleted with `removeBookmark(id:)`, with its id and place.
  public func restoreBookmark(id: String) throws {
    cachedBookmarks = nil
    try bookmarks.restore(id: id)
  }

  /// Replaces a bookmark's note (empty removes it).
  public func setNote(_ note: String, forBookmark id: String) throws {
    cachedBookmarks = nil
    try bookmarks.setNote(note, id: id)
  }

  /// The bookmark already made on this passage (the paragraph, or the claim's span), if any.
  public func existingBookmark(article: String, paragraph: Int, start: Int?, end: Int?) -> BookmarkRecord? {
    ((try? allBookmarks()) ?? []).first {
      $0.status != .orphaned && $0.article == article && $0.paragraph == paragraph && $0.start == start
        && $0.end == end
    }
  }

  /// The paragraphs of the article at `path` that have a bookmark.
  public func bookmarkedParagraphs(inArticle path: String) -> Set<Int> {
    Set(((try? allBookmarks()) ?? []).filter { $0.article == path }.map(\.paragraph))
  }

  /// The stories and where each claim of theirs stands, made once (again after `refreshStories()`).
  private var cachedStories: StoryLookup?

  /// The stories with the lookup from a claim to its story.
  public func storyLookup() -> StoryLookup {
    if let cachedStories { return cachedStories }
    let lookup = StoryLookup(stories.stories())
    cachedStories = lookup
    return lookup
  }

  /// Makes the stories again next time, e.g. after the index was updated.
  public func refreshStories() { cachedStories = nil }
}
