import Foundation
import XCTest

@testable import SaysoCore

final class CorpusLoaderTests: XCTestCase {
  let good = "Headline Of The Day\n\nThe story begins here and it goes on.\n"

  /// The extension is read as `NSString.pathExtension` reads it, for every name a folder may hold.
  func testArticleExtensionIsReadAsFoundationReadsIt() {
    for name in [
      "a.txt", "a.TXT", "b.md", "b.Md", "c.tar.txt", "d.txt.gz", "e.", "f", "g.txt.", "h..md", "i.markdown",
      "j .txt", "k.tx t", "Zoë.txt", "l.ｔｘｔ", "m.txtx", "n.mdtxt", "o.t",
    ] {
      let foundation = CorpusLoader.articleExtensions.contains((name as NSString).pathExtension.lowercased())
      XCTAssertEqual(CorpusLoader.hasArticleExtension(name), foundation, name)
    }
  }

  func testFoldersAreWalkedRecursivelySortedWithoutHiddenFiles() throws {
    let dir = try makeTemporaryFolder(self)
    try write(good, to: "b.txt", in: dir)
    try write(good, to: "a.md", in: dir)
    try write(good, to: "sub/c.TXT", in: dir)
    try write(good, to: "a-z.txt", in: dir)
    try write(good, to: "notes.json", in: dir)
    try write(good, to: ".hidden.txt", in: dir)
    try write(good, to: ".git/d.txt", in: dir)
    let result = CorpusLoader.load(paths: [dir + "/"])
    XCTAssertEqual(result.errors, [])
    XCTAssertEqual(
      result.articles.map(\.path),
      [dir + "/a-z.txt", dir + "/a.md", dir + "/b.txt", dir + "/sub/c.TXT"],
      "sorted by path, joined to the folder as given")
  }

  func testExplicitFileIsReadWhateverItsExtension() throws {
    let dir = try makeTemporaryFolder(self)
    let path = try write(good, to: ".story.json", in: dir)
    let result = CorpusLoader.load(paths: [path])
    XCTAssertEqual(result.articles.map(\.path), [path])
    XCTAssertEqual(result.articles.first?.title, "Headline Of The Day")
  }

  func testBadInputIsRefusedWithOneClearLineAndTheRestLoads() throws {
    let dir = try makeTemporaryFolder(self)
    let ok = try write(good, to: "ok.txt", in: dir)
    let empty = try write([], to: "empty.txt", in: dir)
    let blank = try write(" \n\t\n\r\n", to: "blank.txt", in: dir)
    let frontOnly = try write("---\ntitle: Test page\n---\n\n", to: "front.txt", in: dir)
    let binary = try write(
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00], to: "image.txt", in: dir)
    let latin1 = try write(
      Array("Title\n\nline two\nCaf".utf8) + [0xE9] + Array(" ouvert.\n".utf8), to: "x.txt", in: dir
    )
    let utf16 = try write([0xFF, 0xFE, 0x41, 0x00], to: "wide.txt", in: dir)
    let emptyFolder = dir + "/nothing"
    try FileManager.default.createDirectory(
      atPath: emptyFolder + "/deeper", withIntermediateDirectories: true)
    try write("not an article", to: "nothing/deeper/readme.rst", in: dir)
    let missing = dir + "/missing.txt"

