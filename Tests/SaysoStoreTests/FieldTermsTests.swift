import GRDB
import Testing

@testable import SaysoStore

/// A plain word that occurs in no outlet's name and no filter term is asked for in every column, and
/// finds exactly what it found in the text and speaker columns alone.
@Suite struct FieldTermsTests {
  let index: CorpusIndex

  init() throws {
    index = try StoreTestSupport.indexedFolder().index
  }

  @Test func theSourceAndFacetsColumnsWordsAreRecorded() throws {
    let terms = try index.database.read { db in try String.fetchSet(db, sql: "SELECT term FROM fieldTerm") }
    // "Pakistan Point News / Sputnik", "Synthetic News"; facets such as "paragraph quote body y2021 …"
    for term in ["pakistan", "point", "new", "sputnik", "synthet", "paragraph", "quot", "bodi", "y2021", "d20200930"] {
      #expect(terms.contains(term), "\(term)")
    }
    #expect(!terms.contains("budget"))
  }

  @Test func onlyWordsThatNoOutletOrFilterHasLoseTheColumnFilter() throws {
    #expect(index.sqlText(for: try QueryParser.parse("budget")).contains("MATCH '\"budget\"'"))
    #expect(!index.sqlText(for: try QueryParser.parse("negotiat*")).contains("{text speaker}"))
    // one word that no outlet has is enough for a phrase
    #expect(index.sqlText(for: try QueryParser.parse("\"point budget\"")).contains("MATCH '\"point budget\"'"))
    for query in ["point", "Sputnik", "news", "quotes", "sput*", "poi*", "paragraph", "body", "\"point news\""] {
      #expect(index.sqlText(for: try QueryParser.parse(query)).contains("{text speaker} : "), "\(query)")
    }
    // The strike's outlet is "Pakistan Point News / Sputnik": its name is no text of the article.
    #expect(try index.search("point").isEmpty)
    #expect(try index.search("sputnik").isEmpty)
    let news = try index.search("news")  // in the budget's dateline, and both outlets' names
    #expect(!news.isEmpty)
    #expect(news.allSatisfy { $0.article.hasSuffix("budget.md") })
  }

  @Test func theRowsScoresAndMarksAreThoseOfTheColumnFilter() throws {
    let queries = [
      "budget", "negotiat*", "\"back down\"", "budget -monday", "the union", "strike OR budget", "zoë", "said kind:quote",
    ]
    for text in queries {
      try index.database.read { db in
        let query = try CorpusIndex.widenedPrefixes(try QueryParser.parse(text), db)
        let textOnly = try FieldTerms.textOnly(query, db)
        #expect(!textOnly.isEmpty, "\(text)")
        func rows(_ sql: SearchSQL) throws -> [String] {
          try String.fetchAll(
            db,
            sql: """
              SELECT rowid || ' ' || rank || ' ' || highlight(passageSearch, 0, '[', ']') FROM passageSearch
              WHERE passageSearch MATCH ? AND passageSearch.rank MATCH 'bm25(10.0, 5.0, 2.0, 0.0)' ORDER BY rank
              """,
            arguments: [sql.match])
        }
        let filtered = try rows(SearchSQL(query))
        #expect(!filtered.isEmpty, "\(text)")
        #expect(try rows(SearchSQL(query, textOnly: textOnly)) == filtered, "\(text)")
      }
    }
  }
}
