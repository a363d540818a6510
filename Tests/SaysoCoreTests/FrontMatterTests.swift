import XCTest

@testable import SaysoCore

final class FrontMatterTests: XCTestCase {
  let text = """
    ---
    title: Bridge reopens after two years of repairs
    source: Example Wire
    date: 2021-03-04
    url: https://example.org/bridge
    license: CC BY 4.0
    ---

    The city's main bridge reopened on Thursday.

    "It was worth the wait," the mayor told reporters.
    """

  func testFrontMatterGivesMetadataAndIsNotAParagraph() {
    let article = ArticleReader.parse(text, path: "x/bridge.txt")
    XCTAssertEqual(article.title, "Bridge reopens after two years of repairs")
    XCTAssertEqual(article.source, "Example Wire")
    XCTAssertEqual(article.date, "2021-03-04")
    XCTAssertEqual(article.url, "https://example.org/bridge")
    XCTAssertEqual(article.paragraphs.count, 2)
    XCTAssertEqual(article.paragraphs[0].text, "The city's main bridge reopened on Thursday.")
    XCTAssertEqual(article.paragraphs[0].role, .body, "the body's first line is not a second title")
    XCTAssertEqual(article.paragraphs[0].index, 0)
    assertParagraphsMatchFile(article, text)
  }

  func testQuotedValuesTimesAndByteOrderMark() {
    let t =
      "\u{FEFF}---\r\nTitle: \"Quoted: with colon\"\r\ndate: 2020-09-30T10:00:00Z\r\n---\r\nBody.\r\n"
    let article = ArticleReader.parse(t, path: "a.md")
    XCTAssertEqual(article.title, "Quoted: with colon")
    XCTAssertEqual(article.date, "2020-09-30")
    XCTAssertEqual(article.paragraphs.map(\.text), ["Body."])
    assertParagraphsMatchFile(article, t)
  }

  func testUnclosedFenceIsPlainText() {
    let t = "---\ntitle: never closed\n\nSome text."
    XCTAssertNil(FrontMatter.read(Array(t.unicodeScalars)))
    XCTAssertEqual(
      ArticleReader.parse(t, path: "a").paragraphs.first?.text, "---\ntitle: never closed")
  }

  func testFrontMatterEndOffset() throws {
    let s = Array("---\na: 1\n---\nrest".unicodeScalars)
    let front = try XCTUnwrap(FrontMatter.read(s))
    XCTAssertEqual(front.fields, ["a": "1"])
    XCTAssertEqual(front.end, 13)
  }

  func testTitleRepeatedInTheBodyIsTheTitleParagraph() {
    let t = "---\ntitle: Same Headline\n---\n\nSame Headline\n\nBody text of the story."
    let article = ArticleReader.parse(t, path: "a")
    XCTAssertEqual(article.paragraphs.map(\.role), [.title, .body])
  }
}