    let paths = [missing, empty, blank, frontOnly, binary, latin1, utf16, emptyFolder, ok, ""]
    let result = CorpusLoader.load(paths: paths)
    // Not UTF-8: read as Windows-1252, and said so; UTF-16 with its byte-order mark: read as UTF-16.
    XCTAssertEqual(result.articles.map(\.path), [latin1, utf16, ok])
    XCTAssertEqual(result.articles.map(\.encoding), [.windows1252, .utf16, .utf8])
    XCTAssertEqual(result.articles[0].paragraphs.last?.text, "line two\nCafé ouvert.")
    XCTAssertEqual(result.articles[1].paragraphs.map(\.text), ["A"])
    XCTAssertEqual(TextEncoding.windows1252.notice(path: latin1), "\(latin1): not valid UTF-8; read as Windows-1252")
    XCTAssertEqual(
      result.errors,
      [
        .missing(path: missing), .emptyFile(path: empty), .noText(path: blank),
        .noText(path: frontOnly),
        .binary(path: binary, offset: 8),
        .noArticles(path: emptyFolder), .missing(path: ""),
      ])
    for error in result.errors {
      XCTAssertFalse(error.description.contains("\n"), "one line: \(error)")
      XCTAssertTrue(error.description.hasPrefix(error.path + ": "), "names the file: \(error)")
    }
  }

  func testErrorMessages() {
    XCTAssertEqual(
      SaysoCoreError.missing(path: "a.txt").description, "a.txt: no such file or folder")
    XCTAssertEqual(SaysoCoreError.emptyFile(path: "a.txt").description, "a.txt: empty file")
    XCTAssertEqual(
      SaysoCoreError.noText(path: "a.txt").description,
      "a.txt: no article text (only white space or front matter)")
    XCTAssertEqual(
      SaysoCoreError.binary(path: "a.txt", offset: 12).description,
      "a.txt: binary file (NUL byte at offset 12), not an article")
    XCTAssertEqual(
      SaysoCoreError.invalidUTF8(path: "x.txt", line: 3, byte: 0xE9).description,
      "x.txt: line 3: invalid UTF-8 (byte 0xE9)")
    XCTAssertEqual(
      SaysoCoreError.tooLarge(path: "big.txt", size: 52_428_800, limit: 20_000_000).description,
      "big.txt: file too large (52.4 MB; the limit is 20.0 MB)")
    XCTAssertEqual(
      SaysoCoreError.noArticles(path: "dir").description,
      "dir: no .txt or .md articles in this folder")
    XCTAssertEqual(
      SaysoCoreError.notRegularFile(path: "fifo").description, "fifo: not a regular file or folder")
    XCTAssertEqual(
      SaysoCoreError.utf16(path: "w.txt").description,
      "w.txt: UTF-16 text is not supported; save the file as UTF-8")
    XCTAssertEqual(
      SaysoCoreError.unreadable(path: "p.txt", reason: "permission denied").description,
      "p.txt: cannot read: permission denied")
    XCTAssertEqual(
      SaysoCoreError.missing(path: "a.txt").errorDescription, "a.txt: no such file or folder")
  }

  func testCRLFAndByteOrderMarkAreReadCorrectly() throws {
    let dir = try makeTemporaryFolder(self)
    let text =
      "\u{FEFF}Headline Of The Day\r\n\r\nThe story begins here,\r\nand goes on.\r\n\r\nThe end.\r\n"
    let path = try write(text, to: "crlf.txt", in: dir)
    let result = CorpusLoader.load(paths: [path])
    XCTAssertEqual(result.errors, [])
    let article = try XCTUnwrap(result.articles.first)
    XCTAssertEqual(article.title, "Headline Of The Day")
    XCTAssertEqual(
      article.paragraphs.map(\.text),
      ["Headline Of The Day", "The story begins here,\nand goes on.", "The end."])
    // offsets as Python's text mode counts them: "\r\n" reads as one "\n"
    XCTAssertEqual(article.paragraphs.map(\.start), [1, 22, 59])
    assertParagraphsMatchFile(article, text.replacingOccurrences(of: "\r\n", with: "\n"))
  }

  func testOldMacLineEndingsEndLinesAndStayInTheText() throws {
    let dir = try makeTemporaryFolder(self)
    let text = "Title line\rFirst line\rsecond line.\r\rThe end.\r"
    let path = try write(text, to: "cr.txt", in: dir)
    let article = try XCTUnwrap(CorpusLoader.load(paths: [path]).articles.first)
    // A lone CR ends a line (two make a blank one), as Python's universal newlines read it, and is one
    // scalar there as here; it is not rewritten to "\n".
    XCTAssertEqual(article.paragraphs.map(\.text), ["Title line\rFirst line\rsecond line.", "The end."])
    XCTAssertEqual(article.paragraphs.map(\.start), [0, 36])
    assertParagraphsMatchFile(article, text)
  }

  func testALoneCRInsideAParagraphStaysInItsText() throws {
    let dir = try makeTemporaryFolder(self)
    // CRLF line endings with one stray CR inside the second paragraph.
    let text = "Harbour plan\r\n\r\n\"We cannot wait,\" the mayor\rsaid on Monday.\r\n\r\nThe end.\r\n"
    let path = try write(text, to: "stray.txt", in: dir)
    let article = try XCTUnwrap(CorpusLoader.load(paths: [path]).articles.first)
    XCTAssertEqual(
      article.paragraphs.map(\.text), ["Harbour plan", "\"We cannot wait,\" the mayor\rsaid on Monday.", "The end."])
    // Python: open(path, encoding="utf-8").read().index('"We') == 14, .index("The end") == 59.
    XCTAssertEqual(article.paragraphs.map(\.start), [0, 14, 59])
    assertParagraphsMatchFile(article, text.replacingOccurrences(of: "\r\n", with: "\n"))
  }

  func testFilesAboveTheLimitAreRefusedWithoutBeingRead() throws {
    let dir = try makeTemporaryFolder(self)
    // 50 MB, sparse: the loader must refuse it from its size alone.
    let path = dir + "/huge.txt"
    XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.truncate(atOffset: 50_000_000)
    try handle.close()
    try write(good, to: "small.txt", in: dir)
    let result = CorpusLoader.load(paths: [dir])
    XCTAssertEqual(
      result.errors,
      [.tooLarge(path: path, size: 50_000_000, limit: CorpusLoader.defaultMaximumFileSize)])
    XCTAssertEqual(result.articles.map(\.path), [dir + "/small.txt"])

    let small = CorpusLoader.load(paths: [dir + "/small.txt"], maximumFileSize: 10)
    XCTAssertEqual(
      small.errors, [.tooLarge(path: dir + "/small.txt", size: good.utf8.count, limit: 10)])
  }

  func testSymbolicLinkCyclesAndSpecialFilesDoNotHang() throws {
    let dir = try makeTemporaryFolder(self)
    try write(good, to: "sub/a.txt", in: dir)
    try FileManager.default.createSymbolicLink(atPath: dir + "/sub/loop", withDestinationPath: dir)
    try FileManager.default.createSymbolicLink(
      atPath: dir + "/dangling.txt", withDestinationPath: dir + "/none")
    XCTAssertEqual(mkfifo(dir + "/pipe.txt", 0o600), 0)
    let result = CorpusLoader.load(paths: [dir, dir + "/pipe.txt"])
    XCTAssertEqual(result.articles.map(\.path), [dir + "/sub/a.txt"])
    XCTAssertEqual(
      result.errors,
      [
        .missing(path: dir + "/dangling.txt"), .notRegularFile(path: dir + "/pipe.txt"),
        .notRegularFile(path: dir + "/pipe.txt"),
      ], "special files found in a folder are reported too")
  }

  func testUnreadableFile() throws {
    guard getuid() != 0 else { throw XCTSkip("root reads everything") }
    let dir = try makeTemporaryFolder(self)
    let path = try write(good, to: "secret.txt", in: dir)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
    let result = CorpusLoader.load(paths: [path])
    XCTAssertEqual(result.errors, [.unreadable(path: path, reason: "permission denied")])
  }
}

