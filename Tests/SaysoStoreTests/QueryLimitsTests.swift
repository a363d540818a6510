import Testing

@testable import SaysoStore

/// Queries built to hurt: deep nesting is refused with a clear message (it used to overflow the stack),
/// and a word repeated thousands of times is searched once (it used to take seconds per thousand).
@Suite struct QueryLimitsTests {
  private func problem(_ text: String) -> (QueryProblem, Int)? {
    do {
      _ = try QueryParser.parse(text)
      return nil
    } catch {
      guard case .malformedQuery(let problem, let position) = error else { return nil }
      return (problem, position)
    }
  }

  @Test func nestingUpToTheLimitIsRead() throws {
    let limit = QueryParser.maximumDepth
    let text = String(repeating: "(a ", count: limit) + "b" + String(repeating: ")", count: limit)
    #expect(try QueryParser.parse(text).expression != nil)
  }

  @Test func deeperNestingIsRefusedAtTheParenthesisThatGoesTooDeep() throws {
    let limit = QueryParser.maximumDepth
    let text = String(repeating: "(a ", count: limit + 1) + "b" + String(repeating: ")", count: limit + 1)
    let found = try #require(problem(text))
    #expect(found.0 == .tooDeep(limit: limit))
    #expect(found.1 == limit * 3)
    let message = "\(SaysoStoreError.malformedQuery(found.0, position: found.1))"
    #expect(message == "column \(limit * 3 + 1): parentheses nested more than \(limit) deep: write the query flatter")
  }

  @Test(arguments: [15_000, 100_000])
  func nestingThousandsDeepIsRefusedNotACrash(depth: Int) throws {
    let text = String(repeating: "(", count: depth) + "a" + String(repeating: ")", count: depth)
    #expect(problem(text)?.0 == .tooDeep(limit: QueryParser.maximumDepth))
    let excluded = "a " + String(repeating: "-(a ", count: depth) + String(repeating: ")", count: depth)
    #expect(problem(excluded)?.0 == .tooDeep(limit: QueryParser.maximumDepth))
    // Unbalanced, too: the depth is refused before the missing parenthesis is noticed.
    #expect(problem(String(repeating: "(", count: depth))?.0 == .tooDeep(limit: QueryParser.maximumDepth))
  }

  @Test func repeatedTermsAreFolded() throws {
    let words = Array(repeating: "trump", count: 4_000).joined(separator: " ")
    #expect(try QueryParser.parse(words).description == "trump")
    #expect(try QueryParser.parse("Trump trump TRUMP talks trump").description == "(Trump AND talks)")
    let alternatives = Array(repeating: "trump", count: 4_000).joined(separator: " OR ")
    #expect(try QueryParser.parse(alternatives).description == "trump")
    #expect(try QueryParser.parse("a OR b OR a OR \"b\"").description == "(a OR b OR \"b\")")
    #expect(try QueryParser.parse("budget -trump -trump -Trump").description == "(budget NOT trump)")
    #expect(try QueryParser.parse("speaker:Keller speaker:keller keller").description == "(speaker:Keller AND keller)")
    #expect(try QueryParser.parse("(a b) (a b)").description == "(a AND b)")
    // Different kinds of term stay apart.
    #expect(try QueryParser.parse("propos* propos \"propos\"").description == "(propos* AND propos AND \"propos\")")
  }

  @Test func tooManyTermsAreRefused() throws {
    let limit = QueryParser.maximumTerms
    let many = (0...limit).map { "w\($0)" }.joined(separator: " ")
    let found = try #require(problem(many))
    #expect(found.0 == .tooManyTerms(limit: limit))
    let fine = (0..<limit).map { "w\($0)" }.joined(separator: " ")
    #expect(problem(fine) == nil)
  }

  @Test func aPhraseTooLongIsRefused() throws {
    let limit = QueryParser.maximumPhraseWords
    let long = "\"" + Array(repeating: "minister", count: limit + 1).joined(separator: " ") + "\""
    let found = try #require(problem(long))
    #expect(found.0 == .phraseTooLong(limit: limit))
    let fine = "\"" + Array(repeating: "minister", count: limit).joined(separator: " ") + "\""
    #expect(problem(fine) == nil)
    #expect(problem("speaker:" + long) != nil)
  }
}
