import XCTest

@testable import SaysoCore

final class LowercasedQuicklyTests: XCTestCase {
  /// The quick lowering gives exactly what `lowercased()` gives: ASCII with and without capitals, capitals
  /// of Latin-1 (and "×", which is none), other capitals left to `lowercased()`, apostrophes, combining
  /// marks, wide text and text longer than a small string.
  func testLowersAsLowercasedDoes() {
    let texts = [
      "", "a", "said", "Said", "WHO", "Ana Vey-Lind", "O’Brien", "Álvarez", "ÀÉÎÕÜÝÞ", "ß", "×÷", "Ødegaard",
      "Łukasz", "İstanbul", "ΣΟΦΊΑ", "Ǆ", "Ⅻ", "東京", "e\u{301}", "E\u{301}", "Zoë", "ÿ", "Ÿ",
      "a fairly long lower-case text",
      "A Fairly Long Capitalised Text Of Álvarez", "\u{1F600}X",
    ]
    for text in texts {
      XCTAssertEqual(text.lowercasedQuickly(), text.lowercased(), text.debugDescription)
      let inner = text.dropFirst()
      XCTAssertEqual(inner.lowercasedQuickly(), inner.lowercased(), inner.debugDescription)
    }
  }
}
