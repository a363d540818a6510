import XCTest

@testable import SaysoAnalysis

/// A legislator's party and state after the name, as American news writes them: "(D-N.Y.)", ", R-S.C.,".
final class PartyLabelTests: XCTestCase, AnalysingText {
  func testThePartyAndStateAreOneWordAndNoName() {
    let a = run("Rep. Nora Hale (D-N.J.) said Pike calmed them.")
    XCTAssertEqual(a.quotes.map(\.text), ["Pike calmed them"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Nora Hale")
    let b = run("Sen. Owen Pratt, R-N.C., a second-term senator, said the governor is overselling it.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Owen Pratt")
    XCTAssertEqual(a.people.map(\.name), ["Nora Hale"])
  }

  func testAQuoteAfterThePartyAndStateOpensASentence() {
    let a = run("\"Voters like the plan,\" said Sen. Owen Pratt, R-N.C. \"I see that. But it costs too much.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"Voters like the plan,\"", "\"I see that. But it costs too much.\""])
    XCTAssertEqual(Set(a.quotes.compactMap { $0.speaker?.name }), ["Owen Pratt"])
  }

  func testWhatOneReactsToIsNoContent() {
    let a = run("Rep. Ivy Lund (D-N.J.) reacted to the news, saying: \"It is a disgrace.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"It is a disgrace.\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ivy Lund")
  }
}
