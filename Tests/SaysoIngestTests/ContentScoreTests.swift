import Foundation
import XCTest

@testable import SaysoIngest

/// The rules that find the article's elements in a page (`ContentScore`) and what the collector leaves
/// out (`Boilerplate`), each on a made-up page.
final class ContentScoreTests: XCTestCase {
  static let story = [
    "The ferry company said on Monday that it would add a second boat to the island route next summer.",
    "Islanders have asked for more crossings for years, and queues at the pier were long again in August.",
    "The new boat, bought from a Norwegian operator, carries 40 cars and 300 passengers, the company said.",
    "Fares will not rise, the company's director, Ruth Hale, told a meeting in the village hall on Sunday.",
    "The council welcomed the news but said the pier itself needed repairs before the boat could dock there.",
    "Work on the pier is due to start in March, and the council has set aside money for it in its budget.",
  ]

  func paragraphs(_ body: String) -> [String] {
    MainText.paragraphs(in: HTMLParser.parse(Data("<html><body>\(body)</body></html>".utf8))!)
  }

  func testArticleCutIntoManySectionsIsKeptWhole() {
    // One box per two paragraphs, as some news sites lay out a story between adverts.
    let sections = stride(from: 0, to: 6, by: 2).map {
      "<div class=\"column\"><div><p>\(Self.story[$0])</p><p>\(Self.story[$0 + 1])</p></div></div>"
    }
    let html =
      "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><main><article><section>"
      + sections.joined(separator: "<div class=\"ad\">Advertisement</div>")
      + "</section></article></main><footer><p>Copyright and terms of use of the Island News site.</p></footer>"
    XCTAssertEqual(paragraphs(html), Self.story)
  }

  func testLeadParagraphBesideTheBodyBoxIsKept() {
    let lead = "A second ferry will sail to the island from next summer, the company said on Monday morning."
    let body = Self.story.map { "<p>\($0)</p>" }.joined()
    let html = "<div class=\"story\"><p>\(lead)</p><div class=\"story-body\">\(body)</div>"
      + "<p><a href=\"/more\">More stories about the island and its ferries</a></p></div>"
    XCTAssertEqual(paragraphs(html), [lead] + Self.story)
  }

  func testFurnitureBoxHoldingMostOfThePageIsKept() {
    // A layout whose article column is classed "sidebar-right" (a panel layout's name), inside a
    // Blogger-style "widget", with a real sidebar beside it.
    let body = Self.story.map { "<p>\($0)</p>" }.joined()
    let html =
      "<div class=\"widget Blog\"><div class=\"panel-two-col-sidebar-right\"><div class=\"post\">\(body)</div>"
      + "<div class=\"sidebar\"><p>Our newsletter brings the island's news to you every Friday, free.</p></div>"
      + "</div></div>"
    XCTAssertEqual(paragraphs(html), Self.story)
  }

  func testPageWrappedInAFormIsRead() {
    let html = "<form action=\"/post\"><div id=\"content\">\(Self.story.map { "<p>\($0)</p>" }.joined())</div>"
      + "<input type=\"hidden\" value=\"x\"></form>"
    XCTAssertEqual(paragraphs(html), Self.story)
  }

  func testElementsHiddenByStyleAreDropped() {
    let html = "<article>\(Self.story.map { "<p>\($0)</p>" }.joined())"
      + "<div style=\"display: none\"><p>A hidden paragraph that the reader never sees on the page, at all.</p></div>"
      + "<p style=\"visibility:hidden\">Another paragraph the page hides, with its style attribute, too.</p></article>"
    XCTAssertEqual(paragraphs(html), Self.story)
  }

  func testChineseParagraphsWithoutSpacesAreKept() {
    let chinese = [
      "渡轮公司星期一表示，明年夏天将在通往岛屿的航线上增加第二艘船。",
      "多年来，岛民一直要求增加班次，八月份码头的队伍又排得很长。",
      "新船可载四十辆汽车和三百名乘客，公司负责人在村民大会上说。",
    ]
    let html = "<div class=\"menu\"><a href=\"/\">首页</a></div><div class=\"article\">"
      + chinese.map { "<p>\($0)</p>" }.joined() + "</div>"
    XCTAssertEqual(paragraphs(html), chinese)
  }

  func testPageWithoutProseIsReadWhole() {
    // Nothing reads as a paragraph of 25 characters: the page's short lines are all there is.
    XCTAssertEqual(paragraphs("<div><p>Ferry times.</p><p>Pier closed.</p></div>"), ["Ferry times.", "Pier closed."])
  }

  func testSectionWhoseIdIsAHeadingSlugIsNotFurniture() {
    // "sharing" is a furniture word, but this id is the slug of the section's heading.
    let html = "<article><div class=\"section\" id=\"sharing-with-a-single-developer\"><h2>Sharing</h2>"
      + Self.story.map { "<p>\($0)</p>" }.joined() + "</div></article>"
    XCTAssertEqual(paragraphs(html), ["## Sharing"] + Self.story)
  }

  func testReadMoreBoxOfAPaywallIsArticleText() {
    let html = "<div class=\"story-body\"><p>\(Self.story[0])</p><div id=\"read-more\"><div id=\"read-more-content\">"
      + Self.story.dropFirst().map { "<p>\($0)</p>" }.joined() + "</div></div></div>"
    XCTAssertEqual(paragraphs(html), Self.story)
  }

  func testStrictPassThatFindsLittleIsRetriedKeepingLargeFurniture() {
    // The article sits in a <header> (a site's whole page): dropped on the first pass, which then
    // finds only the short note outside it.
    let note = "<div class=\"note\"><p>Island News is published every Friday by the island's council.</p></div>"
    let html = "<header><div class=\"entry\">\(Self.story.map { "<p>\($0)</p>" }.joined())</div></header>" + note
    XCTAssertEqual(paragraphs(html), Self.story)
  }

  func testStreamOfLinkedTeasersBesideTheArticleIsLeftOut() {
    // Each card is one link: the stream's score is scaled down by its link density, so it is no
    // sibling worth keeping, although its teasers are long and have commas.
    let teasers = (0..<8).map {
      "<div class=\"card\"><a href=\"/s\($0)\"><h3>Other story number \($0)</h3>"
        + "<p>A teaser for another story, with a comma, and some words to make it long, number \($0).</p></a></div>"
    }.joined()
    let html = "<div class=\"page\"><div class=\"article-body\">\(Self.story.map { "<p>\($0)</p>" }.joined())</div>"
      + "<div class=\"stream\">\(teasers)</div></div>"
    XCTAssertEqual(paragraphs(html), Self.story)
  }

  func testPostWhoseClassListsItsTagsIsNotFurniture() {
    // WordPress lists the post's terms as classes: "tags" and "social" here name topics, not boxes.
    let html = "<div id=\"post-7\" class=\"post-7 post type-post hentry custom_tags-social-media tag-share\">"
      + Self.story.map { "<p>\($0)</p>" }.joined() + "</div><div class=\"tags\"><a href=\"/t\">Ferries</a></div>"
    XCTAssertEqual(paragraphs(html), Self.story)
  }

  func testClassWeight() {
    XCTAssertEqual(ContentScore.classWeight(HTMLElement(name: "div", attributes: ["class": "entry-content"])), 25)
    XCTAssertEqual(ContentScore.classWeight(HTMLElement(name: "div", attributes: ["id": "comments"])), -25)
    XCTAssertEqual(
      ContentScore.classWeight(HTMLElement(name: "div", attributes: ["class": "post", "id": "sidebar"])), 0)
  }
}
