import GRDB
import GRDBSQLite

extension Statement {
  /// Runs this INSERT for one of an article's rows (`ArticleRows`): the article's id, then `values`,
  /// bound straight through SQLite's C interface.
  ///
  /// GRDB's `execute(arguments:)` binds up to 20 values through one nested generic call per value, and
  /// its `StatementArguments` are made by an unspecialised generic `map`: for the index's inserts, tens
  /// of thousands of rows in one update, that cost more than SQLite's work, all of it on the one thread
  /// that writes. Values are copied as they are bound, as GRDB's `setArguments` does.
  ///
  /// - Throws: a `DatabaseError` with SQLite's code and message when the step fails.
  func insertRow(articleID: Int64, _ values: [DatabaseValue], _ db: Database) throws {
    let statement = sqliteStatement
    sqlite3_reset(statement)
    sqlite3_bind_int64(statement, 1, articleID)
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 2)
      switch value.storage {
      case .null: sqlite3_bind_null(statement, index)
      case .int64(let number): sqlite3_bind_int64(statement, index, number)
      case .double(let number): sqlite3_bind_double(statement, index, number)
      case .string(var text):
        // Bound from the string's own UTF-8 bytes: passing the String as a C string copies it into a
        // NUL-terminated array first.
        text.withUTF8 { bytes in
          // (a NULL pointer would bind NULL, not the empty string)
          guard let start = bytes.baseAddress, !bytes.isEmpty else {
            _ = sqlite3_bind_text(statement, index, "", 0, Self.transient)
            return
          }
          _ = start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            sqlite3_bind_text(statement, index, $0, Int32(bytes.count), Self.transient)
          }
        }
      case .blob(let data):
        _ = data.withUnsafeBytes { sqlite3_bind_blob(statement, index, $0.baseAddress, Int32($0.count), Self.transient) }
      }
    }
    let code = sqlite3_step(statement)
    sqlite3_reset(statement)
    sqlite3_clear_bindings(statement)
    guard code == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
    }
  }

  /// SQLite's SQLITE_TRANSIENT: copy the bytes while binding.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
