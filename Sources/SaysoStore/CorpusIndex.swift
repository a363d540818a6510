import Foundation
import GRDB
import SaysoCore

/// The index of one corpus: its articles with their analysis, and a full-text index over paragraphs,
/// quotes and proposals, in one SQLite file under the cache folder.
///
/// Opening is cheap; `update()` brings the index in line with the files (only what changed is read and
/// analysed again), then `search(_:limit:)`, `articles()` and `analysis(of:)` answer from the index.
/// A damaged index file is deleted and rebuilt from the corpus, with a notice in `notices`.
///
/// A class, because it owns a database connection that it replaces when it rebuilds the file.
public final class CorpusIndex {
  /// Where the articles come from.
  public let sources: [CorpusSource]
  /// The corpus's identity (one index file per identity).
  public let identity: CorpusIdentity
  /// The index file, or nil for an in-memory index.
  public let file: URL?
  /// Problems recovered from since opening, e.g. `SaysoStoreError.indexRebuilt`.
  public internal(set) var notices: [SaysoStoreError] = []
  /// Files larger than this are not read (as `CorpusLoader` refuses them).
  public var maximumFileSize = CorpusLoader.defaultMaximumFileSize

  var database: DatabaseQueue
  /// How many articles an update reads and analyses together, and writes in one transaction: enough to
  /// keep every core busy and to give the full-text index large segments, few enough that memory holds
  /// three batches (see `analysedAhead`), not the corpus. Tests make it small.
  var batchSize = CorpusIndex.defaultBatchSize

  /// The batch size of updates.
  static let defaultBatchSize = 256

  /// The span of passage ids from which a search ranks its matches on two cores (see
  /// `RankedMatches.ranking`): some 2,500 wire articles. Tests make it small.
  var rankingSplitSpan = CorpusIndex.defaultRankingSplitSpan

  /// The span of passage ids from which searches rank on two cores.
  static let defaultRankingSplitSpan: Int64 = 20_000

  private init(sources: [CorpusSource], identity: CorpusIdentity, file: URL?, database: DatabaseQueue) {
    self.sources = sources
    self.identity = identity
    self.file = file
    self.database = database
  }

  /// Opens the index of the corpus made of `sources` in the cache folder of `directories`, creating it
  /// when missing. Call `update()` to bring it up to date.
  ///
  /// - Throws: `SaysoStoreError` when the folder or the file cannot be created or opened.
  public static func open(corpus sources: [CorpusSource], in directories: DataDirectories) throws(SaysoStoreError)
    -> CorpusIndex
  {
    let identity = CorpusIdentity(sources: sources)
    return try open(corpus: sources, at: directories.indexFile(for: identity))
  }

  /// Opens the index file at `url` for the corpus made of `sources`, creating it when missing, and
  /// rebuilding it (empty, with a notice) when it is damaged.
  ///
  /// - Throws: `SaysoStoreError` when the folder or the file cannot be created or opened.
  public static func open(corpus sources: [CorpusSource], at url: URL) throws(SaysoStoreError) -> CorpusIndex {
    let identity = CorpusIdentity(sources: sources)
    try DataDirectories.createFolder(url.deletingLastPathComponent())
    let database = try run(path: url.path) {
      try FileLock.withLock(lockFile(url)) { () throws -> (DatabaseQueue, Bool) in
        do {
          try checkSize(at: url)
          var database = try StoreDatabase.open(url, label: "SaysoStore.index")
          if try database.read(IndexSchema.isOtherFormat) {
            // Made by another version of sayso: the index is a cache, so start afresh.
            try database.close()
            StoreDatabase.delete(url)
            database = try StoreDatabase.open(url, label: "SaysoStore.index")
          }
          try IndexSchema.migrator.migrate(database)
          return (database, false)
        } catch  where StoreDatabase.isDamage(error) {
          StoreDatabase.delete(url)
          let database = try StoreDatabase.open(url, label: "SaysoStore.index")
          try IndexSchema.migrator.migrate(database)
          return (database, true)
        }
      }
    }
    try run(path: url.path) { try tune(database.0) }
    let index = CorpusIndex(sources: sources, identity: identity, file: url, database: database.0)
    if database.1 { index.notices.append(.indexRebuilt(path: url.path)) }
    return index
  }

  /// An index held in memory (for tests and previews), empty until `update()`.
  public static func inMemory(corpus sources: [CorpusSource]) -> CorpusIndex {
    let database = StoreDatabase.inMemory(label: "SaysoStore.index")
    // Migrating a fresh in-memory database cannot fail.
    try! IndexSchema.migrator.migrate(database)
    try! tune(database)
    return CorpusIndex(sources: sources, identity: CorpusIdentity(sources: sources), file: nil, database: database)
  }

  /// Every article in the index, in corpus order (as `sayso list` numbers them): source by source, each
  /// folder's files sorted by path, embedded documents in their order.
  public func articles() throws(SaysoStoreError) -> [IndexedArticle] {
    let summaries = try withRecovery {
      try database.read { db in
        try Row.fetchAll(db, sql: "SELECT path, title, source, date, paragraphCount, hash FROM article").map {
          IndexedArticle(
            path: $0["path"], title: $0["title"], source: $0["source"], date: $0["date"],
            paragraphCount: $0["paragraphCount"], hash: ContentHash(stored: $0["hash"]))
        }
      }
    }
    return CorpusOrder(sources: sources).sorted(summaries)
  }

