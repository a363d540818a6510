import BenchmarkSupport
import Foundation
import XCTest

@testable import SaysoCore

/// A seeded fuzz run of the article reader, bounded so that `swift test` stays fast: random bytes and
/// random texts built from hostile pieces go through the whole reading path (bytes → UTF-8 check →
/// paragraphs → terminal-safe text). Nothing may trap, and every article must keep the paragraph
/// invariant. `SAYSO_FUZZ_SEED` and `SAYSO_FUZZ_ITERATIONS` run it longer or elsewhere; `scripts/fuzz.sh`
/// does the same through the real binary for minutes.
final class ArticleReaderFuzzTests: XCTestCase {

  static let pieces: [String] = [
    "MOSCOW", " (", ")", "Sputnik", " - ", "—", "30th September, 2020", "Sept. 30", "2020-09-30", "date: ",
    "---", "---\n", "\n", "\n\n", "\r\n", "\r", "\r\r\n", " ", "\t", "\u{FEFF}", "told", " said ", "\"", "“",
    "”", "‘", "’", "'", "« ", " »", "# ", "## ", "title: ", "source: ", "Published: ", "e\u{301}", "\u{301}",
    "日本", "😀", "👨‍👩‍👧", "🇫🇷", "\u{0}", "\u{1B}[2J", "\u{7}", "\u{9B}", "\u{85}", "\u{2028}", "\u{2029}",
    "\u{202E}", "\u{2066}", "\u{200F}", "\u{061C}", "\u{200B}", "\u{AD}", "a", "Z", "9", "/TASS/", "said",
    "Mr. ", "Dr. ", "President Vladimir Putin", "the minister", " proposed ", " called for ", "...", "…",
    "* ", "- ", "1. ", "> ", "```", "<script>", "[x](javascript:alert(1))", "\\", "\u{10FFFF}", "\u{E000}",
  ]

  var seed: UInt64 {
    ProcessInfo.processInfo.environment["SAYSO_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_260_901
  }
  var iterations: Int {
    ProcessInfo.processInfo.environment["SAYSO_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 1_500
  }

  /// One random input: pieces, sometimes with a long run of one piece (long lines and paragraphs).
  static func text(_ random: inout SeededRandom) -> String {
    var text = ""
    for _ in 0..<random.below(60) {
      let piece = pieces[random.below(pieces.count)]
      text += random.below(30) == 0 ? String(repeating: piece, count: 1 + random.below(400)) : piece
    }
    return text
  }

  /// Random bytes, biased towards UTF-8 lead and continuation bytes, CR and LF.
  static func bytes(_ random: inout SeededRandom) -> Data {
    let interesting: [UInt8] = [
      0x0A, 0x0D, 0x20, 0x22, 0x2D, 0xC2, 0xE2, 0x80, 0x9C, 0xF0, 0x9F, 0xEF, 0xBB, 0xBF, 0xFF,
    ]
    return Data(
      (0..<random.below(300)).map { _ in
        random.below(3) == 0 ? interesting[random.below(interesting.count)] : UInt8(truncatingIfNeeded: random.next())
      })
  }

  func testRandomTextsKeepTheParagraphInvariant() {
    var random = SeededRandom(seed: seed)
    for iteration in 0..<iterations {
      let text = Self.text(&random)
      let article = ArticleReader.parse(text, path: "fuzz.txt")
      assertParagraphsMatchFile(article, text)
      for paragraph in article.paragraphs {
        if let end = paragraph.datelineEnd {
          XCTAssertTrue(end >= 0 && end <= paragraph.text.unicodeScalars.count, "seed \(seed) iteration \(iteration)")
        }
        let shown = TerminalText.line(paragraph.text)
        XCTAssertFalse(
          shown.unicodeScalars.contains {
            $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || isBidirectionalControl($0)
          },
          "seed \(seed) iteration \(iteration)")
      }
    }
  }

  func testRandomBytesAreAnArticleOrOneClearError() {
    var random = SeededRandom(seed: seed ^ 0xB17E5)
    for iteration in 0..<iterations {
      let data = random.below(2) == 0 ? Self.bytes(&random) : Data(Self.text(&random).utf8)
      do {
        let article = try CorpusLoader.article(from: data, path: "fuzz.txt")
        XCTAssertFalse(article.paragraphs.isEmpty)
        // The paragraphs index the text as Python reads the file: a CRLF is one "\n", a lone CR one
        // scalar (kept as "\r").
        var decoded = String.UnicodeScalarView()
        var afterCR = false
        // Bytes that are not UTF-8 are read as Windows-1252 (unassigned bytes as Latin-1 has them).
        // A UTF-16 byte-order mark: UTF-16, without the mark.
        let text: String
        switch article.encoding {
        case .windows1252:
          text = ArticleBytes.windows1252(data)
        case .utf16:
          let decoded = String(data: data, encoding: .utf16)!
          text = decoded.unicodeScalars.first?.value == 0xFEFF ? String(decoded.unicodeScalars.dropFirst()) : decoded
        case .utf8:
          text = String(decoding: data, as: UTF8.self)
        }
        for scalar in text.unicodeScalars {
          if scalar == "\n" && afterCR { decoded.removeLast() }
          decoded.append(scalar)
          afterCR = scalar == "\r"
        }
        assertParagraphsMatchFile(article, String(decoded))
      } catch {
        XCTAssertEqual(error.path, "fuzz.txt", "seed \(seed) iteration \(iteration)")
        XCTAssertFalse(error.description.contains("\n"))
      }
    }
  }
}
