import Foundation
import GRDB
import SaysoCore

/// Bookmarks with notes and tags, in `bookmarks.sqlite` under the data folder.
///
/// Every change is one transaction; several sayso processes may add bookmarks at the same moment
/// (WAL mode and a busy timeout: none is lost). A damaged file is moved aside, never deleted, and a
/// fresh one started, with a notice in `notices`.
///
/// A class, because it owns the database connection.
public final class BookmarkDatabase {
  /// The database file, or nil in memory.
  public let file: URL?
  /// Problems recovered from when opening, e.g. `SaysoStoreError.movedAside`.
  public let notices: [SaysoStoreError]
  let database: DatabaseQueue

  private init(file: URL?, database: DatabaseQueue, notices: [SaysoStoreError]) {
    self.file = file
    self.database = database
    self.notices = notices
  }

  /// Opens (creating) the bookmarks of `directories`.
  ///
  /// - Throws: `SaysoStoreError` when the folder or the file cannot be created or opened.
  public static func open(in directories: DataDirectories) throws(SaysoStoreError) -> BookmarkDatabase {
    try open(at: directories.bookmarksFile)
  }

  /// Opens (creating) the bookmarks database at `url`.
  ///
  /// - Throws: `SaysoStoreError` when the folder or the file cannot be created or opened.
  public static func open(at url: URL) throws(SaysoStoreError) -> BookmarkDatabase {
    let (database, notice) = try UserDatabase.open(
      url, migrator: BookmarkSchema.migrator, label: "SaysoStore.bookmarks")
    return BookmarkDatabase(file: url, database: database, notices: notice.map { [$0] } ?? [])
  }

  /// An empty store held in memory, for tests and previews.
  public static func inMemory() -> BookmarkDatabase {
    let database = StoreDatabase.inMemory(label: "SaysoStore.bookmarks")
    // Migrating a fresh in-memory database cannot fail.
    try! BookmarkSchema.migrator.migrate(database)
    return BookmarkDatabase(file: nil, database: database, notices: [])
  }

  /// Adds a bookmark.
  ///
  /// - Parameters:
  ///   - new: the passage, note and tags.
  ///   - created: when it is made (now by default).
  /// - Returns: the bookmark with its new number.
  /// - Throws: `SaysoStoreError` when it cannot be saved (read-only, disk full, …).
  @discardableResult
  public func add(_ new: NewBookmark, created: Date = Date()) throws(SaysoStoreError) -> Bookmark {
    let id = try write { db in
      try Self.insert(new, id: nil, created: created, status: .exact, db)
    }
    return try bookmark(id)
  }

  /// Every bookmark, oldest first.
  public func bookmarks() throws(SaysoStoreError) -> [Bookmark] {
    try read { db in try Self.fetch(db, where: "1", arguments: []) }
  }

  /// The bookmarks made in one corpus, oldest first.
  public func bookmarks(inCorpus key: String) throws(SaysoStoreError) -> [Bookmark] {
    try read { db in try Self.fetch(db, where: "corpus = ?", arguments: [key]) }
  }

  /// The bookmark numbered `id`.
  ///
  /// - Throws: `SaysoStoreError.unknownBookmark` when there is none.
  public func bookmark(_ id: Int64) throws(SaysoStoreError) -> Bookmark {
    let found = try read { db in try Self.fetch(db, where: "id = ?", arguments: [id]) }
    guard let bookmark = found.first else { throw .unknownBookmark(id: id) }
    return bookmark
  }

  /// The bookmark already made on the passage `new` marks (same corpus, article, paragraph and span,
  /// still found there), or nil: one passage is bookmarked once.
  public func bookmark(on new: NewBookmark) throws(SaysoStoreError) -> Bookmark? {
    let anchor = new.anchor
    let found = try read { db in
      try Self.fetch(
        db, where: #"corpus = ? AND article = ? AND paragraph = ? AND start = ? AND "end" = ? AND wholeParagraph = ?"#,
        arguments: [new.corpus, new.article, anchor.paragraph, anchor.start, anchor.end, anchor.isWholeParagraph])
    }
    return found.first { !$0.status.isOrphaned }
  }

  /// Removes the bookmark numbered `id` (its number is never given to another; `restore(_:)` can
  /// bring it back).
  ///
  /// - Returns: the bookmark as it was, for undo.
  /// - Throws: `SaysoStoreError.unknownBookmark` when there is none.
  @discardableResult
  public func remove(_ id: Int64) throws(SaysoStoreError) -> Bookmark {
    let removed = try write { db -> Bookmark? in
      guard let bookmark = try Self.fetch(db, where: "id = ?", arguments: [id]).first else { return nil }
      try db.execute(sql: "DELETE FROM bookmark WHERE id = ?", arguments: [id])
      return bookmark
    }
    guard let removed else { throw .unknownBookmark(id: id) }
    return removed
  }

