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
    try db.cachedStatement(sql: "DELETE FROM article WHERE path = ?").execute(arguments: [path])
  }

  /// The largest passage id ever given (ids are never reused): passages inserted after it are the ones
  /// `indexPassages(after:)` adds.
  static func lastPassageID(_ db: Database) throws -> Int64 {
    try Int64.fetchOne(db, sql: "SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'passage'), 0)") ?? 0
  }

  /// Adds the paragraphs inserted after `id` to the search index, in one statement.
  static func indexPassages(after id: Int64, _ db: Database) throws {
    try db.execute(
      sql: """
        INSERT INTO passageSearch (rowid, text, speaker, source, facets)
        SELECT id, text, speaker, source, facets FROM passage WHERE id > ? AND kind = 'paragraph'

        """,
      arguments: [id])
  }

  /// Inserts `analysis` as a new article row with its passages and people. Its passages reach the
  /// search index with `indexPassages(after:)`.
  static func insert(
    _ analysis: ArticleAnalysis, hash: ContentHash, size: Int?, modified: Int64?, _ db: Database
  ) throws {
    try forgetStories(db)
    let article = analysis.article
    try db.cachedStatement(
      sql: """
        INSERT INTO article (path, size, modified, hash, title, source, date, place, url, paragraphCount)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(arguments: [
      article.path, size, modified, hash.description, article.title, article.source, article.date,
      article.place, article.url, article.paragraphs.count,
    ])
    let id = db.lastInsertedRowID
    let passage = try db.cachedStatement(
      sql: """
        INSERT INTO passage (articleId, paragraph, role, kind, start, "end", fileOffset, datelineEnd, text,
          speaker, source, date, facets, speakerName, speakerRole, speakerMention, speakerGroup,
          speakerOrganisation, utterance, claimKind, cue)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    // Per paragraph: who is behind its claims, and which kinds of claim it holds.
    var speakers: [Int: [String]] = [:]
    var kinds: [Int: Set<PassageKind>] = [:]
    for quote in analysis.quotes {
      if let name = speakerText(quote.speaker, quote.organisation ?? quote.group) {
        speakers[quote.paragraph, default: []].append(name)
      }
      kinds[quote.paragraph, default: []].insert(.quote)
    }
    for proposal in analysis.proposals {
      if let name = speakerText(proposal.proposer, proposal.organisation ?? proposal.group) {
        speakers[proposal.paragraph, default: []].append(name)
      }
      kinds[proposal.paragraph, default: []].insert(.proposal)
    }
    for paragraph in article.paragraphs {
      var names: [String] = []
      for name in speakers[paragraph.index] ?? [] where !names.contains(name) { names.append(name) }
      let facets = SearchSQL.facetText(
        kinds: [.paragraph] + PassageKind.allCases.filter { kinds[paragraph.index]?.contains($0) == true },
        role: paragraph.role.rawValue, date: article.date)
      try passage.execute(arguments: [
        id, paragraph.index, paragraph.role.rawValue, PassageKind.paragraph.rawValue, 0,
        paragraph.end - paragraph.start, paragraph.start, paragraph.datelineEnd, paragraph.text,
        names.isEmpty ? nil : names.joined(separator: " · "), article.source, article.date, facets,
        nil, nil, nil, nil, nil, nil, nil, nil,
      ])
    }
    // A title written only in the front matter is searchable as the article's title: a title passage
    // before paragraph 0 (paragraph `frontMatterTitleParagraph`), which holds no claims and is no paragraph of
    // the article (`analysis(path:)` skips it).
    if let title = frontMatterTitle(article) {
      try passage.execute(arguments: [
        id, frontMatterTitleParagraph, ParagraphRole.title.rawValue, PassageKind.paragraph.rawValue, 0,
        title.unicodeScalars.count, 0, nil, title, nil, article.source, article.date,
        SearchSQL.facetText(kinds: [.paragraph], role: ParagraphRole.title.rawValue, date: article.date),
        nil, nil, nil, nil, nil, nil, nil, nil,
      ])
    }
    func role(_ index: Int) -> String {
      article.paragraphs.indices.contains(index) ? article.paragraphs[index].role.rawValue : ParagraphRole.body.rawValue
    }
    func offset(_ index: Int) -> Int {
      article.paragraphs.indices.contains(index) ? article.paragraphs[index].start : 0
    }
    for quote in analysis.quotes {
      try passage.execute(arguments: [
        id, quote.paragraph, role(quote.paragraph), PassageKind.quote.rawValue, quote.start, quote.end,
        offset(quote.paragraph), nil, quote.text, speakerText(quote.speaker, quote.organisation ?? quote.group),
        article.source,
        article.date, nil, quote.speaker?.name, quote.speaker?.role, quote.speaker?.mention, quote.group,
        quote.organisation, quote.utterance, quote.kind.rawValue, quote.cue,
      ])
      try insertPrint(of: quote.text, article: id, db)
    }
    for proposal in analysis.proposals {
      try passage.execute(arguments: [
        id, proposal.paragraph, role(proposal.paragraph), PassageKind.proposal.rawValue, proposal.start,
        proposal.end, offset(proposal.paragraph), nil, proposal.text,
        speakerText(proposal.proposer, proposal.organisation ?? proposal.group), article.source, article.date, nil,
        proposal.proposer?.name,
        proposal.proposer?.role, proposal.proposer?.mention, proposal.group, proposal.organisation, nil, nil,
        proposal.cue,
      ])
      try insertPrint(of: proposal.text, article: id, db)
    }
    let person = try db.cachedStatement(
      sql: "INSERT INTO person (articleId, name, roles, quotes) VALUES (?, ?, ?, ?)")
    for people in analysis.people {
      try person.execute(arguments: [id, people.name, people.roles.joined(separator: roleSeparator), people.quotes])
    }
    try insertPeopleAndClaims(analysis, articleID: id, db)
  }

  /// Empties the stories' cache: the articles are about to change.
  static func forgetStories(_ db: Database) throws {
    try db.cachedStatement(sql: "DELETE FROM storyCache").execute()
  }

  /// Stores the shingles of the claim just inserted as a passage, when it has any.
  private static func insertPrint(of text: String, article: Int64, _ db: Database) throws {
    let shingles = ClaimShingles.shingles(of: text)
    guard !shingles.isEmpty else { return }
    try db.cachedStatement(sql: "INSERT INTO claimPrint (passageId, articleId, shingles) VALUES (?, ?, ?)")
      .execute(arguments: [db.lastInsertedRowID, article, Data(ClaimShingles.encoded(shingles))])
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

  /// What the `speaker` search column holds for a claim: the person's name and the group, if any.
  private static func speakerText(_ speaker: Speaker?, _ group: String?) -> String? {
    let parts = [speaker?.name, group].compactMap { $0 }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
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
