import Foundation
import GRDB
import SaysoCore

extension CorpusIndex {
  /// The stories of the corpus: articles joined by the claims they share (see `ClaimMatcher` and
  /// `Story.assemble`), from the shingles stored with each article, so nothing is read or analysed again.
  ///
  /// People are resolved across the corpus first (`PeopleIndex.canonicalNames()`), so a claim
  /// attributed to "Okoro" in one outlet and to "Jane Okoro" in another has one speaker. Memory holds
  /// every claim's shingles once (eight bytes each) while claims are matched; texts are read only for
  /// the claims that stories hold.
  ///
  /// The stories made with the default matcher are kept in the index (`storyCache`) until an article
  /// is added, removed or renamed, so a second call, or another process, reads them back.
  ///
  /// - Parameter matcher: how claims are matched (its defaults unless a test says otherwise).
  /// - Returns: the stories, most articles first; only those with two articles or more.
  public func stories(matcher: ClaimMatcher = ClaimMatcher()) throws(SaysoStoreError) -> [Story] {
    let cached = matcher == ClaimMatcher()
    return try withRecovery {
      do {
        return try cachedStories(matcher: matcher, cached: cached)
      } catch let error as DatabaseError where error.resultCode == .SQLITE_READONLY {
        // An index that cannot be written still has stories, made afresh each time.
        return try database.read { db in try Self.stories(matcher: matcher, db) }
      }
    }
  }

  private func cachedStories(matcher: ClaimMatcher, cached: Bool) throws -> [Story] {
    // One write transaction: the stories stored are those of the articles read, whatever an
    // update in another process does before or after.
    try database.write { db in
      if cached, let data = try Data.fetchOne(db, sql: "SELECT stories FROM storyCache LIMIT 1"),
        let stories = try? JSONDecoder().decode([Story].self, from: data)
      {
        return stories
      }
      let stories = try Self.stories(matcher: matcher, db)
      if cached {
        try IndexRows.forgetStories(db)
        try db.execute(
          sql: "INSERT INTO storyCache (stories) VALUES (?)", arguments: [try JSONEncoder().encode(stories)])
      }
      return stories
    }
  }

  private static func stories(matcher: ClaimMatcher, _ db: Database) throws -> [Story] {
    var articles: [Int64: Story.Article] = [:]
    let articleRows = try Row.fetchCursor(db, sql: "SELECT id, path, title, source, date FROM article")
    while let row = try articleRows.next() {
      articles[row[0]] = Story.Article(path: row[1], title: row[2], source: row[3], date: row[4])
    }
    var people = PeopleIndex()
    let speakers = try Row.fetchCursor(
      db,
      sql: """
        SELECT speakerName, kind, COUNT(*) FROM passage
        WHERE kind IN ('quote', 'proposal') AND speakerName IS NOT NULL GROUP BY speakerName, kind
        """)
    while let row = try speakers.next() {
      let count: Int = row[2]
      let isQuote = (row[1] as String) == PassageKind.quote.rawValue
      people.add(
        PeopleIndex.Entry(
          name: row[0], roles: [], quotes: isQuote ? count : 0, proposals: isQuote ? 0 : count, articles: []))
    }
    let names = people.canonicalNames()
    var passages: [Int64] = []
    var claims = ClaimMatcher.Claims()
    let prints = try Row.fetchCursor(
      db,
      sql: """
        SELECT claimPrint.passageId, claimPrint.articleId, passage.kind, passage.speakerName, claimPrint.shingles
        FROM claimPrint JOIN passage ON passage.id = claimPrint.passageId
        """)
    while let row = try prints.next() {
      let speaker: String? = row[3]
      let shingles: Data = row[4]
      passages.append(row[0])
      claims.append(
        article: Int(row[1] as Int64), person: speaker.map { names[nameKey($0)]?.key ?? nameKey($0) },
        isProposal: (row[2] as String) == PassageKind.proposal.rawValue, shingles: ClaimShingles.decoded(shingles))
    }
    let groups = matcher.groups(claims)
    claims = ClaimMatcher.Claims()
    let select = try db.cachedStatement(
      sql: """
        SELECT article.path, passage.paragraph, passage.start, passage."end", passage.text, passage.speakerName,
          passage.speakerOrganisation, passage.speakerGroup
        FROM passage JOIN article ON article.id = passage.articleId WHERE passage.id = ?
        """)
    var storyClaims: [Story.Claim] = []
    for group in groups {
      var reports: [Story.Report] = []
      var speakerCounts: [String: Int] = [:]
      var organisations: [String: Int] = [:]
      var groups: [String: Int] = [:]
      for position in group {
        guard let row = try Row.fetchOne(select, arguments: [passages[position]]) else { continue }
        reports.append(Story.Report(path: row[0], paragraph: row[1], start: row[2], end: row[3], text: row[4]))
        if let speaker = row[5] as String? { speakerCounts[names[nameKey(speaker)]?.name ?? speaker, default: 0] += 1 }
        if let organisation = row[6] as String? { organisations[organisation, default: 0] += 1 }
        if let group = row[7] as String? { groups[group, default: 0] += 1 }
      }
      guard Set(reports.map(\.path)).count > 1 else { continue }
      // The most frequent name, the first in alphabetical order among equals.
      func mostFrequent(_ counts: [String: Int]) -> String? {
        counts.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
      }
      let speaker = mostFrequent(speakerCounts)
      storyClaims.append(
        Story.Claim(
          speaker: speaker, organisation: speaker == nil ? mostFrequent(organisations) : nil,
          group: speaker == nil ? mostFrequent(groups) : nil, reports: reports))
    }
    var byPath: [String: Story.Article] = [:]
    for article in articles.values { byPath[article.path] = article }
    return Story.assemble(storyClaims, articles: byPath)
  }
}
