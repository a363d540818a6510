import Foundation
import GRDB
import SaysoAnalysis
import SaysoCore
import Testing

@testable import SaysoStore

/// Adding, listing, noting, removing and exporting bookmarks; damaged and full files.
@Suite struct BookmarkDatabaseTests {
  let index: CorpusIndex
  let budget: String

  init() throws {
    let (index, folder) = try StoreTestSupport.indexedFolder()
    self.index = index
    budget = folder.appendingPathComponent("budget.md").path
  }

  private func newBookmark(
    paragraph: Int, quoteOf speaker: String? = nil, note: String? = nil, tags: [String] = []
  ) throws -> NewBookmark {
    let analysis = try #require(try index.analysis(of: budget))
    var span: Range<Int>?
    if let speaker {
      let quote = try #require(analysis.quotes.first { $0.speaker?.name == speaker })
      span = quote.start..<quote.end
      return try NewBookmark(
        in: analysis, hash: try index.contentHash(of: budget), corpus: index.identity, paragraph: quote.paragraph,
        span: span, note: note, tags: tags)
    }
    return try NewBookmark(
      in: analysis, hash: try index.contentHash(of: budget), corpus: index.identity, paragraph: paragraph, note: note,
      tags: tags)
  }

  @Test func aRemovedBookmarkIsRestoredWithItsNumberPlaceAndNote() throws {
    let store = BookmarkDatabase.inMemory()
    let created = Date(timeIntervalSince1970: 1_700_000_000)
    try store.add(try newBookmark(paragraph: 0))
    try store.add(try newBookmark(paragraph: 1, note: "lead", tags: ["econ"]), created: created)
    try store.add(try newBookmark(paragraph: 2))
    let removed = try store.remove(2)
    #expect(removed.note == "lead")
    #expect(try store.bookmarks().map(\.id) == [1, 3])
    let restored = try store.restore(removed)
    #expect(restored == removed)
    #expect(try store.bookmarks().map(\.id) == [1, 2, 3])
    #expect(try store.bookmark(2).tags == ["econ"])
    #expect(try store.bookmark(2).created == created)
    // Its number is its own again; a new bookmark still gets a number never used.
    #expect(throws: SaysoStoreError.bookmarkExists(id: 2)) { try store.restore(removed) }
    #expect(try store.add(try newBookmark(paragraph: 3)).id == 4)
  }

  @Test func aPassageBookmarkedBeforeIsFound() throws {
    let store = BookmarkDatabase.inMemory()
    let paragraph = try store.add(try newBookmark(paragraph: 1, note: "lead"))
    let quote = try store.add(try newBookmark(paragraph: 0, quoteOf: "Maria Keller"))
    #expect(try store.bookmark(on: try newBookmark(paragraph: 1)) == paragraph)
    #expect(try store.bookmark(on: try newBookmark(paragraph: 0, quoteOf: "Maria Keller")) == quote)
    // The paragraph that holds the quote is another passage.
    #expect(try store.bookmark(on: try newBookmark(paragraph: quote.anchor.paragraph))?.id != quote.id)
    #expect(try store.bookmark(on: try newBookmark(paragraph: 2)) == nil)
  }

  @Test func addListNoteTagRemove() throws {
    let store = BookmarkDatabase.inMemory()
    let created = Date(timeIntervalSince1970: 1_700_000_000)
    let first = try store.add(
      try newBookmark(paragraph: 1, note: "lead", tags: ["budget", "budget", " ", "econ"]), created: created)
    let second = try store.add(try newBookmark(paragraph: 0, quoteOf: "Maria Keller"))
    #expect(first.id == 1)
    #expect(second.id == 2)
    #expect(first.tags == ["budget", "econ"])
    #expect(first.created == created)
    #expect(first.status == .exact)
    #expect(second.kind == .quote)
    #expect(second.speaker == "Maria Keller")
    #expect(second.anchor.exact.contains("We will not back down"))
    #expect(try store.bookmarks().map(\.id) == [1, 2])

    #expect(try store.setNote("rewritten", for: 1).note == "rewritten")
    #expect(try store.setNote("", for: 1).note == nil)
    #expect(try store.setTags(["x"], for: 2).tags == ["x"])

    try store.remove(1)
    #expect(try store.bookmarks().map(\.id) == [2])
    // Numbers are never reused.
    #expect(try store.add(try newBookmark(paragraph: 2)).id == 3)
    #expect(throws: SaysoStoreError.unknownBookmark(id: 1)) { try store.remove(1) }
    #expect(throws: SaysoStoreError.unknownBookmark(id: 9)) { try store.setNote("x", for: 9) }
  }

