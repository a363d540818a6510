import XCTest

@testable import SaysoCore

final class ClaimShinglesTests: XCTestCase {
  func testFoldsCaseAccentsPunctuationAndQuoteMarks() {
    XCTAssertEqual(
      ClaimShingles.words(in: "“We will NOT back down,” — Zoë’s plan!"),
      ["we", "will", "not", "back", "down", "zoes", "plan"])
    XCTAssertEqual(
      ClaimShingles.shingles(of: "“The bridge will open,” he said"),
      ClaimShingles.shingles(of: "the Bridge WILL open he said."))
  }

  func testShinglesAreRunsOfThreeWordsDistinctAndStable() {
    XCTAssertEqual(ClaimShingles.shingles(of: "we will see").count, 1)
    XCTAssertEqual(ClaimShingles.shingles(of: "we will").count, 0)
    XCTAssertEqual(ClaimShingles.shingles(of: "a b c a b c").count, 3)  // abc, bca, cab
    // FNV-1a: the same value on every run (the index stores them).
    XCTAssertEqual(ClaimShingles.shingles(of: "one two three"), ClaimShingles.shingles(of: "One, two; three!"))
    XCTAssertNotEqual(ClaimShingles.shingles(of: "ab c d"), ClaimShingles.shingles(of: "a bc d"))
  }

  /// The ASCII path hashes the bytes without making words: it must give what the words give.
  func testASCIIShinglesAreTheWordsShingles() {
    for text in [
      "\"We will NOT back down,\" he said", "don't stop-believing 42 times", "'tis the season's end'",
      "  a  b\tc\nd  ", "A1 b2 C3", "we will", "", "x y z", "end'",
    ] {
      XCTAssertEqual(ClaimShingles.asciiShingles(of: text), ClaimShingles.shingles(of: ClaimShingles.words(in: text)), text)
    }
    XCTAssertNil(ClaimShingles.asciiShingles(of: "Zoë said so"))
  }

  func testEncodingRoundTrips() {
    let shingles = ClaimShingles.shingles(of: "the new bridge over the river will open before the winter")
    XCTAssertEqual(ClaimShingles.decoded(ClaimShingles.encoded(shingles)), shingles)
    XCTAssertEqual(ClaimShingles.encoded(shingles).count, shingles.count * 8)
  }
}
