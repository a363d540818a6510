import Foundation
import SaysoCore
import XCTest

@testable import SaysoIngest

final class MainTextTests: XCTestCase {
  func testKeepsTheArticleAndDropsTheFurniture() throws {
    let entry = try WebPage.entry(Data(Fixtures.page.utf8), address: "page.html")
    XCTAssertEqual(entry.paragraphs, Fixtures.pageParagraphs)
    XCTAssertEqual(entry.title, "Council approves harbour plan")
    XCTAssertEqual(entry.source, "The Coast Gazette")
    XCTAssertEqual(entry.date, "2026-11-28")
    XCTAssertEqual(entry.author, "Jane Doe")
    let text = entry.paragraphs.joined(separator: "\n")
    for dropped in ["Script text", "commented-out", "Home", "Related", "newsletter", "All rights reserved", "By Jane"] {
      XCTAssertFalse(text.contains(dropped), dropped)
    }
  }

  func testDateFromTimeElementAndBylineFromClass() throws {
    let html = """
      <html><body><div id="nav-menu"><a href="/x">Politics</a> <a href="/y">Business and markets today</a></div>
      <div class="story-body"><h1>Bridge to reopen</h1><span class="author-name">By Sam Park</span>
      <time datetime="2025-03-04">4 March</time>
      <p>The bridge will reopen to traffic on Friday after repairs that took longer than planned, officials said.</p>
      <p>Engineers found more damage than expected, which delayed the work, the city's transport office said.</p>
      </div><div class="more-stories"><p>Other stories you might like to read today and tomorrow, too.</p></div>
      </body></html>
      """
    let entry = try WebPage.entry(
      Data(html.utf8), address: "bridge.html", url: URL(string: "https://www.city.invalid/b"))
    XCTAssertEqual(entry.title, "Bridge to reopen")
    XCTAssertEqual(entry.date, "2025-03-04")
    XCTAssertEqual(entry.author, "Sam Park")
    XCTAssertEqual(entry.source, "city.invalid")
    XCTAssertEqual(entry.paragraphs.count, 2)
  }

  func testTextInDivsWithLineBreaksIsKept() throws {
    let html = """
      <html><body><div class="content">First paragraph of a page that writes no p elements at all, only text.<br><br>
      <div>Second block of text, in its own div, long enough to count as a paragraph of the story.</div></div></body></html>
      """
    let entry = try WebPage.entry(Data(html.utf8), address: "divs.html")
    XCTAssertEqual(entry.paragraphs.count, 2)
    XCTAssertEqual(entry.title, "First paragraph of a page that writes no p elements at all, only text.")
  }

  func testPageWithoutTextIsRefusedWithItsName() {
    XCTAssertThrowsError(
      try WebPage.entry(Data("<html><body><nav>Home</nav></body></html>".utf8), address: "empty.html")
    ) {
      XCTAssertEqual(($0 as? IngestError)?.description, "empty.html: no article text found")
    }
  }

  func testControlCharactersNeverReachTheLibrary() throws {
    let html =
      "<html><body><article><p>Bad \u{1B}[2Jescape and a bell \u{07} inside, in a paragraph long enough.</p></article></body></html>"
    let entry = try WebPage.entry(Data(html.utf8), address: "x.html")
    XCTAssertFalse(entry.markdown.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
  }

  func testLatin1PageDeclaredInMeta() throws {
    var bytes = Data("<html><head><meta charset=\"windows-1252\"></head><body><article><p>It cost ".utf8)
    bytes.append(0xA3)  // £ in Windows-1252
    bytes.append(
      contentsOf: Array("5m, the council said on Tuesday, more than planned.</p></article></body></html>".utf8))
    let entry = try WebPage.entry(bytes, address: "latin.html")
    XCTAssertEqual(entry.paragraphs.first, "It cost £5m, the council said on Tuesday, more than planned.")
  }
}
