import Foundation
import GRDB
import SaysoCore

extension CorpusIndex {
  /// How many words of context a snippet shows around the matches.
  static let snippetWords = 24

  /// Searches the index: paragraphs ranked by bm25 (best first), each given as the quote or proposal
  /// the match falls in (with its speaker) or else as the whole paragraph.
  ///
  /// A hit is a quote or proposal when a matched word lies inside it, or when the query names its
  /// speaker; `kind:` keeps only hits of those kinds (a paragraph that holds a quote, but matched
  /// outside it, is not a `kind:quote` hit).
  ///
  /// - Parameters:
  ///   - query: a parsed query (see `QueryParser`).
  ///   - limit: the most results to return.
  /// - Returns: the results, best first.
  /// - Throws: `SaysoStoreError` when the index cannot be read.
  public func search(_ query: Query, limit: Int = 20) throws(SaysoStoreError) -> [SearchResult] {
    try searchCounting(query, limit: limit).results
  }

  /// Searches the index as `search(_:limit:)` does, and counts the matching paragraphs in the same
  /// pass when the query ranks by bm25 (see `RankedMatches`).
  ///
  /// - Returns: the results, best first, and `count(_:)` of the query when it came with them (nil
  ///   otherwise: a query of filters only lists by date and is counted apart).
  /// - Throws: `SaysoStoreError` when the index cannot be read.
  public func searchCounting(_ query: Query, limit: Int = 20) throws(SaysoStoreError) -> (
    results: [SearchResult], matches: Int?
  ) {
    guard limit > 0 else { return ([], nil) }
    return try withRecovery {
      try database.read { db in
        let widened = try Self.widenedPrefixes(query, db)
        let sql = SearchSQL(widened, textOnly: try FieldTerms.textOnly(widened, db))
        let matcher = try SpeakerMatcher(query: widened, db)
        // Hits dropped by `kind:` or a speaker need spare candidates; otherwise every hit is a result.
        let fetch =
          query.kinds.map { $0.contains(.paragraph) } == false
          ? limit * 4 + 20 : matcher.namesSpeakers ? limit + 5 : limit
        let ranked: [(id: Int64, score: Double)]
        var matches: Int?
        if let match = sql.match, query.expression != nil {
          let ranking = "passageSearch MATCH ? AND passageSearch.rank MATCH 'bm25(10.0, 5.0, 2.0, 0.0)'"
          let found =
            sql.conditions.isEmpty
            ? try RankedMatches.ranking(
              match: match, keeping: fetch, path: file?.path, splitSpan: rankingSplitSpan, db)
            : try RankedMatches(
              db,
              sql: """
                SELECT p.id, passageSearch.rank FROM passageSearch JOIN passage p ON p.id = passageSearch.rowid
                WHERE \(ranking)\(sql.andConditions)
                """,
              arguments: [match] + sql.arguments, keeping: fetch)
          ranked = found.ranked
          matches = found.count
        } else {
          // Filters only: newest first, then path and paragraph.
          let source = sql.match == nil ? "passage p" : "passageSearch JOIN passage p ON p.id = passageSearch.rowid"
          let condition = sql.match == nil ? "p.kind = 'paragraph'" : "passageSearch MATCH ?"
          ranked = try Int64.fetchAll(
            db,
            sql: """
              SELECT p.id FROM \(source) JOIN article a ON a.id = p.articleId
              WHERE \(condition)\(sql.andConditions) ORDER BY p.date DESC, a.path, p.paragraph LIMIT ?
              """,
            arguments: (sql.match.map { [$0] } ?? []) + sql.arguments + [fetch]
          ).map { ($0, 0) }
        }
        guard !ranked.isEmpty else { return ([], matches) }
        let ids = ranked.map(\.id)
        let placeholders = ids.map { _ in "?" }.joined(separator: ", ")
        // The paragraphs with their matches marked (as few segments as the index has keep this cheap:
        // FTS5 looks each rowid up in every segment's doclists).
        var marked: [Int64: String] = [:]
        var long: Set<Int64> = []
        let markers = [String(Snippet.open), String(Snippet.close)]
        if let match = sql.match {
          for row in try Row.fetchAll(
            db,
            sql: """
              SELECT rowid, CASE WHEN length(CAST(text AS BLOB)) > ? THEN NULL
                ELSE highlight(passageSearch, 0, ?, ?) END AS text
              FROM passageSearch WHERE passageSearch MATCH ? AND rowid IN (\(placeholders))
              """,
            arguments: [LongParagraphMarks.threshold] + StatementArguments(markers) + [match]
              + StatementArguments(ids))
          {
            if let text: String = row["text"] { marked[row["rowid"]] = text } else { long.insert(row["rowid"]) }
          }
        }
        var paragraphs: [Int64: Row] = [:]
        var claims: [Int64: [Row]] = [:]
        for row in try Row.fetchAll(
          db,
          sql: """
            SELECT p.id AS hit, c.*, a.path, a.title, a.source AS articleSource, a.date AS articleDate
            FROM passage p JOIN passage c ON c.articleId = p.articleId AND c.paragraph = p.paragraph
            JOIN article a ON a.id = p.articleId
            WHERE p.id IN (\(placeholders)) ORDER BY c.start, c.id
            """,
          arguments: StatementArguments(ids))
        {
          let hit: Int64 = row["hit"]
          if (row["kind"] as String) == PassageKind.paragraph.rawValue {
            paragraphs[hit] = row
          } else {
            claims[hit, default: []].append(row)
          }
        }
        var results: [SearchResult] = []
        let longMarks = long.isEmpty ? nil : try LongParagraphMarks(query: widened, tokenizer: db.makeTokenizer(
          .porter(wrapping: .unicode61(diacritics: .remove))))
        for hit in ranked where results.count < limit {
          guard let paragraph = paragraphs[hit.id] else { continue }
          if let longMarks, long.contains(hit.id) { marked[hit.id] = try longMarks.marked(paragraph["text"]) }
          let text = marked[hit.id].map(Snippet.init(marked:)) ?? Snippet(text: paragraph["text"], marks: [])
          if let result = try Self.result(
            paragraph: paragraph, claims: claims[hit.id] ?? [], marked: text, query: query, matcher: matcher,
            score: hit.score)
          {
            results.append(result)
          }
        }
        return (results, matches)
      }
    }
  }

