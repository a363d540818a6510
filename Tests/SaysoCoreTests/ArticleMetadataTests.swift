import XCTest

@testable import SaysoCore

final class ArticleMetadataTests: XCTestCase {
  func testDateMarkerGivesTheDateAndStaysOutOfParagraphZero() {
    let text =
      " date 2021-05-06 Officials opened the new port on Friday, the ministry said.\n\nMore text."
    let article = ArticleReader.parse(text, path: "feed/017_abc.txt")
    XCTAssertEqual(article.date, "2021-05-06")
    XCTAssertEqual(article.paragraphs[0].start, 17)
    XCTAssertTrue(article.paragraphs[0].text.hasPrefix("Officials opened"))
    XCTAssertEqual(article.paragraphs[0].role, .body)
    XCTAssertEqual(
      article.title, "Officials opened the new port on Friday, the ministry said.",
      "no title line: the lead's first sentence")
    assertParagraphsMatchFile(article, text)
  }

  func testDateMarkerAloneInItsBlockIsADatelineParagraph() {
    let text = "Date: 2021-05-06\n\nThe port opened on Friday, officials said.\n\nMore."
    let article = ArticleReader.parse(text, path: "a.txt")
    XCTAssertEqual(article.date, "2021-05-06")
    XCTAssertEqual(article.paragraphs.map(\.role), [.dateline, .body, .body])
    assertParagraphsMatchFile(article, text)
  }

  func testHeadlineFirstLineIsTheTitle() {
    let text = """
      UPDATE 2 - Port Strike Ends After Three Weeks Of Talks

      ROTTERDAM (Example Wire - 12th March, 2022) Dock workers returned to work on Saturday, union leaders told reporters.

      The deal raises pay by four percent.
      """
    let article = ArticleReader.parse(text, path: "a.txt")
    XCTAssertEqual(article.title, "UPDATE 2 - Port Strike Ends After Three Weeks Of Talks")
    XCTAssertEqual(article.paragraphs.map(\.role), [.title, .body, .body])
    XCTAssertEqual(article.place, "ROTTERDAM")
    XCTAssertEqual(article.source, "Example Wire")
    XCTAssertEqual(article.date, "2022-03-12")
    XCTAssertEqual(article.paragraphs[1].datelineEnd, 44, "the running text starts at \"Dock\"")
    XCTAssertTrue(
      article.paragraphs[1].text.hasPrefix("ROTTERDAM ("), "the dateline stays in its paragraph")
    assertParagraphsMatchFile(article, text)
  }

  func testTitlesThatEndWithAPeriod() {
    // Headline-cased, with a kicker, or short: all titles even with a closing period.
    let titles = [
      "Poll: Farmers Back New Water Plan by Wide Margin.",
      "Small Towns Bet On Fast Internet.",
      "Every 40 minutes, a bridge needs repairs.",
      "Tram line opens. Finally.",
      "Can a city run on sunshine?",
      "“Not for Sale”: Residents Rally Against Pier Deal",
    ]
    for title in titles {
      let text =
        title
        + "\n\nThe opening paragraph of the story runs for a good number of words, as openings do, and ends here.\n\nMore."
      let article = ArticleReader.parse(text, path: "x.txt")
      XCTAssertEqual(article.title, title)
      XCTAssertEqual(article.paragraphs[0].role, .title, title)
    }
  }

  func testOpeningParagraphIsNotATitle() {
    let openings = [
      "The council voted on Tuesday to close the old library, a decision that members of the public had opposed for months.",
      "“We will not close the library,” the mayor said on Tuesday.",
      "— Nobody asked us, — one resident said.",
      "Short line\nthat was hard-wrapped and goes on as one sentence.",
    ]
    for opening in openings {
      let text = opening + "\n\nMore text follows in a second paragraph.\n\nAnd a third."
      let article = ArticleReader.parse(text, path: "dir/2020-10-01_story.txt")
      XCTAssertEqual(article.paragraphs[0].role, .body, opening)
      XCTAssertEqual(article.title, LeadTitle.title(fromLead: opening), "the lead's first sentence")
      XCTAssertEqual(article.date, "2020-10-01", "a date in the file name is the last resort")
    }
  }

