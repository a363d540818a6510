import Foundation
import XCTest

@testable import SaysoCore

/// Bytes straight to scalars: the same text as the String path, line endings folded the same way.
final class ArticleBytesScalarsTests: XCTestCase {
  func testScalarsMatchTheDecodedText() throws {
    let samples = [
      "plain ASCII\n\nsecond paragraph", "CRLF\r\nline\r\n\r\nend\r\n", "lone\rCR\r\r\nmixed",
      "Ängela said “yes” — 😀 done\r\n", "\u{FEFF}mark first", "ends with CR\r",
    ]
    for sample in samples {
      let data = Data(sample.utf8)
      let (scalars, encoding) = try ArticleBytes.decodeScalarsNamingEncoding(data, path: "a.txt")
      let (text, _) = try ArticleBytes.decodeNamingEncoding(data, path: "a.txt")
      XCTAssertEqual(encoding, .utf8)
      XCTAssertEqual(scalars, Array(text.unicodeScalars), sample)
      XCTAssertEqual(scalars.capacity >= scalars.count, true)
    }
    XCTAssertEqual(
      String(String.UnicodeScalarView(ArticleBytes.utf8Scalars(Data("a\r\nb\rc".utf8)))), "a\nb\rc")
  }

  func testOtherEncodingsStillDecode() throws {
    let latin = Data([0x93, 0x48, 0x69, 0x94, 0x0D, 0x0A])  // “Hi” in Windows-1252, CRLF
    let (scalars, encoding) = try ArticleBytes.decodeScalarsNamingEncoding(latin, path: "b.txt")
    XCTAssertEqual(encoding, .windows1252)
    XCTAssertEqual(String(String.UnicodeScalarView(scalars)), "“Hi”\n")
    XCTAssertThrowsError(try ArticleBytes.decodeScalarsNamingEncoding(Data(), path: "c.txt"))
  }

  func testACarriageReturnIsFound() {
    XCTAssertTrue(ArticleBytes.containsCarriageReturn(Data("a\rb".utf8)))
    XCTAssertFalse(ArticleBytes.containsCarriageReturn(Data("a\nb".utf8)))
    XCTAssertFalse(ArticleBytes.containsCarriageReturn(Data()))
  }
}
