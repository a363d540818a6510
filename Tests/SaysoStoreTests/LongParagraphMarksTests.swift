import GRDB
import Testing

@testable import SaysoStore

/// A paragraph too long for FTS5's `highlight()` is marked word by word with the index's tokenizer: the
/// same marks `highlight()` gives for words and prefixes; for a phrase, its words wherever they stand.
@Suite struct LongParagraphMarksTests {
  @Test func marksAsHighlightDoes() throws {
    let db = try DatabaseQueue()
    let text =
      "The ministers proposed new taxes on Monday; a tax, the Minister said, that “Proposals” can’t stop. Élan, TAX-free."
    let marked: [[Range<Int>]] = try db.write { db in
      try db.create(virtualTable: "t", using: FTS5()) { t in
        t.tokenizer = .porter(wrapping: .unicode61(diacritics: .remove))
        t.column("text")
      }
      try db.execute(sql: "INSERT INTO t (text) VALUES (?)", arguments: [text])
      let tokenizer = try db.makeTokenizer(.porter(wrapping: .unicode61(diacritics: .remove)))
      var pairs: [[Range<Int>]] = []
      for query in ["tax", "minister propos*", "elan", "\"new taxes\""] {
        let parsed = try QueryParser.parse(query)
        let match = try #require(SearchSQL(parsed, textOnly: parsed.highlightedTerms).match)
        let highlighted = try String.fetchOne(
          db, sql: "SELECT highlight(t, 0, ?, ?) FROM t WHERE t MATCH ?",
          arguments: [String(Snippet.open), String(Snippet.close), match])
        let ours = try LongParagraphMarks(query: parsed, tokenizer: tokenizer).marked(text)
        pairs.append(contentsOf: [Snippet(marked: highlighted ?? "").marks, Snippet(marked: ours).marks])
      }
      return pairs
    }
    for index in stride(from: 0, to: 6, by: 2) { #expect(marked[index] == marked[index + 1]) }
    #expect(marked[6] == [23..<32])  // highlight() marks the phrase "new taxes" alone
    #expect(marked[7] == [23..<32, 46..<49, 105..<108])  // its words wherever they stand
  }
}
