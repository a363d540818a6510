import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// The verbs that make a proposal of what follows them, and where a proposal's words end.
final class ProposalVerbTests: XCTestCase, AnalysingText {
  func testDemandingRequestingAndEncouragingPropose() {
    let a = run("Residents have demanded that the council publish the report in full.")
    XCTAssertEqual(a.proposals.map(\.text), ["demanded that the council publish the report in full"])
    let b = run("Health officials encouraged parents to book flu shots before the winter.")
    XCTAssertEqual(b.proposals.map(\.text), ["encouraged parents to book flu shots before the winter"])
    let c = run("The tenants' union requested a meeting with the landlord.")
    XCTAssertEqual(c.proposals.map(\.text), ["requested a meeting with the landlord"])
    // (encouraging with no "to" proposes nothing: "encouraged the talks")
    XCTAssertEqual(run("The minister encouraged the talks between the two sides.").proposals.count, 0)
  }

  func testAProposalKeepsTheMarkThatClosesItsQuote() {
    let a = run("Speaking in the Senate, Ann Vey urged ministers to \"think again\".")
    XCTAssertEqual(a.proposals.map(\.text), ["urged ministers to \"think again\""])
    // (a mark that closes a quote opened before the proposal's words is left out)
    let b = run("\"The board should call for a new vote,\" Tom Ware said.")
    XCTAssertFalse(b.proposals.contains { $0.text.hasSuffix("\"") })
  }

  func testWhatSomethingHasToDoWithIsNoProposal() {
    XCTAssertEqual(run("Ann Vey said the delays have to do with the weather.").proposals.count, 0)
    XCTAssertEqual(run("“We have to do with the old boats,” Ann Vey said.").proposals.count, 0)
    // (what has to be done is: "the council has to repair the pier")
    XCTAssertEqual(run("Ann Vey said the council has to repair the pier.").proposals.count, 1)
  }
}