  /// How many paragraphs match `query`, counted by one SQL query over the same MATCH and conditions
  /// as `search` (a title from the front matter counts as a paragraph).
  ///
  /// This is the number of results when no filter applies to claims. With `speaker:` or
  /// `kind:quote|proposal` it is an upper bound: a matching paragraph may hold no claim that passes.
  ///
  /// - Throws: `SaysoStoreError` when the index cannot be read.
  public func count(_ query: Query) throws(SaysoStoreError) -> Int {
    try withRecovery {
      try database.read { db in
        let widened = try Self.widenedPrefixes(query, db)
        let sql = SearchSQL(widened, textOnly: try FieldTerms.textOnly(widened, db))
        guard let match = sql.match else {
          return try Int.fetchOne(
            db, sql: "SELECT count(*) FROM passage p WHERE p.kind = 'paragraph'\(sql.andConditions)",
            arguments: sql.arguments) ?? 0
        }
        if sql.conditions.isEmpty {
          return try Int.fetchOne(
            db, sql: "SELECT count(*) FROM passageSearch WHERE passageSearch MATCH ?", arguments: [match]) ?? 0
        }
        return try Int.fetchOne(
          db,
          sql: """
            SELECT count(*) FROM passageSearch JOIN passage p ON p.id = passageSearch.rowid
            WHERE passageSearch MATCH ?\(sql.andConditions)
            """,
          arguments: [match] + sql.arguments) ?? 0
      }
    }
  }

  /// The number a capped list gives beside what it shows ("20 of 389"): `returned` when the search
  /// returned fewer than `limit` results, else `count(_:)` (at least `returned`).
  /// `matches`, when given, is that count already made (`searchCounting(_:limit:)`).
  public func total(of query: Query, returned: Int, limit: Int, matches: Int? = nil) throws(SaysoStoreError) -> Int {
    guard returned >= limit else { return returned }
    if let matches { return max(returned, matches) }
    return max(returned, try count(query))
  }

