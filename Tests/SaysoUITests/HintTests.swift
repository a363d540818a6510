import Testing

@testable import SaysoUI

/// The title bar's hints follow the bindings in use, and counts of one are singular.
@Suite struct HintTests {
  @Test func hintsComeFromTheCurrentBindings() {
    #expect(Harness().titleBar.hasSuffix("? help  q back "))
    var keymap = Keymap()
    keymap.bind(.character("q"), to: nil)
    let unbound = Harness(keymap: keymap)
    #expect(!unbound.titleBar.contains("q back"))
    #expect(unbound.titleBar.hasSuffix("? help  h back ") == false)
    #expect(unbound.titleBar.hasSuffix("? help "))
    keymap.bind(.character("x"), to: .quit)
    keymap.bind(.character("?"), to: nil)
    let rebound = Harness(keymap: keymap)
    #expect(rebound.titleBar.hasSuffix("F1 help  x back "))
  }

  @Test func countsOfOneAreSingular() {
    let h = Harness(store: Fixtures.store([Fixtures.harbour]))
    #expect(h.titleBar.contains("Library · 1 article, by"))
    h.press("Enter")
    var headings: [String] = []
    for _ in 0..<8 {
      headings += (0..<h.screen.rows).map { h.screen.text(ofRow: $0) }.filter { $0.contains(" claim") }
      h.press("}")
    }
    #expect(headings.contains { $0.contains(" · 1 claim ·") || $0.hasSuffix(" · 1 claim") })
    #expect(!headings.contains { $0.contains(" 1 claims") })
    #expect(1.counted("file") == "1 file")
    #expect(2.counted("file") == "2 files")
    #expect(1.counted("person", plural: "people") == "1 person")
    let bookmarks = Harness(store: Fixtures.storeWithBookmarks())
    bookmarks.press("B")
    #expect(bookmarks.titleBar.contains("2 bookmarks"))
    bookmarks.press("D", "y")
    #expect(bookmarks.titleBar.contains("1 bookmark") && !bookmarks.titleBar.contains("1 bookmarks"))
  }
}
