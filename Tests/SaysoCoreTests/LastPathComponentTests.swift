import XCTest

@testable import SaysoCore

/// A file's name for its date is found on the bytes of an ASCII path: the same part as a Character split.
final class LastPathComponentTests: XCTestCase {
  func testLastPathComponentIsTheLastNonEmptyPart() {
    let paths = ["/tmp/wire/0.txt", "a/b/", "name.txt", "/", "", "dir//2020-01-02 story.md", "é/\u{301}x/y.txt"]
    for path in paths {
      XCTAssertEqual(
        ArticleReader.lastPathComponent(path), path.split(separator: "/").last.map(String.init) ?? path, path)
    }
    XCTAssertEqual(ArticleReader.lastPathComponent("news/2020-01-02-story.txt"), "2020-01-02-story.txt")
  }
}
