import XCTest

@testable import SaysoCore

final class SpaceSeparatedWordsTests: XCTestCase {
  /// The byte split gives exactly what `split(separator: " ")` gives, spaces doubled, leading and
  /// trailing included, on ASCII, accented and wide text, and where a space comes before a combining mark.
  func testSplitsAsTheCharacterSplitDoes() {
    let texts = [
      "", " ", "   ", "Tesco", "Tesco PLC", "  Bank  of   England ", "Recep Tayyip Erdoğan", "Łukasz Szumowski",
      "東京 は 晴れ", "de Blasio", "a \u{301}b c", "Zoë  Ball\u{301} x", "CEO of the Nurses' Association of Ontario.",
      "Ana Álvarez", "Ola Ødegaard Ørn", "x \u{2C6}y", "x \u{300}y", "x \u{36F} y", "x \u{483}y", "Jo \u{1F600} z",
    ]
    for text in texts {
      XCTAssertEqual(text.spaceSeparatedWords, text.split(separator: " "), text.debugDescription)
    }
  }
}
