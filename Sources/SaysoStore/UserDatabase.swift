import Foundation
import GRDB

/// Opens a database of user data (bookmarks, reading state): checked on opening, and when damaged moved
/// aside with a timestamp — never deleted — and replaced by a fresh one.
enum UserDatabase {
  /// Opens (creating) the database at `url` and brings its schema up to date.
  ///
  /// - Returns: the database, and the `SaysoStoreError.movedAside` notice when the old file was damaged.
  /// - Throws: `SaysoStoreError` when the folder or file cannot be created or opened.
  static func open(
    _ url: URL, migrator: DatabaseMigrator, label: String
  ) throws(SaysoStoreError) -> (DatabaseQueue, SaysoStoreError?) {
    try DataDirectories.createFolder(url.deletingLastPathComponent())
    let lock = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".lock")
    return try CorpusIndex.run(path: url.path) {
      try FileLock.withLock(lock) { () throws -> (DatabaseQueue, SaysoStoreError?) in
        do {
          return (try openChecked(url, migrator: migrator, label: label), nil)
        } catch  where StoreDatabase.isDamage(error) {
          let movedTo = try StoreDatabase.moveAside(url)
          return (try openChecked(url, migrator: migrator, label: label), .movedAside(path: url.path, movedTo: movedTo))
        }
      }
    }
  }

  /// Checks (SQLite's quick check: the files are small), opens and migrates.
  private static func openChecked(_ url: URL, migrator: DatabaseMigrator, label: String) throws -> DatabaseQueue {
    if FileManager.default.fileExists(atPath: url.path) {
      try CorpusIndex.checkSize(at: url)
      try StoreDatabase.check(url)
    }
    let database = try StoreDatabase.open(url, label: label)
    try migrator.migrate(database)
    return database
  }
}
