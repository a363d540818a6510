import Foundation
import GRDB
import SaysoCore

/// Writes an article's analysis into the index tables and reads it back, field for field.
enum IndexRows {
  /// Separates a person's roles in the `person.roles` column (no role contains it).
  static let roleSeparator = "\u{1E}"

  /// Removes the article at `path` (with its passages and people) and its terms from the search index.
  static func delete(path: String, _ db: Database) throws {
    try forgetStories(db)
    try db.cachedStatement(
      sql: """
        INSERT INTO passageSearch (passageSearch, rowid, text, speaker, source, facets)
        SELECT 'delete', id, text, speaker, source, facets FROM passage
        WHERE articleId = (SELECT id FROM article WHERE path = ?) AND kind = 'paragraph'

        """
    ).execute(arguments: [path])
    // The index's connection enforces no foreign keys (see `CorpusIndex.tune`): an article's rows are
    // deleted here, table by table, not by ON DELETE CASCADE.
    guard let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM article WHERE path = ?"), arguments: [path])
    else { return }
    for sql in [
      "DELETE FROM claimPrint WHERE passageId IN (SELECT id FROM passage WHERE articleId = ?)",
      "DELETE FROM passage WHERE articleId = ?", "DELETE FROM person WHERE articleId = ?",
      "DELETE FROM speaker WHERE articleId = ?", "DELETE FROM claim WHERE articleId = ?",
      "DELETE FROM article WHERE id = ?",
    ] {
      try db.cachedStatement(sql: sql).execute(arguments: [id])
    }
  }

  /// The largest passage id ever given (ids are never reused).
  static func lastPassageID(_ db: Database) throws -> Int64 {
    try Int64.fetchOne(
      db.cachedStatement(sql: "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'passage'), 0)")) ?? 0
  }

  /// What the writer carries from article to article within one transaction: the ids the next article
  /// and passage take, looked up once (twice an article, the look-ups cost some 20,000 instructions),
  /// the texts of the paragraphs' `source` and `facets` columns (for `FieldTerms`), and the rows of the
  /// articles inserted but not yet written (`flush`).
  struct Batch {
    /// The largest passage id before the batch: its passages are the ones after.
    let lastPassage: Int64
    /// The next article's id: one past the largest.
    var nextArticle: Int64
    /// The next passage's id: past the largest ever given (`lastPassageID`, which SQLite moves on).
    var nextPassage: Int64
    var fieldTexts: Set<String> = []
    /// Whether the stories' cache was emptied in this transaction (once is enough: a `DELETE` an
    /// article cost some 7,000 instructions).
    var storiesForgotten = false
    /// Each table's rows waiting for `flush`, with their ids: the article's; the passage's and its
    /// article's; a claim's shingles' passage and article.
    fileprivate var pending = (
      article: PendingRows(idsPerRow: 1), passage: PendingRows(idsPerRow: 2), claimPrint: PendingRows(idsPerRow: 2),
      person: PendingRows(idsPerRow: 1), speaker: PendingRows(idsPerRow: 1), claim: PendingRows(idsPerRow: 1)
    )
    /// Each table's INSERTs as made on the transaction's connection.
    fileprivate var statements = (
      article: RowInserter.Prepared(), passage: RowInserter.Prepared(), claimPrint: RowInserter.Prepared(),
      person: RowInserter.Prepared(), speaker: RowInserter.Prepared(), claim: RowInserter.Prepared()
    )

    init(_ db: Database) throws {
      lastPassage = try IndexRows.lastPassageID(db)
      nextPassage = lastPassage + 1
      nextArticle = (try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM article")) ?? 0) + 1
    }
  }

  /// Writes the batch's rows (`flush`), then adds its paragraphs to the search index, in one statement.
  static func indexPassages(of batch: inout Batch, _ db: Database) throws {
    try flush(&batch, db)
    try db.execute(
      sql: """
        INSERT INTO passageSearch (rowid, text, speaker, source, facets)
        SELECT id, text, speaker, source, facets FROM passage WHERE id > ? AND kind = 'paragraph'

        """,
      arguments: [batch.lastPassage])
    try FieldTerms.record(batch.fieldTexts, db)
  }

  /// Adds an article's rows, worked out beforehand (see `ArticleRows`), to `batch`; `flush` writes them
  /// and `indexPassages(of:)` adds its passages to the search index.
  ///
  /// The ids are given here rather than by SQLite, so that the rows after the article's and a claim's
  /// shingles after its passage need no look-up of the last id.
  static func insert(_ rows: ArticleRows, _ batch: inout Batch, _ db: Database) throws {
    if !batch.storiesForgotten {
      try forgetStories(db)
      batch.storiesForgotten = true
    }
    let id = batch.nextArticle
    let firstPassage = batch.nextPassage
    batch.nextArticle += 1
    batch.nextPassage += Int64(rows.passages.count)
    batch.fieldTexts.formUnion(rows.fieldTexts)
    batch.pending.article.append(rows.article, id: id)
    for (offset, row) in rows.passages.enumerated() {
      batch.pending.passage.append(row.values, id: firstPassage + Int64(offset), id)
      if let shingles = row.shingles {
        batch.pending.claimPrint.append([shingles.databaseValue], id: firstPassage + Int64(offset), id)
      }
    }
    for row in rows.people { batch.pending.person.append(row, id: id) }
    for row in rows.speakers { batch.pending.speaker.append(row, id: id) }
    for row in rows.claims { batch.pending.claim.append(row, id: id) }
  }

