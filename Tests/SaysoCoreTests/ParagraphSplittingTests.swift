import XCTest

@testable import SaysoCore

final class ParagraphSplittingTests: XCTestCase {
  func testBlocksSeparatedByBlankLinesKeepTheirLines() {
    let text = "First line\nsame paragraph.\n\nSecond paragraph.\n \t \nThird.\n"
    let article = ArticleReader.parse(text, path: "a.txt")
    XCTAssertEqual(
      article.paragraphs.map(\.text),
      ["First line\nsame paragraph.", "Second paragraph.", "Third."])
    XCTAssertEqual(article.paragraphs.map(\.start), [0, 28, 50])
    assertParagraphsMatchFile(article, text)
  }

  func testTextWithoutBlankLineTakesEachLine() {
    let text = "One sentence here.\nAnother one there.\n   \nThird, after a blank line."
    // A white-space-only line is blank, so this text has blocks.
    XCTAssertEqual(ArticleReader.parse(text, path: "a").paragraphs.count, 2)
    let lines = "One sentence here.\nAnother one there.\nAnd a third one."
    let article = ArticleReader.parse(lines, path: "a")
    XCTAssertEqual(
      article.paragraphs.map(\.text),
      ["One sentence here.", "Another one there.", "And a third one."])
    assertParagraphsMatchFile(article, lines)
  }

  func testTextIsNeverRewrittenOnlyTrimmed() {
    let text =
      "  Two  spaces,\ttab and “curly” quotes…  \n\n\u{00A0}Non-breaking space around\u{00A0}\n"
    let article = ArticleReader.parse(text, path: "a")
    XCTAssertEqual(
      article.paragraphs.map(\.text),
      ["Two  spaces,\ttab and “curly” quotes…", "Non-breaking space around"])
    assertParagraphsMatchFile(article, text)
  }

  func testOffsetsCountUnicodeScalarsLikePython() {
    // Python: s.index("next") == 6: one code point for the emoji, two for e + U+0301.
    let text = "😀 e\u{301}\n\nnext paragraph."
    let article = ArticleReader.parse(text, path: "a")
    XCTAssertEqual(article.paragraphs.map(\.start), [0, 6])
    XCTAssertEqual(article.paragraphs[0].end, 4)
    assertParagraphsMatchFile(article, text)
  }

  func testByteOrderMarkIsScalarZeroAndNotInTheText() {
    let text = "\u{FEFF}Headline without end mark\n\nBody text follows here."
    let article = ArticleReader.parse(text, path: "a")
    XCTAssertEqual(article.paragraphs[0].start, 1)
    XCTAssertEqual(article.paragraphs[0].text, "Headline without end mark")
    assertParagraphsMatchFile(article, text)
  }

  func testCarriageReturnsStayInOffsetsButNeverEndAParagraph() {
    let text = "Title line\r\n\r\nFirst line\r\nsecond line.\r\n\r\nLast.\r\n"
    let article = ArticleReader.parse(text, path: "a")
    XCTAssertEqual(
      article.paragraphs.map(\.text), ["Title line", "First line\r\nsecond line.", "Last."])
    XCTAssertEqual(article.paragraphs.map(\.start), [0, 14, 42])
    assertParagraphsMatchFile(article, text)
  }

  func testAHeadingLineIsAParagraphOfItsOwnInsideABlock() {
    // a live blog's post: its headline, then its text, one line each
    let text =
      "Intro.\n\n8:38PM Roy Says The Budget Is Balanced Again\nAnn Roy was asked to name one.\n"
      + "Tom Reed Hits Roy On Taxes\nTom Reed criticized her.\n\nA list:\n- One Item Here\n- Two Items.\n"
    let article = ArticleReader.parse(text, path: "a.txt")
    XCTAssertEqual(
      article.paragraphs.map(\.text),
      [
        "Intro.", "8:38PM Roy Says The Budget Is Balanced Again", "Ann Roy was asked to name one.",
        "Tom Reed Hits Roy On Taxes", "Tom Reed criticized her.", "A list:\n- One Item Here\n- Two Items.",
      ])
    assertParagraphsMatchFile(article, text)
    // a hard-wrapped paragraph, whose lines end without a full stop, stays whole however capitalised a line is
    let wrapped =
      "Intro.\n\nThe plan was praised on Monday by members of the\nCity Council Finance Committee, Chairwoman Ann\n"
      + "Roy and Vice Chair Tom Reed, who said\nit was sound.\n"
    XCTAssertEqual(ArticleReader.parse(wrapped, path: "a.txt").paragraphs.count, 2)
    // a short line, a byline, is no wrapped line
    let signed = "Intro.\n\nJane Doe\nTom Reed Hints At A Wall\nTom Reed said he would build it.\n"
    XCTAssertEqual(
      ArticleReader.parse(signed, path: "a.txt").paragraphs.map(\.text),
      ["Intro.", "Jane Doe", "Tom Reed Hints At A Wall", "Tom Reed said he would build it."])
  }

  func testWhiteSpaceOnlyTextHasNoParagraphs() {
    XCTAssertTrue(ArticleReader.parse(" \n\t\r\n\u{FEFF}\n", path: "a").paragraphs.isEmpty)
    XCTAssertTrue(ArticleReader.parse("", path: "a").paragraphs.isEmpty)
  }

  func testSplitterRangesOnTheirOwn() {
    let s = Array("A\nB\n\n C \r\n".unicodeScalars)
    XCTAssertEqual(ParagraphSplitter.paragraphRanges(in: s), [0..<3, 6..<7])
    XCTAssertEqual(ParagraphSplitter.lineRanges(in: s), [0..<1, 2..<3, 4..<4, 5..<9])
  }

  func testInvariantHoldsOnMixedInput() {
    let text =
      "\u{FEFF}---\ntitle: T\n---\r\n\r\n  日本語の段落。\r\n\r\n🇺🇦 Flag and ZWJ 👨‍👩‍👧 family.\n\n\n\nA\u{0}B stays\n"
    assertParagraphsMatchFile(ArticleReader.parse(text, path: "a"), text)
  }
}
