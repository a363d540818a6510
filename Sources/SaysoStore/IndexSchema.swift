import GRDB

/// The index database's tables, created and changed only through migrations.
///
/// - `article`: one row per article file: its path, how to tell whether the file changed (size,
///   modification time in nanoseconds, content hash) and its metadata.
/// - `passage`: every paragraph (`kind` "paragraph", the whole text), and every quote and proposal
///   (`kind` "quote"/"proposal", the span's text, offsets into the paragraph, the speaker).
///   `fileOffset` is where the paragraph starts in the file. A paragraph's `speaker` lists the people
///   behind its claims and its `facets` the filter terms (see `SearchSQL.facetText`). A title written
///   only in the front matter is one more row of kind "paragraph" and role "title", at paragraph -1
///   (`IndexRows.frontMatterTitleParagraph`), so `in:title` finds it; it is no paragraph of the article.
/// - `person`: the people quoted in each article.
/// - `paragraphText`: the paragraphs' rows as the search index reads them (a view).
/// - `passageSearch`: the FTS5 index over paragraphs' `text`, `speaker`, `source` and `facets` (porter
///   stemming over unicode61 with diacritics removed): one row per paragraph, so a word is ranked once
///   however many quotes repeat it; which quote or proposal a hit falls in is worked out afterwards.
///   An external-content index, kept in step with `passage` by `IndexRows` a batch at a time — not by
///   triggers: FTS5 flushes its pending terms at every statement's savepoint, so a trigger per row
///   makes one tiny segment per row and builds five times slower.
/// - `passageTerms`: the vocabulary of `passageSearch` (an fts5vocab table), to widen prefixes to stems.
///
/// The index is a cache: a file of another format (`PRAGMA user_version` other than `format`) is
/// deleted and rebuilt rather than migrated.
enum IndexSchema {
  /// The format of index files this code reads and writes. Raise it when the schema or the analysis
  /// changes: an index made by other code holds other analyses, and is rebuilt.
  static let format = 4

  /// The migrations, in order.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.create(table: "article") { t in
        t.primaryKey("id", .integer)
        t.column("path", .text).notNull().unique()
        t.columns(.integer, "size", "modified")
        t.column("hash", .text).notNull()
        t.columns(.text, "title", "source", "date", "place", "url")
        t.column("paragraphCount", .integer).notNull()
      }
      // AUTOINCREMENT: ids only grow, so "the passages after id N" are exactly those a batch added.
      try db.create(table: "passage") { t in
        t.autoIncrementedPrimaryKey("id")
        t.belongsTo("article", onDelete: .cascade).notNull()
        t.column("paragraph", .integer).notNull()
        t.requiredColumns(.text, "role", "kind")
        t.requiredColumns(.integer, "start", "end", "fileOffset")
        t.column("datelineEnd", .integer)
        t.column("text", .text).notNull()
        t.columns(
          .text, "speaker", "source", "date", "facets", "speakerName", "speakerRole", "speakerMention", "speakerGroup",
          "speakerOrganisation")
        t.column("utterance", .integer)
        t.columns(.text, "claimKind", "cue")
      }
      try db.create(table: "person") { t in
        t.belongsTo("article", onDelete: .cascade).notNull()
        t.requiredColumns(.text, "name", "roles")
        t.column("quotes", .integer).notNull()
      }
      try db.execute(
        sql:
          "CREATE VIEW paragraphText AS SELECT id, text, speaker, source, facets FROM passage WHERE kind = 'paragraph'")
      try db.create(virtualTable: "passageSearch", using: FTS5()) { t in
        t.content = "paragraphText"
        t.contentRowID = "id"
        t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
        t.column("text")
        t.column("speaker")
        t.column("source")
        t.column("facets")
      }
      try db.execute(sql: "CREATE VIRTUAL TABLE passageTerms USING fts5vocab(passageSearch, 'row')")
      try db.execute(sql: "PRAGMA user_version = \(format)")
    }
    // The folders of the last full update and their times (see `CorpusIndex.isFresh`).
    migrator.registerMigration("v2 watched folders") { db in
      try db.create(table: "watched") { t in
        t.primaryKey("path", .text)
        t.column("modified", .integer).notNull()
      }
    }
    return migrator
  }

  /// Whether the database holds an index of another format (an empty new file holds none).
  static func isOtherFormat(_ db: Database) throws -> Bool {
    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0
    return version != format && tables > 0
  }
}
