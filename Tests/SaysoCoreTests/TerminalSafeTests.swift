import XCTest

@testable import SaysoCore

final class TerminalSafeTests: XCTestCase {
  func testEscapeSequencesBecomeVisible() {
    XCTAssertEqual(terminalSafe("before\u{1B}[2Jafter"), "before␛[2Jafter")
    XCTAssertEqual(terminalSafe("ding\u{07}"), "ding␇")
    XCTAssertEqual(terminalSafe("csi\u{9B}31m red"), "csi<U+009B>31m red")
    XCTAssertEqual(terminalSafe("del\u{7F}"), "del␡")
    XCTAssertEqual(terminalSafe("nul\u{0}"), "nul␀")
    XCTAssertEqual(terminalSafe("\u{1B}]0;title\u{07}"), "␛]0;title␇")
  }

  func testNewlinesAndTabsOnlyWhenAllowed() {
    XCTAssertEqual(terminalSafe("a\nb\tc"), "a␊b␉c")
    XCTAssertEqual(terminalSafe("a\nb\tc", keepNewlines: true), "a\nb␉c")
    XCTAssertEqual(terminalSafe("a\nb\tc", keepNewlines: true, keepTabs: true), "a\nb\tc")
    XCTAssertEqual(terminalSafe("a\r\nb\rc", keepNewlines: true), "a\nb␍c")
    XCTAssertEqual("x\ny".terminalSafe, "x␊y")
  }

  func testOrdinaryTextIsUntouched() {
    let text = "Café “quoted” 日本語 👨‍👩‍👧 e\u{301} \u{A0}\u{A0}¡Hola! ÿ \u{80}"
    XCTAssertEqual(terminalSafe(String(text.dropLast())), String(text.dropLast()))
    XCTAssertEqual(
      terminalSafe("é ÿ Ā ǟ"), "é ÿ Ā ǟ", "bytes C3/C4 followed by 80–9F are not C1 controls")
    XCTAssertEqual(terminalSafe("\u{85}"), "<U+0085>")
  }

  /// Every bidirectional control, as the code points an attacker uses to make text read backwards.
  static let bidirectionalControls: [UInt32] = [
    0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
  ]

  func testBidirectionalControlsBecomeVisible() {
    XCTAssertEqual(terminalSafe("abc\u{202E}fed"), "abc<U+202E>fed")
    XCTAssertEqual(terminalSafe("\u{2066}x\u{2069}"), "<U+2066>x<U+2069>")
    XCTAssertEqual(terminalSafe("a\u{200F}b\u{061C}c"), "a<U+200F>b<U+061C>c")
    for value in Self.bidirectionalControls {
      let scalar = Unicode.Scalar(value)!
      let shown = terminalSafe("x" + String(Character(scalar)) + "y")
      XCTAssertFalse(shown.unicodeScalars.contains(scalar), String(value, radix: 16))
      XCTAssertTrue(shown.hasPrefix("x<U+") && shown.hasSuffix(">y"), shown)
      XCTAssertTrue(isBidirectionalControl(scalar))
      XCTAssertFalse(TerminalText.line("x" + String(Character(scalar))).unicodeScalars.contains(scalar))
      XCTAssertFalse(
        TerminalText.lines("a\n" + String(Character(scalar))).joined().unicodeScalars.contains(scalar))
    }
    // Their neighbours, and the bytes around them in UTF-8, are text.
    for text in ["\u{200D}", "\u{2029}", "\u{2065}", "\u{206A}", "\u{2030}", "\u{061B}", "\u{0600}", "“”‘’—…"] {
      XCTAssertFalse(terminalSafe(text).contains("<U+"), text)
    }
  }
}
