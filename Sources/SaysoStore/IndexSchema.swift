import GRDB

/// The index database's tables, created and changed only through migrations.
///
/// - `article`: one row per article file: its path, how to tell whether the file changed (size,
///   modification time in nanoseconds, content hash) and its metadata.
/// - `passage`: everything searchable, one row each: every paragraph (`kind` "paragraph", the whole
///   text), every quote and every proposal (`kind` "quote"/"proposal", the span's text, offsets into
///   the paragraph, the speaker). `fileOffset` is where the paragraph starts in the file.
/// - `person`: the people quoted in each article.
/// - `passageSearch`: the FTS5 index over passages' `text`, `speaker` and `source` (porter stemming over
///   unicode61 with diacritics removed), an external-content index kept in step with `passage` by
///   `IndexRows` a batch at a time. (Not by triggers: FTS5 flushes its pending terms at every statement's
///   savepoint, so a trigger per row makes one tiny segment per row, five times slower to build.)
enum IndexSchema {
  /// The migrations, in order. A new schema is a new migration; the index is rebuilt from the corpus
  /// when it is damaged, so no migration has to repair data.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.create(table: "article") { t in
        t.primaryKey("id", .integer)
        t.column("path", .text).notNull().unique()
        t.column("size", .integer)
        t.column("modified", .integer)
        t.column("hash", .text).notNull()
        t.column("title", .text)
        t.column("source", .text)
        t.column("date", .text)
        t.column("place", .text)
        t.column("url", .text)
        t.column("paragraphCount", .integer).notNull()
      }
      // AUTOINCREMENT: ids only grow, so "the passages after id N" are exactly those a batch added.
      try db.create(table: "passage") { t in
        t.autoIncrementedPrimaryKey("id")
        t.belongsTo("article", onDelete: .cascade).notNull()
        t.column("paragraph", .integer).notNull()
        t.column("role", .text).notNull()
        t.column("kind", .text).notNull()
        t.column("start", .integer).notNull()
        t.column("end", .integer).notNull()
        t.column("fileOffset", .integer).notNull()
        t.column("datelineEnd", .integer)
        t.column("text", .text).notNull()
        t.column("speaker", .text)
        t.column("source", .text)
        t.column("date", .text)
        t.column("speakerName", .text)
        t.column("speakerRole", .text)
        t.column("speakerMention", .text)
        t.column("speakerGroup", .text)
        t.column("claimKind", .text)
        t.column("cue", .text)
      }
      try db.create(table: "person") { t in
        t.belongsTo("article", onDelete: .cascade).notNull()
        t.column("name", .text).notNull()
        t.column("roles", .text).notNull()
        t.column("quotes", .integer).notNull()
      }
      try db.create(virtualTable: "passageSearch", using: FTS5()) { t in
        t.content = "passage"
        t.contentRowID = "id"
        t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
        t.column("text")
        t.column("speaker")
        t.column("source")
      }
    }
    return migrator
  }
}
