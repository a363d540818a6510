import Foundation
import GRDB
import SaysoCore

extension CorpusIndex {
  /// How many words of context a snippet shows around the matches.
  static let snippetWords = 24

  /// Searches the index: paragraphs, quotes and proposals ranked by bm25 (best first).
  ///
  /// A quote or proposal that matches hides the match of its whole paragraph, so the speaker is shown
  /// and a paragraph is not listed twice for the same words.
  ///
  /// - Parameters:
  ///   - query: a parsed query (see `QueryParser`).
  ///   - limit: the most results to return.
  /// - Returns: the results, best first.
  /// - Throws: `SaysoStoreError` when the index cannot be read.
  public func search(_ query: Query, limit: Int = 20) throws(SaysoStoreError) -> [SearchResult] {
    guard limit > 0 else { return [] }
    let sql = SearchSQL(query)
    return try withRecovery {
      try database.read { db in
        guard let match = sql.match else { return try Self.filtered(sql, limit: limit, db) }
        // First the best rows by rank alone. Without conditions on passages FTS5 sorts them itself; with
        // them, the join filters before the sort.
        let fetch = limit * 3 + 10
        let ranking = "passageSearch MATCH ? AND passageSearch.rank MATCH 'bm25(10.0, 5.0, 2.0)'"
        let rankedSQL =
          sql.conditions.isEmpty
          ? "SELECT rowid AS id, rank AS score FROM passageSearch WHERE \(ranking) ORDER BY rank LIMIT ?"
          : """
            SELECT p.id, passageSearch.rank AS score
            FROM passageSearch JOIN passage p ON p.id = passageSearch.rowid
            WHERE \(ranking)\(sql.andConditions)
            ORDER BY passageSearch.rank LIMIT ?
            """
        let ranked = try Row.fetchAll(db, sql: rankedSQL, arguments: [match] + sql.arguments + [fetch]).map {
          (id: $0["id"] as Int64, score: $0["score"] as Double)
        }
        let details = try Self.details(ids: ranked.map(\.id), db)
        // Paragraphs that have a matching quote or proposal among the rows.
        var claimed: Set<[Int64]> = []
        for hit in ranked {
          guard let row = details[hit.id], (row["kind"] as String) != PassageKind.paragraph.rawValue else { continue }
          claimed.insert([row["articleId"], row["paragraph"]])
        }
        var kept: [(id: Int64, score: Double)] = []
        for hit in ranked where kept.count < limit {
          guard let row = details[hit.id] else { continue }
          if (row["kind"] as String) == PassageKind.paragraph.rawValue && claimed.contains([row["articleId"], row["paragraph"]]) {
            continue
          }
          kept.append(hit)
        }
        guard !kept.isEmpty else { return [] }
        let ids = kept.map(\.id)
        let placeholders = ids.map { _ in "?" }.joined(separator: ", ")
        var snippets: [Int64: String] = [:]
        let snippetRows = try Row.fetchAll(
          db,
          sql: """
            SELECT rowid, snippet(passageSearch, 0, ?, ?, '…', ?) AS snippet FROM passageSearch
            WHERE passageSearch MATCH ? AND rowid IN (\(placeholders))
            """,
          arguments: [String(Snippet.open), String(Snippet.close), Self.snippetWords, match] + StatementArguments(ids))
        for row in snippetRows { snippets[row["rowid"]] = row["snippet"] }
        return kept.compactMap { hit in
          details[hit.id].map { Self.result($0, snippet: Snippet(marked: snippets[hit.id] ?? ""), score: hit.score) }
        }
      }
    }
  }

  /// Parses `text` and searches for it.
  ///
  /// - Throws: `QueryError` for a malformed query, `SaysoStoreError` when the index cannot be read.
  public func search(_ text: String, limit: Int = 20) throws -> [SearchResult] {
    try search(QueryParser.parse(text), limit: limit)
  }

  /// The SQL a user would type into the `sqlite3` shell for the same search (rank order, snippets),
  /// with every argument written in: for comparisons in the benchmark.
  public func sqlText(for query: Query, limit: Int = 20) -> String {
    let sql = SearchSQL(query)
    var text = """
      SELECT p.articleId, p.paragraph, p.kind, snippet(passageSearch, 0, '[', ']', '…', \(Self.snippetWords))
      FROM passageSearch JOIN passage p ON p.id = passageSearch.rowid
      WHERE passageSearch MATCH \(Self.literal(sql.match ?? "")) AND passageSearch.rank MATCH 'bm25(10.0, 5.0, 2.0)'
      """
    var conditions = sql.andConditions
    for value in sql.values {
      guard let range = conditions.range(of: "?") else { break }
      conditions.replaceSubrange(range, with: Self.literal(value))
    }
    text += conditions + " ORDER BY passageSearch.rank LIMIT \(limit);"
    return text
  }

  private static func literal(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
  }

  /// A query of filters only: passages in corpus-independent order (newest first, then path and paragraph).
  private static func filtered(_ sql: SearchSQL, limit: Int, _ db: Database) throws -> [SearchResult] {
    let ids = try Int64.fetchAll(
      db,
      sql: """
        SELECT p.id FROM passage p JOIN article a ON a.id = p.articleId
        WHERE 1\(sql.andConditions) ORDER BY p.date DESC, a.path, p.paragraph, p.start LIMIT ?
        """,
      arguments: sql.arguments + [limit])
    let details = try details(ids: ids, db)
    return ids.compactMap { id in
      details[id].map { row in
        let text: String = row["text"]
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        let excerpt = words.count > snippetWords ? words.prefix(snippetWords).joined(separator: " ") + "…" : text
        return result(row, snippet: Snippet(text: excerpt, marks: []), score: 0)
      }
    }
  }

  /// The passage and article rows for `ids`, by id.
  private static func details(ids: [Int64], _ db: Database) throws -> [Int64: Row] {
    guard !ids.isEmpty else { return [:] }
    let placeholders = ids.map { _ in "?" }.joined(separator: ", ")
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT p.id, p.articleId, p.paragraph, p.role, p.kind, p.start, p."end", p.text, p.speakerName, p.speakerGroup,
          p.speakerRole, a.path, a.title, a.source, a.date
        FROM passage p JOIN article a ON a.id = p.articleId WHERE p.id IN (\(placeholders))
        """,
      arguments: StatementArguments(ids))
    return Dictionary(rows.map { ($0["id"] as Int64, $0) }, uniquingKeysWith: { a, _ in a })
  }

  private static func result(_ row: Row, snippet: Snippet, score: Double) -> SearchResult {
    SearchResult(
      article: row["path"], title: row["title"], source: row["source"], date: row["date"],
      paragraph: row["paragraph"], role: ParagraphRole(rawValue: row["role"]) ?? .body,
      kind: PassageKind(rawValue: row["kind"]) ?? .paragraph,
      speaker: row["speakerName"] ?? row["speakerGroup"], speakerRole: row["speakerRole"],
      start: row["start"], end: row["end"], snippet: snippet, score: score)
  }
}
