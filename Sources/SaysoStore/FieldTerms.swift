import GRDB

/// The words of the search index's `source` and `facets` columns, so that a plain search word that
/// never occurs in them is asked for in every column rather than in `{text speaker}`.
///
/// A plain word must not match an outlet's name or a filter term, so `SearchSQL` limits it to the text
/// and speaker columns: `{text speaker} : "cocoa"`. That column filter costs FTS5 a look at every
/// matching row's positions, some 5% of a search (4 M of 75 M instructions for "cocoa exports" on
/// 30,000 wire articles, 11 M of 243 M for "net income"). A word that occurs in no row's `source` or
/// `facets` matches exactly the same rows without the filter, with the same positions and so the same
/// bm25 score and marks. The table `fieldTerm` holds every token (as the index's tokenizer makes it)
/// ever written to those two columns; it is only added to, so it may hold words no row has any more,
/// which only keeps a filter that was not needed.
enum FieldTerms {
  /// The index's tokenizer (see `IndexSchema`).
  static let tokenizer = FTS5TokenizerDescriptor.porter(wrapping: .unicode61(diacritics: .remove))

  /// Records the tokens of `texts`: the `source` and `facets` of paragraphs being indexed (each
  /// article's `ArticleRows.fieldTexts`). They are a few distinct texts a batch, given by the rows
  /// rather than read back from `passage` (selecting them there read every new row again, some 3% of
  /// the writer's work).
  static func record(_ texts: Set<String>, _ db: Database) throws {
    guard !texts.isEmpty else { return }
    let tokenizer = try db.makeTokenizer(Self.tokenizer)
    var terms = Set<String>()
    for text in texts {
      for (token, _) in try tokenizer.tokenize(document: text) { terms.insert(token) }
    }
    let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO fieldTerm (term) VALUES (?)")
    for term in terms { try insert.execute(arguments: [term]) }
  }

  /// The plain terms of `query` (field `.any`) that cannot occur in the `source` or `facets` column of
  /// any row: a word none of whose forms is in `fieldTerm`, a prefix that starts none, a phrase with
  /// such a word.
  static func textOnly(_ query: Query, _ db: Database) throws -> [Query.Term] {
    var terms: [Query.Term] = []
    func collect(_ expression: Query.Expression) {
      switch expression {
      case .term(let term): if term.field == .any, !terms.contains(term) { terms.append(term) }
      case .all(let parts), .any(let parts): parts.forEach(collect)
      case .excluding(let positive, let excluded):
        collect(positive)
        excluded.forEach(collect)
      }
    }
    query.expression.map(collect)
    guard !terms.isEmpty else { return [] }
    let stemming = try db.makeTokenizer(Self.tokenizer)
    let folding = try db.makeTokenizer(.unicode61(diacritics: .remove))
    let exact = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM fieldTerm WHERE term = ?)")
    // The first term from a prefix on starts with it if any does.
    let following = try db.cachedStatement(sql: "SELECT term FROM fieldTerm WHERE term >= ? ORDER BY term LIMIT 1")
    return try terms.filter { term in
      // As SearchSQL.quoted gives it to FTS5.
      let text = term.text.replacingOccurrences(of: "\u{0}", with: " ")
      let tokens = try stemming.tokenize(query: text).map(\.token)
      guard let last = tokens.last else { return false }
      for token in tokens.dropLast() where try Bool.fetchOne(exact, arguments: [token]) == false {
        return true
      }
      guard term.isPrefix else { return try Bool.fetchOne(exact, arguments: [last]) == false }
      // A prefix, stemmed or not (both forms are checked, whichever FTS5 uses).
      var forms = [last]
      if let folded = try folding.tokenize(query: text).last?.token, folded != last { forms.append(folded) }
      return try forms.allSatisfy { form in
        try String.fetchOne(following, arguments: [form]).map { $0.utf8.starts(with: form.utf8) } != true
      }
    }
  }
}