final class ArticleBytesTests: XCTestCase {
  func firstInvalid(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { ArticleBytes.firstInvalidUTF8($0) }
  }

  func testStrictUTF8LikePython() {
    XCTAssertNil(firstInvalid(Array("plain ascii, é, 日本, 😀".utf8)))
    XCTAssertEqual(firstInvalid([0x61, 0xE9, 0x62]), 1, "Latin-1 é")
    XCTAssertEqual(firstInvalid([0xC0, 0xAF]), 0, "overlong /")
    XCTAssertEqual(firstInvalid([0xE0, 0x80, 0xAF]), 0, "overlong")
    XCTAssertEqual(firstInvalid([0xED, 0xA0, 0x80]), 0, "surrogate U+D800")
    XCTAssertEqual(firstInvalid([0xF4, 0x90, 0x80, 0x80]), 0, "past U+10FFFF")
    XCTAssertEqual(firstInvalid([0x61, 0xE6, 0x97]), 1, "cut short at the end")
    XCTAssertEqual(firstInvalid([0x80]), 0, "lone continuation byte")
  }

  func testNotUTF8ReadsAsWindows1252() throws {
    let data = Data(Array("one\r\ntwo\rIt cost ".utf8) + [0xA3, 0x35, 0x20, 0x80, 0x20, 0x93, 0x51, 0x94, 0x20, 0x81])
    let (text, encoding) = try ArticleBytes.decodeNamingEncoding(data, path: "x.txt")
    XCTAssertEqual(encoding, .windows1252)
    XCTAssertEqual(text, "one\ntwo\rIt cost £5 € “Q” \u{81}", "a CRLF is one \\n, a lone CR stays")
  }

  func testUTF16WithAByteOrderMark() throws {
    for (bom, littleEndian) in [([UInt8(0xFF), 0xFE], true), ([0xFE, 0xFF], false)] {
      var data = Data(bom)
      for unit in "Hé\r\n£".utf16 {
        data.append(
          contentsOf: littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)])
      }
      let (text, encoding) = try ArticleBytes.decodeNamingEncoding(data, path: "w.txt")
      XCTAssertEqual(encoding, .utf16)
      XCTAssertEqual(text, "Hé\n£")
    }
  }
}

final class SectionTests: XCTestCase {
  func testFolderNamesAreSectionsWhenNothingElseGivesOne() throws {
    let dir = try makeTemporaryFolder(self)
    try FileManager.default.createDirectory(atPath: dir + "/business", withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: dir + "/coast-news", withIntermediateDirectories: true)
    try "Markets rise\n\nShares rose on Monday, traders said.\n".write(
      toFile: dir + "/business/a.txt", atomically: true, encoding: .utf8)
    try "---\nsection: Sport\n---\n\nA match\n\nThe team won on Sunday.\n".write(
      toFile: dir + "/business/b.md", atomically: true, encoding: .utf8)
    try "---\nsource: Coast News\n---\n\nHarbour\n\nThe harbour opened.\n".write(
      toFile: dir + "/coast-news/c.md", atomically: true, encoding: .utf8)
    try "Top level\n\nText here, at the top.\n".write(toFile: dir + "/top.txt", atomically: true, encoding: .utf8)
    let articles = CorpusLoader.load(paths: [dir]).articles
    XCTAssertEqual(articles.map(\.section), ["business", "Sport", nil, nil])
  }
}