  func testSingleParagraphIsNeverATitle() {
    let article = ArticleReader.parse("Just one short line", path: "notes/one.md")
    XCTAssertEqual(article.paragraphs.map(\.role), [.body])
    XCTAssertEqual(article.title, "Just one short line")
  }

  func testTitleFromTheLeadIsItsFirstSentenceCutAtAWord() {
    XCTAssertEqual(
      LeadTitle.title(fromLead: "Russia offered the United States talks on Friday. A second sentence follows here."),
      "Russia offered the United States talks on Friday.")
    let long = String(repeating: "word ", count: 40) + "end."
    let title = LeadTitle.title(fromLead: long)!
    XCTAssertTrue(title.hasSuffix("word…"), title)
    XCTAssertLessThanOrEqual(title.count, LeadTitle.width)
    XCTAssertNil(LeadTitle.title(fromLead: " \n "))
    XCTAssertEqual(
      LeadTitle.title(fromLead: "Mr. Smith went to Washington on Monday."), "Mr. Smith went to Washington on Monday.")
    // A file with only white space after its front matter has no lead: the file name is the title.
    XCTAssertEqual(ArticleReader.fallbackTitle(paragraphs: [], path: "notes/x.md"), "x")
  }

  func testHeadlineWithSubheadline() {
    let text =
      "Council backs library plan;\nVote ends months of debate over the building.\n\nThe council voted on Tuesday to keep the library open and to repair its roof.\n\nMore."
    let article = ArticleReader.parse(text, path: "a.txt")
    XCTAssertEqual(article.title, "Council backs library plan")
    XCTAssertEqual(article.paragraphs[0].role, .title)
    XCTAssertEqual(
      article.paragraphs[0].text,
      "Council backs library plan;\nVote ends months of debate over the building.")
  }

  func testMarkdownHeadings() {
    let text =
      "# Library Saved\n\nThe council voted on Tuesday.\n\n## What comes next\n\nRepairs start in May."
    let article = ArticleReader.parse(text, path: "a.md")
    XCTAssertEqual(article.title, "Library Saved")
    XCTAssertEqual(article.paragraphs.map(\.role), [.title, .body, .heading, .body])
    XCTAssertEqual(article.paragraphs[2].text, "## What comes next", "text is kept as in the file")
  }

  func testSectionHeadingsInsideTheBody() {
    let text = """
      The ministry published its plan on Monday, officials said.

      A city that works

      The plan covers roads, schools and parks.

      “We listened,” the minister said.

      What critics say

      Critics called it vague. They want numbers.

      Image: City Hall.

      The vote is due in June.
      """
    let article = ArticleReader.parse(text, path: "a.txt")
    XCTAssertEqual(
      article.paragraphs.map(\.role),
      [.body, .heading, .body, .body, .heading, .body, .body, .body])
  }

  func testDateOnlyLines() {
    let text =
      "Storm Hits Coast\n\nPublished: September 30, 2020\n\nThe storm reached the coast overnight, officials said.\n\nMore."
    let article = ArticleReader.parse(text, path: "a.txt")
    XCTAssertEqual(article.date, "2020-09-30")
    XCTAssertEqual(article.paragraphs.map(\.role), [.title, .dateline, .body, .body])
    XCTAssertEqual(
      article.paragraphs[1].datelineEnd, article.paragraphs[1].text.unicodeScalars.count)
  }

  func testSourceFromTheInterviewingOutlet() {
    let text = """
      Officials welcomed the plan, experts interviewed by Kommersant said.

      “It is a good step,” Anna Petrova, a professor, told Kommersant. Vladimir Ivanov told Putin that he agreed.

      The council’s head, speaking to reporters, told Congress.
      """
    XCTAssertEqual(ArticleReader.parse(text, path: "a.txt").source, "Kommersant")
  }

  func testSourceIgnoresPeopleWhoAreTold() {
    let text = """
      The senator told Smith. Later John Smith said he disagreed.

      The mayor told Russia, “No.”
      """
    XCTAssertNil(ArticleReader.parse(text, path: "a.txt").source)
    let outlets = """
      “We agree,” she told CNN’s Jake Tapper on Sunday.

      He told The Daily Planet that the plan would fail.
      """
    XCTAssertEqual(ArticleReader.parse(outlets, path: "a.txt").source, "CNN")
  }
}
