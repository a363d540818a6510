import GRDB
import GRDBSQLite

/// The best paragraphs that match a search, and how many match in all, from one pass of FTS5.
///
/// `sayso search` wants the best few paragraphs and how many match in all ("20 of 2434"). Asked as two
/// statements, `… ORDER BY rank LIMIT n` and `SELECT count(*) … MATCH`, FTS5 reads the terms' doclists
/// twice, and for `ORDER BY rank` it also sorts every match and then finds each row it returns in the
/// doclists again. Here the statement asks for every match's rowid and bm25 score in doclist order
/// (no ORDER BY), counts the rows and keeps the best `keeping` itself: on 30,000 wire articles
/// "cocoa exports" (2,434 matches) went from 64 M to 40 M instructions of SQLite, "net income"
/// (25,002) from 297 M to 203 M. The marked text of the few kept is asked for afterwards.
///
/// The order is FTS5's own for `ORDER BY rank`: by score, and by rowid among equal scores (its sorter
/// keeps rows in the order they come, which is rowid order).
struct RankedMatches {
  /// The best rows, best first: their id (the statement's first column) and score (its second).
  private(set) var ranked: [(id: Int64, score: Double)] = []
  /// How many rows the statement returned in all.
  private(set) var count = 0

  /// Steps `sql`, whose columns are a row's id and its score, through SQLite's C interface (GRDB's
  /// `Row` would cost some thousands of instructions a row, for tens of thousands of rows).
  ///
  /// - Throws: a `DatabaseError` with SQLite's code and message when a step fails.
  init(_ db: Database, sql: String, arguments: StatementArguments, keeping: Int) throws {
    let statement = try db.makeStatement(sql: sql)
    try statement.setArguments(arguments)
    let handle = statement.sqliteStatement
    defer { sqlite3_reset(handle) }
    let code = collect(handle, keeping: keeping)
    guard code == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
    }
  }

  /// No rows yet.
  init() {}

  /// Steps the prepared statement `handle` to its end, counting its rows and keeping the best
  /// `keeping`; returns SQLite's last code (`SQLITE_DONE` when every row was read).
  mutating func collect(_ handle: OpaquePointer, keeping: Int) -> Int32 {
    ranked.reserveCapacity(keeping + 1)
    while true {
      let code = sqlite3_step(handle)
      guard code == SQLITE_ROW else { return code }
      count += 1
      add((id: sqlite3_column_int64(handle, 0), score: sqlite3_column_double(handle, 1)), keeping: keeping)
    }
  }

  /// Adds the rows and the count of `other`, made over other rows of the same ranking.
  mutating func merge(_ other: RankedMatches, keeping: Int) {
    count += other.count
    for row in other.ranked { add(row, keeping: keeping) }
  }

  /// Keeps `row` when it is among the best `keeping`.
  private mutating func add(_ row: (id: Int64, score: Double), keeping: Int) {
    if ranked.count == keeping, let last = ranked.last, !Self.precedes(row, last) { return }
    // After the last row that is not worse: equal scores keep the lower rowid first.
    var low = 0
    var high = ranked.count
    while low < high {
      let middle = (low + high) / 2
      if Self.precedes(row, ranked[middle]) { high = middle } else { low = middle + 1 }
    }
    ranked.insert(row, at: low)
    if ranked.count > keeping { ranked.removeLast() }
  }

  /// Whether `a` ranks before `b`: a lower score (bm25 is negative, better is lower), or an equal
  /// score and a lower rowid.
  private static func precedes(_ a: (id: Int64, score: Double), _ b: (id: Int64, score: Double)) -> Bool {
    a.score < b.score || (a.score == b.score && a.id < b.id)
  }
}
