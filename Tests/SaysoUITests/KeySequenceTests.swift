import Foundation
import Testing

@testable import SaysoUI

@Suite struct NavigationTests {
  @Test func libraryListsArticlesNewestFirstAndOpensOne() {
    let h = Harness()
    #expect(h.screen.text(ofRow: 2).contains("Harbour plan divides the council"))
    #expect(h.screen.text(ofRow: 3).contains("Tokyo talks"))
    h.press("j", "j", "k", "Enter")
    #expect(h.reader?.analysis.article.path == "news/scripts.md")
    #expect(h.titleBar.contains("Reader"))
  }

  @Test func linesPagesAndEnds() throws {
    let h = Harness(columns: 40, rows: 12)
    h.press("Enter")
    #expect(h.reader?.top == 0)
    h.press("j", "j", "j", "k")
    #expect(h.reader?.top == 2)
    h.press("G")
    let bottom = try #require(h.reader?.top)
    #expect(bottom > 10)
    #expect(h.reader?.cursorParagraph == 7)
    #expect(h.screen.contains("The council will vote next month."))
    h.press("Space")
    #expect(h.reader?.top == bottom)
    h.press("g")
    #expect(h.reader?.top == 0)
    h.press("Space")
    #expect(h.reader?.top ?? 0 > 0)
    h.press("b")
    #expect(h.reader?.top == 0)
  }

  @Test func paragraphMovesKeepTheCursorOnScreen() {
    let h = Harness(columns: 40, rows: 12)
    h.press("Enter", "}", "}", "}")
    #expect(h.reader?.cursorParagraph == 3)
    #expect(h.screen.contains("Costs and doubts"))
    #expect(h.screen.roles(of: "3")?.first == .cursor)
    h.press("{")
    #expect(h.reader?.cursorParagraph == 2)
  }

  @Test func tabGoesFromClaimToClaimAndShowsItInThePanel() throws {
    let h = Harness()
    h.press("Enter", "Tab")
    // Claims are in reading order: the proposal in ¶2 starts before the quote.
    #expect(h.reader?.focusedClaim == 0)
    #expect(h.screen.roles(of: "to rebuild the old harbour wall")?.allSatisfy { $0 == .cursor } == true)
    #expect(h.screen.contains("▸ proposal — Ana Ruiz as \"The mayor\" (Mayor); cue \"proposed\""))
    #expect(h.status.contains("claim 1/8"))
    h.press("Tab", "Tab", "Tab")
    #expect(h.reader?.focusedClaim == 3)
    #expect(h.reader?.cursorParagraph == 4)
    h.press("S-Tab")
    #expect(h.reader?.focusedClaim == 2)
    h.press("S-Tab", "S-Tab", "S-Tab")
    #expect(h.reader?.focusedClaim == 7)
    #expect(h.status.contains("Back to the last claim"))
  }

  @Test func highlightsQuotesSpeakersAndProposals() {
    let h = Harness()
    h.press("Enter")
    #expect(h.screen.roles(of: "We cannot wait another year")?.allSatisfy { $0 == .quote } == true)
    #expect(h.screen.roles(of: "Mayor Ana Ruiz")?.allSatisfy { $0 == .speaker } == true)
    #expect(h.screen.roles(of: "to rebuild the old harbour wall")?.allSatisfy { $0 == .proposal } == true)
    #expect(h.screen.roles(of: "Costs and doubts")?.allSatisfy { $0 == .heading } == true)
    #expect(h.screen.roles(of: "Harbour plan divides", fromRow: 1)?.allSatisfy { $0 == .title } == true)
    #expect(h.screen.roles(of: "Published: March 2, 2024")?.allSatisfy { $0 == .dim } == true)
  }

  @Test func enterOnAClaimListsTheSpeakersClaims() {
    let h = Harness()
    h.press("Enter", "Tab", "Enter")
    #expect(h.titleBar.contains("Claims by · Ana Ruiz · 4 claims"))
  }

  @Test func unboundKeysWarnInsteadOfActing() {
    let h = Harness()
    h.press("z")
    #expect(h.status.contains("z is not bound to anything"))
  }

  @Test func reboundKeysFollowTheConfig() throws {
    let config = try Config.parse("bind x quit-now\nunbind j\nbind C-j down\n", file: "config")
    let h = Harness(keymap: config.keymap)
    h.press("j")
    #expect(h.status.contains("j is not bound"))
    h.press("C-j")
    #expect(h.screen.roles(of: "Tokyo talks")?.first == .selection)
    h.press("x")
    #expect(h.app.done)
  }

  @Test func resizeRewrapsAndKeepsTheReadingPosition() throws {
    let h = Harness(columns: 40, rows: 12)
    h.press("Enter", "d", "d", "d", "j")
    let before = try #require(h.reader?.anchor)
    #expect(before.paragraph > 1)
    let text = Fixtures.harbour.article.paragraphs[before.paragraph].text
    let words = String(text.unicodeScalars.dropFirst(before.offset).prefix(12))
    func showsTheAnchor() -> Bool {
      let row = h.screen.text(ofRow: 1)
      return words.isEmpty ? row.trimmingCharacters(in: .whitespaces).isEmpty : row.contains(words)
    }
    #expect(showsTheAnchor())
    for (columns, rows) in [(50, 12), (120, 40), (20, 6), (10, 3), (33, 20), (40, 12)] {
      h.resize(columns: columns, rows: rows)
      #expect(h.reader?.anchor == before, "\(columns)x\(rows)")
    }
    #expect(showsTheAnchor())
  }

