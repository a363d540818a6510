import SaysoCore
import Testing

@testable import SaysoUI

@Suite struct LayoutTests {
  func lines(_ text: String, _ width: Int) -> [String] {
    TextWrapper.wrap(text, width: width).map { String(text[$0.range]) }
  }

  @Test func wrapsAtSpacesAndKeepsOffsets() {
    let wrapped = TextWrapper.wrap("one two three", width: 7)
    #expect(wrapped.map(\.start) == [0, 8])
    #expect(wrapped.map(\.end) == [7, 13])
    #expect(lines("one two three", 7) == ["one two", "three"])
  }

  @Test func cutsLongWordsAndKeepsIndentation() {
    #expect(lines("abcdefgh", 3) == ["abc", "def", "gh"])
    #expect(lines("  indented text here", 10) == ["  indented", "text here"])
    #expect(lines("", 5) == [""])
    #expect(lines("line\n\nbreaks", 10) == ["line", "", "breaks"])
  }

  @Test func graphemeClustersFillTheirWidthOnTheScreen() {
    let screen = VirtualScreen(columns: 24, rows: 1)
    screen.draw("तुमको क्या 🙏🏽 👩‍👩‍👧 ok", row: 0, column: 0, role: .text)
    // Each cluster in one cell, followed by continuation cells up to its width, as a terminal draws it.
    #expect(screen.cells[0].prefix(4).map(\.text) == ["तु", "म", "को", ""])
    #expect(screen.cells[0][5...7].map(\.text) == ["क्या", "", ""])
    #expect(screen.cells[0][9...10].map(\.text) == ["🙏🏽", ""])
    #expect(screen.cells[0][12...13].map(\.text) == ["👩‍👩‍👧", ""])
    #expect(screen.text == "तुमको क्या 🙏🏽 👩‍👩‍👧 ok")
    #expect(screen.roles(of: "ok") == [.text, .text])
  }

  @Test func wideCharactersCombiningMarksAndEmojiFitTheWidth() {
    for width in 1...12 {
      for text in ["東京の会議は長い会議です", "José e\u{301}e\u{301}e\u{301} café", "tea 🍵 👨‍👩‍👧 🇺🇸 ok", "a\u{200B}b\u{200B}c d"] {
        for line in lines(text, width) {
          #expect(DisplayText.line(line).displayWidth <= max(width, 2), "\(line) at \(width)")
        }
        #expect(lines(text, width).joined().filter { $0 != " " } == text.filter { $0 != " " })
      }
    }
  }

  @Test func controlCharactersAreMeasuredAsTheirPlaceholders() {
    let text = "a\u{1B}[2Jb"
    let wrapped = lines(text, 3)
    #expect(wrapped == ["a\u{1B}[", "2Jb"])
    #expect(DisplayText.line(wrapped[0]) == "a␛[")
    #expect(DisplayText.form(of: "\u{9B}").text == "<U+009B>")
  }

  @Test func widthOfACharacterIsTheWidthOfItsDrawnForm() {
    for c in ["a", " ", "\t", "\n", "\u{1B}", "\u{9B}", "\u{7F}", "é", "e\u{301}", "東", "👍🏽", "👨‍👩‍👧", "\u{200B}", "\r\n"]
      as [Character]
    {
      #expect(DisplayText.width(of: c) == DisplayText.form(of: c).width, "\(c.unicodeScalars.map(\.value))")
    }
  }

  @Test func clippingNeverSplitsAWideCharacter() {
    #expect(DisplayText.clipped("東京東京", toWidth: 5).text == "東京")
    #expect(DisplayText.clipped("東京東京", toWidth: 5, ellipsis: true).text == "東京…")
    #expect(DisplayText.fitted("ab", toWidth: 4, alignRight: true) == "  ab")
  }

  @Test func virtualScreenCellsHoldWideCharactersAndRoles() {
    let screen = VirtualScreen(columns: 6, rows: 1)
    screen.put("a東京bc", row: 0, column: 0, role: .quote)
    #expect(screen.text(ofRow: 0) == "a東京b")
    #expect(screen.roles(ofRow: 0) == "qqqqqq")
    screen.put("x", row: 0, column: 2, role: .text)
    // Drawing over half of 東 blanks its other half.
    #expect(screen.text(ofRow: 0) == "a x京b")
  }

  @Test func hostileTextIsDrawnAsPlaceholders() {
    let h = Harness()
    h.press("j", "Enter", "}", "}")
    #expect(h.screen.contains("␛[2J␛]0;pwned␇"))
    for row in 0..<h.screen.rows {
      #expect(
        !h.screen.text(ofRow: row).unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
  }

  @Test func noRowIsWiderThanTheScreenAtAnySize() {
    for (columns, rows) in [(80, 24), (40, 12), (33, 9), (21, 7), (20, 6)] {
      let h = Harness(columns: columns, rows: rows)
      for keys in [["j", "Enter"], ["Enter", "Tab"], ["P"], ["C"], ["?"], ["j", "Enter", "G"]] {
        h.press("L")
        for key in keys { h.press(key) }
        for row in 0..<rows {
          #expect(h.screen.text(ofRow: row).displayWidth == columns, "row \(row) at \(columns)x\(rows) after \(keys)")
        }
      }
    }
  }

  @Test func speakerMentionsAreFoundAsWholeWordsNearTheClaim() {
    let text = "He said: \"Hello there,\" the Heron keeper said, and he left."
    let span = ArticleMarks.nearest("he", in: text, to: 9..<23)
    let and = text.unicodeScalars.distance(from: text.startIndex, to: text.range(of: "and he")!.lowerBound)
    #expect(span == and + 4..<and + 6)
  }
}

@Suite struct SeedTests {
  @Test func seedsOpenAndEveryClaimCanBeReached() throws {
    let h = Harness(store: Fixtures.store(Fixtures.seeds))
    #expect(h.services.articles.summaries.count == 2)
    h.press("Enter")
    let claims = try #require(h.reader?.claims.count)
    #expect(claims > 0)
    for i in 0..<claims {
      h.press("Tab")
      #expect(h.reader?.focusedClaim == i)
      // The claim is on screen, in the cursor role (past the margin, above the panel).
      let margin = h.reader!.marginWidth(columns: 80)
      let shown = (1..<h.screen.rows - 7).contains { row in
        h.screen.cells[row].dropFirst(margin).contains { $0.role == .cursor }
      }
      #expect(shown, "claim \(i)")
    }
    h.press("P")
    #expect(h.screen.contains("Vladimir Putin"))
  }
}
