import XCTest

@testable import SaysoCore

/// Random texts built from the pieces the heuristics look at: the reader must never trap, and the
/// paragraph invariant must hold for every one.
final class ReaderRobustnessTests: XCTestCase {
  let pieces = [
    "MOSCOW", " (", ")", "Sputnik", " - ", "—", "30th September, 2020", "Sept. 30", "2020-09-30", "date ",
    "---", "\n", "\n\n", "\r\n", " ", "\t", "\u{FEFF}", "told", " told ", "Izvestia", ".", ",", ":", ";",
    "interviewed by ", "interview with ", "The", " the ", "’s", "'", "\"", "“", "”", "CNN", "# ", "title: ",
    "Published: ", "e\u{301}", "日本", "😀", "👨‍👩‍👧", "\u{0}", "\u{1B}", "a", "Z", "9", "/TASS/", "(", "said",
    "Friday", "of", "in an interview",
  ]

  func testRandomTextsNeverTrapAndKeepTheInvariant() {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    for _ in 0..<3000 {
      var text = ""
      for _ in 0..<next(40) { text += pieces[next(pieces.count)] }
      let article = ArticleReader.parse(text, path: "r.txt")
      assertParagraphsMatchFile(article, text)
      for p in article.paragraphs {
        if let d = p.datelineEnd { XCTAssertTrue(d >= 0 && d <= p.text.unicodeScalars.count) }
      }
      for width in [1, 3, 8] { _ = text.wrapped(toWidth: width) }
      XCTAssertFalse(terminalSafe(text).unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F })
    }
  }
}
