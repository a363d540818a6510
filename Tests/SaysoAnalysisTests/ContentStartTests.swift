import XCTest

@testable import SaysoAnalysis

/// Where the content of a verb of saying starts when words stand between them: the one told, a manner
/// adverb, the document or channel it was said in.
final class ContentStartTests: XCTestCase, AnalysingText {
  func testTheOneToldAndItsAdjunctsAreNoContent() {
    let a = run("Jean Prates told analysts on a conference call that the company would keep its dividend.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the company would keep its dividend"])
    let b = run("Bill Clinton told foundation employees on Thursday that the foundation would stop.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the foundation would stop"])
    // the clause words that end the search: "told analysts who said that …" is not one claim of two
    let c = run("Jean Prates told analysts who asked about it that the plan was sound.")
    XCTAssertNotEqual(c.quotes.first?.text, "that the plan was sound")
  }

  func testAMannerAdverbBeforeThatIsNoContent() {
    let a = run("The ministry said separately that it would auction new blocks.")
    XCTAssertEqual(a.quotes.map(\.text), ["that it would auction new blocks"])
  }

  func testTheChannelOfAClaimWithNoThatIsNoContent() {
    let a = run("Analysts at the bank said in a note the figures were solid.")
    XCTAssertEqual(a.quotes.map(\.text), ["the figures were solid"])
    let b = run("The group said in a statement Thursday night they pulled the listing.")
    XCTAssertEqual(b.quotes.map(\.text), ["they pulled the listing"])
    // a time after the channel, then "that": the content starts at "that"
    let c = run("Mr. Stenger announced in a statement this month that he had reached a settlement.")
    XCTAssertEqual(c.quotes.map(\.text), ["that he had reached a settlement"])
  }
}
