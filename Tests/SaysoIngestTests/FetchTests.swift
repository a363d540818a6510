import Foundation
import SaysoTestSupport
import SaysoCore
import XCTest

@testable import SaysoIngest

/// Fetching feeds from a server on 127.0.0.1 that the test starts, through the built `sayso-fetch` as
/// `sayso` does.
final class FetchTests: XCTestCase {
  var server: LocalServer!
  var data: URL!

  override func setUpWithError() throws {
    server = try LocalServer(slowSeconds: 1.5)
    data = try ScratchFolder.make("fetch")
  }

  override func tearDown() {
    server.stop()
    try? FileManager.default.removeItem(at: data)
  }

  func libraryFiles() -> [String] {
    let folder = Library(dataFolder: data).folder
    return (FileManager.default.subpaths(atPath: folder.path) ?? []).filter { $0.hasSuffix(".md") }.sorted()
  }

  func testFetchesFeedsPagesAndGoesOnPastBrokenOnes() throws {
    try server.serve("rss.xml", Fixtures.rss(items: [("a1", "Port reopens"), ("a2", "Ferry timetable changes")]))
    try server.serve("harbour.html", Fixtures.page)
    try server.serve("atom.xml", Fixtures.atom(pageURL: server.url("harbour.html")))
    try server.serve("broken.xml", "<html><body>not a feed</body></html>")
    var subscriptions = try Subscriptions(dataFolder: data)
    for path in ["rss.xml", "redirect/atom.xml", "status/500", "broken.xml", "slow/rss.xml", "missing.xml"] {
      try subscriptions.add(server.url(path))
    }
    try subscriptions.save()
    var library = Library(dataFolder: data)
    let client = HelperHTTPClient(
      helper: BuiltHelper.url, userAgent: "SaysoTest/1", timeout: 1, maximumConcurrentRequests: 2)
    let reports = FeedFetcher(client: client).fetch(&subscriptions, into: &library)

    XCTAssertEqual(reports.map(\.added.count), [2, 1, 0, 0, 0, 0])
    XCTAssertEqual(reports[2].error, .httpStatus(url: server.url("status/500"), status: 500))
    XCTAssertNotNil(reports[3].error)
    XCTAssertEqual(reports[4].error, .network(url: server.url("slow/rss.xml"), reason: "timed out"))
    XCTAssertEqual(reports[5].error, .httpStatus(url: server.url("missing.xml"), status: 404))
    XCTAssertEqual(subscriptions.all[0].title, "Harbour Daily")
    XCTAssertNotNil(subscriptions.all[0].etag)
    XCTAssertNil(subscriptions.all[0].lastError)
    XCTAssertEqual(subscriptions.all[2].lastError, "\(server.url("status/500")): HTTP 500")
    XCTAssertEqual(
      libraryFiles(),
      [
        "coast-gazette-atom/2026-11-28-council-approves-harbour-plan.md",
        "harbour-daily/2026-12-01-ferry-timetable-changes.md", "harbour-daily/2026-12-01-port-reopens.md",
      ])

    // The summary-only entry was filled from its page.
    let atomFile = library.folder.appendingPathComponent(libraryFiles()[0])
    let article = try CorpusLoader.load(paths: [atomFile.path]).articles[0]
    XCTAssertEqual(article.paragraphs.dropFirst().map(\.text), Fixtures.pageParagraphs)
    XCTAssertEqual(article.url, server.url("harbour.html"))
    XCTAssertTrue(server.log.filter { $0.hasPrefix("GET") }.allSatisfy { $0.hasSuffix("SaysoTest/1") })

    // A second fetch adds nothing: unchanged feeds answer 304 to the conditional request.
    let before = server.log.count
    let second = FeedFetcher(client: client).fetch(&subscriptions, into: &library)
    XCTAssertEqual(second.map(\.added.count), [0, 0, 0, 0, 0, 0])
    XCTAssertTrue(second[0].notModified)
    XCTAssertTrue(server.log[before...].contains("GET /rss.xml 304 SaysoTest/1"))
    XCTAssertEqual(libraryFiles().count, 3)

    // A changed feed: only the new item is added, the old ones are known.
    try server.serve("rss.xml", Fixtures.rss(items: [("a1", "Port reopens"), ("a3", "New pier opens")]))
    let third = FeedFetcher(client: client).fetch(&subscriptions, into: &library)
    XCTAssertEqual(third[0].added, ["harbour-daily/2026-12-01-new-pier-opens.md"])
    XCTAssertEqual(third[0].known, 1)
  }

  func testManyFeedsAllArrive() throws {
    try server.serve("rss.xml", Fixtures.rss(items: [("a1", "Port reopens")]))
    var subscriptions = try Subscriptions(dataFolder: data)
    for i in 0..<120 { try subscriptions.add(server.url("rss.xml?\(i)")) }
    var library = Library(dataFolder: data)
    let client = HelperHTTPClient(
      helper: BuiltHelper.url, userAgent: "SaysoTest/1", timeout: 10, maximumConcurrentRequests: 4)
    let reports = FeedFetcher(client: client).fetch(&subscriptions, into: &library)
    XCTAssertEqual(reports.count, 120)
    XCTAssertTrue(reports.allSatisfy { $0.error == nil })
    XCTAssertEqual(reports.map(\.added.count).reduce(0, +), 1)
    XCTAssertEqual(reports.map(\.known).reduce(0, +), 119)
  }

  func testASitePageLeadsToItsFeed() throws {
    try server.serve("rss.xml", Fixtures.rss(items: [("a1", "Port reopens"), ("a2", "Ferry timetable changes")]))
    try server.serve(
      "site.html",
      "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss.xml\"></head><body>Hi</body></html>"
    )
    var subscriptions = try Subscriptions(dataFolder: data)
    try subscriptions.add(server.url("site.html"))
    var library = Library(dataFolder: data)
    let client = HelperHTTPClient(
      helper: BuiltHelper.url, userAgent: "SaysoTest/1", timeout: 10, maximumConcurrentRequests: 2)
    let reports = FeedFetcher(client: client).fetch(&subscriptions, into: &library)
    XCTAssertNil(reports[0].error)
    XCTAssertEqual(reports[0].added.count, 2)
    XCTAssertEqual(subscriptions.all[0].title, "Harbour Daily")
    XCTAssertNil(subscriptions.all[0].etag, "the page's validators are not the feed's")
    XCTAssertEqual(FeedFetcher(client: client).fetch(&subscriptions, into: &library)[0].known, 2)
  }

  func testConcurrencyIsLimited() throws {
    try server.serve("rss.xml", Fixtures.rss(items: [("a1", "Port reopens")]))
    var subscriptions = try Subscriptions(dataFolder: data)
    for i in 0..<4 { try subscriptions.add(server.url("slow/rss.xml?\(i)")) }
    var library = Library(dataFolder: data)
    let client = HelperHTTPClient(
      helper: BuiltHelper.url, userAgent: "SaysoTest/1", timeout: 10, maximumConcurrentRequests: 2)
    let reports = FeedFetcher(client: client).fetch(&subscriptions, into: &library)
    // Four slow answers, never more than two under way at once.
    let active = server.log.filter { $0.hasPrefix("ACTIVE ") }.compactMap { Int($0.dropFirst(7)) }
    XCTAssertEqual(active.count, 4)
    XCTAssertEqual(active.max(), 2)
    XCTAssertEqual(reports.map(\.added.count).reduce(0, +), 1)
    XCTAssertEqual(reports.map(\.known).reduce(0, +), 3)
  }
}
