/// The services every view may use; the views never see the store, only these protocols.
public final class AppServices {
  public let articles: ArticleProvider
  public let search: SearchProvider
  public let bookmarks: BookmarkStore
  public let positions: ReadingPositionStore

  public init(
    articles: ArticleProvider, search: SearchProvider, bookmarks: BookmarkStore, positions: ReadingPositionStore
  ) {
    self.articles = articles
    self.search = search
    self.bookmarks = bookmarks
    self.positions = positions
  }

  /// Services over analyses held in memory, with bookmarks and positions in memory too.
  public static func inMemory(_ model: CorpusModel) -> AppServices {
    AppServices(
      articles: model, search: InMemorySearch(provider: model), bookmarks: InMemoryBookmarkStore(),
      positions: JSONReadingPositions(path: nil))
  }
}
