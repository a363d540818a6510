import Foundation
import XCTest

@testable import SaysoIngest

/// Rules of main-text extraction added for real pages that lost their article (issue #12), each on
/// a made-up page: the article's lead beside its core, class names that say what a box holds, NUL
/// bytes, text kept only in `<noscript>`, pages of a line or two.
final class ExtractionRulesTests: XCTestCase {
  let story = ContentScoreTests.story

  func paragraphs(_ body: String) -> [String] {
    MainText.paragraphs(in: HTMLParser.parse(Data("<html><body>\(body)</body></html>".utf8))!)
  }

  func testLeadBeforeTheCoreInBoxesOfItsOwnIsKept() {
    // The core is the box after "Read more"; the lead (in an intro box) and the first paragraphs
    // sit two levels above it, before it in the page.
    let lead = "A second ferry will sail to the island from next summer, the company said on Monday."
    let opening = story.prefix(2).map { "<p>\($0)</p>" }.joined()
    let rest = story.dropFirst(2).map { "<p>\($0)</p>" }.joined()
    let html =
      "<div class=\"wrap\"><h1>Second ferry</h1><div class=\"intro\"><p>\(lead)</p></div>\(opening)"
      + "<div id=\"more\"><div class=\"more-link\"><a href=\"#\">Read more</a></div><div id=\"more-text\">"
      + "\(rest)</div></div>"
      + "<div class=\"note\"><p>Jane Doe reports on the islands and their ferries for the Gazette, weekly.</p></div>"
      + "</div>"
    XCTAssertEqual(paragraphs(html), [lead] + story)
  }

  func testFirstPartOfAPostCutByARuleIsKept() {
    // Two sections of one post, the first shorter; its heading goes with it.
    let first = story.prefix(2).map { "<p>\($0)</p>" }.joined()
    let second = story.dropFirst(2).map { "<p>\($0)</p>" }.joined()
    let html =
      "<article><div><section class=\"a\"><div><h2>The new boat</h2>\(first)</div></section><hr>"
      + "<section class=\"b\"><div>\(second)</div></section></div></article>"
    XCTAssertEqual(paragraphs(html), ["## The new boat"] + story)
  }

  func testCopyrightLineBeforeTheArticleIsNoProse() {
    let html =
      "<div class=\"x\"><div class=\"w\"><p>© 2026 Island News. All rights reserved, in every island.</p></div>"
      + "<div class=\"y\"><div class=\"z\">\(story.map { "<p>\($0)</p>" }.joined())</div></div></div>"
    XCTAssertEqual(paragraphs(html), story)
  }

  func testClassNameSayingWhatABoxHoldsIsNoFurniture() {
    // `has-ads`, `with-sidebar`: the box has adverts or a sidebar beside its text; it is none.
    for name in ["o-section--has-ads", "layout-with-sidebar", "page-no-comments"] {
      XCTAssertEqual(Boilerplate.verdict(HTMLElement(name: "section", attributes: ["class": name])), .content, name)
    }
    XCTAssertEqual(Boilerplate.verdict(HTMLElement(name: "div", attributes: ["class": "ads"])), .furniture)
    XCTAssertEqual(Boilerplate.verdict(HTMLElement(name: "div", attributes: ["class": "section-ads"])), .furniture)
    let html =
      "<section class=\"intro o-section--has-ads\"><div class=\"copy\">"
      + story.map { "<p>\($0)</p>" }.joined() + "</div></section>"
    XCTAssertEqual(paragraphs(html), story)
  }

  func testPrintInAClassNameIsNoFurniture() {
    // A recipe's or a tip's steps are often classed for printing (`tip-print-step`).
    let html = "<div class=\"tip-print-step\">\(story.map { "<p>\($0)</p>" }.joined())</div>"
    XCTAssertEqual(paragraphs(html), story)
  }

  func testNULBytesDoNotEndThePage() throws {
    var bytes = Data("<html><body><div><img src=\"a.gif\">".utf8)
    bytes.append(contentsOf: [0, 0, 0])
    bytes.append(
      contentsOf: Array("</div><article>\(story.map { "<p>\($0)</p>" }.joined())</article></body></html>".utf8))
    let entry = try WebPage.entry(bytes, address: "nul.html")
    XCTAssertEqual(entry.paragraphs, story)
  }

  func testArticleOnlyInNoscriptIsReadWhenNothingElseIs() {
    // A blog that draws its posts with script and gives the text in <noscript>, inside a widget.
    let html =
      "<div class=\"widget Blog\"><div class=\"post\"><noscript>"
      + story.map { "<p>\($0)</p>" }.joined() + "</noscript></div></div>"
    XCTAssertEqual(paragraphs(html), story)
    // Where the page has text of its own, <noscript> stays unread.
    let both =
      "<article>\(story.map { "<p>\($0)</p>" }.joined())</article>"
      + "<noscript><p>Please turn on JavaScript to see the comments on this story, and to write one.</p></noscript>"
    XCTAssertEqual(paragraphs(both), story)
  }

  func testPageOfAShortLineOrOneLinkIsReadNotRefused() {
    XCTAssertEqual(paragraphs("Test"), ["Test"])
    XCTAssertEqual(paragraphs("<a href=\"/x\"><p>abc</p><p>def</p>ghi</a>"), ["abc def ghi"])
    XCTAssertEqual(paragraphs("<nav><a href=\"/\">Home</a></nav>"), [])
  }
}