  /// The result for one matching paragraph: the claim the match falls in, or the paragraph; nil when
  /// `kind:` rules both out.
  private static func result(
    paragraph: Row, claims: [Row], marked: Snippet, query: Query, matcher: SpeakerMatcher, score: Double
  ) throws -> SearchResult? {
    let allowed = query.kinds ?? Set(PassageKind.allCases)
    var eligible = claims.filter { PassageKind(rawValue: $0["kind"]).map(allowed.contains) == true }
    // `speaker:` applies to the claim itself: another speaker's quote in the same paragraph is no hit
    if matcher.namesSpeakers { eligible = eligible.filter { matcher.matches(speaker: $0["speaker"] as String?) } }
    // the marks in text order, so that a claim's are counted by two binary searches, not by a pass
    // over every mark of the paragraph (a paragraph of 75,000 quotes)
    let sortedMarks = marked.marks.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
    func marks(in claim: Row) -> Int {
      let (start, end): (Int, Int) = (claim["start"], claim["end"])
      var (first, last) = (0, sortedMarks.count)
      while first < last {
        let middle = (first + last) / 2
        if sortedMarks[middle].lowerBound < start { first = middle + 1 } else { last = middle }
      }
      var count = 0
      for mark in sortedMarks[first...] {
        if mark.lowerBound >= end { break }
        if mark.upperBound <= end { count += 1 }
      }
      return count
    }
    /// The claim with the most matched words, the first of equals.
    func best(_ rows: [Row]) -> Row? {
      rows.map { ($0, marks(in: $0)) }.reduce(nil as (Row, Int)?) { best, next in
        best.map { $0.1 >= next.1 } == true ? best : next
      }?.0
    }
    var chosen: Row?
    if matcher.namesSpeakers {
      chosen = best(eligible.filter { matcher.matches(speaker: $0["speaker"] as String?) })
    }
    if chosen == nil {
      chosen = best(eligible.filter { marks(in: $0) > 0 })
    }
    if chosen == nil, query.expression != nil, marked.marks.isEmpty {
      // Matched through the speaker column only ("putin" for a quote of Putin's).
      chosen = eligible.first { matcher.matches(speaker: $0["speaker"] as String?, unqualified: true) }
    }
    if chosen == nil, query.expression == nil, !allowed.contains(.paragraph) {
      chosen = eligible.first
    }
    let role = ParagraphRole(rawValue: paragraph["role"]) ?? .body
    if let claim = chosen {
      let (start, end): (Int, Int) = (claim["start"], claim["end"])
      return SearchResult(
        article: paragraph["path"], title: paragraph["title"], source: paragraph["articleSource"],
        date: paragraph["articleDate"], paragraph: paragraph["paragraph"], role: role,
        kind: PassageKind(rawValue: claim["kind"]) ?? .quote,
        speaker: claim["speakerName"] ?? claim["speakerOrganisation"] ?? claim["speakerGroup"],
        speakerRole: claim["speakerRole"], start: start, end: end,
        snippet: marked.slice(start..<end).excerpt(words: snippetWords), text: claim["text"], score: score)
    }
    // a query that names a speaker wants that speaker's claims, not the paragraph around another's
    guard allowed.contains(.paragraph), !matcher.namesSpeakers else { return nil }
    let text: String = paragraph["text"]
    // A title from the front matter stands before paragraph 0: an empty span at its start.
    let frontMatter = (paragraph["paragraph"] as Int) == IndexRows.frontMatterTitleParagraph
    return SearchResult(
      article: paragraph["path"], title: paragraph["title"], source: paragraph["articleSource"],
      date: paragraph["articleDate"], paragraph: frontMatter ? 0 : paragraph["paragraph"], role: role,
      kind: .paragraph, speaker: nil, speakerRole: nil, start: 0, end: frontMatter ? 0 : text.unicodeScalars.count,
      snippet: marked.excerpt(words: snippetWords), text: text, score: score)
  }

  /// `query` with each prefix widened to the stems it stands for.
  ///
  /// The index holds stems ("election" is indexed as "elect"), so the prefix `electi*` alone would find
  /// nothing. A prefix of six letters or more also matches an indexed stem that it starts with, of five
  /// letters or more and at most three shorter: `electi*` finds "elect", `negotiat*` finds "negoti",
  /// but `propos*` does not find "pro".
  static func widenedPrefixes(_ query: Query, _ db: Database) throws -> Query {
    let folding = try db.makeTokenizer(.unicode61(diacritics: .remove))
    func widen(_ expression: Query.Expression) throws -> Query.Expression {
      switch expression {
      case .term(let term) where term.isPrefix && !term.isPhrase:
        guard let folded = try folding.tokenize(query: term.text).last?.token, folded.count >= 6 else {
          return expression
        }
        let stems = (max(5, folded.count - 3)..<folded.count).map { String(folded.prefix($0)) }
        let placeholders = stems.map { _ in "?" }.joined(separator: ", ")
        let found = try String.fetchAll(
          db, sql: "SELECT term FROM passageTerms WHERE term IN (\(placeholders)) ORDER BY term",
          arguments: StatementArguments(stems))
        guard !found.isEmpty else { return expression }
        return .any(
          [expression] + found.map { .term(Query.Term(text: $0, field: term.field, range: term.range)) })
      case .term: return expression
      case .all(let parts): return .all(try parts.map(widen))
      case .any(let parts): return .any(try parts.map(widen))
      case .excluding(let positive, let excluded): return .excluding(try widen(positive), try excluded.map(widen))
      }
    }
    var widened = query
    widened.expression = try query.expression.map(widen)
    return widened
  }

  /// Parses `text` and searches for it.
  ///
  /// - Throws: `SaysoStoreError.malformedQuery` for a malformed query, another `SaysoStoreError` when
  ///   the index cannot be read.
  public func search(_ text: String, limit: Int = 20) throws -> [SearchResult] {
    try search(QueryParser.parse(text), limit: limit)
  }

  /// The SQL a user would type into the `sqlite3` shell for the same search (rank order, snippets),
  /// with every argument written in: for comparisons in the benchmark.
  public func sqlText(for query: Query, limit: Int = 20) -> String {
    let sql =
      (try? database.read { db in
        let widened = try Self.widenedPrefixes(query, db)
        return SearchSQL(widened, textOnly: try FieldTerms.textOnly(widened, db))
      }) ?? SearchSQL(query)
    var text = """
      SELECT p.articleId, p.paragraph, p.kind, snippet(passageSearch, 0, '[', ']', '…', \(Self.snippetWords))
      FROM passageSearch JOIN passage p ON p.id = passageSearch.rowid
      WHERE passageSearch MATCH \(Self.literal(sql.match ?? "")) AND passageSearch.rank MATCH 'bm25(10.0, 5.0, 2.0, 0.0)'
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

}
