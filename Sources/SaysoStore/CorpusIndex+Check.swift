import Foundation
import GRDB

extension CorpusIndex {
  /// What checking the index found, and what was done about it.
  public enum CheckOutcome: Sendable, Equatable {
    /// The tables and the full-text index are sound.
    case sound
    /// The full-text index did not match the passages; it was rebuilt from them (the analyses kept).
    case searchIndexRebuilt
    /// The file itself was damaged; it was deleted and rebuilt from the corpus.
    case indexRebuilt
  }

  /// Checks the whole index, and repairs what is damaged: SQLite's own check of every table (a damaged
  /// file is rebuilt from the corpus), then FTS5's integrity check of the full-text index against the
  /// passages (a damaged full-text index is rebuilt from the passages). Bytes overwritten inside the
  /// full-text index's pages pass SQLite's check, and searches would silently miss results: only FTS5's
  /// own check sees them.
  ///
  /// - Returns: what was found and done; a repair also adds its notice to `notices`.
  /// - Throws: `SaysoStoreError` when the index cannot be read or written.
  public func check() throws(SaysoStoreError) -> CheckOutcome {
    let path = file?.path ?? ":memory:"
    do {
      return try FileLock.withLock(file.map(Self.lockFile)) { () throws -> CheckOutcome in
        try checkTables()
        return try repairSearchIndexIfDamaged() ? .searchIndexRebuilt : .sound
      }
    } catch  where StoreDatabase.isDamage(error) && file != nil {
      try rebuild()
      return .indexRebuilt
    } catch {
      throw StoreDatabase.storeError(error, path: path)
    }
  }

  /// Throws a damage error when SQLite's quick check of the tables finds a problem.
  func checkTables() throws {
    let verdict = try database.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
    guard verdict == ["ok"] else {
      throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: verdict.first ?? "damaged")
    }
  }

  /// Runs FTS5's integrity check and, when it fails, rebuilds the full-text index from the passages
  /// (noting `searchIndexRebuilt`). Call it with the index's lock held.
  ///
  /// - Returns: whether the full-text index was rebuilt.
  /// - Throws: a damage error when it is still damaged after the rebuild (the file itself is).
  func repairSearchIndexIfDamaged() throws -> Bool {
    do {
      try verifySearchIndex()
      return false
    } catch  where StoreDatabase.isDamage(error) {
      try database.writeWithoutTransaction { db in
        try db.execute(sql: "INSERT INTO passageSearch (passageSearch) VALUES ('rebuild')")
      }
      try verifySearchIndex()
      notices.append(.searchIndexRebuilt(path: file?.path ?? ":memory:"))
      return true
    }
  }

  /// The marker file that says an update of the index file is under way; left behind by an update that
  /// did not finish (the process was killed, the machine lost power).
  static func updateMarker(_ url: URL) -> URL {
    url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".updating")
  }

  /// Before an update, with the index's lock held: when the last update did not finish (an unclean
  /// shutdown), checks the tables and the full-text index and repairs them, and makes the indexes a
  /// killed fresh build had not made yet (`makeDeferredIndexes`); then marks this update as under way
  /// until `endUpdate()`.
  func beginUpdate() throws {
    guard let file else { return }
    let marker = Self.updateMarker(file)
    if FileManager.default.fileExists(atPath: marker.path) {
      try checkTables()
      _ = try repairSearchIndexIfDamaged()
      // a fresh build killed before its end left without the indexes it makes there
      if try !database.read(Self.missingDeferredIndexes).isEmpty {
        try database.write(Self.makeDeferredIndexes)
      }
    } else {
      _ = FileManager.default.createFile(atPath: marker.path, contents: nil)
    }
  }

  /// Marks the update as finished (see `beginUpdate()`).
  func endUpdate() {
    guard let file else { return }
    try? FileManager.default.removeItem(at: Self.updateMarker(file))
  }
}
