import Foundation
import SaysoTestSupport
import SaysoCore
import XCTest

@testable import SaysoIngest

final class LibraryTests: XCTestCase {
  func temporaryFolder() throws -> URL {
    let url = try ScratchFolder.make("library")
    addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
  }

  func testWritesMarkdownWithFrontMatterAndNeverOverwrites() throws {
    let folder = try temporaryFolder()
    var library = Library(folder: folder)
    let entry = LibraryEntry(
      title: "Council approves £2m plan", source: "The Coast Gazette", date: "2026-11-28",
      url: "https://coast.invalid/a", author: "Jane Doe", feed: "https://coast.invalid/rss", guid: "g1",
      paragraphs: ["First paragraph.", "## Next", "Second paragraph."])
    XCTAssertEqual(try library.add(entry), .added("the-coast-gazette/2026-11-28-council-approves-2m-plan.md"))
    let file = folder.appendingPathComponent("the-coast-gazette/2026-11-28-council-approves-2m-plan.md")
    let text = try String(contentsOf: file, encoding: .utf8)
    let article = ArticleReader.parse(text, path: file.path)
    XCTAssertEqual(article.title, "Council approves £2m plan")
    XCTAssertEqual(article.source, "The Coast Gazette")
    XCTAssertEqual(article.date, "2026-11-28")
    XCTAssertEqual(article.url, "https://coast.invalid/a")
    XCTAssertEqual(FrontMatter.read(text)?.fields["author"], "Jane Doe")
    XCTAssertEqual(FrontMatter.read(text)?.fields["feed"], "https://coast.invalid/rss")

    // The same item again (a later fetch, even with other text): nothing is written.
    var again = entry
    again.paragraphs = ["Changed text."]
    XCTAssertEqual(try library.add(again), .known("the-coast-gazette/2026-11-28-council-approves-2m-plan.md"))
    var fresh = Library(folder: folder)  // a new process reads the keys from the files
    XCTAssertEqual(try fresh.add(again), .known("the-coast-gazette/2026-11-28-council-approves-2m-plan.md"))
    XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), text)

    // Another item with the same title and date gets a name of its own.
    let other = LibraryEntry(
      title: entry.title, source: entry.source, date: entry.date, url: "https://coast.invalid/b", paragraphs: ["Other."]
    )
    XCTAssertEqual(try fresh.add(other), .added("the-coast-gazette/2026-11-28-council-approves-2m-plan-2.md"))
    XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), text)
    // No temporary file is left.
    let names = try FileManager.default.contentsOfDirectory(atPath: file.deletingLastPathComponent().path)
    XCTAssertEqual(names.filter { $0.hasPrefix(".") }, [])
    XCTAssertTrue(Library.holdsArticles(folder))
    XCTAssertFalse(Library.holdsArticles(folder.appendingPathComponent("none")))
  }

  func testQuotedTitleSurvivesTheFrontMatter() throws {
    let entry = LibraryEntry(title: "\"No deal\"", paragraphs: ["Text."])
    XCTAssertEqual(ArticleReader.parse(entry.markdown, path: "x.md").title, "\"No deal\"")
  }

  func testSlugs() {
    XCTAssertEqual(Slug.make("Café owners say ‘no’ — again!", fallback: "x"), "cafe-owners-say-no-again")
    XCTAssertEqual(Slug.make("日本語", fallback: "article"), "article")
    XCTAssertEqual(Slug.make("It's the economy", fallback: "x"), "its-the-economy")
  }
}
