import Testing

@testable import SaysoUI

/// Going to a paragraph by number (`:12`, `12g`) and counts before moves (`5j`, `3}`).
@Suite struct JumpTests {
  @Test func colonAsksForAParagraphAndGoesThere() {
    let h = Harness(columns: 40, rows: 12)
    h.press("Enter", ":")
    #expect(h.status.hasPrefix(":"))
    h.press("=6", "Enter")
    #expect(h.reader?.cursorParagraph == 6)
    #expect(h.screen.roles(of: "6")?.first == .cursor)
    #expect(h.status.contains("¶6/7"))
  }

  @Test func aCountBeforeGGoesToThatParagraph() throws {
    let h = Harness(columns: 40, rows: 12)
    h.press("Enter", "5", "g")
    #expect(h.reader?.cursorParagraph == 5)
    let top = try #require(h.reader?.top)
    #expect(top > 0)
    h.press("3", "G")
    #expect(h.reader?.cursorParagraph == 3)
    h.press("g")
    #expect(h.reader?.cursorParagraph == 0, "g without a count still goes to the top")
  }

  @Test func aCountRepeatsAMove() {
    let h = Harness(columns: 40, rows: 12)
    h.press("Enter", "5", "j")
    #expect(h.reader?.top == 5)
    h.press("2", "k")
    #expect(h.reader?.top == 3)
    h.press("g", "3", "}")
    #expect(h.reader?.cursorParagraph == 3)
    h.press("g", "1", "0", "j")
    #expect(h.reader?.top == 10)
  }

  @Test func theCountBeingTypedIsShown() {
    let h = Harness(columns: 40, rows: 12)
    h.press("Enter", "1", "2")
    #expect(h.status.contains("12  ¶0/7"))
    h.press("Esc")
    #expect(h.app.pendingCount == nil)
  }

  @Test func aParagraphPastTheEndOrNotANumberIsAnError() {
    let h = Harness(columns: 80, rows: 12)
    h.press("Enter", "4", "0", "g")
    #expect(h.status.contains("There is no ¶40: the last is ¶7"))
    #expect(h.reader?.cursorParagraph == 0)
    h.press(":", "=abc", "Enter")
    #expect(h.status.contains("Not a paragraph number: abc"))
  }

  @Test func aBoundDigitRunsItsCommand() {
    var keymap = Keymap()
    keymap.bind(.character("1"), to: .bottom)
    let h = Harness(columns: 40, rows: 12, keymap: keymap)
    h.press("Enter", "1")
    #expect(h.reader?.cursorParagraph == 7)
  }
}
