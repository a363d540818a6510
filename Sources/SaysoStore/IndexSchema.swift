import GRDB
import SaysoAnalysis

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
/// - `speaker`: one row per person quoted or proposing in an article (`key` is `nameKey(name)`; `name`
///   and `roles` as the article first gives them, its own roles then those of its proposals; `quoted`
///   when the article quotes them, not only reports their proposals), so that the People view counts
///   by SQL what `PeopleIndex` counts from analyses.
/// - `claim`: one row per listed claim (an utterance split by a frame is one) at its `ordinal` in the
///   article's `listedClaims`, with what the Claims view selects by: the kind, the first piece's
///   speaker's name lower-cased (`speakerKey`) and the words a filter looks in (`filterText`: who and
///   what, lower-cased).
/// - `paragraphText`: the paragraphs' rows as the search index reads them (a view).
/// - `passageSearch`: the FTS5 index over paragraphs' `text`, `speaker`, `source` and `facets` (porter
///   stemming over unicode61 with diacritics removed): one row per paragraph, so a word is ranked once
///   however many quotes repeat it; which quote or proposal a hit falls in is worked out afterwards.
///   An external-content index, kept in step with `passage` by `IndexRows` a transaction at a time — not by
///   triggers: FTS5 flushes its pending terms at every statement's savepoint, so a trigger per row
///   makes one tiny segment per row and builds five times slower. Segments are merged 16 at a time
///   (`automerge`, see the "v4 full-text merges" migration).
/// - `passageTerms`: the vocabulary of `passageSearch` (an fts5vocab table), to widen prefixes to stems.
/// - `fieldTerm`: every token ever written to `passageSearch`'s `source` and `facets` columns (see
///   `FieldTerms`).
/// - `claimPrint`: for each quote and proposal of three words or more, its shingles
///   (`ClaimShingles.encoded`), written with the article, so stories are found without reading any
///   text again (see `CorpusIndex.stories()`). Deleted with its passage.
/// - `storyCache`: the stories last made from the index (JSON of `[Story]`), one row at most; every
///   write that adds, removes or renames an article empties it (`IndexRows.forgetStories`).
/// - `analysis`: one row, the fingerprint of the analysis that made the index's analyses
///   (`AnalysisFingerprint.current` of the code that created the file).
///
/// The index is a cache: a file of another format (`PRAGMA user_version` other than `format`), or whose
/// analyses another analysis made (another fingerprint, or none), is deleted and rebuilt rather than migrated.
enum IndexSchema {
  /// The format of index files this code reads and writes. Raise it when the schema changes (a change of the
  /// analysis changes its fingerprint, which the index compares on its own: `isOtherFormat`).
  static let format = 9

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
    migrator.registerMigration("claimPrint") { db in
      try db.create(table: "claimPrint") { t in
        t.primaryKey("passageId", .integer).references("passage", onDelete: .cascade)
        t.column("articleId", .integer).notNull()
        t.column("shingles", .blob).notNull()
      }
      try db.create(table: "storyCache") { t in
        t.column("stories", .blob).notNull()
      }
    }
    // The People and Claims views' rows and counts, served without reading analyses.
    migrator.registerMigration("v3 people and claims") { db in
      try db.create(table: "speaker") { t in
        t.belongsTo("article", onDelete: .cascade).notNull()
        t.column("ordinal", .integer).notNull()
        t.requiredColumns(.text, "key", "name", "roles")
        t.requiredColumns(.integer, "quotes", "proposals")
        t.column("quoted", .boolean).notNull()
      }
      // Every column the People view's query reads, in its grouping order: the query then reads this
      // index alone, in order, without sorting (see `CorpusIndex.people(includingProposers:)`).
      try db.create(
        index: "speakerByName", on: "speaker",
        columns: ["key", "name", "roles", "articleId", "ordinal", "quotes", "proposals", "quoted"])
      try db.create(table: "claim") { t in
        t.belongsTo("article", onDelete: .cascade).notNull()
        t.column("ordinal", .integer).notNull()
        t.column("isQuote", .boolean).notNull()
        t.column("speakerKey", .text)
        t.column("filterText", .text).notNull()
      }
      try db.create(index: "claimBySpeaker", on: "claim", columns: ["speakerKey"])
    }
    // Each batch of an update adds one segment to the full-text index. FTS5 merges segments four at a
    // time by default: at 20,000 articles those merges were a third of the full-text index's cost. Merged
    // sixteen at a time (and forced at 64), a build does 30% less full-text work; a query reads a few
    // more segments (some 3% more instructions).
    migrator.registerMigration("v4 full-text merges") { db in
      try db.execute(sql: "INSERT INTO passageSearch (passageSearch, rank) VALUES ('automerge', 16)")
      try db.execute(sql: "INSERT INTO passageSearch (passageSearch, rank) VALUES ('crisismerge', 64)")
    }
    // The words of the full-text index's source and facets columns (see `FieldTerms`).
    migrator.registerMigration("v5 field terms") { db in
      try db.create(table: "fieldTerm", options: .withoutRowID) { t in
        t.primaryKey("term", .text)
      }
    }
    // How many articles the last full update left, beside each folder it listed (see
    // `CorpusIndex.currentReport()`): counting them reads every page of an index of the articles' paths.
    migrator.registerMigration("v6 watched article count") { db in
      try db.alter(table: "watched") { t in t.add(column: "articles", .integer) }
    }
    // The analysis that makes the index's analyses: an index whose analyses another made is rebuilt.
    migrator.registerMigration("v7 analysis fingerprint") { db in
      try db.create(table: "analysis") { t in t.column("fingerprint", .text).notNull() }
      try db.execute(sql: "INSERT INTO analysis (fingerprint) VALUES (?)", arguments: [AnalysisFingerprint.current])
    }
    return migrator
  }

  /// Whether the database holds an index of another format, or analyses that another analysis made (an empty
  /// new file holds none).
  static func isOtherFormat(_ db: Database) throws -> Bool {
    let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
    let tables = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") ?? 0
    guard tables > 0 else { return false }
    if version != format { return true }
    guard try db.tableExists("analysis") else { return true }
    return try String.fetchOne(db, sql: "SELECT fingerprint FROM analysis") != AnalysisFingerprint.current
  }
}
