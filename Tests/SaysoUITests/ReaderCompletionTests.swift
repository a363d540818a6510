import Foundation
import Testing

@testable import SaysoUI

/// The last pieces of the reader (issue 11): undo that restores a bookmark as it was, `re:` searches,
/// double clicks, and source columns that name the article by its path in the corpus.
@Suite struct ReaderCompletionTests {
  @Test func undoBringsADeletedBookmarkBackWithItsNumberAndPlace() throws {
    let h = Harness()
    h.press("Enter", "}", "m", "=one", "Enter", "}", "m", "=two", "Enter", "}", "m", "=three", "Enter")
    let before = try h.services.allBookmarks()
    #expect(before.map(\.note) == ["one", "two", "three"])
    h.press("B", "j", "D", "y")
    #expect(try h.services.allBookmarks().map(\.note) == ["one", "three"])
    h.press("G", "U")
    #expect(h.status.contains("restored"))
    let after = try h.services.allBookmarks()
    #expect(after.map(\.id) == before.map(\.id))
    #expect(after.map(\.note) == ["one", "two", "three"])
    // The cursor is on it again, in its old place (the second of three).
    #expect((h.app.page as? BookmarksView)?.list.selected?.note == "two")
    #expect(h.app.page.position() == "2/3")
  }

  @Test func slashTakesARegularExpressionAfterRe() throws {
    let h = Harness()
    h.press("Enter", "/", "=numbers", "Enter")
    let numbers = try #require(h.reader?.search?.matches.count)
    h.press("/", "=council", "Enter")
    let council = try #require(h.reader?.search?.matches.count)
    #expect(numbers > 0 && council > 0)
    // Either word, ignoring case; "re:" itself is not searched for.
    h.press("/", "=re:NUMBERS|counc[i]l", "Enter")
    #expect(h.reader?.search?.matches.count == numbers + council)
    #expect(!h.status.contains("Pattern not found"))
    // While the expression is unfinished nothing matches; Enter says why.
    h.press("/", "=re:(numbers")
    #expect(h.reader?.search?.matches.isEmpty == true)
    h.press("Enter")
    #expect(h.status.contains("Not a regular expression: re:(numbers"))
    // The help says how.
    h.press("?", "/", "=regular")
    #expect(h.screen.contains("re:PATTERN"))
  }

  @Test func regularExpressionMatchesAreScalarOffsets() throws {
    // UTF-16 ranges from NSRegularExpression become Unicode scalar offsets, as the model counts.
    let text = "\u{E9} \u{1F469}\u{200D}\u{1F469}\u{200D}\u{1F467} tax, TAX"
    let expression = try NSRegularExpression(pattern: "tax", options: [.caseInsensitive])
    #expect(TextSearch.ranges(of: expression, in: text) == [8..<11, 13..<16])
    #expect(TextSearch.ranges(of: "tax", in: text) == [8..<11, 13..<16])
  }

  @Test func aDoubleClickOpensAListsRowAndIsInTheHelp() {
    let h = Harness()
    h.app.mouseEnabled = true
    h.send(.mouse(MouseEvent(kind: .doubleClick, row: 4, column: 5)))
    #expect(h.reader?.analysis.article.title == "Ferry timetable")
    // In the reader it is a click: the paragraph is chosen, nothing opens.
    h.send(.mouse(MouseEvent(kind: .doubleClick, row: 2, column: 5)))
    #expect(h.reader?.analysis.article.title == "Ferry timetable")
    h.press("?", "/", "=double")
    #expect(h.screen.contains("double-click"))
    #expect(h.screen.contains("Open the row, as Enter does"))
  }

  @Test func sourceColumnsKeepTheParagraphNumberAndThePathInTheCorpus() {
    // The path relative to the corpus root, then ¶N; too long, the path loses its start.
    #expect(ClaimDescription.source(article: "business/001.txt", paragraph: 2) == "business/001.txt ¶2")
    #expect(ClaimDescription.source(article: "business/001.txt", paragraph: 12, width: 14) == "…s/001.txt ¶12")
    #expect(ClaimDescription.source(article: "a/b.txt", paragraph: 3, width: 24) == "a/b.txt ¶3")
    #expect(ClaimDescription.source(article: "東京/会議.txt", paragraph: 3, width: 10) == "…議.txt ¶3")
    // In the Claims view at 40 columns the source column is 12 wide: the ¶ number stays.
    let h = Harness(columns: 40, rows: 24)
    h.press("C")
    #expect(h.screen.contains("…bour.txt ¶"))
    #expect(!h.screen.contains("harbour ¶"))
  }
}
