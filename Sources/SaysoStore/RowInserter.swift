import GRDB
import GRDBSQLite

/// Inserts an article's rows (`ArticleRows`) several to a statement, binding them straight through
/// SQLite's C interface.
///
/// Each execution of an INSERT opens cursors on the table and its indexes and, for an AUTOINCREMENT
/// table, reads and rewrites `sqlite_sequence`: one statement per row cost some 13,000 instructions a
/// row, three times the insert itself. Rows go instead in statements of 16, 8, 4, 2 and 1 rows
/// (`INSERT … VALUES (…), (…)`), the fewest that make up the count, each prepared once per connection.
/// They say `INSERT OR FAIL`: a statement that may stop half-way with the default ABORT keeps a
/// statement journal, which spilled to a temporary file for nearly every statement (seven times the
/// writes of the whole index); on a failure the update's transaction is rolled back whole anyway.
///
/// GRDB's `execute(arguments:)` would bind each value through a nested generic call and its
/// `StatementArguments` are made by an unspecialised generic `map`; for tens of thousands of rows in one
/// update that cost more than SQLite's work, all of it on the one thread that writes.
struct RowInserter {
  /// The statements inserting 1, 2, 4, … `largestChunk` rows, made once (building and hashing a
  /// statement's text for each chunk cost as much as binding it).
  private let statements: [String]

  /// The largest number of rows in one statement.
  static let largestChunk = 16

  /// - Parameters:
  ///   - head: the INSERT up to `VALUES`: `INSERT INTO passage (id, articleId, …)`.
  ///   - width: how many values each row has: its leading integers, then its values.
  init(head: String, width: Int) {
    let row = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
    statements = sequence(first: 1, next: { $0 < Self.largestChunk ? $0 * 2 : nil }).map { count in
      head + " VALUES " + Array(repeating: row, count: count).joined(separator: ", ")
    }
  }

  /// This inserter's statements as made on one connection, kept by a writer that inserts many times
  /// in a row (an update's transaction), so that each chunk finds its statement by its size rather than
  /// in GRDB's statement cache, by the hash of its text: some 3,500 instructions a chunk, for texts of
  /// up to 16 rows of 22 values.
  struct Prepared {
    fileprivate var statements: [Statement?] = []
  }

  /// Inserts `rows`.
  ///
  /// - Throws: a `DatabaseError` with SQLite's code and message when a step fails.
  func insert(_ rows: [[DatabaseValue]], _ db: Database) throws {
    var prepared = Prepared()
    try insert(PendingRows(idsPerRow: 0, values: rows), &prepared, db)
  }

  /// Inserts `rows` with the statements in `prepared`, which must have been made on `db` (made there
  /// when missing).
  ///
  /// - Throws: a `DatabaseError` with SQLite's code and message when a step fails.
  func insert(_ rows: PendingRows, _ prepared: inout Prepared, _ db: Database) throws {
    if prepared.statements.isEmpty { prepared.statements = Array(repeating: nil, count: statements.count) }
    var start = 0
    var chunk = Self.largestChunk
    while start < rows.count {
      while chunk > rows.count - start { chunk /= 2 }
      let size = chunk.trailingZeroBitCount
      let statement: Statement
      if let made = prepared.statements[size] {
        statement = made
      } else {
        statement = try db.cachedStatement(sql: statements[size])
        prepared.statements[size] = statement
      }
      try statement.insert(rows, start..<start + chunk, db)
      start += chunk
    }
  }
}

/// Rows on their way to a `RowInserter`: each row's leading integers (its ids: `idsPerRow` of them, kept
/// apart so that no row is copied to take them), then its values.
struct PendingRows {
  let idsPerRow: Int
  /// The rows' ids, row after row.
  private(set) var ids: [Int64] = []
  private(set) var values: [[DatabaseValue]] = []

  var count: Int { values.count }

  init(idsPerRow: Int, values: [[DatabaseValue]] = []) {
    self.idsPerRow = idsPerRow
    self.values = values
  }

  /// Adds a row whose one leading integer is `id`.
  mutating func append(_ row: [DatabaseValue], id: Int64) {
    ids.append(id)
    values.append(row)
  }

  /// Adds a row whose two leading integers are `id` and `second`.
  mutating func append(_ row: [DatabaseValue], id: Int64, _ second: Int64) {
    ids.append(id)
    ids.append(second)
    values.append(row)
  }

  mutating func removeAll() {
    ids.removeAll(keepingCapacity: true)
    values.removeAll(keepingCapacity: true)
  }
}

extension Statement {
  /// Binds the rows of `rows` in `range` (each preceded by its ids) to this multi-row INSERT and runs it. Text is bound from the string's own UTF-8 bytes and copied by SQLite, as GRDB's
  /// `setArguments` does.
  fileprivate func insert(_ rows: PendingRows, _ range: Range<Int>, _ db: Database) throws {
    let statement = sqliteStatement
    sqlite3_reset(statement)
    var index: Int32 = 1
    for row in range {
      for number in rows.ids[row * rows.idsPerRow..<(row + 1) * rows.idsPerRow] {
        sqlite3_bind_int64(statement, index, number)
        index += 1
      }
      for value in rows.values[row] {
        Self.bind(value, at: index, statement)
        index += 1
      }
    }
    // Every parameter is bound on each run: nothing to clear.
    let code = sqlite3_step(statement)
    sqlite3_reset(statement)
    guard code == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
    }
  }

  private static func bind(_ value: DatabaseValue, at index: Int32, _ statement: SQLiteStatement) {
    switch value.storage {
    case .null: sqlite3_bind_null(statement, index)
    case .int64(let number): sqlite3_bind_int64(statement, index, number)
    case .double(let number): sqlite3_bind_double(statement, index, number)
    case .string(var text):
      // Passing the String as a C string would copy it into a NUL-terminated array first.
      text.withUTF8 { bytes in
        // (a NULL pointer would bind NULL, not the empty string)
        guard let start = bytes.baseAddress, !bytes.isEmpty else {
          _ = sqlite3_bind_text(statement, index, "", 0, transient)
          return
        }
        _ = start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
          sqlite3_bind_text(statement, index, $0, Int32(bytes.count), transient)
        }
      }
    case .blob(let data):
      _ = data.withUnsafeBytes { sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), transient) }
    }
  }

  /// SQLite's SQLITE_TRANSIENT: copy the bytes while binding.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
