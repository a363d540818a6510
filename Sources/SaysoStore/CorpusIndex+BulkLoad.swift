import GRDB

extension CorpusIndex {
  /// Starts a fresh build: an update that fills an index file holding no article yet, written as a bulk
  /// load. `endBulkLoad()` ends it, finished or stopped.
  ///
  /// In WAL mode every page is written twice, to the -wal and then, at each checkpoint, to the file: on
  /// 30,000 wire articles (117 MB of index) the commits and checkpoints were a quarter of the writer's
  /// instructions, and the kernel's copying of the pages half a CPU-second more. A fresh build keeps a
  /// rollback journal instead (`journal_mode = TRUNCATE`), which holds only the pages a transaction
  /// changes that were in the file when it began: a growing file's new pages are written once. A killed
  /// build still leaves the last commit (the next connection rolls the journal back) and the next update
  /// carries on. (No journal at all saved no more, and lost that.) WAL comes back at the end.
  ///
  /// While another connection has the file open its mode cannot change, and the build keeps WAL; a
  /// connection opened meanwhile turns WAL on again (see `StoreDatabase.configuration`), and the build
  /// goes on in WAL mode.
  ///
  /// Each transaction also adds a segment to the full-text index, which FTS5 merged 16 at a time as they
  /// came, and the update merged all into one at the end (`compactFullText()`): every term's list was
  /// written three times. A fresh build writes `bulkBatchesPerTransaction` batches a transaction, and
  /// FTS5 keeps their terms in memory until the commit (its `hashsize`: `bulkFullTextMemory` instead of
  /// 1 MB). A killed build leaves FTS5 that much memory, which only bounds what it holds before a flush.
  ///
  /// The indexes whose rows come in no particular order (`deferredIndexes`) are dropped while the
  /// tables fill and made at the end, sorted once: inserted row by row, every transaction changed
  /// most of their pages, which the rollback journal saved first and the commit wrote again (on
  /// 30,169 wire articles, 53 MB of journal in 37,903 writes, and 12,000 pages of the file written
  /// twice). A build that is killed leaves them missing; the next update makes them.
  func beginBulkLoad() throws {
    try database.write { db in
      try Self.setFullTextMemory(Self.bulkFullTextMemory, db)
      for name in Self.deferredIndexes { try db.execute(sql: "DROP INDEX IF EXISTS \(name)") }
    }
    database.writeWithoutTransaction { db in Self.setJournal("truncate", db) }
  }

  /// Ends a fresh build (see `beginBulkLoad()`): the index is then as any update leaves it.
  func endBulkLoad() throws {
    try database.write { db in
      try Self.setFullTextMemory(Self.fullTextMemory, db)
      try Self.makeDeferredIndexes(db)
    }
    database.writeWithoutTransaction { db in Self.setJournal("wal", db) }
  }

  /// The indexes a fresh build makes at its end (see `beginBulkLoad()`): their keys (a speaker's name
  /// key, a claim's speaker) come in no order as articles are added.
  static let deferredIndexes = ["speakerByName", "claimBySpeaker"]

  /// Makes those of `deferredIndexes` that are missing, each as the migrations define it.
  static func makeDeferredIndexes(_ db: Database) throws {
    let missing = try missingDeferredIndexes(db)
    guard !missing.isEmpty else { return }
    // The definitions, as the migrations write them, from an empty index made in memory.
    let empty = StoreDatabase.inMemory(label: "SaysoStore.schema")
    try IndexSchema.migrator.migrate(empty)
    let definitions = try empty.read { db in
      try missing.map { name in
        try String.fetchOne(
          db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", arguments: [name])
      }
    }
    for case let definition? in definitions { try db.execute(sql: definition) }
  }

  /// Those of `deferredIndexes` that the index lacks (a fresh build was killed).
  static func missingDeferredIndexes(_ db: Database) throws -> [String] {
    let present = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")
    return deferredIndexes.filter { !present.contains($0) }
  }

  /// How many batches of a fresh build one transaction writes.
  static let bulkBatchesPerTransaction = 8

  /// The memory FTS5 is given for pending terms during a fresh build, in bytes: room for the terms of
  /// `bulkBatchesPerTransaction` batches of short articles (longer ones are flushed sooner, in more
  /// segments).
  static let bulkFullTextMemory = 16 << 20

  /// FTS5's default memory for pending terms, in bytes.
  static let fullTextMemory = 1 << 20

  private static func setFullTextMemory(_ bytes: Int, _ db: Database) throws {
    try db.execute(sql: "INSERT INTO passageSearch (passageSearch, rank) VALUES ('hashsize', ?)", arguments: [bytes])
  }

  /// Sets the journal mode of the index file (outside any transaction). A failure leaves the mode as it
  /// was, which only costs time: SQLite refuses the change while another connection has the file open
  /// (`SQLITE_BUSY`), and any other failure of the file shows at the next statement.
  private static func setJournal(_ mode: String, _ db: Database) {
    _ = try? String.fetchOne(db, sql: "PRAGMA journal_mode = \(mode)")
  }
}
