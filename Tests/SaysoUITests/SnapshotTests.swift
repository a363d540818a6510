import Testing

@testable import SaysoUI

/// Every view at 80×24 and 40×12: character grid and role grid, compared with Snapshots/.
@Suite struct SnapshotTests {
  static let sizes = [(80, 24), (40, 12)]

  func check(_ name: String, setUp: (Harness) -> Void, bookmarks: BookmarkStore? = nil) {
    for (columns, rows) in Self.sizes {
      let harness = Harness(columns: columns, rows: rows, bookmarks: bookmarks ?? InMemoryBookmarkStore())
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
    let store = InMemoryBookmarkStore([
      BookmarkRecord(
        id: "1", article: "news/harbour.txt", articleTitle: "Harbour plan divides the council", paragraph: 4,
        start: 95, end: 130, excerpt: "\"Nobody has shown us the numbers,\"", note: "ask for the numbers",
        created: "2024-03-03T10:00:00Z"),
      BookmarkRecord(
        id: "2", article: "news/gone.txt", articleTitle: "A deleted article", paragraph: 2, excerpt: "Gone",
        note: "", created: "2024-03-03T10:00:00Z"),
    ])
    check("bookmarks", setUp: { $0.press("B") }, bookmarks: store)
  }

  @Test func tinyWindows() {
    for (columns, rows) in [(20, 6), (12, 3)] {
      let harness = Harness(columns: columns, rows: rows)
      harness.press("Enter", "Tab")
      assertSnapshot(harness.screen, named: "tiny-\(columns)x\(rows)")
    }
  }
}