  @Test func readingPositionIsSavedAndRestored() throws {
    let h = Harness(columns: 40, rows: 12)
    h.press("Enter", "d", "d", "d", "j")
    let position = try #require(h.reader?.anchor)
    h.press("q")
    #expect(h.services.positions.position(forArticle: "news/harbour.txt") == position)
    h.press("Enter")
    #expect(h.reader?.anchor == position)
  }

  @Test func peopleNameTheirArticles() {
    let h = Harness()
    h.press("P")
    #expect(h.screen.contains("Quoted in 1 article"))
    #expect(h.screen.contains("Harbour plan divides the council"))
    h.press("G")
    #expect(h.screen.contains("東京の会議 — Tokyo talks"))
  }

  @Test func theMouseWorksOnlyWhenEnabled() {
    let h = Harness()
    h.press("Enter")
    h.send(.mouse(MouseEvent(kind: .wheelDown, row: 5, column: 5)))
    #expect(h.reader?.top == 0)
    h.app.mouseEnabled = true
    h.send(.mouse(MouseEvent(kind: .wheelDown, row: 5, column: 5)))
    #expect(h.reader?.top == 3)
    h.send(.mouse(MouseEvent(kind: .wheelUp, row: 5, column: 5)))
    #expect(h.reader?.top == 0)
    h.press("L")
    h.send(.mouse(MouseEvent(kind: .click, row: 4, column: 5)))
    #expect(h.screen.roles(of: "Ferry timetable")?.first == .selection)
  }

  @Test func themesCycleLive() {
    let h = Harness()
    #expect(h.app.theme?.name == "default")
    h.press("T")
    #expect(h.app.theme?.name == "light")
    #expect(h.status.contains("Theme: light"))
  }
}

@Suite struct HistoryTests {
  @Test func claimJumpsAndBackAndForward() throws {
    let h = Harness()
    h.press("C", "j", "j", "j")
    #expect(h.screen.roles(of: "Nobody has shown us the numbers")?.first == .selection)
    h.press("Enter")
    let reader = try #require(h.reader)
    #expect(reader.cursorParagraph == 4)
    #expect(h.screen.roles(of: "Nobody has shown")?.allSatisfy { $0 == .cursor } == true)
    h.press("h")
    #expect(h.titleBar.contains("Claims"))
    #expect(h.screen.roles(of: "Nobody has shown us the numbers")?.first == .selection)
    h.press("l")
    #expect(h.reader?.cursorParagraph == 4)
    h.press("Left", "Left")
    #expect(h.titleBar.contains("Library"))
    h.press("h")
    #expect(h.status.contains("first view"))
    h.press("Right", "Right")
    #expect(h.reader != nil)
  }

  @Test func openingANewViewDropsTheForwardHistory() {
    let h = Harness()
    h.press("C", "Enter", "h", "P")
    #expect(h.titleBar.contains("People"))
    h.press("l")
    #expect(h.status.contains("Nothing to go forward to"))
  }

  @Test func qGoesBackThenQuits() {
    let h = Harness()
    h.press("Enter", "P", "q")
    #expect(h.reader != nil)
    h.press("q")
    #expect(h.titleBar.contains("Library"))
    #expect(!h.app.done)
    h.press("q")
    #expect(h.app.done)
  }

  @Test func escapeCancelsPromptsAndHighlights() {
    let h = Harness()
    h.press("Enter", "Tab", "/", "=ruiz", "Esc")
    #expect(h.status.trimmingCharacters(in: .whitespaces).hasPrefix("claim"))
    h.press("Esc")
    #expect(h.reader?.focusedClaim == nil)
  }
}

@Suite struct SearchTests {
  @Test func searchInTheArticleIsIncrementalWithCount() throws {
    // Rows enough for both matches on screen, under the key-hint line.
    let h = Harness(rows: 26)
    h.press("Enter", "/", "=ru")
    #expect(h.screen.roles(of: "Ru")?.first == .cursor)
    h.press("=iz")
    #expect(h.status.contains("/ruiz"))
    h.press("Enter")
    #expect(h.status.contains("1/2"))
    #expect(h.screen.roles(of: "Ruiz")?.allSatisfy { $0 == .cursor } == true)
    h.press("n")
    #expect(h.status.contains("2/2"))
    #expect(h.screen.roles(of: "Ruiz")?.allSatisfy { $0 == .searchMatch } == true)
    h.press("n")
    #expect(h.status.contains("1/2"))
    #expect(h.status.contains("continuing at top"))
    h.press("N")
    #expect(h.status.contains("2/2"))
    #expect(h.status.contains("continuing at bottom"))
  }

