import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// The compact token: what its packed fields read back as, on text that exercises every flag.
final class TokenLayoutTests: XCTestCase {
  func testTokensStayCompact() {
    // a 5 MB paragraph has over a million tokens: each byte here is a megabyte there
    XCTAssertLessThanOrEqual(MemoryLayout<Token>.stride, 32)
  }

  func testOffsetsKindsAndFlagsReadBack() {
    let text = "“Mr. O’Neil’s U.S. plan,” said Ängela, costs 1,500.5 dlrs — it’s 😀 done."
    let scalars = Array(text.unicodeScalars)
    let tokens = Tokenizer.tokenize(scalars).tokens
    XCTAssertEqual(
      tokens.map(\.text),
      [
        "“", "Mr", ".", "O’Neil’s", "U.S.", "plan", ",", "”", "said", "Ängela", ",", "costs", "1,500.5", "dlrs", "—",
        "it’s", "😀", "done", ".",
      ])
    for token in tokens {
      XCTAssertEqual(String(String.UnicodeScalarView(scalars[token.start..<token.end])), token.text)
    }
    let byText = Dictionary(tokens.map { ($0.text, $0) }, uniquingKeysWith: { first, _ in first })
    XCTAssertEqual(byText["O’Neil’s"]?.isPossessive, true)
    XCTAssertEqual(byText["O’Neil’s"]?.stem, "O’Neil")
    XCTAssertEqual(byText["O’Neil’s"]?.stemLower, "o’neil")
    XCTAssertEqual(byText["it’s"]?.isPossessive, false)  // a contraction, not a possessive
    XCTAssertEqual(byText["U.S."]?.endsWithDot, true)
    XCTAssertEqual(byText["plan"]?.endsWithDot, false)
    XCTAssertEqual(byText["Ängela"]?.isCapitalized, true)
    XCTAssertEqual(byText["Ängela"]?.lower, "ängela")
    XCTAssertEqual(byText["said"]?.isCapitalized, false)
    XCTAssertEqual(byText["1,500.5"]?.kind, .number)
    XCTAssertEqual(byText["—"]?.kind, .punct)
    XCTAssertEqual(byText["said"]?.kind, .word)
    XCTAssertEqual(byText["said"]?.classes.contains(.cueWord), true)
    XCTAssertEqual(byText["😀"]?.start, 65)
    XCTAssertEqual(byText["😀"]?.end, 66)
  }

  func testQuoteIndexReadsBackAsOptional() {
    let paragraph = Paragraph(
      index: 0, start: 0, end: 40, role: .body, text: "She said “we will go” and “we will stay”.")
    let prepared = ParagraphText(paragraph, openFromPrevious: false)
    XCTAssertEqual(prepared.tokens.map(\.quote), [nil, nil, 0, 0, 0, 0, 0, nil, 1, 1, 1, 1, 1, nil])
    var token = prepared.tokens[0]
    token.quote = 70_000
    XCTAssertEqual(token.quote, 70_000)
    token.quote = nil
    XCTAssertNil(token.quote)
  }

  func testLongParagraphIsCountedBeforeItIsTokenized() {
    // over the threshold the token array is allocated at its size: the count must be exact
    let sentence = "The minister said, \"we will propose a new tax\" and then walked away. "
    let scalars = Array(String(repeating: sentence, count: Tokenizer.exactCountThreshold / 40).unicodeScalars)
    let tokens = Tokenizer.tokenize(scalars).tokens
    XCTAssertEqual(Tokenizer.count(scalars), tokens.count)
    XCTAssertEqual(tokens.count, 17 * (Tokenizer.exactCountThreshold / 40))
  }
}
