import XCTest

@testable import SaysoCore

final class MarkdownMarkupTests: XCTestCase {
  /// The text as shown: hidden scalars dropped.
  func shown(_ text: String) -> String {
    let markup = MarkdownMarkup(text)
    var out = String.UnicodeScalarView()
    for (i, c) in text.unicodeScalars.enumerated() where !markup.hides(i) { out.append(c) }
    return String(out)
  }

  func slice(_ text: String, _ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
  }

  func testHeadingsEmphasisLinksAndCode() {
    let text = "## What **really** happened, _in short_, [in full](https://example.org/a \"t\") and `code`"
    XCTAssertEqual(shown(text), "What really happened, in short, in full and code")
    let markup = MarkdownMarkup(text)
    XCTAssertEqual(markup.strong.map { slice(text, $0) }, ["really"])
    XCTAssertEqual(markup.emphasis.map { slice(text, $0) }, ["in short"])
    XCTAssertEqual(markup.links.map { slice(text, $0.range) }, ["in full"])
    XCTAssertEqual(markup.links.map(\.url), ["https://example.org/a"])
    XCTAssertEqual(markup.code.map { slice(text, $0) }, ["code"])
  }

  func testWhatIsNotMarkupStays() {
    for text in [
      "snake_case_name and 2 * 3 * 4", "A # not heading", "#hashtag", "price is 5* (approx.)", "[not a link] (x)",
      "a ** b ** c",
    ] {
      XCTAssertEqual(shown(text), text, text)
    }
    XCTAssertEqual(shown("\\*not emphasis\\*"), "*not emphasis*")
    XCTAssertEqual(shown("see <https://example.org>"), "see https://example.org")
    XCTAssertEqual(shown("![a chart](c.png) here"), "a chart here")
  }

  func testFencedCodeShowsItsLinesOnly() {
    let text = "```swift\nlet x = **1**\n```"
    XCTAssertEqual(shown(text), "let x = **1**")
    XCTAssertEqual(MarkdownMarkup(text).code.map { slice(text, $0) }, ["let x = **1**"])
    XCTAssertEqual(shown("```\nunclosed *a*"), "unclosed *a*")
  }

  func testOnlyMarkdownFilesAreRendered() {
    XCTAssertTrue(MarkdownMarkup.applies(to: Article(path: "library/x/a.md", paragraphs: [])))
    XCTAssertFalse(MarkdownMarkup.applies(to: Article(path: "notes/a.txt", paragraphs: [])))
  }
}
