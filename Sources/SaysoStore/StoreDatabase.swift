import CSQLite
import Foundation
import GRDB
import GRDBSQLite

/// How the store opens its SQLite files, and how SQLite's failures become `SaysoStoreError`s.
///
/// Every file is in WAL mode with a busy timeout, so several sayso processes can read while one
/// writes, and a writer waits for another instead of failing. Writes go through GRDB's `write`, which
/// wraps them in one immediate transaction: a process killed in the middle leaves the last commit.
enum StoreDatabase {
  /// How long a writer waits for another process's transaction before giving up, in seconds.
  static let busyTimeout: TimeInterval = 30

  /// The connection settings shared by the index, bookmarks and reading state.
  ///
  /// WAL is a property of the file: it is set once, when the file is new, and stays. (GRDB's own
  /// `journalMode = .wal` also makes sure that a non-empty -wal file exists, by creating and dropping a
  /// table when there is none; as SQLite deletes the -wal file when the last connection closes, every
  /// process paid a schema change, a sync and a checkpoint at opening, a search included. Only a
  /// read-only connection needs that file, and `check(_:)`'s is opened where SQLite can create it.)
  ///
  /// - Parameter checkpointsOnClose: false for a connection that writes a little and ends its process
  ///   at once (`ReadingState.recordSearch(_:in:)`): its commits stay in the -wal when it closes, for
  ///   the next connection to read and a later checkpoint to move (see below).
  static func configuration(label: String, checkpointsOnClose: Bool = true) -> Configuration {
    _ = memoryStatisticsOff
    var configuration = Configuration()
    configuration.label = label
    configuration.busyMode = .timeout(busyTimeout)
    configuration.prepareDatabase { db in
      guard !db.configuration.readonly else { return }
      if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
        guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
          throw DatabaseError(message: "could not turn on WAL mode")
        }
      }
      // What WAL mode needs of syncing (as GRDB sets it): a commit is not synced, a checkpoint is.
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      // The -wal and -shm files stay beside the database: otherwise every process (a search too)
      // created both and deleted both when it closed the last connection, changes to the folder that
      // the next sync of the folder (a commit's) had to write out. The last connection still
      // checkpoints everything into the database on closing and, with a size limit set, then
      // truncates the -wal to nothing: the .sqlite file alone holds every commit, as a copy of it or
      // `CorpusIndex.checkSize(at:)` expects, and a new connection has no log to read back. A process
      // killed mid-write leaves its log as before, which SQLite replays. The limit also trims a log
      // that a large update grew past 4 MiB once a checkpoint has emptied it.
      var persist: Int32 = 1
      _ = sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
      try db.execute(sql: "PRAGMA journal_size_limit = 4194304")
      // Checkpointing syncs the log, then the database, and the next commit syncs the log restarted and
      // its folder: four syncs, which cost a search that records itself in the history more than its
      // query (1.1 ms of a search with no match). Skipped, the commits stay in the log, which is part
      // of the database: SQLite reads them from there, a quick check checks them, a killed process
      // keeps them, moving a damaged file aside moves them with it; a copy must take the -wal too. The
      // caller bounds the log by checkpointing again once it has grown (a first connection rebuilds
      // the -shm from the log, forgetting what an earlier checkpoint copied, so a log is emptied only
      // by a checkpoint on closing).
      if !checkpointsOnClose { _ = shim_skip_checkpoint_on_close(db.sqliteConnection) }
    }
    return configuration
  }

  /// SQLite's memory statistics turned off, before the process's first connection opens (see
  /// `shim_skip_memory_statistics`): a search's thousands of allocations each skip a global mutex.
  private static let memoryStatisticsOff: Void = { _ = shim_skip_memory_statistics() }()

  /// Opens (creating it when missing) the database file at `url`, after creating its folder; for
  /// `checkpointsOnClose`, see `configuration(label:checkpointsOnClose:)`.
  ///
  /// - Throws: `SaysoStoreError` naming the file or folder when either cannot be created or opened; the
  ///   `DatabaseError` itself when the file is damaged (see `isDamage(_:)`), for the caller to recover.
  static func open(_ url: URL, label: String, checkpointsOnClose: Bool = true) throws -> DatabaseQueue {
    try DataDirectories.createFolder(url.deletingLastPathComponent())
    do {
      return try DatabaseQueue(
        path: url.path, configuration: configuration(label: label, checkpointsOnClose: checkpointsOnClose))
    } catch  where isDamage(error) {
      throw error
    } catch {
      throw storeError(error, path: url.path, opening: true)
    }
  }

  /// The size in bytes of the -wal file of the database at `url`, 0 when there is none (through the C
  /// library: Foundation's file attributes cost some 600,000 instructions).
  static func logSize(_ url: URL) -> Int {
    var info = stat()
    return stat(url.path + "-wal", &info) == 0 ? Int(info.st_size) : 0
  }

  /// Runs SQLite's quick check on the existing file at `url` through a read-only connection, which
  /// never writes to the file (a damaged file is thus moved aside exactly as it was found).
  ///
  /// - Throws: a damage `DatabaseError` when the check fails.
  static func check(_ url: URL) throws {
    var configuration = configuration(label: "SaysoStore.check")
    configuration.readonly = true
    let verdict = try DatabaseQueue(path: url.path, configuration: configuration).read { db in
      try String.fetchAll(db, sql: "PRAGMA quick_check")
    }
    guard verdict == ["ok"] else {
      throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: verdict.first ?? "damaged")
    }
  }

  /// A private in-memory database with the same settings, for tests and previews.
  static func inMemory(label: String) -> DatabaseQueue {
    var configuration = Configuration()
    configuration.label = label
    // An in-memory database cannot fail to open.
    return try! DatabaseQueue(configuration: configuration)
  }

  /// Whether `error` says the file is damaged (malformed, truncated, or not a database at all).
  static func isDamage(_ error: any Error) -> Bool {
    guard let error = error as? DatabaseError else { return false }
    return error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
  }

  /// `error` as the store reports it, naming `path`.
  ///
  /// - Parameter opening: whether the file was being opened (a failure then says "cannot open").
  static func storeError(_ error: any Error, path: String, opening: Bool = false) -> SaysoStoreError {
    if let error = error as? SaysoStoreError { return error }
    guard let error = error as? DatabaseError else {
      return .database(path: path, message: String(describing: error))
    }
    switch error.resultCode {
    case .SQLITE_FULL: return .diskFull(path: path)
    case .SQLITE_READONLY: return .readOnly(path: path)
    case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
    case .SQLITE_PERM: return .readOnly(path: path)
    case .SQLITE_CANTOPEN: return .cannotOpen(path: path, reason: folderProblem(path) ?? "unable to open the file")
    case .SQLITE_IOERR where opening || folderProblem(path) != nil:
      return .cannotOpen(path: path, reason: folderProblem(path) ?? (error.message ?? "input/output error"))
    default: return .database(path: path, message: error.message ?? "\(error.resultCode)")
    }
  }

  /// Why a file in the folder of `path` cannot be written, when the folder says so (read-only, full).
  private static func folderProblem(_ path: String) -> String? {
    let folder = (path as NSString).deletingLastPathComponent
    if access(folder, W_OK) != 0 { return String(cString: strerror(errno)).lowercased() }
    var info = statvfs()
    if statvfs(folder, &info) == 0 {
      if info.f_flag & UInt(ST_RDONLY) != 0 { return "read-only file system" }
      if info.f_bavail == 0 { return "no space left on device" }
    }
    return nil
  }

  /// Moves a damaged database file (with its -wal and -shm companions) aside as
  /// `NAME.damaged-YYYYMMDD-HHMMSS`, never deleting it.
  ///
  /// - Returns: the path the file was moved to.
  static func moveAside(_ url: URL, now: Date = Date()) throws(SaysoStoreError) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    var target = url.path + ".damaged-" + formatter.string(from: now)
    var suffix = 1
    while FileManager.default.fileExists(atPath: target) {
      suffix += 1
      target = url.path + ".damaged-" + formatter.string(from: now) + "-\(suffix)"
    }
    do {
      try FileManager.default.moveItem(atPath: url.path, toPath: target)
      for companion in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: url.path + companion) {
        try FileManager.default.moveItem(atPath: url.path + companion, toPath: target + companion)
      }
    } catch {
      throw .cannotOpen(
        path: url.path, reason: "damaged, and it could not be moved aside: \(error.localizedDescription)")
    }
    return target
  }

  /// Deletes a database file and its -wal and -shm companions (for the rebuildable index only).
  static func delete(_ url: URL) {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: url.path + suffix) }
  }
}
