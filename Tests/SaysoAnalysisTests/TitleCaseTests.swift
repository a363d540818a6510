import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Headlines in title case or in capitals are read as sentence case: their verbs of saying are cues.
final class TitleCaseTests: XCTestCase {
  private func quotes(headline: String) -> [Quote] {
    analyze(ArticleReader.parse(headline + "\n\nThe body of the article.", path: "test.txt")).quotes
  }

  func testATitleCaseHeadlineReportsWhatItsVerbOfSayingFrames() {
    let a = quotes(headline: "Ben Carson Slams Hillary And The Media In One Debate Answer")
    XCTAssertEqual(a.map(\.text), ["Hillary And The Media In One Debate Answer"])
    XCTAssertEqual(a.first?.speaker?.name, "Ben Carson")
    let b = quotes(headline: "STRAND MINING CO SAYS IT WILL BUY PELLWORTH CORP STAKE")
    XCTAssertEqual(b.map(\.text), ["IT WILL BUY PELLWORTH CORP STAKE"])
    XCTAssertEqual(b.first?.organisation, "STRAND MINING CO")
  }

  func testOnlyAHeadlineInTitleCaseIsReadSo() {
    func tokens(_ text: String) -> [Token] { Tokenizer.tokenize(Array(text.unicodeScalars)) }
    XCTAssertTrue(TitleCase.isTitleCase(tokens("Trump Says He Never Pledged To Kill")))
    XCTAssertFalse(TitleCase.isTitleCase(tokens("Trump says he never pledged to kill")))
    // a sentence-case headline keeps its names' capitals
    let a = quotes(headline: "Ben Carson says the New York Times was wrong")
    XCTAssertEqual(a.first?.speaker?.name, "Ben Carson")
  }
}
