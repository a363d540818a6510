import XCTest

@testable import SaysoCore

final class WordDiffTests: XCTestCase {
  func testNamesAddedDroppedAndChangedWords() {
    XCTAssertEqual(
      WordDiff(from: "the bridge will open in spring", to: "The bridge will open in spring, if the money comes")
        .changes,
      [.added(["if", "the", "money", "comes"])])
    XCTAssertEqual(
      WordDiff(from: "the new bridge will open in spring", to: "the bridge will open in spring").changes,
      [.dropped(["new"])])
    XCTAssertEqual(
      WordDiff(from: "the bridge will open in spring", to: "the bridge would open in May").changes,
      [.changed(from: ["will"], to: ["would"]), .changed(from: ["spring"], to: ["May"])])
  }

  func testCaseAccentsAndPunctuationAreNoDrift() {
    XCTAssertTrue(WordDiff(from: "“Zoë will go,” she said", to: "zoe WILL go — she said.").isEmpty)
  }

  func testSummaryReadsAsAPhrase() {
    XCTAssertEqual(
      WordDiff(from: "we will build it", to: "we shall build it now").summary,
      "changed \"will\" to \"shall\"; added \"now\"")
  }

  func testWideWordsAndEmptyWordings() {
    XCTAssertEqual(WordDiff(from: "", to: "東京 は 晴れ").changes, [.added(["東京", "は", "晴れ"])])
    XCTAssertEqual(WordDiff(from: "东京 today", to: "").changes, [.dropped(["东京", "today"])])
  }
}
