import Testing

@testable import SaysoUI

/// Bookmarks in the reader: `e` edits a note, `x` exports, and a passage is bookmarked once.
@Suite struct BookmarkEditTests {
  /// Records what the reader asked to export.
  final class FakeExporter: BookmarkExporter {
    var bases: [String] = []
    func export(toBase base: String) throws -> (files: [String], count: Int) {
      bases.append(base)
      return ([base + ".md", base + ".json"], 2)
    }
  }

  @Test func eEditsTheNoteInAPromptFilledWithIt() throws {
    let h = Harness(store: Fixtures.storeWithBookmarks())
    h.press("B", "e")
    #expect(h.status.hasPrefix("Note (empty removes it): ask for the numbers"))
    h.press("C-w", "=figures", "Enter")
    #expect(h.status.contains("Note saved: ask for the figures"))
    #expect(try h.services.allBookmarks().map(\.note).contains("ask for the figures"))
    #expect((0..<h.screen.rows).contains { h.screen.text(ofRow: $0).contains("ask for the figures") })
    // Esc leaves it as it is; an emptied prompt removes it.
    h.press("e", "=zzz", "Esc")
    #expect(h.status.contains("Note unchanged"))
    h.press("e", "C-u", "Enter")
    #expect(h.status.contains("Note removed"))
    #expect(try h.services.allBookmarks()[0].note == "")
  }

  @Test func aPassageIsBookmarkedOnce() throws {
    let h = Harness(store: Fixtures.storeWithBookmarks())
    // The bookmarked quote, opened from Bookmarks: m says it has a bookmark rather than adding one.
    h.press("B", "Enter", "m")
    #expect(h.app.prompt == nil)
    #expect(h.status.contains("Already bookmarked: ¶4 (ask for the numbers)"))
    let before = try h.services.allBookmarks().count
    // A paragraph: the first m adds it, the second says so.
    h.press("Esc", "}", "m", "=later", "Enter")
    #expect(h.status.contains("Bookmarked ¶5: later"))
    h.press("m")
    #expect(h.status.contains("Already bookmarked: ¶5 (later)"))
    #expect(try h.services.allBookmarks().count == before + 1)
  }

  @Test func xExportsThroughTheExporter() {
    let h = Harness(store: Fixtures.storeWithBookmarks())
    let exporter = FakeExporter()
    h.services.exporter = exporter
    h.press("B", "x")
    #expect(h.status.hasPrefix("Export to (.md and .json): sayso-bookmarks"))
    h.press("C-u", "=/tmp/mine", "Enter")
    #expect(exporter.bases == ["/tmp/mine"])
    #expect(h.status.contains("Exported 2 bookmarks to /tmp/mine.md and /tmp/mine.json"))
    // Without an exporter, x says it cannot.
    let bare = Harness(store: Fixtures.storeWithBookmarks())
    bare.press("B", "x")
    #expect(bare.app.prompt == nil)
    #expect(bare.status.contains("Export failed"))
  }
}
