import Foundation
import GRDB
import SaysoCore

/// Whether the index can answer without walking the corpus.
///
/// A full update (`update()`) stats every file. A search need not: after each full update the index
/// keeps the modification time of every folder it listed (and of each file given as a corpus path), and
/// a file added, removed or renamed in a folder changes the folder's time. `isFresh()` stats those
/// folders only. A file edited in place changes no folder, so the articles a search is about to show
/// are checked one by one (`changedArticles`), and re-read before they are shown.
///
/// A time within `racyMargin` of the update that took it is not trusted (a file system's clock may not
/// tick between a listing and a change right after it); it is stored as 0, which never matches, so the
/// next check does a full update, as git treats a "racily clean" entry.
extension CorpusIndex {
  /// How close to the update a folder's time may be and still be trusted: 2 s, in nanoseconds.
  static let racyMargin: Int64 = 2_000_000_000

  /// Records the folders of the update that has just listed the corpus at `listedAt` (ns since 1970),
  /// replacing those of the update before, each with the number of articles the update left, which
  /// `currentReport()` gives without counting them.
  ///
  /// - Returns: that number.
  func recordWatched(_ watched: [CorpusWalker.Watched], listedAt: Int64) throws -> Int {
    try database.write { db in
      try db.execute(sql: "DELETE FROM watched")
      let articles = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
      guard CorpusListing.isOnDisk(sources) else { return articles }
      let insert = try db.cachedStatement(
        sql: "INSERT OR REPLACE INTO watched (path, modified, articles) VALUES (?, ?, ?)")
      for folder in watched {
        let trusted = folder.modified != 0 && folder.modified < listedAt - Self.racyMargin
        try insert.execute(arguments: [folder.path, trusted ? folder.modified : 0, articles])
      }
      return articles
    }
  }

  /// Forgets the folders' times: until an update finishes, the index is not known to be fresh.
  func forgetWatched() throws {
    try database.write { db in try db.execute(sql: "DELETE FROM watched") }
  }

  /// Whether no file can have been added, removed or renamed since the last full update: every folder it
  /// listed has the time it had then. False for a corpus embedded in the binary, an index never fully
  /// updated, or an update that did not finish.
  public func isFresh() -> Bool {
    guard CorpusListing.isOnDisk(sources),
      let rows = try? database.read({ db in try Row.fetchAll(db, sql: "SELECT path, modified FROM watched") }),
      !rows.isEmpty
    else { return false }
    return rows.allSatisfy { row in
      let stored: Int64 = row["modified"]
      return stored != 0 && CorpusWalker.modified(row["path"]) == stored
    }
  }

  /// Which of the articles at `paths` changed on disk since they were indexed (another size or time, or
  /// gone), in the order given. Paths the index does not hold are left out.
  public func changedArticles(_ paths: [String]) throws(SaysoStoreError) -> [String] {
    let stored: [String: (Int?, Int64?)]
    do {
      stored = try database.read { db in
        var found: [String: (Int?, Int64?)] = [:]
        let statement = try db.cachedStatement(sql: "SELECT size, modified FROM article WHERE path = ?")
        for path in Set(paths) {
          if let row = try Row.fetchOne(statement, arguments: [path]) { found[path] = (row["size"], row["modified"]) }
        }
        return found
      }
    } catch {
      throw StoreDatabase.storeError(error, path: file?.path ?? ":memory:")
    }
    return paths.filter { path in
      guard let (size, modified) = stored[path] else { return false }
      var walk = CorpusWalker.Walk(path: path)
      guard case .file(let file)? = walk.next() else { return true }
      return file.size != size || file.modified != modified
    }
  }

  /// A report of the index as it stands, for a command that found it fresh and did not update it.
  ///
  /// The number of articles is the one the last full update recorded with its folders (no article was
  /// added or removed since, or the index would not be fresh); counted when an update by an older sayso,
  /// which records none, left the folders.
  public func currentReport() throws(SaysoStoreError) -> UpdateReport {
    var report = UpdateReport()
    report.notices = notices
    do {
      report.articles = try database.read { db in
        if let recorded = try Int.fetchOne(db, sql: "SELECT articles FROM watched LIMIT 1") { return recorded }
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
      }
    } catch {
      throw StoreDatabase.storeError(error, path: file?.path ?? ":memory:")
    }
    report.unchanged = report.articles
    return report
  }
}