  @Test func searchNotFoundSaysSo() {
    let h = Harness()
    h.press("Enter", "/", "=zebra", "Enter")
    #expect(h.status.contains("Pattern not found"))
    h.press("n")
    #expect(h.status.contains("Pattern not found"))
  }

  @Test func cancellingASearchGoesBackToWhereItStarted() {
    let h = Harness(columns: 40, rows: 12)
    h.press("Enter", "/", "=vote", "Esc")
    #expect(h.reader?.top == 0)
  }

  @Test func globalSearchListsMarkedSnippetsAndOpensTheParagraph() throws {
    let h = Harness()
    h.press("s", "=harbour wall", "Enter")
    #expect(h.titleBar.contains("\"harbour wall\" · 1 result"))
    #expect(h.screen.contains("news/harbour.txt ¶2"))
    #expect(h.screen.roles(of: "wall", fromRow: 1)?.allSatisfy { $0 == .searchMatch } == true)
    h.press("Enter")
    #expect(h.reader?.cursorParagraph == 2)
    #expect(h.status.contains("1/1"))  // the phrase the index matched, highlighted in the paragraph
  }

  @Test func globalSearchGivesTheTotalOfACappedList() throws {
    let h = Harness()
    let total = try h.services.search.search("the", limit: 100).count
    #expect(total > 2)
    h.app.globalSearchLimit = 2
    h.press("s", "=the", "Enter")
    #expect(h.titleBar.contains("\"the\" · 2 of \(total) results"))
    let view = SearchResultsView(query: "war", hits: [], total: 9221)
    #expect(view.subtitle == "\"war\" · 0 of 9221 results")
    #expect(SearchResultsView(query: "war", hits: []).subtitle == "\"war\" · 0 results")
  }

  @Test func globalSearchTakesTheLibrarysQuerySyntax() throws {
    let search = Fixtures.store().services.search
    #expect(try search.search("ruiz \"public meeting\"", limit: 10).map(\.paragraph) == [6])
    #expect(try search.search("ruiz -budgets", limit: 10).map(\.paragraph) == [2])
    #expect(try search.search("Jose", limit: 10).map(\.paragraph) == [1])  // accents ignored
    #expect(try search.search("speaker:Berg numbers", limit: 10).map(\.paragraph) == [4])  // a field
    #expect(try search.search("propose", limit: 10).map(\.paragraph) == [2])  // stems: "proposed"
    #expect(throws: (any Error).self) { try search.search("(ruiz", limit: 10) }
  }

  @Test func listFilterNarrowsAsYouType() {
    let h = Harness()
    h.press("P", "/", "=berg")
    #expect(h.screen.contains("Tom Berg"))
    #expect(!h.screen.contains("Ana Ruiz"))
    h.press("Esc")
    #expect(h.screen.contains("Ana Ruiz"))
  }
}

@Suite struct BookmarkTests {
  @Test func bookmarkAClaimWithANoteListJumpDeleteUndo() throws {
    let h = Harness()
    let store = h.services.bookmarks
    h.press("Enter", "Tab", "Tab", "Tab", "Tab", "m", "=check the numbers", "Enter")
    #expect(h.status.contains("Bookmarked ¶4: check the numbers"))
    let saved = try store.bookmarks()
    #expect(saved.count == 1)
    #expect(saved[0].note == "check the numbers")
    #expect(saved[0].excerpt == "\"Nobody has shown us the numbers,\"")
    #expect(h.screen.roles(of: "•") == [.bookmark])

    h.press("B")
    #expect(h.screen.contains("news/harbour.txt ¶4  check the numbers"))
    h.press("Enter")
    #expect(h.reader?.focusedClaim == 3)
    h.press("h", "D")
    #expect(h.status.contains("Delete bookmark \"check the numbers\"? (y/n)"))
    h.press("n")
    #expect(try store.bookmarks().count == 1)
    h.press("D", "y")
    #expect(try store.bookmarks().isEmpty)
    #expect(h.status.contains("U undoes"))
    h.press("U")
    #expect(try store.bookmarks().count == 1)
  }

  @Test func bookmarkAParagraphWithoutNote() throws {
    let h = Harness()
    let store = h.services.bookmarks
    h.press("Enter", "}", "m", "Enter")
    #expect(try store.bookmarks().first?.paragraph == 1)
    #expect(try store.bookmarks().first?.start == nil)
    h.press("}", "m", "Esc")
    #expect(try store.bookmarks().count == 1)
    #expect(h.status.contains("cancelled"))
  }

  @Test func bookmarksFollowMovedTextAndOrphansAreKept() throws {
    // The store found the passage in another paragraph, and lost the deleted article's.
    let h = Harness(store: Fixtures.storeWithBookmarks())
    let saved = try h.services.allBookmarks()
    #expect(saved.map(\.status) == [.exact, .orphaned])
    h.press("B", "j", "Enter")
    #expect(h.status.contains("orphan"))
    h.press("k", "Enter")
    #expect(h.reader?.cursorParagraph == 4)
  }
}
