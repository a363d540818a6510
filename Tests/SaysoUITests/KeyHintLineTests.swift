import Testing

@testable import SaysoUI

/// The key-hint line above the status line, and the Claims view's detail pane.
@Suite struct KeyHintLineTests {
  func hintRow(_ h: Harness) -> String { h.screen.text(ofRow: h.screen.rows - 2) }

  @Test func eachViewHasAHintLineFromItsBindings() {
    let h = Harness()
    #expect(hintRow(h).hasPrefix(" q quit  Enter read  / filter  o sort  s search all"))
    h.press("Enter")
    #expect(hintRow(h).hasPrefix(" q back  Tab next claim  Enter claims by  / find  : go to ¶  m bookmark"))
    h.press("B")
    #expect(hintRow(h).contains("e edit note  x export  D delete  U undo"))
    h.press("C")
    #expect(hintRow(h).contains("t kind  | pipe"))
    // Rebound and unbound keys show as they are now.
    var keymap = Keymap()
    keymap.bind(.character("/"), to: nil)
    keymap.bind(.character("r"), to: .open)
    keymap.bind(.enter, to: nil)
    let rebound = Harness(keymap: keymap)
    #expect(hintRow(rebound).hasPrefix(" q quit  r read  o sort"))
  }

  @Test func theHintLineCanBeSwitchedOff() throws {
    let h = Harness()
    h.press("H")
    #expect(!hintRow(h).contains("q quit"))
    h.press("H")
    #expect(hintRow(h).contains("q quit"))
    #expect(try Config.parse("hints off\n", file: "config").hints == false)
    #expect(try Config.parse("", file: "config").hints == true)
    #expect(throws: UIError.self) { try Config.parse("hints maybe\n", file: "config") }
    // A short window keeps its rows for the view.
    let short = Harness(rows: 11)
    #expect(!hintRow(short).contains("q quit"))
  }

  @Test func helpDocumentsTheMouse() {
    let h = Harness(rows: 80)
    h.press("?")
    let rows = (0..<h.screen.rows).map { h.screen.text(ofRow: $0) }
    #expect(rows.contains { $0.contains("Mouse (with mouse on in the config)") })
    #expect(rows.contains { $0.contains("wheel") && $0.contains("Scroll three lines") })
    #expect(rows.contains { $0.contains("toggle-hints") })
  }

  @Test func claimsShowTheClaimUnderTheCursorInADetailPane() {
    let h = Harness()
    h.press("C")
    let pane = (h.screen.rows - 6..<h.screen.rows - 2).map { h.screen.text(ofRow: $0) }
    guard let entry = (h.app.page as? ClaimsView)?.selected else {
      Issue.record("no claim selected")
      return
    }
    #expect(pane[0].contains(ClaimDescription.summary(entry.listed)))
    #expect(pane[1].contains(String(entry.text.prefix(20))))
    #expect(pane[3].contains("\(entry.article) ¶\(entry.claim.paragraph) · \(entry.articleTitle)"))
    h.press("j")
    let next = (h.app.page as? ClaimsView)?.selected
    #expect(next != entry)
    #expect(h.screen.text(ofRow: h.screen.rows - 5).contains(String(next?.text.prefix(20) ?? "?")))
  }
}
