import SaysoCore

/// What bringing an index up to date did.
public struct UpdateReport: Sendable, Equatable {
  /// A file that moved: same bytes under a new path; its analysis was kept.
  public struct Rename: Sendable, Equatable, Hashable {
    /// The path the article had.
    public var from: String
    /// The path it has now.
    public var to: String
  }

  /// How many articles the index holds now.
  public var articles = 0
  /// How many articles were left as they were (same size and modification time, or same content).
  public var unchanged = 0
  /// The articles read and analysed again (new or changed), in path order (`PathOrder`). A building
  /// index names every article here, so the list is compact (`PathList`).
  public var analysed = PathList()
  /// The articles whose file was touched but whose bytes are the same: only their size and time were
  /// noted. In path order.
  public var touched = PathList()
  /// The articles that moved to a new path with the same bytes, in the order of their new paths.
  public var renamed: [Rename] = []
  /// The articles that left the index: their file is gone, or can no longer be read. In path order.
  public var removed = PathList()
  /// One error per file or folder that could not be read (reported like the other commands report them).
  public var errors: [SaysoCoreError] = []
  /// Problems the index recovered from on its own, e.g. `SaysoStoreError.indexRebuilt`.
  public var notices: [SaysoStoreError] = []
  /// False when the update was asked to stop (see `CorpusIndex.update(while:)`): the index holds what
  /// was written before, the lists above only what was done, and the next update carries on.
  public var isComplete = true

  /// An empty report.
  public init() {}
}

/// An article as the index lists it, without its paragraphs.
public struct IndexedArticle: Sendable, Equatable {
  public var path: String
  public var title: String?
  public var source: String?
  public var date: String?
  /// How many paragraphs the article has (title and headings included).
  public var paragraphCount: Int
  /// The content hash of the file the index was built from.
  public var hash: ContentHash

  /// Makes a summary.
  public init(path: String, title: String?, source: String?, date: String?, paragraphCount: Int, hash: ContentHash) {
    self.path = path
    self.title = title
    self.source = source
    self.date = date
    self.paragraphCount = paragraphCount
    self.hash = hash
  }
}
