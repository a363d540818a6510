import XCTest

@testable import SaysoAnalysis

/// A legislator's party and state after the name, as American news writes them: "(D-N.Y.)", ", R-S.C.,".
final class PartyLabelTests: XCTestCase, AnalysingText {
  func testThePartyAndStateAreOneWordAndNoName() {
    let a = run("Rep. Gregory Meeks (D-N.Y.) said Clinton reassured them.")
    XCTAssertEqual(a.quotes.map(\.text), ["Clinton reassured them"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Gregory Meeks")
    let b = run("Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is overselling it.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Lindsey Graham")
    XCTAssertEqual(a.people.map(\.name), ["Gregory Meeks"])
  }

  func testAQuoteAfterThePartyAndStateOpensASentence() {
    let a = run("\"People agree with him,\" said Sen. Lindsey Graham, R-S.C. \"I get that. But it hurts him.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"People agree with him,\"", "\"I get that. But it hurts him.\""])
    XCTAssertEqual(Set(a.quotes.compactMap { $0.speaker?.name }), ["Lindsey Graham"])
  }

  func testWhatOneReactsToIsNoContent() {
    let a = run("Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: \"It is a tragedy.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"It is a tragedy.\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Hakeem Jeffries")
  }
}
