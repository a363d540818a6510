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
}
