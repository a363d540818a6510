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

/// The rectangle of the screen a view draws in.
public struct Area: Equatable, Sendable {
  public var row: Int
  public var column: Int
  public var width: Int
  public var height: Int
}

/// What the text line at the bottom is being used for.
public enum PromptPurpose: Equatable, Sendable {
  /// `/` in the reader: incremental search in the article.
  case articleSearch
  /// `/` in a list: incremental filter.
  case filter
  /// `s`: a query for the whole corpus.
  case globalSearch
  /// `m`: the note for a new bookmark.
  case bookmarkNote
  /// A yes/no question; the answer is one key.
  case confirmDelete(id: String)
}

/// A question on the bottom line.
public struct Prompt: Equatable, Sendable {
  public var purpose: PromptPurpose
  public var label: String
  public var text: String

  public init(_ purpose: PromptPurpose, label: String, text: String = "") {
    self.purpose = purpose
    self.label = label
    self.text = text
  }
}

/// What a view asks the app to do after a command.
public enum PageAction {
  /// Nothing more than redrawing.
  case none
  /// The view has no use for the command.
  case unsupported
  /// Opens a view, as a browser follows a link (it becomes the newest history entry).
  case open(any Page)
  /// Shows a message on the status line.
  case message(String)
  /// Shows an error on the status line.
  case error(String)
  /// Asks for text on the bottom line.
  case prompt(Prompt)
  /// Goes back in history (or quits from the first view).
  case back
}

/// One view of the app: library, reader, people, claims, search results, bookmarks or help.
///
/// Views are values: history keeps each one as the user left it.
public protocol Page {
  /// The view's name for the title bar, e.g. "Library".
  var name: String { get }
  /// What is shown, e.g. the article's title.
  var subtitle: String { get }
  /// Runs a command.
  mutating func perform(_ command: Command, services: AppServices) -> PageAction
  /// Draws the view into `area`.
  mutating func draw(on screen: Screen, in area: Area, services: AppServices)
  /// The right-hand side of the status line, e.g. "¶3/24 12%" or "3/12".
  func position() -> String
  /// The prompt's text changed (incremental search and filter).
  mutating func promptChanged(_ prompt: Prompt, services: AppServices)
  /// The prompt was answered (`text` non-nil) or cancelled (nil).
  mutating func promptFinished(_ prompt: Prompt, text: String?, services: AppServices) -> PageAction
  /// A mouse click on a row of the view's area (row relative to the area).
  mutating func click(row: Int, services: AppServices) -> PageAction
  /// Called when the view stops being shown (history keeps it), e.g. to save a reading position.
  mutating func leave(services: AppServices)
  /// The articles changed (the index was updated): lists showing them read them again.
  mutating func reload(services: AppServices)
}

extension Page {
  public var subtitle: String { "" }
  public func position() -> String { "" }
  public mutating func promptChanged(_ prompt: Prompt, services: AppServices) {}
  public mutating func promptFinished(_ prompt: Prompt, text: String?, services: AppServices) -> PageAction { .none }
  public mutating func click(row: Int, services: AppServices) -> PageAction { .unsupported }
  public mutating func leave(services: AppServices) {}
  public mutating func reload(services: AppServices) {}
}
