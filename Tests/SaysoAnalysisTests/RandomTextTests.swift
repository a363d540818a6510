import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Article text is untrusted: random soups of quote marks, dashes, cues, names and control characters
/// must never crash the analysis, and every claim must be the exact slice its offsets name.
final class RandomTextTests: XCTestCase {
  static let pieces = [
    "“", "”", "\"", "'", "‘", "’", "–", "—", "―", "-", ",", ".", ":", ";", "(", ")", "?", "!", "…", "\n", "\n\n",
    " ", " ", " ", "said", "says", "told", "according to", "as explained by", "he", "she", "I", "we", "It", "The",
    "the", "that", "Vladimir Putin", "Mr.", "U.S.", "Russian President", "experts", "called for", "called on",
    "called", "For", "for", "up", "proposed", "suggested that", "urged", "a proposal to", "It is necessary to",
    "we call on",
    "I propose", "the Kremlin", "noted", "is sure", "WALLACE:", "and", "warned", "when", "Polls", "showed",
    "the Russian leader", "summed up", "explains", "Poast,", "an assistant professor,", "Ødegaard", "😀", "\u{301}",
    "\u{1B}[2J", "\u{7}", "\t", "1,000",
  ]

  /// Found by fuzzing the command line: a two-word cue split by a line break ended past its sentence.
  func testCueSplitByALineBreak() {
    for text in ["call\non\n ", "They called\nfor talks", "He summed\nup", "Russia offered\nthe US to talk"] {
      _ = analyze(ArticleReader.parse("A headline\n\n" + text, path: "t.txt"))
    }
  }

  /// Found by fuzzing the command line: a dash's quote whose only token is the dash, before a tag and a line
  /// separator, had no first token.
  func testADashsQuoteWithNoTokenInIt() {
    for text in ["\u{2014}<t>\u{2028}", "Speaker said\n\n\u{2014}<t>\u{2028}"] {
      _ = analyze(ArticleReader.parse("A headline\n\n" + text, path: "t.txt"))
    }
  }

  func testRandomTextNeverCrashesAndClaimsAreExactSlices() {
    var seed: UInt64 = 0x5EED
    func next() -> Int {  // a fixed sequence, so a failure can be replayed
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: seed >> 33)
    }
    for _ in 0..<400 {
      var text = "A headline\n\n"
      for _ in 0..<(next() % 200 + 1) {
        text += Self.pieces[next() % Self.pieces.count]
        if next() % 3 != 0 { text += " " }
      }
      let a = analyze(ArticleReader.parse(text, path: "random.txt"))
      for (paragraph, start, end, claimed) in a.quotes.map({ ($0.paragraph, $0.start, $0.end, $0.text) })
        + a.proposals.map({ ($0.paragraph, $0.start, $0.end, $0.text) })
      {
        let scalars = Array(a.article.paragraphs[paragraph].text.unicodeScalars)
        XCTAssertTrue(
          0 <= start && start < end && end <= scalars.count, "\(start)..<\(end) in \(text.debugDescription)")
        guard 0 <= start && start < end && end <= scalars.count else { continue }
        XCTAssertEqual(scalars.string(start..<end), claimed)
      }
    }
  }
}
