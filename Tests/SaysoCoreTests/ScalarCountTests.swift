import XCTest

@testable import SaysoCore

final class ScalarCountTests: XCTestCase {
  /// The scalars counted on the bytes, eight at a time, are those `unicodeScalars` counts: ASCII, two-, three- and
  /// four-byte scalars at every place in a word of eight bytes and in the bytes after the last word.
  func testCountsAsUnicodeScalarsDoes() {
    let parts = ["", "a", "é", "“", "😀", "e\u{301}", "東京", "Ødegaard said", "\r\n", "\u{7F}\u{80}\u{7FF}\u{800}"]
    for prefix in 0..<9 {
      for part in parts {
        for count in [1, 3, 17] {
          let text = String(repeating: "x", count: prefix) + String(repeating: part, count: count)
          XCTAssertEqual(text.unicodeScalarCountQuickly, text.unicodeScalars.count, text.debugDescription)
        }
      }
    }
    // (and a text that is no native UTF-8 string, which is counted by its scalars)
    let bridged = String(decoding: Array("Zoë and 😀".utf16), as: UTF16.self)
    XCTAssertEqual(bridged.unicodeScalarCountQuickly, 9)
  }
}
