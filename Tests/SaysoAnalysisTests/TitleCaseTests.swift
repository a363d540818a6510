import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Headlines in title case or in capitals are read as sentence case: their verbs of saying are cues.
final class TitleCaseTests: XCTestCase, AnalysingText {
  private func quotes(headline: String) -> [Quote] {
    analyze(ArticleReader.parse(headline + "\n\nThe body of the article.", path: "test.txt")).quotes
  }

  func testATitleCaseHeadlineReportsWhatItsVerbOfSayingFrames() {
    let a = quotes(headline: "Dana Fell Slams The Council And The Press In One Radio Answer")
    XCTAssertEqual(a.map(\.text), ["The Council And The Press In One Radio Answer"])
    XCTAssertEqual(a.first?.speaker?.name, "Dana Fell")
    let b = quotes(headline: "STRAND MINING CO SAYS IT WILL BUY PELLWORTH CORP STAKE")
    XCTAssertEqual(b.map(\.text), ["IT WILL BUY PELLWORTH CORP STAKE"])
    XCTAssertEqual(b.first?.organisation, "STRAND MINING CO")
  }

  func testOnlyAHeadlineInTitleCaseIsReadSo() {
    func tokens(_ text: String) -> [Token] { Tokenizer.tokenize(Array(text.unicodeScalars)).tokens }
    XCTAssertTrue(TitleCase.isHeadlineInTitleCase(tokens("Fell Says She Never Promised To Resign")))
    XCTAssertFalse(TitleCase.isHeadlineInTitleCase(tokens("Fell says she never promised to resign")))
    // a sentence-case headline keeps its names' capitals
    let a = quotes(headline: "Dana Fell says the Los Angeles Times was wrong")
    XCTAssertEqual(a.first?.speaker?.name, "Dana Fell")
  }

  func testAHeadlineLabelledWithASpeakersName() {
    let a = quotes(headline: "Vey: Ware's plan for the harbour is 'badly flawed'")
    XCTAssertEqual(a.map(\.text), ["Ware's plan for the harbour is 'badly flawed'"])
    XCTAssertEqual(quotes(headline: "AP: Mayor's aide steered funds to donors").first?.organisation, "AP")
    // a section's or a column's label is no one, nor a name after other words
    XCTAssertTrue(quotes(headline: "MARKETS: Oil fell 2% on Monday as stocks slid").isEmpty)
    XCTAssertTrue(quotes(headline: "POLLWATCH: A Late Surge Among Farmers May Have Won Hale The Primary").isEmpty)
    XCTAssertTrue(quotes(headline: "Big Day For Dana: Union Holds Off On Backing").isEmpty)
    // headlines of a word or two
    XCTAssertTrue(quotes(headline: "Brexit").isEmpty)
    XCTAssertTrue(quotes(headline: "AP: Done").isEmpty)
  }

  func testAHeadlineWithAQuoteRightAfterANameIsThatNamesWords() {
    let a = analyze(
      ArticleReader.parse(
        "Vey 'will not stand again'\n\nLabour MP Ann Vey has told her local party.", path: "test.txt"))
    XCTAssertEqual(a.quotes.first?.text, "'will not stand again'")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertNil(a.quotes.first?.cue)
    XCTAssertEqual(quotes(headline: "Ann Vey \"will not quit\"").first?.speaker?.name, "Ann Vey")
  }

  func testAClauseWordInATitleInsideASentenceIsTheTitlesWord() {
    // a show's or a band's name before a role: no relative clause opens at its capitalised "Who" or "Which"
    let a = run("Ask Who host Lena Varga said the show would return. The Which singer Omar Tal said the tour goes on.")
    XCTAssertEqual(a.quotes.map(\.text), ["the show would return", "the tour goes on"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Lena Varga", "Omar Tal"])
    // (a relative clause in lower case still has its antecedent: "Residents who live nearby said …")
    let b = run("Residents who live nearby said the smoke was thick.")
    XCTAssertEqual(b.quotes.first?.group, "Residents")
  }

  func testAPresentersTitleInCapitalsIsNoAcronymOfABody() {
    let a = run("Radio 4 DJ Lena Varga said listeners had voted in record numbers.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Lena Varga")
    XCTAssertNil(a.quotes.first?.organisation)
  }

  func testAHeadlineLabelledWithAGroupOfPeople() {
    let a = quotes(headline: "Police: Man arrested after downtown stabbing")
    XCTAssertEqual(a.map(\.text), ["Man arrested after downtown stabbing"])
    XCTAssertEqual(a.first?.group, "Police")
    // or one whose title it is: "Minister: 'We will act'"
    let b = quotes(headline: "Minister: 'We will act'")
    XCTAssertEqual(b.map(\.text), ["'We will act'"])
    XCTAssertEqual(b.first?.group, "Minister")
  }
}
