import XCTest

@testable import SaysoCore

final class ProgressTextTests: XCTestCase {
  func testDoneOfTotalPercentAndRate() {
    XCTAssertEqual(
      ProgressText.line("Indexing", done: 1_234, total: 20_000, seconds: 2),
      "Indexing 1,234 of 20,000 articles (6%) · 617 a second")
    XCTAssertEqual(ProgressText.line("Indexing", done: 0, total: 1, seconds: 0), "Indexing 0 of 1 article (0%)")
    XCTAssertEqual(ProgressText.grouped(1_234_567), "1,234,567")
    XCTAssertEqual(ProgressText.grouped(999), "999")
    XCTAssertEqual(ProgressText.grouped(-1_000), "-1,000")
  }

  func testAFileNameNeverPutsControlCharactersOnTheTerminal() {
    let line = ProgressText.line(
      "Indexing", done: 1, total: 2, seconds: 1, item: "evil\u{1B}[2J\u{07}\nname\u{9B}31m.txt", width: 200)
    XCTAssertFalse(line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }, line)
    XCTAssertTrue(line.hasSuffix("evil␛[2J␇ name<U+009B>31m.txt"), line)
    let unbounded = ProgressText.line("Indexing", done: 1, total: 2, seconds: 1, item: "a\u{1B}b")
    XCTAssertTrue(unbounded.hasSuffix(" · a␛b"), unbounded)
  }

  func testTheLineFitsItsWidthShorteningTheNameFromTheLeft() {
    let name = "国際/東京の会議について/article-000123.txt"
    for width in [20, 45, 60, 80] {
      let line = ProgressText.line("Indexing", done: 5, total: 10, seconds: 1, item: name, width: width)
      XCTAssertLessThanOrEqual(line.displayWidth, width, line)
    }
    let line = ProgressText.line("Indexing", done: 5, total: 10, seconds: 1, item: name, width: 70)
    XCTAssertTrue((69...70).contains(line.displayWidth), line)  // a wide letter does not split
    XCTAssertTrue(line.hasSuffix("article-000123.txt") && line.contains("…"), line)
    // No room for a name: none is shown.
    XCTAssertEqual(
      ProgressText.line("Indexing", done: 5, total: 10, seconds: 1, item: name, width: 46),
      "Indexing 5 of 10 articles (50%) · 5 a second")
  }
}
