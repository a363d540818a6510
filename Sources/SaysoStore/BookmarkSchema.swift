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
        t.columns(.text, "title", "source", "date", "articleHash")
        t.requiredColumns(.integer, "paragraph", "start", "end")
        t.requiredColumns(.text, "exact", "prefix", "suffix")
        t.column("wholeParagraph", .boolean).notNull()
        t.requiredColumns(.text, "kind", "role")
        t.columns(.text, "speaker", "speakerRole", "note")
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
