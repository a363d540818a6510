import GRDB
import SaysoCore

extension CorpusIndex {
  /// Everyone quoted or proposing in the corpus, as `PeopleIndex.people(includingProposers:)` lists
  /// them from every analysis, counted by SQL from the `speaker` table: no analysis is read. Entries
  /// list no article paths (`articleCount` counts them; `articles(naming:)` lists them).
  ///
  /// - Parameter includingProposers: whether those who only made proposals are listed too.
  /// - Returns: the entries, most quoted first, each with the name keys it joins (its own, then a bare
  ///   surname's).
  /// - Throws: `SaysoStoreError` when the index cannot be read.
  public func people(includingProposers: Bool) throws(SaysoStoreError) -> [(entry: PeopleIndex.Entry, keys: [String])]
  {
    try withRecovery {
      try database.read { db in
        // One row per spelling and roles of a name, in the order the corpus first gives them: adding
        // them in that order notes exactly what adding every article in turn would.
        let ids = try Self.idsInCorpusOrder(sources: sources, db)
        // Where articles were indexed in corpus order (a first build, or updates that only added files
        // at the end), an article's id is its rank; otherwise ranks are looked up.
        let inOrder = zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }
        let rows =
          inOrder
          ? try Row.fetchCursor(
            db,
            sql: """
              SELECT key, name, roles, SUM(quotes), SUM(proposals), COUNT(*), MAX(quoted),
                MIN(articleId * 1048576 + ordinal) AS first
              FROM speaker GROUP BY key, name, roles ORDER BY first
              """)
          : try Row.fetchCursor(
            db,
            sql: """
              SELECT s.key, s.name, s.roles, SUM(s.quotes), SUM(s.proposals), COUNT(*), MAX(s.quoted),
                MIN(o.key * 1048576 + s.ordinal) AS first
              FROM json_each(?) o JOIN speaker s ON s.articleId = o.value
              GROUP BY s.key, s.name, s.roles ORDER BY first
              """, arguments: [Self.jsonArray(ids)])
        // Each name's rows taken together first (a roles column split, and each role's key worked out,
        // once for all who have it), then noted in the order first seen.
        var positions: [String: Int] = [:]
        var noted: [(entry: PeopleIndex.Entry, quoted: Bool, roleKeys: Set<String>)] = []
        var splitRoles: [String: [(role: String, key: String)]] = [:]
        while let row = try rows.next() {
          let key: String = row[0]
          let position: Int
          if let known = positions[key] {
            position = known
          } else {
            position = noted.count
            positions[key] = position
            noted.append(
              (PeopleIndex.Entry(name: row[1], roles: [], quotes: 0, articles: [], articleCount: 0), false, []))
          }
          let roles: String = row[2]
          if !roles.isEmpty {
            let split =
              splitRoles[roles]
              ?? roles.split(separator: Character(IndexRows.roleSeparator), omittingEmptySubsequences: false).map {
                (String($0), nameKey(String($0)))
              }
            splitRoles[roles] = split
            for (role, roleKey) in split where noted[position].roleKeys.insert(roleKey).inserted {
              noted[position].entry.roles.append(role)
            }
          }
          noted[position].entry.quotes += row[3] as Int
          noted[position].entry.proposals += row[4] as Int
          noted[position].entry.articleCount += row[5] as Int
          if row[6] as Bool { noted[position].quoted = true }
        }
        var index = PeopleIndex()
        for person in noted { index.add(person.entry, quoted: person.quoted) }
        var joined = index.joined(includingProposers: includingProposers)
        // A surname joined to a full name: an article naming both counts once.
        for (n, person) in joined.enumerated() where person.keys.count > 1 {
          joined[n].entry.articleCount =
            try Int.fetchOne(
              db, sql: "SELECT COUNT(DISTINCT articleId) FROM speaker WHERE key IN (SELECT value FROM json_each(?))",
              arguments: [Self.jsonArray(person.keys)]) ?? person.entry.articleCount
        }
        return joined
      }
    }
  }

  /// The paths of the articles that quote or report proposals of the people with these name keys
  /// (those `people(includingProposers:)` gives an entry), in corpus order.
  ///
  /// - Throws: `SaysoStoreError` when the index cannot be read.
  public func articles(naming keys: [String]) throws(SaysoStoreError) -> [String] {
    try withRecovery {
      try database.read { db in
        let paths = try String.fetchAll(
          db,
          sql: """
            SELECT DISTINCT a.path FROM speaker s JOIN article a ON a.id = s.articleId
            WHERE s.key IN (SELECT value FROM json_each(?))
            """, arguments: [Self.jsonArray(keys)])
        return CorpusOrder(sources: sources).sorted(paths: paths)
      }
    }
  }

  /// The ids of every article, in corpus order (see `CorpusOrder`).
  static func idsInCorpusOrder(sources: [CorpusSource], _ db: Database) throws -> [Int64] {
    var ids: [Int64] = []
    var paths: [String] = []
    let rows = try Row.fetchCursor(db, sql: "SELECT id, path FROM article")
    while let row = try rows.next() {
      ids.append(row[0])
      paths.append(row[1])
    }
    return CorpusOrder(sources: sources).order(of: paths).map { ids[$0] }
  }

  /// `values` as a JSON array, for `json_each(?)`.
  static func jsonArray(_ values: [Int64]) -> String {
    "[" + values.map(String.init).joined(separator: ",") + "]"
  }

  /// `values` as a JSON array of strings, for `json_each(?)`.
  static func jsonArray(_ values: [String]) -> String {
    var out = "["
    for (n, value) in values.enumerated() {
      if n > 0 { out += "," }
      out += "\""
      for scalar in value.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
        default: out.unicodeScalars.append(scalar)
        }
      }
      out += "\""
    }
    return out + "]"
  }
}
