import GRDB

enum FTS5Probe {
  static func run() throws -> [String] {
    let db = try DatabaseQueue()
    return try db.write { db in
      try db.create(virtualTable: "t", using: FTS5()) { t in
        t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
        t.column("text")
      }
      try db.execute(sql: "INSERT INTO t(text) VALUES ('He proposed new Proposals'), ('Zoë Ødegaard said'), ('nothing here')")
      let a = try String.fetchAll(db, sql: "SELECT text FROM t WHERE t MATCH 'propose' ORDER BY bm25(t)")
      let b = try String.fetchAll(db, sql: "SELECT snippet(t, 0, '[', ']', '…', 8) FROM t WHERE t MATCH 'zoe odegaard'")
      return a + b + [try String.fetchOne(db, sql: "SELECT sqlite_version()")!]
    }
  }
}
