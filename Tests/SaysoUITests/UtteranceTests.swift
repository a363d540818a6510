import SaysoCore
import Testing

@testable import SaysoUI

/// An utterance that a frame splits: each piece highlighted, the frame not; listed once everywhere.
@Suite struct UtteranceTests {
  static let joined = "\"We were ready,\" … \"The third period was ours.\""

  func harness(columns: Int = 80, rows: Int = 24) -> Harness {
    Harness(store: Fixtures.store([Fixtures.rink]), columns: columns, rows: rows)
  }

  @Test func theReaderHighlightsEachPieceAndNotTheFrame() {
    let h = harness().press("Enter")
    #expect(h.screen.roles(of: "We were ready,")?.allSatisfy { $0 == .quote } == true)
    #expect(h.screen.roles(of: "The third period")?.allSatisfy { $0 == .quote } == true)
    #expect(h.screen.roles(of: "coach Marta Lind")?.allSatisfy { $0 == .speaker } == true)
    #expect(h.screen.roles(of: " said after the game. ")?.allSatisfy { $0 == .text } == true)
  }

  @Test func tabVisitsTheUtteranceOnceWithEveryPieceUnderTheCursor() {
    let h = harness().press("Enter", "Tab")
    #expect(h.reader?.focusedClaim == 0)
    #expect(h.status.contains("claim 1/3"))
    #expect(h.screen.roles(of: "We were ready,")?.allSatisfy { $0 == .cursor } == true)
    #expect(h.screen.roles(of: "The third period")?.allSatisfy { $0 == .cursor } == true)
    #expect(h.screen.roles(of: "said after the game.")?.allSatisfy { $0 != .cursor } == true)
    // The panel lists the utterance once.
    #expect(h.screen.contains("▸ quote, direct, 2 pieces — Marta Lind (coach); cue \"said\""))
    #expect(h.screen.contains("¶1 · 1 claim"))
    h.press("Tab")
    #expect(h.reader?.cursorParagraph == 2)
    #expect(h.status.contains("claim 2/3"))
    h.press("S-Tab")
    #expect(h.reader?.focusedClaim == 0)
  }

  @Test func theClaimsListShowsTheUtteranceOnceWithItsPiecesJoined() {
    let h = harness().press("C")
    #expect(h.titleBar.contains("3 claims"))
    #expect(h.screen.contains(Self.joined))
    #expect(!h.screen.contains("said after the game"))
    // Enter opens the reader on the whole utterance.
    h.press("Enter")
    #expect(h.reader?.focusedClaim == 0)
    #expect(h.screen.roles(of: "The third period")?.allSatisfy { $0 == .cursor } == true)
  }

  @Test func aPersonsClaimsListTheUtteranceOnce() {
    let h = harness().press("P")
    #expect(h.screen.contains("Marta Lind"))
    h.press("Enter")
    #expect(h.titleBar.contains("Claims by · Marta Lind · 2 claims"))
    #expect(h.screen.contains(Self.joined))
  }

  @Test func theLibraryCountsTheUtteranceAsOneQuote() {
    let summary = ArticleSummary(Fixtures.rink)
    #expect(summary.quotes == 2)
    #expect(summary.proposals == 1)
  }

  @Test func aBookmarkOnTheUtteranceReopensOnIt() {
    let h = harness().press("Enter", "Tab", "m", "=coach", "Enter", "B", "Enter")
    #expect(h.reader?.focusedClaim == 0)
  }

  @Test func snapshots() {
    for (columns, rows) in SnapshotTests.sizes {
      assertSnapshot(
        harness(columns: columns, rows: rows).press("Enter", "Tab").screen, named: "reader-utterance-\(columns)x\(rows)"
      )
      assertSnapshot(
        harness(columns: columns, rows: rows).press("C").screen, named: "claims-utterance-\(columns)x\(rows)")
    }
  }
}
