import XCTest

@testable import SaysoAnalysis

/// "In his view, …", "…, in Tom Reed’s view": the one whose view it is says the content.
final class InTheirViewTests: XCTestCase, AnalysingText {
  func testAViewOpeningTheSentenceIsItsHoldersClaim() {
    let a = run("Tom Reed spoke on Monday. In his view, the plan would cost far more than promised.")
    XCTAssertEqual(a.quotes.map(\.text), ["the plan would cost far more than promised"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    let b = run("Ann Vey disagreed. In her opinion, the schools need the money now.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
    let c = run("In Ann Vey’s mind, the vote was never close.")
    XCTAssertEqual(c.quotes.map(\.text), ["the vote was never close"])
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Vey")
    let d = run("Tom Reed came to the rally. From his perspective, the schools are doing well.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Tom Reed")
  }

  func testAViewClosingTheSentenceIsItsHoldersClaim() {
    let a = run("Tom Reed has led the council for years. The budget is a mess, in Reed’s view.")
    XCTAssertEqual(a.quotes.map(\.text), ["The budget is a mess"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
  }

  func testOtherPhrasesWithInAreNoFrame() {
    XCTAssertEqual(run("In other words, nobody knows what the plan will cost next year.").quotes.count, 0)
    XCTAssertEqual(run("In his office, the papers were piled high on every desk.").quotes.count, 0)
    XCTAssertEqual(run("The view from his office, in the old town, is fine.").quotes.count, 0)
  }
}
