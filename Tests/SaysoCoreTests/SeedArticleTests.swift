import Foundation
import XCTest

@testable import SaysoCore

/// The two seed articles against the metadata of the hand-made gold annotations.
final class SeedArticleTests: XCTestCase {
  func load(_ name: String) throws -> (Article, String) {
    let path = seedsFolder() + "/" + name
    guard FileManager.default.fileExists(atPath: path) else { throw XCTSkip("no seed \(path)") }
    let text = try String(contentsOfFile: path, encoding: .utf8)
    return (ArticleReader.parse(text, path: path), text)
  }

  func testSeed000() throws {
    let (article, text) = try load("000_7fb133a97eb46ec9.txt")
    XCTAssertEqual(article.source, "Izvestia")
    XCTAssertEqual(article.date, "2020-09-25")
    let title = try XCTUnwrap(article.title)
    XCTAssertEqual(title.hasSuffix("…"), true)
    XCTAssertTrue(article.paragraphs[0].text.hasPrefix(String(title.dropLast())), "the lead's first sentence")
    XCTAssertNil(article.place)
    XCTAssertEqual(
      article.paragraphs.filter { $0.role == .heading }.map(\.text),
      ["The world needs peace", "Difference of approaches"])
    XCTAssertEqual(article.paragraphs[0].role, .body)
    XCTAssertTrue(article.paragraphs[0].text.hasPrefix("Russia offered"))
    XCTAssertEqual(article.paragraphs[1].index, 1)
    XCTAssertEqual(article.paragraphs[1].text, "The world needs peace")
    XCTAssertEqual(article.paragraphs.count, 18)
    assertParagraphsMatchFile(article, text)
  }

  func testSeed002() throws {
    let (article, text) = try load("002_ee816ef9547c31f7.txt")
    // the file's first line, whole
    XCTAssertEqual(article.title, text.components(separatedBy: "\n").first)
    XCTAssertEqual(article.title?.hasPrefix("RPT: ANALYSIS - "), true)
    XCTAssertEqual(article.source, "Pakistan Point News / Sputnik")
    XCTAssertEqual(article.date, "2020-09-30")
    XCTAssertEqual(article.place, "MOSCOW")
    XCTAssertEqual(article.paragraphs[0].role, .title)
    XCTAssertEqual(article.paragraphs[1].role, .body)
    XCTAssertTrue(article.paragraphs[1].text.hasPrefix("MOSCOW (Pakistan Point News"))
    XCTAssertTrue(article.paragraphs[1].text.hasSuffix("experts told Sputnik."))
    XCTAssertFalse(article.paragraphs.contains { $0.role == .heading })
    assertParagraphsMatchFile(article, text)
  }
}
