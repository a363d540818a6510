import Foundation
import GRDB
import Testing

@testable import SaysoStore

/// How the store leaves its SQLite files on disk.
@Suite struct StoreDatabaseTests {
  /// The -wal and -shm files stay beside a database; the connection that closes last checkpoints and
  /// empties the log, so that the .sqlite file alone holds every commit (a copy of it is complete).
  @Test func aClosedDatabaseHoldsEveryCommitInItsOwnFile() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    let url = folder.appendingPathComponent("db.sqlite")
    do {
      let database = try StoreDatabase.open(url, label: "test")
      try database.write { db in
        try db.execute(sql: "CREATE TABLE t (x)")
        try db.execute(sql: "INSERT INTO t VALUES (1), (2)")
      }
      #expect(StoreTestSupport.size(url.path + "-wal") > 0)
    }
    #expect(FileManager.default.fileExists(atPath: url.path + "-wal"))
    #expect(FileManager.default.fileExists(atPath: url.path + "-shm"))
    #expect(StoreTestSupport.size(url.path + "-wal") == 0)
    let copy = folder.appendingPathComponent("copy.sqlite")
    try FileManager.default.copyItem(at: url, to: copy)
    let count = try StoreDatabase.open(copy, label: "test").read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM t")
    }
    #expect(count == 2)
  }
}
