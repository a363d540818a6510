import SaysoCore
import Testing

@testable import SaysoUI

/// Article text wraps at the reading width (100 columns unless the config says otherwise), left-aligned
/// after the paragraph numbers; `width 0` wraps at the window's width.
@Suite struct ReadingWidthTests {
  /// The harbour article's long ¶2.
  let paragraph = Fixtures.harbour.article.paragraphs[2].text

  /// The screen rows showing ¶2 of the harbour article, right-trimmed.
  func rowsOfParagraphTwo(_ h: Harness) throws -> [String] {
    let rows = (0..<h.screen.rows).map { h.screen.text(ofRow: $0) }
    let first = try #require(rows.firstIndex { $0.contains("PORTLAND") })
    let last = try #require(rows[first...].firstIndex { $0.contains("help.") })
    return rows[first...last].map { String($0.reversed().drop { $0 == " " }.reversed()) }
  }

  @Test func textWrapsAtOneHundredColumnsOnAWideScreen() throws {
    let h = Harness(store: Fixtures.store([Fixtures.harbour]), columns: 160, rows: 30)
    h.press("Enter")
    #expect(h.reader?.textWidth == 100)
    let rows = try rowsOfParagraphTwo(h)
    let expected = TextWrapper.wrap(paragraph, width: 100).map { String(paragraph[$0.range]) }
    #expect(rows.count == expected.count)
    #expect(rows.count == 2)
    // The margin is four columns (" 2" and two spaces), then the text, left-aligned.
    #expect(rows[0] == " 2  " + expected[0])
    #expect(rows.dropFirst().map { String($0.dropFirst(4)) } == Array(expected.dropFirst()))
    #expect(rows.allSatisfy { $0.count <= 4 + 100 })
    #expect(rows[0].count > 4 + 90, "wrapped near 100, not narrower")
    // The title bar and the panel still take the whole window.
    #expect(h.titleBar.count == 160)
  }

  @Test func widthZeroWrapsAtTheWindow() throws {
    let h = Harness(store: Fixtures.store([Fixtures.harbour]), columns: 160, rows: 30, readingWidth: 0)
    h.press("Enter")
    #expect(h.reader?.textWidth == 160 - 4 - 1)
    let rows = try rowsOfParagraphTwo(h)
    let expected = TextWrapper.wrap(paragraph, width: 155).map { String(paragraph[$0.range]) }
    #expect(rows.count == expected.count)
    #expect(rows[0] == " 2  " + expected[0])
    #expect(rows[0].count > 4 + 100)
  }

  @Test func aNarrowWindowWrapsAtItsWidthAndASetWidthIsKept() throws {
    let narrow = Harness(store: Fixtures.store([Fixtures.harbour]), columns: 80, rows: 24)
    narrow.press("Enter")
    #expect(narrow.reader?.textWidth == 80 - 4 - 1)
    let set = Harness(store: Fixtures.store([Fixtures.harbour]), columns: 160, rows: 30, readingWidth: 60)
    set.press("Enter")
    #expect(set.reader?.textWidth == 60)
    #expect(try rowsOfParagraphTwo(set).allSatisfy { $0.count <= 4 + 60 })
    // Resizing below the reading width wraps at the window, and back at the reading width after.
    set.resize(columns: 50, rows: 30)
    #expect(set.reader?.textWidth == 50 - 4 - 1)
    set.resize(columns: 160, rows: 30)
    #expect(set.reader?.textWidth == 60)
  }

  @Test func theConfigSetsTheWidth() throws {
    #expect(try Config.parse("", file: "c").width == 100)
    #expect(try Config.parse("width 72\n", file: "c").width == 72)
    #expect(try Config.parse("width 0  # the window\n", file: "c").width == 0)
    #expect(Config().width == Config.defaultWidth)
    for bad in ["width", "width -3", "width wide", "width 80 90", "width ٨٠"] {
      #expect(throws: UIError.malformedLine(file: "c", line: 1, bad)) { try Config.parse(bad, file: "c") }
    }
  }
}
