import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// The style of papers that quote with single marks: short quotes before a frame, quotes that go on into
/// the next paragraph (the scanner's own cases: `QuoteScannerTests`).
final class SingleQuoteStyleTests: XCTestCase, AnalysingText {
  func testASingleQuotedSpeechGoesOnIntoTheNextParagraph() {
    let a = run("Mrs Brown, 54, said: ‘It was terrifying. I thought nobody would ever find us out there.\n\n"
      + "‘Then the helicopter came and I knew we would be fine.’")
    XCTAssertEqual(a.quotes.map(\.speaker?.name), ["Brown", "Brown"])
    XCTAssertEqual(a.quotes.map(\.kind), [.direct, .direct])
    XCTAssertNotNil(a.quotes.first?.utterance)
    XCTAssertEqual(a.quotes.first?.utterance, a.quotes.last?.utterance)
  }

  func testTwoSingleQuotedPiecesAroundAFrameAreOneUtterance() {
    let a = run("‘We were ready,’ the coach said. ‘The third period was ours.’")
    XCTAssertEqual(a.quotes.map(\.text), ["‘We were ready,’", "‘The third period was ours.’"])
    XCTAssertNotNil(a.quotes.first?.utterance)
    XCTAssertEqual(a.quotes.first?.utterance, a.quotes.last?.utterance)
  }

  func testAStraightApostropheAfterAnInitialismIsItsPossessive() {
    // (as a curly one is: no quote mark, no edge of the subject)
    for mark in ["'", "’"] {
      let a = run(
        "B.C.\(mark)s health officer Ann Vey said cases rose. The U.S.\(mark)s envoy Tom Hale said talks ended.")
      XCTAssertEqual(a.quotes.map(\.text), ["cases rose", "talks ended"], mark)
      XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Ann Vey", "Tom Hale"], mark)
    }
  }
}
