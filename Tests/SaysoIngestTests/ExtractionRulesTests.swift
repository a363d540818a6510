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

  func testLeadInTheArticlesOwnHeaderIsKept() {
    // The page's <header> is furniture; the article's is where its headline and lead are.
    let lead = "A second ferry will sail to the island from next summer, the company said on Monday."
    let html =
      "<header><p>Island News, the paper of the islands since 1921, read every Friday.</p></header>"
      + "<article><header><h1>Second ferry</h1><p>\(lead)</p></header><div class=\"copy\">"
      + story.map { "<p>\($0)</p>" }.joined() + "</div></article>"
    XCTAssertEqual(paragraphs(html), [lead] + story)
    XCTAssertEqual(
      paragraphs(html.replacingOccurrences(of: "<article><header>", with: "<article><header class=\"masthead\">")),
      story)
  }

  func testLeadBeforeAGalleryIsKept() {
    // A gallery's heading, counter and thumbnails between the lead and the body are a gap of many
    // blocks but few characters.
    let lead = "A second ferry will sail to the island from next summer, the company said on Monday morning."
    let thumbnails = (1...6).map { "<li><a href=\"#\($0)\">+\($0)</a></li>" }.joined()
    let html =
      "<div class=\"page\"><div class=\"lead\"><p>\(lead)</p></div>"
      + "<div class=\"gallery\"><h3>Gallery: the new boat</h3><p>6</p><ul>\(thumbnails)</ul></div>"
      + "<div class=\"copy\">\(story.map { "<p>\($0)</p>" }.joined())</div></div>"
    // The gallery's heading stays with the text (as Readability keeps it); its counter and
    // thumbnails do not.
    XCTAssertEqual(paragraphs(html), [lead, "## Gallery: the new boat"] + story)
  }

  func testClassOfASmallBoxDoesNotOutweighTheStory() {
    // A video box named for the story in its class and its id (+50) holds two captions; the story's
    // own box holds the text, its lead a heading and its first paragraph half links.
    let video =
      "<div class=\"story-top\" id=\"story-video\"><div><p>The priest who saves gang members</p></div>"
      + "<div><p>Your video will play in a moment</p></div></div>"
    let first =
      "But a new report by <a href=\"/r\">the island's council and its harbour office</a> calls that into question."
    let html =
      "<div class=\"x\">\(video)<h2>The islands have long waited for a second ferry.</h2><p>\(first)</p>"
      + story.map { "<p>\($0)</p>" }.joined() + "</div>"
    XCTAssertEqual(
      paragraphs(html),
      [
        "The priest who saves gang members", "Your video will play in a moment",
        "## The islands have long waited for a second ferry.",
        "But a new report by the island's council and its harbour office calls that into question.",
      ] + story)
  }

  func testCaptionOutsideAFigureAndAnAuthorsBioAreLeftOut() {
    // A <figcaption> straight in a div (no <figure>), and a bio box inside the article's body box.
    let html =
      "<article><div class=\"post-body\"><div class=\"image\"><img src=\"a.jpg\">"
      + "<figcaption>The new boat at the pier in Bergen, where it was built in 2009. (Photo: Island News)</figcaption>"
      + "</div>\(story.map { "<p>\($0)</p>" }.joined())<div class=\"post-body-bio\"><p>Jane Doe covers the "
      + "islands for the Gazette. She previously covered the harbour and its ferries for ten years.</p></div>"
      + "</div></article>"
    XCTAssertEqual(paragraphs(html), story)
  }

  func testFurnitureWordRunIntoTheNextIsKnown() {
    // `jp-relatedposts`: a related-posts box inside the entry's content box, its excerpts long prose.
    for name in ["jp-relatedposts", "newsletterbox", "commentsection"] {
      XCTAssertEqual(Boilerplate.verdict(HTMLElement(name: "div", attributes: ["class": name])), .furniture, name)
    }
    // "comment" alone is no head: a commentary is an article.
    XCTAssertEqual(Boilerplate.verdict(HTMLElement(name: "div", attributes: ["class": "commentary-body"])), .content)
    let excerpts = (1...3).map {
      "<div><h4><a href=\"/p\($0)\">Older post \($0)</a></h4><p>The ferry timetable changed again last "
        + "spring, and the council asked the company to publish it earlier, number \($0).</p></div>"
    }.joined()
    let html =
      "<div class=\"entry-content\">\(story.map { "<p>\($0)</p>" }.joined())"
      + "<div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><h3>Related</h3>\(excerpts)</div></div>"
    XCTAssertEqual(paragraphs(html), story)
  }

  func testStandfirstSetAsAHeadingIsKept() {
    // The lead is an <h2> as long as a paragraph, in the box before the story's, after a photo credit.
    let standfirst =
      "The island's ferry company will add a second boat to its route next summer, after years of "
      + "complaints about queues at the pier"
    let html =
      "<div class=\"page\"><div class=\"item-image\"><h2>\(standfirst)</h2><p>Island News</p></div>"
      + "<div class=\"item-text\">\(story.map { "<p>\($0)</p>" }.joined())</div></div>"
    XCTAssertEqual(paragraphs(html), ["## " + standfirst] + story)
  }

  func testArticleCutIntoAlikeBoxesUnderThePageIsKept() {
    // A layout builder's bands straight under <body>, one per section of the article, a table band
    // between two; the core is a column deep in one of them, the other bands are no siblings of it.
    func band(_ heading: String, _ range: Range<Int>) -> String {
      "<div class=\"band text\"><div class=\"wrap\"><div class=\"row\"><div class=\"col\"><h2>\(heading)</h2>"
        + story[range].map { "<p>\($0)</p>" }.joined()
        + "</div><div class=\"col side\"><p>Photo</p></div></div></div></div>"
    }
    let table = "<div class=\"band table\"><table><tr><td>Cars</td><td>40</td></tr></table></div>"
    let html =
      "<nav><a href=\"/\">Home</a></nav>" + band("The boat", 0..<1) + table + band("The fares", 1..<4)
      + band("The pier", 4..<6)
      + "<div class=\"band text\"><div class=\"wrap\"><div class=\"row\"><div class=\"col\"><p>Island News</p>"
      + "</div></div></div></div>"
    XCTAssertEqual(
      paragraphs(html),
      ["## The boat", story[0], "## The fares"] + story[1..<4] + ["## The pier"] + story[4..<6])
  }

  func testShortParagraphInBoldBeforeProseIsAHeading() {
    // A section heading set as a bold paragraph is kept however short; a bold label before links is not.
    let html =
      "<article>\(story.prefix(3).map { "<p>\($0)</p>" }.joined())<p><strong>The pier</strong></p>"
      + "\(story.dropFirst(3).map { "<p>\($0)</p>" }.joined())<p><b>More topics:</b></p>"
      + "<p><a href=\"/a\">Ferries</a> <a href=\"/b\">Piers</a></p></article>"
    XCTAssertEqual(paragraphs(html), story.prefix(3) + ["## The pier"] + story.dropFirst(3))
  }

  func testClassNameDenyingFurnitureIsNoFurniture() {
    // `non-paywall`: the part of the page outside the paywall, which holds the article.
    for name in ["row non-paywall", "not-sidebar"] {
      XCTAssertEqual(Boilerplate.verdict(HTMLElement(name: "section", attributes: ["class": name])), .content, name)
    }
    let html =
      "<section class=\"row non-paywall\"><article>\(story.map { "<p>\($0)</p>" }.joined())</article></section>"
      + "<div class=\"paywall\"><p>Subscribe now to read every story from the islands, for one euro a week.</p></div>"
    XCTAssertEqual(paragraphs(html), story)
  }

  func testTextInMainWinsOverALongerNoticeOutsideIt() {
    // A notice about old browsers, long and full of commas, before a short report in <main>.
    let notice = (1...3).map {
      "<p>Your browser, sadly, is out of date, so parts of this site, its menus and its videos, "
        + "may not work (\($0)).</p>"
    }.joined()
    let html =
      "<div class=\"browser\"><div>\(notice)<ul><li><a href=\"/f\">Firefox</a></li></ul></div></div>"
      + "<main><section>\(story.prefix(3).map { "<p>\($0)</p>" }.joined())</section></main>"
    XCTAssertEqual(paragraphs(html), Array(story.prefix(3)))
  }

  func testPaywallNoticeInsideTheArticleEndsIt() {
    // The notice and the offer after it are paragraphs of the article's own box.
    let offer = [
      "To view the full story, please subscribe to Island News. You can choose a yearly or a monthly plan.",
      "Subscribers get every story from the islands, the weekly ferry timetable and our newsletter, for one euro.",
      "Already a subscriber? Log in for immediate access to this story and to the archive of the islands.",
    ]
    let html = "<article>\((story.prefix(3) + offer).map { "<p>\($0)</p>" }.joined())</article>"
    XCTAssertEqual(paragraphs(html), Array(story.prefix(3)))
    // What an article says about subscriptions is no notice.
    let subscriptions =
      "Islanders who subscribe to the ferry pass pay less, and 300 of them already do, the company said."
    XCTAssertEqual(
      paragraphs("<article>\((story + [subscriptions]).map { "<p>\($0)</p>" }.joined())</article>"),
      story + [subscriptions])
  }

  func testCopyrightLineInsideTheArticleIsLeftOut() {
    let lines = [
      "© 2026, Island News. This article is the property of Island News and may not be reprinted.",
      "Copyright 2026 Island News. All rights reserved.",
    ]
    let html = "<article>\((story + lines).map { "<p>\($0)</p>" }.joined())</article>"
    XCTAssertEqual(paragraphs(html), story)
  }

  func testLastHeadingOverLinksOnlyIsLeftOut() {
    // The article's box ends with a heading over a list of links, which are dropped: so is it.
    let links = (1...3).map { "<li><a href=\"/s\($0)\">Older story about the ferries, number \($0)</a></li>" }.joined()
    let html =
      "<article><h2>The boat</h2>\(story.map { "<p>\($0)</p>" }.joined())<h3>More on the islands</h3><ul>\(links)</ul>"
      + "</article>"
    XCTAssertEqual(paragraphs(html), ["## The boat"] + story)
    // A heading with nothing under it stays.
    XCTAssertEqual(
      paragraphs("<article>\(story.map { "<p>\($0)</p>" }.joined())<h2>Timetable</h2></article>"),
      story + ["## Timetable"])
  }

  func testBoxOfTeasersIsFurnitureButAStorysTeaserIsItsLead() {
    for name in ["teaser", "teasers teasers--3", "teaser-list"] {
      XCTAssertEqual(Boilerplate.verdict(HTMLElement(name: "div", attributes: ["class": name])), .furniture, name)
    }
    XCTAssertEqual(Boilerplate.verdict(HTMLElement(name: "div", attributes: ["class": "news--teaser"])), .content)
    let lead = "A second ferry will sail to the island from next summer, the company said on Monday."
    let other =
      "<div class=\"teasers\"><h3>The old pier</h3><p>The pier was built in 1921, and the council has repaired it "
      + "four times since then, each time for more money than the last, and now wants a new one.</p></div>"
    let html =
      "<article><div class=\"news--teaser\"><p>\(lead)</p></div><div class=\"copy\">"
      + "\(story.map { "<p>\($0)</p>" }.joined())\(other)</div></article>"
    XCTAssertEqual(paragraphs(html), [lead] + story)
  }

  func testShortLineEndingAsASentenceIsKept() {
    // A blog post's salutation and its signing-off are short lines of the post; a button is not.
    let html =
      "<article><p>Dear readers,</p>\(story.map { "<p>\($0)</p>" }.joined())<p>See you soon!</p><p>Share</p></article>"
    XCTAssertEqual(paragraphs(html), ["Dear readers,"] + story + ["See you soon!"])
  }

  func testLeadInAHeroBoxSixLevelsOutIsKept() {
    // The lead sits in the page's top band; the story five levels down in another band.
    let lead = "A second ferry will sail to the island from next summer, the company said on Monday."
    let html =
      "<div class=\"page\"><section class=\"top\"><div><div class=\"intro\"><p>\(lead)</p></div></div></section>"
      + "<section class=\"body\"><div class=\"row\"><div class=\"col\"><div class=\"box\"><div class=\"text\">"
      + story.map { "<p>\($0)</p>" }.joined() + "</div><div class=\"meta\"><span>5 min</span></div></div>"
      + "<div class=\"more\"><span>Tags</span></div></div></div></section></div>"
    XCTAssertEqual(paragraphs(html), [lead] + story)
  }

  func testLeadBeforeAThreeLineByLineIsKept() {
    // Between the lead and the body: a byline, a date and a reading time, three lines of links of
    // over 150 characters in all.
    let lead = "A second ferry will sail to the island from next summer, the company said on Monday."
    let meta = [
      "By Jane Doe, islands and ferries correspondent of the Gazette",
      "Published on the first Monday of December, updated in the evening",
      "Reading time: five minutes, with the timetable",
    ]
    let html =
      "<div class=\"page\"><div class=\"lead\"><p>\(lead)</p></div><div class=\"meta\">"
      + meta.map { "<div><a href=\"/m\">\($0)</a></div>" }.joined() + "</div><div class=\"copy\"><div class=\"text\">"
      + story.map { "<p>\($0)</p>" }.joined() + "</div></div></div>"
    XCTAssertEqual(paragraphs(html), [lead] + story)
  }

  func testStepLikeTheCoreBetweenKeptStepsIsKept() {
    // A how-to in alike step boxes; the second holds only a short label and a list, which score nothing.
    func step(_ inner: String) -> String { "<div class=\"mod step\"><div class=\"content\">\(inner)</div></div>" }
    let needs = ["A second boat", "A longer pier", "A new timetable"]
    let html =
      "<div class=\"steps\">" + step(story.prefix(2).map { "<p>\($0)</p>" }.joined())
      + step("<p>What it needs:</p><ul>\(needs.map { "<li>\($0)</li>" }.joined())</ul>")
      + step(story[2..<4].map { "<p>\($0)</p>" }.joined()) + step(story[4..<6].map { "<p>\($0)</p>" }.joined())
      + "</div>"
    // (The label is a short line, left out as any.)
    XCTAssertEqual(paragraphs(html), story.prefix(2) + needs.map { "- " + $0 } + story.dropFirst(2))
  }

  func testListItemThatSaysWhatItLinksToIsKept() {
    // A weekly report's list: each item a link and the words around it; a list of headlines is not kept.
    let items = [
      "<a href=\"/b/1\">Bug 1681796: the ferry timetable shows the second boat</a> from June",
      "<a href=\"/p/2\">Ruth Hale fixed the fares table</a>, which was wrong",
    ]
    let headlines = "<ul><li><a href=\"/s/1\">Older story about the ferries and the harbour office</a></li></ul>"
    let html =
      "<article>\(story.map { "<p>\($0)</p>" }.joined())"
      + "<ul>\(items.map { "<li>\($0)</li>" }.joined())</ul>\(headlines)</article>"
    XCTAssertEqual(
      paragraphs(html),
      story + [
        "- Bug 1681796: the ferry timetable shows the second boat from June",
        "- Ruth Hale fixed the fares table, which was wrong",
      ])
  }
}
