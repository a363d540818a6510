import Foundation
import GRDB

/// Where the reader left each article, and the searches made, in `state.sqlite` under the state folder.
///
/// Like bookmarks: one transaction per change, safe with several processes, a damaged file moved aside.
public final class ReadingState {
  /// The database file, or nil in memory.
  public let file: URL?
  /// Problems recovered from when opening, e.g. `SaysoStoreError.movedAside`.
  public let notices: [SaysoStoreError]
  private let database: DatabaseQueue

  /// How many searches the history keeps.
  public static let historyLength = 200

  /// How far the -wal file may grow (some 16 searches) before a search recorded on its own checkpoints
  /// it on closing (see `recordSearch(_:in:)`).
  static let uncheckpointedLogLimit = 128 * 1024

  private init(file: URL?, database: DatabaseQueue, notices: [SaysoStoreError]) {
    self.file = file
    self.database = database
    self.notices = notices
  }

  /// The migrations, in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.create(table: "position") { t in
        t.column("corpus", .text).notNull()
        t.column("article", .text).notNull()
        t.column("paragraph", .integer).notNull()
        t.column("updated", .double).notNull()
        t.primaryKey(["corpus", "article"])
      }
      try db.create(table: "search") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("query", .text).notNull()
        t.column("at", .double).notNull()
      }
    }
    return migrator
  }

  /// Opens (creating) the reading state of `directories`.
  ///
  /// - Throws: `SaysoStoreError` when the folder or file cannot be created or opened.
  public static func open(in directories: DataDirectories) throws(SaysoStoreError) -> ReadingState {
    try open(at: directories.readingStateFile)
  }

  /// Opens (creating) the reading state database at `url`.
  ///
  /// - Throws: `SaysoStoreError` when the folder or file cannot be created or opened.
  public static func open(at url: URL) throws(SaysoStoreError) -> ReadingState {
    let (database, notice) = try UserDatabase.open(url, migrator: migrator, label: "SaysoStore.state")
    return ReadingState(file: url, database: database, notices: notice.map { [$0] } ?? [])
  }

  /// An empty reading state held in memory.
  public static func inMemory() -> ReadingState {
    let database = StoreDatabase.inMemory(label: "SaysoStore.state")
    // Migrating a fresh in-memory database cannot fail.
    try! migrator.migrate(database)
    return ReadingState(file: nil, database: database, notices: [])
  }

  /// The paragraph where reading of `article` in `corpus` stopped, or nil when it was never opened.
  public func position(of article: String, in corpus: CorpusIdentity) throws(SaysoStoreError) -> Int? {
    try CorpusIndex.run(path: path) {
      try database.read { db in
        try Int.fetchOne(
          db, sql: "SELECT paragraph FROM position WHERE corpus = ? AND article = ?", arguments: [corpus.key, article])
      }
    }
  }

  /// Remembers that reading of `article` in `corpus` stopped at `paragraph`.
  public func setPosition(_ paragraph: Int, of article: String, in corpus: CorpusIdentity, at time: Date = Date())
    throws(SaysoStoreError)
  {
    try CorpusIndex.run(path: path) {
      try database.write { db in
        try db.execute(
          sql: "INSERT OR REPLACE INTO position (corpus, article, paragraph, updated) VALUES (?, ?, ?, ?)",
          arguments: [corpus.key, article, paragraph, time.timeIntervalSince1970])
      }
    }
  }

  /// Adds a search to the history (the oldest beyond `historyLength` are dropped; a repeat moves to the end).
  public func recordSearch(_ query: String, at time: Date = Date()) throws(SaysoStoreError) {
    try CorpusIndex.run(path: path) {
      try database.write { db in
        try db.execute(sql: "DELETE FROM search WHERE query = ?", arguments: [query])
        try db.execute(
          sql: "INSERT INTO search (query, at) VALUES (?, ?)", arguments: [query, time.timeIntervalSince1970])
        try db.execute(
          sql: "DELETE FROM search WHERE id NOT IN (SELECT id FROM search ORDER BY id DESC LIMIT ?)",
          arguments: [Self.historyLength])
      }
    }
  }

  /// Adds a search to the history of the reading state of `directories`, as `recordSearch(_:at:)` does,
  /// for a command that only records it (`sayso search`): an existing file is opened without the quick
  /// check and the migrations, which cost a search more than its write (`open(in:)` checks the file
  /// when the reader opens it next), and closed without a checkpoint (the search stays in the -wal
  /// until one, see `StoreDatabase.configuration`) until the -wal reaches `uncheckpointedLogLimit`;
  /// a missing file, or one this write fails on, is opened as usual.
  ///
  /// - Throws: `SaysoStoreError` when the file cannot be opened or written.
  public static func recordSearch(_ query: String, in directories: DataDirectories) throws(SaysoStoreError) {
    let url = directories.readingStateFile
    let checkpoints = StoreDatabase.logSize(url) >= uncheckpointedLogLimit
    if FileManager.default.fileExists(atPath: url.path),
      let database = try? StoreDatabase.open(url, label: "SaysoStore.state", checkpointsOnClose: checkpoints),
      (try? ReadingState(file: url, database: database, notices: []).recordSearch(query)) != nil
    {
      return
    }
    try open(at: url).recordSearch(query)
  }

  /// The most recent searches, newest first.
  public func recentSearches(limit: Int = 20) throws(SaysoStoreError) -> [String] {
    try CorpusIndex.run(path: path) {
      try database.read { db in
        try String.fetchAll(db, sql: "SELECT query FROM search ORDER BY id DESC LIMIT ?", arguments: [limit])
      }
    }
  }

  private var path: String { file?.path ?? ":memory:" }
}
