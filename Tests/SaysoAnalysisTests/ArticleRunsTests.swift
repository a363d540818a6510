import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// The rule for articles far longer than any news article: runs of whole paragraphs, people carried over.
final class ArticleRunsTests: XCTestCase {
  func paragraphs(_ texts: [String]) -> [Paragraph] {
    texts.enumerated().map { Paragraph(index: $0, start: 0, end: 0, role: .body, text: $1) }
  }

  func testAnArticleUpToTheLimitIsOneRun() {
    XCTAssertEqual(ArticleRuns.runs(of: paragraphs(["abcd", "efgh"]), maximumBytes: 8), [0..<2])
    XCTAssertEqual(ArticleRuns.runs(of: [], maximumBytes: 8), [0..<0])
  }

  func testALongerArticleIsCutIntoRunsOfWholeParagraphs() {
    let texts = ["aaaa", "bbbbbbbbbbbb", "cc", "dd", "ee", "ff"]
    // a run closes once it reaches 6 bytes; the 12-byte paragraph closes one on its own
    XCTAssertEqual(ArticleRuns.runs(of: paragraphs(texts), maximumBytes: 6), [0..<2, 2..<5, 5..<6])
  }

  func testPeopleCarryOverFromRunToRun() {
    let texts = [
      "Long Story",
      "“We will build the bridge,” said John Smith, the mayor of Eastham.",
      "The council met on Tuesday to discuss the budget for the coming year.",
      "“It will open in May,” Smith said. “Nobody will wait longer than that.”",
      "“The budget is sound,” said Mary Jones, the treasurer.",
    ]
    var text = ""
    var parts: [Paragraph] = []
    for (index, paragraph) in texts.enumerated() {
      let start = text.unicodeScalars.count
      text += paragraph
      parts.append(
        Paragraph(
          index: index, start: start, end: text.unicodeScalars.count, role: index == 0 ? .title : .body,
          text: paragraph))
      text += "\n\n"
    }
    let article = Article(path: "long.txt", title: "Long Story", paragraphs: parts)
    let runs = ArticleRuns.runs(of: parts, maximumBytes: 60)
    XCTAssertEqual(runs, [0..<2, 2..<3, 3..<4, 4..<5])
    let inRuns = ArticleRuns.analyze(article, in: runs)
    let whole = analyze(article)
    // the same claims either way on this article, with Smith's later quote resolved across runs
    XCTAssertEqual(inRuns.quotes, whole.quotes)
    XCTAssertEqual(inRuns.people, whole.people)
    XCTAssertEqual(inRuns.quotes.filter { $0.speaker?.name == "John Smith" }.count, 3)
    XCTAssertEqual(inRuns.people.map(\.name), ["John Smith", "Mary Jones"])
    XCTAssertEqual(inRuns.people.first?.quotes, 2)
    // utterance ids stay unique in the article
    let utterances = inRuns.quotes.compactMap(\.utterance)
    XCTAssertEqual(Set(utterances).count, Set(inRuns.quotes.filter { $0.utterance != nil }.map(\.paragraph)).count)
  }
}
