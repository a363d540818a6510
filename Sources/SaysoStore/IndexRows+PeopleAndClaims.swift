import GRDB
import SaysoCore

extension IndexRows {
  /// Writes the article's rows of the `speaker` and `claim` tables (see `IndexSchema`): what the People
  /// and Claims views count and list without reading the analysis back.
  static func insertPeopleAndClaims(_ analysis: ArticleAnalysis, articleID id: Int64, _ db: Database) throws {
    // The article's own people index: one entry per name key, in the order first seen, no surnames
    // joined (that is done across the corpus, as `PeopleIndex` does).
    var people = PeopleIndex()
    people.add(analysis)
    let speaker = try db.cachedStatement(
      sql: """
        INSERT INTO speaker (articleId, ordinal, key, name, roles, quotes, proposals, quoted)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (ordinal, noted) in people.noted.enumerated() {
      try speaker.execute(arguments: [
        id, ordinal, noted.key, noted.entry.name, noted.entry.roles.joined(separator: roleSeparator),
        noted.entry.quotes, noted.entry.proposals, noted.quoted,
      ])
    }
    let claim = try db.cachedStatement(
      sql: "INSERT INTO claim (articleId, ordinal, isQuote, speakerKey, filterText) VALUES (?, ?, ?, ?, ?)")
    for (ordinal, listed) in analysis.listedClaims.enumerated() {
      try claim.execute(arguments: [
        id, ordinal, listed.isQuote, listed.speaker?.name.lowercased(), filterText(of: listed),
      ])
    }
  }

  /// What a Claims view's filter looks in: who, then the words, lower-cased, apart so that no match
  /// spans them.
  static func filterText(of listed: ListedClaim) -> String {
    listed.first.who.lowercased() + "\u{1F}" + listed.text.lowercased()
  }
}
