import Foundation
import XCTest

@testable import SaysoIngest

final class FeedParserTests: XCTestCase {
  func testRSSWithFullContent() throws {
    let feed = try FeedParser.parse(Data(Fixtures.rss(items: [("a1", "Port reopens")]).utf8), address: "rss")
    XCTAssertEqual(feed.title, "Harbour Daily")
    XCTAssertEqual(feed.items.count, 1)
    let item = feed.items[0]
    XCTAssertEqual(item.guid, "a1")
    XCTAssertEqual(item.link, "https://news.invalid/a1")
    XCTAssertEqual(item.date, "2026-12-01")
    XCTAssertEqual(item.author, "Ana Lima")
    XCTAssertTrue(item.hasFullText)
    XCTAssertEqual(
      FeedEntries.paragraphs(ofFragment: item.content!, title: item.title).first,
      "The first paragraph of Port reopens, told in full in the feed itself.")
  }

  func testAtomWithSummaryOnly() throws {
    let feed = try FeedParser.parse(Data(Fixtures.atom(pageURL: "http://x.invalid/p").utf8), address: "atom")
    XCTAssertEqual(feed.title, "Coast Gazette (Atom)")
    XCTAssertEqual(feed.link, "https://coast.invalid/")
    XCTAssertEqual(feed.items.first?.link, "http://x.invalid/p")
    XCTAssertEqual(feed.items.first?.guid, "urn:coast:harbour-plan")
    XCTAssertEqual(feed.items.first?.author, "Jane Doe")
    XCTAssertEqual(feed.items.first?.date, "2026-11-28")
    XCTAssertFalse(feed.items.first!.hasFullText)
  }

  func testAtomXHTMLContentKeepsItsMarkup() throws {
    let xml = """
      <feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title><id>e1</id>
      <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>One paragraph of the entry, in XHTML.</p><p>And a second one, also in XHTML.</p></div></content></entry></feed>
      """
    let item = try XCTUnwrap(FeedParser.parse(Data(xml.utf8), address: "x").items.first)
    XCTAssertEqual(FeedEntries.paragraphs(ofFragment: item.content!, title: nil).count, 2)
  }

  func testNotAFeedSaysWhy() {
    XCTAssertThrowsError(try FeedParser.parse(Data("<html><body>hi</body></html>".utf8), address: "http://h/x")) {
      XCTAssertEqual(
        ($0 as? IngestError)?.description, "http://h/x: not an RSS or Atom feed (the top element is <html>)")
    }
    XCTAssertThrowsError(try FeedParser.parse(Data("not xml at all".utf8), address: "http://h/y"))
  }

  func testOPMLAndNewsboatURLs() throws {
    let opml = """
      <opml version="2.0"><body><outline text="News"><outline text="Harbour" type="rss" xmlUrl="https://h.invalid/rss"/>
      <outline title="Coast" xmlUrl="https://c.invalid/atom"/></outline></body></opml>
      """
    let feeds = try SubscriptionList.opml(Data(opml.utf8), path: "f.opml")
    XCTAssertEqual(feeds.map(\.url), ["https://h.invalid/rss", "https://c.invalid/atom"])
    XCTAssertEqual(feeds.map(\.title), ["Harbour", "Coast"])
    let urls = """
      # my feeds
      https://a.invalid/feed "news" "~Alpha News"
      "query:Unread:unread = \\"yes\\""
      https://b.invalid/rss
      """
    let parsed = SubscriptionList.newsboatURLs(urls)
    XCTAssertEqual(parsed.map(\.url), ["https://a.invalid/feed", "https://b.invalid/rss"])
    XCTAssertEqual(parsed.first?.title, "Alpha News")
  }
}
