import GRDB

/// The temporary tables an update keeps its lists in, so that memory does not grow with the corpus.
///
/// They live in the connection's `temp` schema: never in the index file, gone when the connection
/// closes (a killed update leaves nothing behind), and written to a temporary file once they outgrow
/// their small cache (`cacheKibibytes`). Each update creates them afresh and drops them at the end.
///
/// - `updateWork`: the articles to read (new, or whose size, time or embedded bytes differ), keyed by
///   path so they are read back in path order a batch at a time: how to find the bytes (a file's size,
///   time and kind, or an embedded document's source and position) and the hash the index has for the
///   path, if any.
/// - `updateGone`: the articles that leave the index at the end: rows whose path was not listed
///   (`movable`: a new path with the same bytes takes the row instead, and the row leaves this table),
///   and rows whose file can no longer be read. Indexed by hash, to find a rename's origin.
enum UpdateTables {
  /// One row of the index, as the comparison with the corpus reads it.
  struct Stored {
    var id: Int64
    var path: String
    var size: Int?
    var modified: Int64?
    var hash: String

    /// The row `id, path, size, modified, hash`.
    init(_ row: Row) {
      id = row[0]
      path = row[1]
      size = row[2]
      modified = row[3]
      hash = row[4]
    }
  }

  /// An article to read, as `updateWork` holds it.
  struct Work: Sendable {
    var path: String
    var size: Int?
    var modified: Int64?
    var isRegular: Bool
    /// For an embedded document: the position of its source in the corpus, and its own in the source.
    var source: Int?
    var document: Int?
    /// The hash the index holds for this path, if any.
    var storedHash: String?

    /// The row of `selectWork`.
    init(_ row: Row) {
      path = row[0]
      size = row[1]
      modified = row[2]
      isRegular = row[3] ?? false
      source = row[4]
      document = row[5]
      storedHash = row[6]
    }
  }

  /// The temporary tables' page cache, in KiB: they are written and read mostly in order, so a small
  /// cache costs little time, and SQLite's default (2 MB) would grow memory with the corpus up to it.
  static let cacheKibibytes = 256

  /// Creates the tables, empty (dropping any left by an update that failed on this connection).
  static func create(_ db: Database) throws {
    try db.execute(sql: "PRAGMA temp.cache_size = -\(cacheKibibytes)")
    try drop(db)
    try db.execute(
      sql: """
        CREATE TEMP TABLE updateWork (
          path TEXT PRIMARY KEY, size INTEGER, modified INTEGER, isRegular INTEGER,
          source INTEGER, document INTEGER, storedHash TEXT) WITHOUT ROWID;
        CREATE TEMP TABLE updateGone (
          id INTEGER PRIMARY KEY, path TEXT NOT NULL, hash TEXT NOT NULL, movable INTEGER NOT NULL);
        CREATE INDEX temp.updateGoneByHash ON updateGone (hash) WHERE movable;
        """)
  }

  /// Drops the tables.
  static func drop(_ db: Database) throws {
    try db.execute(sql: "DROP TABLE IF EXISTS temp.updateWork; DROP TABLE IF EXISTS temp.updateGone")
  }

  /// Inserts rows of `updateWork`, several to a statement (through GRDB's arguments, one row cost some
  /// 20,000 instructions: half the listing of a corpus, before any article is analysed).
  static let workInserter = RowInserter(
    head: "INSERT OR FAIL INTO updateWork (path, size, modified, isRegular, source, document, storedHash)",
    width: 7)

  /// How many rows of `updateWork` the listing gathers before inserting them.
  static let workChunk = 256

  /// The next batch of work: the rows after path `?`, at most `?` of them.
  static let selectWork = """
    SELECT path, size, modified, isRegular, source, document, storedHash FROM updateWork
    WHERE path > ? ORDER BY path LIMIT ?
    """

  static let insertGone = "INSERT INTO updateGone (id, path, hash, movable) VALUES (?, ?, ?, ?)"

  /// The article at path `?` leaves the index, and no renamed file may take its row.
  static let insertFailed = """
    INSERT OR IGNORE INTO updateGone (id, path, hash, movable) SELECT id, path, hash, 0 FROM article WHERE path = ?
    """

  /// The vanished article with hash `?` that a renamed file takes: `id, path`, the first by path.
  static let selectRenamed = """
    SELECT id, path FROM updateGone WHERE hash = ? AND movable ORDER BY path LIMIT 1
    """
}