  @Test func passagesOutsideTheArticleAreRefused() throws {
    let analysis = try #require(try index.analysis(of: budget))
    let count = analysis.article.paragraphs.count
    #expect(throws: SaysoStoreError.noSuchParagraph(article: budget, paragraph: 99, count: count)) {
      try NewBookmark(in: analysis, hash: nil, corpus: index.identity, paragraph: 99)
    }
    let length = analysis.article.paragraphs[1].text.unicodeScalars.count
    #expect(
      throws: SaysoStoreError.spanOutsideParagraph(article: budget, paragraph: 1, start: 5, end: 500, length: length)
    ) {
      try NewBookmark(in: analysis, hash: nil, corpus: index.identity, paragraph: 1, span: 5..<500)
    }
    #expect(throws: SaysoStoreError.self) {
      try NewBookmark(in: analysis, hash: nil, corpus: index.identity, paragraph: 1, span: 5..<5)
    }
  }

  @Test func markdownExportShowsPassageSpeakerArticleAndNote() throws {
    let store = BookmarkDatabase.inMemory()
    try store.add(
      try newBookmark(paragraph: 0, quoteOf: "Maria Keller", note: "Check the *minutes*.", tags: ["politics"]))
    let markdown = BookmarkExport.markdown(try store.bookmarks())
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first?.hasPrefix("> ") == true)
    #expect(lines.first?.contains("We will not back down") == true)
    #expect(lines.contains { $0.hasPrefix("— Maria Keller (opposition leader), quote") })
    #expect(
      lines.contains { $0.hasPrefix("*Officials divided over the new budget* · Synthetic News · 2021-05-03 · ¶") })
    #expect(lines.contains("Tags: politics"))
    #expect(markdown.hasSuffix(#"Check the \*minutes\*."# + "\n"))
  }

  @Test func aDamagedFileIsMovedAsideAndAFreshOneStarted() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    let url = folder.appendingPathComponent("bookmarks.sqlite")
    do {
      let store = try BookmarkDatabase.open(at: url)
      try store.add(try newBookmark(paragraph: 1))
    }
    // Scribble over the middle of the file: the header survives, the pages do not.
    let handle = try FileHandle(forWritingTo: url)
    try handle.seek(toOffset: 4096)
    try handle.write(contentsOf: Data(repeating: 0xA5, count: 8192))
    try handle.close()
    let damagedBytes = try Data(contentsOf: url)

    let store = try BookmarkDatabase.open(at: url)
    let notice = try #require(store.notices.first)
    guard case .movedAside(let path, let movedTo) = notice else {
      Issue.record("expected a moved-aside notice, got \(notice)")
      return
    }
    #expect(path == url.path)
    #expect(movedTo.hasPrefix(url.path + ".damaged-"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: movedTo)) == damagedBytes)
    #expect(try store.bookmarks().isEmpty)
    #expect(try store.add(try newBookmark(paragraph: 1)).id == 1)
  }

  @Test func aFileThatIsNotADatabaseIsMovedAsideToo() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    let url = folder.appendingPathComponent("bookmarks.sqlite")
    try Data("these are not the bookmarks you are looking for\n".utf8).write(to: url)
    let store = try BookmarkDatabase.open(at: url)
    #expect(store.notices.count == 1)
    #expect(try store.bookmarks().isEmpty)
    let siblings = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(siblings.contains { $0.hasPrefix("bookmarks.sqlite.damaged-") })
  }

  @Test func aFullDiskIsAClearErrorAndLosesNothingSaved() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    let store = try BookmarkDatabase.open(at: folder.appendingPathComponent("bookmarks.sqlite"))
    try store.add(try newBookmark(paragraph: 1))
    // SQLite's own limit on the file's pages makes it "full" exactly as a full disk does (SQLITE_FULL).
    let pages = try store.database.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count")! }
    try store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages)") }
    let long = String(repeating: "A long note that will not fit. ", count: 2000)
    var failure: SaysoStoreError?
    do {
      for _ in 0..<20 { try store.add(try newBookmark(paragraph: 2, note: long)) }
    } catch {
      failure = error as? SaysoStoreError
    }
    #expect(failure == .diskFull(path: folder.appendingPathComponent("bookmarks.sqlite").path))
    #expect(failure?.description.hasSuffix("the disk is full, so nothing was saved") == true)
    #expect(try store.bookmarks().count >= 1)
  }

  @Test func aFolderThatCannotBeCreatedIsAClearError() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    let blocker = try StoreTestSupport.write("a file, not a folder\n", "data", in: folder)
    #expect(throws: SaysoStoreError.cannotCreateFolder(path: blocker, reason: "a file of that name is in the way")) {
      try BookmarkDatabase.open(at: URL(fileURLWithPath: blocker).appendingPathComponent("bookmarks.sqlite"))
    }
    let nested = URL(fileURLWithPath: blocker).appendingPathComponent("sub/bookmarks.sqlite")
    #expect(throws: SaysoStoreError.self) { try BookmarkDatabase.open(at: nested) }
  }
}
