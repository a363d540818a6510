import XCTest

@testable import SaysoCore

final class ClaimMatcherTests: XCTestCase {
  typealias Claim = (article: Int, text: String, person: String?, proposal: Bool)

  func claim(_ article: Int, _ text: String, person: String? = nil, proposal: Bool = false) -> Claim {
    (article, text, person, proposal)
  }

  func groups(_ list: [Claim], _ matcher: ClaimMatcher = ClaimMatcher()) -> [[Int]] {
    var claims = ClaimMatcher.Claims()
    for c in list {
      claims.append(
        article: c.article, person: c.person, isProposal: c.proposal, shingles: ClaimShingles.shingles(of: c.text))
    }
    return matcher.groups(claims)
  }

  func testAFragmentAndAnExtensionMatchTheQuote() {
    let claims = [
      claim(0, "The new bridge over the river will open to traffic before the winter"),
      claim(1, "the bridge over the river will open to traffic"),
      claim(2, "The new bridge over the river will open to traffic before the winter, whatever the council decides"),
      claim(3, "Our hospital needs three more nurses on every night shift"),
    ]
    XCTAssertEqual(groups(claims), [[0, 1, 2]])
  }

  func testACommonPhraseDoesNotJoin() {
    let claims = [
      claim(0, "We will see"), claim(1, "we will see"),
      claim(2, "We will see what the ministry decides about the budget"),
      claim(3, "We will see what happens at the harbour"),
      claim(4, "There is a lot of doubt about the harbour plan among the fishermen"),
      claim(5, "there is a lot of noise in the city"), claim(6, "a lot of them"), claim(7, "A lot of them stayed home"),
    ]
    XCTAssertEqual(groups(claims), [])
  }

  func testAShingleInMoreArticlesThanTheLimitIsLeftOut() {
    // "it is time to act now" in five articles, with a limit of four: a phrase, not a quote.
    let claims = (0..<5).map { claim($0, "It is time to act now") }
    XCTAssertEqual(groups(claims, ClaimMatcher(commonLimit: 4)), [])
    XCTAssertEqual(groups(claims, ClaimMatcher(commonLimit: 5)), [[0, 1, 2, 3, 4]])
  }

  func testClaimsInOneArticleDoNotMatchEachOther() {
    XCTAssertEqual(groups([claim(0, "the water is safe to drink"), claim(0, "the water is safe to drink")]), [])
  }

  func testPeopleMustAgree() {
    let text = "the new bridge will open before the winter"
    XCTAssertEqual(groups([claim(0, text, person: "jane okoro"), claim(1, text, person: "okoro")]), [[0, 1]])
    XCTAssertEqual(groups([claim(0, text, person: "jane okoro"), claim(1, text, person: "tomas brandt")]), [])
    XCTAssertEqual(groups([claim(0, text, person: "jane okoro"), claim(1, text)]), [[0, 1]])
  }

  func testProposalsMatchOnlyWhenTheSamePersonMadeThem() {
    let text = "an independent inquiry into the port contract"
    XCTAssertEqual(
      groups([
        claim(0, text, person: "jane okoro", proposal: true), claim(1, text, person: "jane okoro", proposal: true),
      ]),
      [[0, 1]])
    XCTAssertEqual(groups([claim(0, text, proposal: true), claim(1, text, proposal: true)]), [])
  }

  func testSharedClaimsJoinArticlesIntoOneStory() {
    func report(_ path: String, _ text: String) -> Story.Report {
      Story.Report(path: path, paragraph: 1, start: 0, end: text.count, text: text)
    }
    let groups = [
      Story.Claim(speaker: "Jane Okoro", reports: [report("b", "the bridge opens"), report("a", "the bridge opens")]),
      Story.Claim(speaker: nil, reports: [report("c", "tolls will rise"), report("b", "tolls will rise")]),
      Story.Claim(speaker: nil, reports: [report("d", "wheat fails"), report("e", "wheat fails")]),
    ]
    let articles = [
      "a": Story.Article(path: "a", title: nil, source: "Herald", date: "2021-01-02"),
      "b": Story.Article(path: "b", title: nil, source: "Post", date: "2021-01-01"),
      "c": Story.Article(path: "c", title: nil, source: "Herald", date: nil),
    ]
    let stories = Story.assemble(groups, articles: articles)
    XCTAssertEqual(stories.map(\.id), [1, 2])
    XCTAssertEqual(stories[0].articles.map(\.path), ["b", "a", "c"])  // by date, undated last
    XCTAssertEqual(stories[0].outlets, ["Post", "Herald"])
    XCTAssertEqual(stories[0].claims[0].articles, ["b", "a"])  // first reported first
    XCTAssertEqual(stories[0].firstDate, "2021-01-01")
    XCTAssertEqual(stories[0].lastDate, "2021-01-02")
    XCTAssertEqual(stories[1].articles.map(\.path), ["d", "e"])
    XCTAssertEqual(stories[0].claims.map(\.who), ["Jane Okoro", "unknown speaker"])
    XCTAssertEqual(
      Story.Claim(speaker: nil, organisation: "the hospital", reports: []).who, "organisation: the hospital")
  }
}
