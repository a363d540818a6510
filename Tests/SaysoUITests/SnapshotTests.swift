import SaysoReaderStore
import Testing

@testable import SaysoUI

/// Every view at 80×24 and 40×12: character grid and role grid, compared with Snapshots/.
@Suite struct SnapshotTests {
  static let sizes = [(80, 24), (40, 12)]

  func check(_ name: String, setUp: (Harness) -> Void, store: () -> ReaderStore = { Fixtures.store() }) {
    for (columns, rows) in Self.sizes {
      let harness = Harness(store: store(), columns: columns, rows: rows)
      setUp(harness)
      assertSnapshot(harness.screen, named: "\(name)-\(columns)x\(rows)")
    }
  }

  @Test func library() { check("library") { _ in } }
  @Test func librarySortedAndFiltered() { check("library-filtered") { $0.press("o", "/", "=coast", "Enter") } }
  @Test func reader() { check("reader") { $0.press("Enter") } }
  @Test func readerOnAClaim() { check("reader-claim") { $0.press("Enter", "Tab", "Tab", "Tab") } }
  @Test func readerSearch() { check("reader-search") { $0.press("Enter", "/", "=ruiz", "Enter", "n") } }
  @Test func readerSearchTyping() { check("reader-search-prompt") { $0.press("Enter", "/", "=the co") } }
  @Test func readerBookmarkPrompt() {
    check("reader-bookmark-prompt") { $0.press("Enter", "Tab", "m", "=check the numbers") }
  }
  @Test func readerScripts() { check("reader-scripts") { $0.press("j", "Enter") } }
  @Test func readerScrolledToTheEnd() { check("reader-end") { $0.press("Enter", "G") } }
  @Test func people() { check("people") { $0.press("P") } }
  @Test func claims() { check("claims") { $0.press("C", "j", "j") } }
  @Test func claimsProposalsOnly() { check("claims-proposals") { $0.press("C", "t", "t") } }
  @Test func claimsBySpeaker() { check("claims-by-speaker") { $0.press("P", "Enter") } }
  @Test func searchResults() { check("search") { $0.press("s", "=harbour wall", "Enter") } }
  @Test func help() { check("help") { $0.press("?") } }
  @Test func helpFiltered() { check("help-filtered") { $0.press("?", "/", "=claim") } }

  @Test func bookmarks() {
    check("bookmarks", setUp: { $0.press("B") }, store: Fixtures.storeWithBookmarks)
  }

  @Test func tinyWindows() {
    for (columns, rows) in [(20, 6), (12, 3)] {
      let harness = Harness(columns: columns, rows: rows)
      harness.press("Enter", "Tab")
      assertSnapshot(harness.screen, named: "tiny-\(columns)x\(rows)")
    }
  }
}