  /// Writes the rows that `insert(_:_:_:)` added to `batch`, table by table, several to a statement
  /// (see `RowInserter`).
  ///
  /// Each table's rows go in the order their articles came, so every row has the rowid it had when
  /// each article's rows were written in turn; written a batch of articles at a time, sixteen rows to a
  /// statement, an article's single row and its few people no longer took a statement each
  /// (28,286 statements for 3,546 wire articles).
  static func flush(_ batch: inout Batch, _ db: Database) throws {
    // (GRDB's `StatementArguments` of the row cost some 27,000 instructions an article, as much as the
    // rest of the article's rows; no transaction observer watches the index)
    try inserters.article.insert(batch.pending.article, &batch.statements.article, db)
    try inserters.passage.insert(batch.pending.passage, &batch.statements.passage, db)
    try inserters.claimPrint.insert(batch.pending.claimPrint, &batch.statements.claimPrint, db)
    try inserters.person.insert(batch.pending.person, &batch.statements.person, db)
    try inserters.speaker.insert(batch.pending.speaker, &batch.statements.speaker, db)
    try inserters.claim.insert(batch.pending.claim, &batch.statements.claim, db)
    batch.pending.article.removeAll()
    batch.pending.passage.removeAll()
    batch.pending.claimPrint.removeAll()
    batch.pending.person.removeAll()
    batch.pending.speaker.removeAll()
    batch.pending.claim.removeAll()
  }

  /// The INSERTs of `insert(_:_:)`, a table each.
  private static let inserters = (
    article: RowInserter(
      head: "INSERT INTO article (id, path, size, modified, hash, title, source, date, place, url, paragraphCount)",
      width: 11),
    passage: RowInserter(
      head: """
        INSERT OR FAIL INTO passage (id, articleId, paragraph, role, kind, start, "end", fileOffset, datelineEnd, text,
          speaker, source, date, facets, speakerName, speakerRole, speakerMention, speakerGroup,
          speakerOrganisation, utterance, claimKind, cue)
        """, width: 22),
    claimPrint: RowInserter(head: "INSERT OR FAIL INTO claimPrint (passageId, articleId, shingles)", width: 3),
    person: RowInserter(head: "INSERT OR FAIL INTO person (articleId, name, roles, quotes)", width: 4),
    speaker: RowInserter(
      head: "INSERT OR FAIL INTO speaker (articleId, ordinal, key, name, roles, quotes, proposals, quoted)", width: 8),
    claim: RowInserter(head: "INSERT OR FAIL INTO claim (articleId, ordinal, isQuote, speakerKey, filterText)", width: 5)
  )

  /// Empties the stories' cache: the articles are about to change.
  static func forgetStories(_ db: Database) throws {
    try db.cachedStatement(sql: "DELETE FROM storyCache").execute()
  }

  /// The `paragraph` of the passage holding a title written only in the front matter.
  static let frontMatterTitleParagraph = -1

  /// The article's title when the front matter gives it and no paragraph is the title line (nil for a
  /// title taken from the lead or the file name).
  static func frontMatterTitle(_ article: Article) -> String? {
    guard let title = article.title, !article.paragraphs.contains(where: { $0.role == .title }),
      title != ArticleReader.fallbackTitle(paragraphs: article.paragraphs, path: article.path)
    else { return nil }
    return title
  }

  /// The analysis of the article at `path`, rebuilt from its rows, or nil when it is not indexed.
  static func analysis(path: String, _ db: Database) throws -> ArticleAnalysis? {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM article WHERE path = ?", arguments: [path]) else {
      return nil
    }
    let id: Int64 = row["id"]
    var paragraphs: [Paragraph] = []
    var quotes: [Quote] = []
    var proposals: [Proposal] = []
    let passages = try Row.fetchCursor(
      db, sql: "SELECT * FROM passage WHERE articleId = ? ORDER BY id", arguments: [id])
    while let passage = try passages.next() {
      let text: String = passage["text"]
      let paragraph: Int = passage["paragraph"]
      guard paragraph != frontMatterTitleParagraph else { continue }
      let start: Int = passage["start"]
      let end: Int = passage["end"]
      let speaker: Speaker? = (passage["speakerName"] as String?).map {
        Speaker(name: $0, role: passage["speakerRole"], mention: passage["speakerMention"] ?? $0)
      }
      switch PassageKind(rawValue: passage["kind"]) {
      case .paragraph:
        let offset: Int = passage["fileOffset"]
        paragraphs.append(
          Paragraph(
            index: paragraph, start: offset, end: offset + end,
            role: ParagraphRole(rawValue: passage["role"]) ?? .body, text: text,
            datelineEnd: passage["datelineEnd"]))
      case .quote:
        quotes.append(
          Quote(
            paragraph: paragraph, start: start, end: end, text: text,
            kind: QuoteKind(rawValue: passage["claimKind"] ?? "") ?? .direct, cue: passage["cue"],
            speaker: speaker, group: passage["speakerGroup"], organisation: passage["speakerOrganisation"],
            utterance: passage["utterance"]))
      case .proposal:
        proposals.append(
          Proposal(
            paragraph: paragraph, start: start, end: end, text: text, cue: passage["cue"] ?? "",
            proposer: speaker, group: passage["speakerGroup"], organisation: passage["speakerOrganisation"]))
      case nil:
        continue
      }
    }
    let people = try Row.fetchAll(
      db, sql: "SELECT name, roles, quotes FROM person WHERE articleId = ? ORDER BY rowid", arguments: [id]
    ).map { row -> Person in
      let roles: String = row["roles"]
      return Person(
        name: row["name"], roles: roles.isEmpty ? [] : roles.components(separatedBy: roleSeparator),
        quotes: row["quotes"])
    }
    let article = Article(
      path: row["path"], title: row["title"], source: row["source"], date: row["date"], place: row["place"],
      url: row["url"], paragraphs: paragraphs)
    return ArticleAnalysis(article: article, people: people, quotes: quotes, proposals: proposals)
  }
}
