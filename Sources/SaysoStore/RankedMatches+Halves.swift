import Foundation
import GRDB
import GRDBSQLite

/// A ranking of the whole full-text index on two cores: the paragraphs below a middle id on the
/// search's connection, those from it on another thread and a connection of its own, then merged.
///
/// Scoring is most of a search with many matches: bm25 reads every matching row's positions and size
/// ("net income" on 30,000 wire articles: 25,002 rows, 172 M of a search's 219 M instructions). Each
/// row's score is its own (bm25 takes the terms' frequencies over the whole table, whatever rows the
/// statement is limited to), so two statements over two ranges of rowids give the same scores, and the
/// best of their best are the best of all, in the same order (`precedes`), and their counts add up.
///
/// The two connections must read the same state of the index: the other connection starts its read
/// after the search's, and a write committed in between (an update by another process) changes the
/// full-text index's structure record, which every write rewrites. When the two records differ, or
/// the other connection fails in any way, the upper range is ranked on the search's connection after
/// all, as a single statement would.
extension RankedMatches {
  /// The statement ranking every paragraph matching `?`, best first by `bm25(10, 5, 2, 0)`.
  static let rankingSQL = """
    SELECT rowid, rank FROM passageSearch
    WHERE passageSearch MATCH ? AND passageSearch.rank MATCH 'bm25(10.0, 5.0, 2.0, 0.0)'
    """

  /// Ranks the paragraphs matching `match` and keeps the best `keeping`, on two connections when the
  /// index is a file (`path`) whose passage ids span at least `splitSpan`.
  static func ranking(match: String, keeping: Int, path: String?, splitSpan: Int64, _ db: Database) throws
    -> RankedMatches
  {
    guard let path, let (lowest, highest) = try passageIDs(db), highest - lowest >= splitSpan else {
      return try RankedMatches(db, sql: rankingSQL, arguments: [match], keeping: keeping)
    }
    let middle = lowest + (highest - lowest) / 2
    let upper = UpperRange(
      path: path, match: match, from: middle, keeping: keeping, structure: try structureRecord(db))
    upper.start()
    var ranked = try RankedMatches(db, sql: rankingSQL + " AND rowid < ?", arguments: [match, middle], keeping: keeping)
    let other =
      try upper.wait()
      ?? RankedMatches(db, sql: rankingSQL + " AND rowid >= ?", arguments: [match, middle], keeping: keeping)
    ranked.merge(other, keeping: keeping)
    return ranked
  }

  /// The ranking of the passages from id `from` on, made on a connection of its own on this thread, or
  /// nil when that connection does not read `structure` as the structure record or fails.
  static func upperRange(path: String, match: String, from: Int64, keeping: Int, structure: [UInt8])
    -> RankedMatches?
  {
    let upper = UpperRange(path: path, match: match, from: from, keeping: keeping, structure: structure)
    upper.start()
    return upper.wait()
  }

  /// The lowest and highest passage ids, or nil when there is no passage (each by the rowid's own
  /// order: one `SELECT min(id), max(id)` would read the whole table).
  private static func passageIDs(_ db: Database) throws -> (Int64, Int64)? {
    let row = try Row.fetchOne(db, sql: "SELECT (SELECT min(id) FROM passage), (SELECT max(id) FROM passage)")
    guard let row, let lowest = row[0] as Int64?, let highest = row[1] as Int64? else { return nil }
    return (lowest, highest)
  }

  /// The full-text index's structure record (FTS5 keeps it at id 10 of its data table).
  static let structureSQL = "SELECT block FROM passageSearch_data WHERE id = 10"

  private static func structureRecord(_ db: Database) throws -> [UInt8] {
    try Data.fetchOne(db, sql: structureSQL).map { Array($0) } ?? []
  }
}

/// The upper range of a ranking, made on a worker thread through a read-only connection of its own.
private final class UpperRange: @unchecked Sendable {
  private let path: String
  private let match: String
  private let from: Int64
  private let keeping: Int
  /// The structure record the search's connection read.
  private let structure: [UInt8]
  private let done = DispatchSemaphore(value: 0)
  /// Set on the worker thread before `done` is signalled.
  private var result: RankedMatches?

  init(path: String, match: String, from: Int64, keeping: Int, structure: [UInt8]) {
    self.path = path
    self.match = match
    self.from = from
    self.keeping = keeping
    self.structure = structure
  }

  func start() {
    DispatchQueue.global(qos: .userInitiated).async {
      self.result = self.rank()
      self.done.signal()
    }
  }

  /// The upper range's ranking, or nil when it could not be made on the same state of the index.
  func wait() -> RankedMatches? {
    done.wait()
    return result
  }

  private func rank() -> RankedMatches? {
    var connection: OpaquePointer?
    // (closed even when opening failed: SQLite may still have made a handle)
    defer { sqlite3_close_v2(connection) }
    guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let connection,
      sqlite3_busy_timeout(connection, Int32(StoreDatabase.busyTimeout * 1000)) == SQLITE_OK,
      sqlite3_exec(connection, "BEGIN", nil, nil, nil) == SQLITE_OK
    else { return nil }
    defer { sqlite3_exec(connection, "COMMIT", nil, nil, nil) }
    guard readsSameState(connection) else { return nil }
    var statement: OpaquePointer?
    defer { sqlite3_finalize(statement) }
    let sql = RankedMatches.rankingSQL + " AND rowid >= ?"
    guard sqlite3_prepare_v2(connection, sql, -1, &statement, nil) == SQLITE_OK, let statement,
      sqlite3_bind_text(statement, 1, match, -1, transient) == SQLITE_OK,
      sqlite3_bind_int64(statement, 2, from) == SQLITE_OK
    else { return nil }
    var ranked = RankedMatches()
    return ranked.collect(statement, keeping: keeping) == SQLITE_DONE ? ranked : nil
  }

  /// Whether the connection, in its transaction, reads the structure record the search read.
  private func readsSameState(_ connection: OpaquePointer) -> Bool {
    var statement: OpaquePointer?
    defer { sqlite3_finalize(statement) }
    guard sqlite3_prepare_v2(connection, RankedMatches.structureSQL, -1, &statement, nil) == SQLITE_OK,
      let statement
    else { return false }
    guard sqlite3_step(statement) == SQLITE_ROW else { return structure.isEmpty }
    let count = Int(sqlite3_column_bytes(statement, 0))
    guard count == structure.count else { return false }
    guard count > 0, let bytes = sqlite3_column_blob(statement, 0) else { return true }
    return structure.withUnsafeBytes { $0.elementsEqual(UnsafeRawBufferPointer(start: bytes, count: count)) }
  }
}

/// SQLite's SQLITE_TRANSIENT: copy the bytes while binding.
private let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