  /// The article at `path` with its whole analysis, as it was when indexed, or nil when the index
  /// has no such article. Nothing is read from the file or analysed again.
  public func analysis(of path: String) throws(SaysoStoreError) -> ArticleAnalysis? {
    try withRecovery { try database.read { db in try IndexRows.analysis(path: path, db) } }
  }

  /// The content hash of the article at `path` when it was indexed, or nil when it is not indexed.
  public func contentHash(of path: String) throws(SaysoStoreError) -> ContentHash? {
    try withRecovery {
      try database.read { db in
        try String.fetchOne(db, sql: "SELECT hash FROM article WHERE path = ?", arguments: [path]).map(
          ContentHash.init(stored:))
      }
    }
  }

  /// Checks that the full-text index holds exactly the passages' terms (FTS5's integrity check).
  ///
  /// - Throws: a damage error when it does not.
  func verifySearchIndex() throws {
    try database.writeWithoutTransaction { db in
      try db.execute(sql: "INSERT INTO passageSearch (passageSearch, rank) VALUES ('integrity-check', 1)")
    }
  }

  // MARK: Recovery

  /// Runs `body`; when the file turns out to be damaged, rebuilds the index from the corpus (noting it
  /// in `notices`) and runs `body` once more.
  func withRecovery<T>(_ body: () throws -> T) throws(SaysoStoreError) -> T {
    do {
      return try body()
    } catch  where StoreDatabase.isDamage(error) && file != nil {
      try rebuild()
      return try Self.run(path: file?.path ?? ":memory:", body)
    } catch {
      throw StoreDatabase.storeError(error, path: file?.path ?? ":memory:")
    }
  }

  /// Deletes the damaged index file, creates an empty one and fills it from the corpus.
  func rebuild() throws(SaysoStoreError) {
    guard let file else { return }
    notices.append(.indexRebuilt(path: file.path))
    try Self.run(path: file.path) {
      try FileLock.withLock(Self.lockFile(file)) {
        StoreDatabase.delete(file)
        database = try StoreDatabase.open(file, label: "SaysoStore.index")
        try IndexSchema.migrator.migrate(database)
        try Self.tune(database)
      }
    }
    _ = try Self.run(path: file.path) { try performUpdate() }
  }

  /// Settings for the index connection. The index can always be rebuilt, so it skips syncing to disk
  /// (a process killed mid-write still leaves a consistent file: only a power cut could damage it, and
  /// damage is detected and repaired); a page cache of 16 MB at most keeps memory flat at any size.
  /// Foreign keys are not enforced: every insert of a child row would look its parent up and run in a
  /// statement journal of its own, for rows the writer itself makes in order; `IndexRows.delete`
  /// deletes an article's rows table by table instead of by cascade.
  static func tune(_ database: DatabaseQueue) throws {
    try database.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA foreign_keys = OFF")
      try db.execute(sql: "PRAGMA synchronous = OFF")
      try db.execute(sql: "PRAGMA cache_size = -16000")
    }
  }

  /// Runs `body`, turning any error into a `SaysoStoreError` naming `path`.
  static func run<T>(path: String, _ body: () throws -> T) throws(SaysoStoreError) -> T {
    do {
      return try body()
    } catch {
      throw StoreDatabase.storeError(error, path: path)
    }
  }

  /// The lock file that serialises schema changes and updates between processes.
  static func lockFile(_ url: URL) -> URL {
    url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".lock")
  }

  /// Throws a damage error when the file is shorter than the pages its header counts: a truncated
  /// copy. Read from the header before SQLite opens the file; with a non-empty write-ahead log, pages
  /// may legitimately live there, and with a non-empty rollback journal the header may be that of a
  /// transaction to roll back, so nothing is checked then.
  static func checkSize(at url: URL) throws {
    // (Through the C library: Foundation's attributes and FileHandle cost some 600,000 instructions,
    // as much as a search's own reading of the index.)
    func size(_ path: String) -> Int {
      var info = stat()
      return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }
    guard size(url.path + "-wal") == 0 else { return }
    // A killed fresh build's rollback journal (see `beginBulkLoad()`): the header may count pages of
    // the transaction that SQLite rolls back on opening.
    guard size(url.path + "-journal") == 0 else { return }
    // empty (new) or too short: SQLite itself says NOTADB
    guard let (header, fileSize) = fileHeader(url.path, count: 100) else { return }
    func number(_ offset: Int) -> Int {
      header[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }
    let rawPageSize = Int(header[16]) << 8 | Int(header[17])
    let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
    // The page count in the header is valid only when the "version valid for" number matches the
    // change counter.
    guard number(92) == number(24) else { return }
    if fileSize < number(28) * pageSize {
      throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "file truncated")
    }
  }

}

/// The first `count` bytes of the file at `path` and its size, or nil when it cannot be read or is shorter.
private func fileHeader(_ path: String, count: Int) -> ([UInt8], Int)? {
  let descriptor = open(path, O_RDONLY | O_CLOEXEC)
  guard descriptor >= 0 else { return nil }
  defer { close(descriptor) }
  var header = [UInt8](repeating: 0, count: count)
  var info = stat()
  guard pread(descriptor, &header, count, 0) == count, fstat(descriptor, &info) == 0 else { return nil }
  return (header, Int(info.st_size))
}