  /// Puts back a removed bookmark as it was: its number (so its place among the others, which are
  /// listed by number), passage, note, tags, creation time and status.
  ///
  /// Example: bookmarks 1, 2, 3; removing 2 then restoring it lists 1, 2, 3 again, not 1, 3, 4.
  ///
  /// - Returns: the bookmark as stored.
  /// - Throws: `SaysoStoreError.bookmarkExists` when its number is taken (it was never removed).
  @discardableResult
  public func restore(_ bookmark: Bookmark) throws(SaysoStoreError) -> Bookmark {
    let inserted = try write { db -> Bool in
      guard try Bool.fetchOne(db, sql: "SELECT 1 FROM bookmark WHERE id = ?", arguments: [bookmark.id]) == nil else {
        return false
      }
      try Self.insert(bookmark.content, id: bookmark.id, created: bookmark.created, status: bookmark.status, db)
      return true
    }
    guard inserted else { throw .bookmarkExists(id: bookmark.id) }
    return try self.bookmark(bookmark.id)
  }

  /// Replaces the note of bookmark `id`; nil or empty removes it.
  ///
  /// - Returns: the bookmark as it is now.
  /// - Throws: `SaysoStoreError.unknownBookmark` when there is none.
  @discardableResult
  public func setNote(_ note: String?, for id: Int64) throws(SaysoStoreError) -> Bookmark {
    let changed = try write { db -> Int in
      try db.execute(
        sql: "UPDATE bookmark SET note = ? WHERE id = ?", arguments: [note.flatMap { $0.isEmpty ? nil : $0 }, id])
      return db.changesCount
    }
    if changed == 0 { throw .unknownBookmark(id: id) }
    return try bookmark(id)
  }

  /// Replaces the tags of bookmark `id`.
  ///
  /// - Returns: the bookmark as it is now.
  /// - Throws: `SaysoStoreError.unknownBookmark` when there is none.
  @discardableResult
  public func setTags(_ tags: [String], for id: Int64) throws(SaysoStoreError) -> Bookmark {
    let exists = try write { db -> Bool in
      guard try Bool.fetchOne(db, sql: "SELECT 1 FROM bookmark WHERE id = ?", arguments: [id]) != nil else {
        return false
      }
      try db.execute(sql: "DELETE FROM bookmarkTag WHERE bookmarkId = ?", arguments: [id])
      for tag in Set(tags.map { $0.trimmingCharacters(in: .whitespaces) }) where !tag.isEmpty {
        try db.execute(sql: "INSERT INTO bookmarkTag (bookmarkId, tag) VALUES (?, ?)", arguments: [id, tag])
      }
      return true
    }
    if !exists { throw .unknownBookmark(id: id) }
    return try bookmark(id)
  }

  // MARK: Database access

  func read<T>(_ body: (Database) throws -> T) throws(SaysoStoreError) -> T {
    try CorpusIndex.run(path: file?.path ?? ":memory:") { try database.read(body) }
  }

  func write<T>(_ body: (Database) throws -> T) throws(SaysoStoreError) -> T {
    try CorpusIndex.run(path: file?.path ?? ":memory:") { try database.write(body) }
  }

  /// Inserts a bookmark's row and its tags, numbered `id` or, when nil, by the next number.
  ///
  /// - Returns: its number.
  @discardableResult
  static func insert(
    _ new: NewBookmark, id: Int64?, created: Date, status: AnchorStatus, _ db: Database
  ) throws -> Int64 {
    try db.execute(
      sql: """
        INSERT INTO bookmark (id, corpus, article, title, source, date, articleHash, paragraph, start, "end", exact,
          prefix, suffix, wholeParagraph, kind, role, speaker, speakerRole, note, created, status)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        id, new.corpus, new.article, new.title, new.source, new.date, new.articleHash?.description,
        new.anchor.paragraph, new.anchor.start, new.anchor.end, new.anchor.exact, new.anchor.prefix,
        new.anchor.suffix, new.anchor.isWholeParagraph, new.kind.rawValue, new.role.rawValue, new.speaker,
        new.speakerRole, new.note, created.timeIntervalSince1970, status.rawValue,
      ])
    let number = db.lastInsertedRowID
    for tag in new.tags {
      try db.execute(
        sql: "INSERT OR IGNORE INTO bookmarkTag (bookmarkId, tag) VALUES (?, ?)", arguments: [number, tag])
    }
    return number
  }

  static func fetch(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [Bookmark] {
    var tags: [Int64: [String]] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT bookmarkId, tag FROM bookmarkTag ORDER BY tag") {
      tags[row["bookmarkId"], default: []].append(row["tag"])
    }
    return try Row.fetchAll(db, sql: "SELECT * FROM bookmark WHERE \(condition) ORDER BY id", arguments: arguments).map
    { row in
      let id: Int64 = row["id"]
      return Bookmark(
        id: id,
        content: NewBookmark(
          corpus: row["corpus"], article: row["article"], title: row["title"], source: row["source"],
          date: row["date"], articleHash: (row["articleHash"] as String?).map(ContentHash.init(stored:)),
          anchor: PassageAnchor(
            paragraph: row["paragraph"], start: row["start"], end: row["end"], exact: row["exact"],
            prefix: row["prefix"], suffix: row["suffix"], isWholeParagraph: row["wholeParagraph"]),
          kind: BookmarkKind(rawValue: row["kind"]) ?? .selection, role: ParagraphRole(rawValue: row["role"]) ?? .body,
          speaker: row["speaker"], speakerRole: row["speakerRole"], note: row["note"], tags: tags[id] ?? []),
        created: Date(timeIntervalSince1970: row["created"]), status: AnchorStatus(rawValue: row["status"]) ?? .exact)
    }
  }
}
