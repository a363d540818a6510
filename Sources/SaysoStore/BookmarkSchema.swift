import GRDB

/// The bookmarks database's tables, created and changed only through migrations.
///
/// - `bookmark`: one row per bookmark: the corpus and article it belongs to (with the article's title,
///   source and date, kept for orphans), the anchor (position, text, context), what it marks, the note,
///   the creation time and how it was last found. `AUTOINCREMENT`, so a removed bookmark's number is
///   never given to another.
/// - `bookmarkTag`: its tags.
enum BookmarkSchema {
  /// The migrations, in order. User data: a migration must keep every row.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.create(table: "bookmark") { t in
        t.autoIncrementedPrimaryKey("id")
        t.column("corpus", .text).notNull().indexed()
        t.column("article", .text).notNull()
        t.column("title", .text)
        t.column("source", .text)
        t.column("date", .text)
        t.column("articleHash", .text)
        t.column("paragraph", .integer).notNull()
        t.column("start", .integer).notNull()
        t.column("end", .integer).notNull()
        t.column("exact", .text).notNull()
        t.column("prefix", .text).notNull()
        t.column("suffix", .text).notNull()
        t.column("wholeParagraph", .boolean).notNull()
        t.column("kind", .text).notNull()
        t.column("role", .text).notNull()
        t.column("speaker", .text)
        t.column("speakerRole", .text)
        t.column("note", .text)
        t.column("created", .double).notNull()
        t.column("status", .text).notNull()
      }
      try db.create(table: "bookmarkTag") { t in
        t.belongsTo("bookmark", onDelete: .cascade).notNull()
        t.column("tag", .text).notNull()
        t.primaryKey(["bookmarkId", "tag"])
      }
    }
    return migrator
  }
}
