import Foundation
import SaysoTestSupport
import XCTest

@testable import SaysoCore

/// Checks the paragraph invariant: the file's scalars from `start` to `end` are exactly the text, the
/// text is trimmed and never ends with "\r", and indices count from 0.
func assertParagraphsMatchFile(
  _ article: Article, _ file: String, file testFile: StaticString = #filePath, line: UInt = #line
) {
  let scalars = Array(file.unicodeScalars)
  for (n, p) in article.paragraphs.enumerated() {
    XCTAssertEqual(p.index, n, "index", file: testFile, line: line)
    XCTAssertTrue(
      0 <= p.start && p.start < p.end && p.end <= scalars.count, "range", file: testFile, line: line
    )
    guard 0 <= p.start && p.start < p.end && p.end <= scalars.count else { continue }
    XCTAssertEqual(
      Array(p.text.unicodeScalars), Array(scalars[p.start..<p.end]),
      "paragraph \(n) text vs offsets",
      file: testFile, line: line)
    XCTAssertFalse(
      p.text.unicodeScalars.last!.properties.isWhitespace, "trailing space", file: testFile,
      line: line)
    XCTAssertFalse(
      p.text.unicodeScalars.first!.properties.isWhitespace, "leading space", file: testFile,
      line: line)
    XCTAssertNotEqual(p.text.unicodeScalars.first!, "\u{FEFF}", "BOM", file: testFile, line: line)
  }
}

/// A fresh temporary folder, removed when the test ends.
func makeTemporaryFolder(_ test: XCTestCase) throws -> String {
  let url = try ScratchFolder.make("core")
  test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
  return url.path
}

/// Writes `bytes` to `folder/name`, creating folders on the way; returns the path.
@discardableResult
func write(_ bytes: [UInt8], to name: String, in folder: String) throws -> String {
  let path = folder + "/" + name
  let dir = (path as NSString).deletingLastPathComponent
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  try Data(bytes).write(to: URL(fileURLWithPath: path))
  return path
}

@discardableResult
func write(_ text: String, to name: String, in folder: String) throws -> String {
  try write(Array(text.utf8), to: name, in: folder)
}

/// The repository's seeds folder, found from this file's path.
func seedsFolder() -> String {
  URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("seeds").path
}
