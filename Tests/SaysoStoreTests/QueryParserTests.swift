import Foundation
import Testing

@testable import SaysoStore

/// The query syntax, and what a malformed query says.
@Suite struct QueryParserTests {
  private func parsed(_ text: String) throws -> String {
    try QueryParser.parse(text).description
  }

  private func problem(_ text: String) -> (QueryProblem, Int)? {
    do {
      _ = try QueryParser.parse(text)
      return nil
    } catch {
      guard case .malformedQuery(let problem, let position) = error else { return nil }
      return (problem, position)
    }
  }

  @Test func wordsPhrasesPrefixesAndExclusions() throws {
    #expect(try parsed("peace") == "peace")
    #expect(try parsed("peace talks") == "(peace AND talks)")
    #expect(try parsed("\"peace talks\" now") == "(\"peace talks\" AND now)")
    #expect(try parsed("propos*") == "propos*")
    #expect(try parsed("peace -war -\"cold war\"") == "(peace NOT war NOT \"cold war\")")
    #expect(try parsed("Jean-Luc") == "Jean-Luc")
  }

  @Test func orBindsLooserThanWordsSideBySide() throws {
    #expect(try parsed("a b OR c") == "((a AND b) OR c)")
    #expect(try parsed("(a OR b) c") == "((a OR b) AND c)")
    #expect(try parsed("a -(b OR c)") == "(a NOT (b OR c))")
    #expect(try parsed("or") == "or")  // only upper-case OR is the operator
  }

  @Test func fieldsAndFilters() throws {
    let query = try QueryParser.parse(
      "speaker:Poast source:\"Pakistan Point\" kind:quote|proposal date:2020-09 in:title")
    #expect(query.kinds == [.quote, .proposal])
    #expect(query.roles == [.title])
    #expect(query.dates == DateRange(from: "2020-09", through: "2020-09"))
    #expect(
      query.description == "(speaker:Poast AND source:\"Pakistan Point\") kind:proposal|quote in:title date:2020-09")
    #expect(
      try QueryParser.parse("date:2020-09-01..2020-10-15").dates == DateRange(from: "2020-09-01", through: "2020-10-15")
    )
    #expect(try QueryParser.parse("date:..2020").dates == DateRange(from: nil, through: "2020"))
    #expect(try QueryParser.parse("kind:quote").expression == nil)
    #expect(try parsed("SPEAKER:putin*") == "speaker:putin*")
  }

  /// Repeated terms are told apart without regard to case or accents; ASCII is folded on its bytes, the
  /// rest by Foundation, and both agree.
  @Test func termsAreFoldedAsFoundationFoldsThem() throws {
    for text in ["Putin", "NET income", "a-Z_09 ~!", "", "Café", "ÉLYSÉE", "straße", "İstanbul", "Ωmega"] {
      #expect(
        QueryParser.foldedText(text)
          == text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil), "\(text)")
    }
    #expect(try parsed("Tax tax TAX") == "Tax")
    #expect(try parsed("café CAFE cafe") == "café")
  }

  @Test func termsKnowWhereTheyStood() throws {
    let query = try QueryParser.parse("  peace \"cold war\"")
    #expect(query.highlightedTerms.map(\.range) == [2..<7, 8..<18])
  }

  @Test func dateRangesContainTheirDays() {
    let september = DateRange(from: "2020-09", through: "2020-09")
    #expect(september.contains("2020-09-01"))
    #expect(september.contains("2020-09-30"))
    #expect(!september.contains("2020-10-01"))
    #expect(!september.contains("2020-08-31"))
  }

  @Test func malformedQueriesSayWhatAndWhere() {
    #expect(problem("") ?? (.danglingOr, -1) == (.empty, 0))
    #expect(problem("   ")?.0 == .empty)
    #expect(problem("speaker:\"Poast")! == (.unclosedPhrase, 8))
    #expect(problem("a \"\"")! == (.emptyPhrase, 2))
    #expect(problem("(a b")! == (.unclosedParenthesis, 0))
    #expect(problem("a b)")! == (.unmatchedParenthesis, 3))
    #expect(problem("a ()")! == (.emptyParentheses, 2))
    #expect(problem("OR a")! == (.danglingOr, 0))
    #expect(problem("a OR")! == (.danglingOr, 2))
    #expect(problem("a OR OR b")! == (.danglingOr, 5))
    #expect(problem("a - b")! == (.danglingMinus, 2))
    #expect(problem("-a -b")! == (.onlyExclusions, 0))
    #expect(problem("x (-a)")! == (.onlyExclusions, 3))
    #expect(problem("*ing")! == (.misplacedStar, 0))
    #expect(problem("a*b")! == (.misplacedStar, 0))
    #expect(problem("a — b")! == (.nothingToSearch("—"), 2))
    #expect(problem("foo:bar")! == (.unknownField("foo"), 0))
    #expect(problem("a speaker:")! == (.missingValue(field: "speaker"), 2))
    #expect(problem("kind:quotes")! == (.invalidKind("quotes"), 5))
    #expect(problem("in:footer")! == (.invalidRole("footer"), 3))
    #expect(problem("date:2020-13")! == (.invalidDate("2020-13"), 5))
    #expect(problem("date:20-09")! == (.invalidDate("20-09"), 5))
    #expect(problem("date:2020-10..2020-09")! == (.reversedDates("2020-10..2020-09"), 5))
    #expect(problem("(a kind:quote)")! == (.filterNotAtTop(field: "kind"), 3))
    #expect(problem("a -date:2020")! == (.filterNotAtTop(field: "date"), 3))
    #expect(problem("kind:quote a OR b")! == (.filterNotAtTop(field: "kind"), 0))
    #expect(problem("date:2020 date:2021")! == (.repeatedFilter(field: "date"), 10))
  }

  @Test func messagesCountColumnsFromOne() {
    let error = SaysoStoreError.malformedQuery(.unclosedPhrase, position: 8)
    #expect(error.description == "column 9: the phrase opened here has no closing quote (\")")
  }
}
