import Foundation
import SaysoAnalysis
import SaysoCore
import Testing

@testable import SaysoStore

/// Bookmarks found again after their article file changes: edits before, inside and after the passage,
/// moved and deleted paragraphs, a deleted article.
@Suite struct ReanchoringTests {
  /// A folder with one article, its index, and a bookmark database in memory.
  struct Fixture {
    var folder: URL
    var path: String
    var index: CorpusIndex
    var bookmarks = BookmarkDatabase.inMemory()

    init(_ text: String) throws {
      folder = try StoreTestSupport.temporaryFolder()
      path = try StoreTestSupport.write(text, "article.md", in: folder)
      index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
      try index.update()
    }

    /// Bookmarks `passage` (the first occurrence in paragraph `paragraph`), or the whole paragraph.
    func bookmark(paragraph: Int, passage: String? = nil, note: String? = "my note") throws -> Bookmark {
      let analysis = try #require(try index.analysis(of: path))
      let text = analysis.article.paragraphs[paragraph].text
      var span: Range<Int>?
      if let passage {
        let range = try #require(text.range(of: passage))
        let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        span = start..<start + passage.unicodeScalars.count
      }
      let new = try NewBookmark(
        in: analysis, hash: try index.contentHash(of: path), corpus: index.identity, paragraph: paragraph, span: span,
        note: note)
      return try bookmarks.add(new)
    }

    /// Rewrites the article and re-anchors; returns the bookmark as it is then.
    func edit(_ text: String, id: Int64) throws -> Bookmark {
      try StoreTestSupport.write(text, "article.md", in: folder)
      try StoreTestSupport.setModified(path, seconds: Date().timeIntervalSince1970 + 100)
      let report = try index.update()
      try bookmarks.reanchor(corpus: index.identity, renamed: report.renamed, in: index)
      return try bookmarks.bookmark(id)
    }

    /// The text of the bookmark's passage in the article as indexed now.
    func passage(of bookmark: Bookmark) throws -> String {
      let analysis = try #require(try index.analysis(of: bookmark.article))
      let scalars = Array(analysis.article.paragraphs[bookmark.anchor.paragraph].text.unicodeScalars)
      return String(String.UnicodeScalarView(scalars[bookmark.anchor.start..<bookmark.anchor.end]))
    }
  }

  static let original = """
    Water talks resume

    The first paragraph sets the scene for the talks.

    The minister said the dam would be finished by spring, and that nobody would lose their land.

    A closing paragraph about the weather in the valley.

    """

  @Test func anUnchangedArticleLeavesTheBookmarkExact() throws {
    let fixture = try Fixture(Self.original)
    let bookmark = try fixture.bookmark(paragraph: 2, passage: "the dam would be finished by spring")
    let changes = try fixture.bookmarks.reanchor(corpus: fixture.index.identity, in: fixture.index)
    #expect(changes.isEmpty)
    #expect(try fixture.bookmarks.bookmark(bookmark.id).status == .exact)
    #expect(bookmark.anchor.prefix == "The minister said ")
    #expect(bookmark.anchor.suffix.hasPrefix(", and that nobody"))
    #expect(bookmark.kind == .quote)  // "the minister said the dam…" is reported speech
  }

  @Test func editingTheParagraphBeforeMovesNothing() throws {
    let fixture = try Fixture(Self.original)
    let bookmark = try fixture.bookmark(paragraph: 2, passage: "the dam would be finished by spring")
    let edited = Self.original.replacingOccurrences(of: "sets the scene for", with: "was rewritten entirely before")
    let after = try fixture.edit(edited, id: bookmark.id)
    #expect(after.status == .exact)
    #expect(after.anchor == bookmark.anchor)
  }

  @Test func aNewParagraphBeforeMovesTheBookmark() throws {
    let fixture = try Fixture(Self.original)
    let bookmark = try fixture.bookmark(paragraph: 2, passage: "the dam would be finished by spring")
    let edited = Self.original.replacingOccurrences(
      of: "The minister said", with: "An inserted paragraph.\n\nIn the capital, the minister said")
    let after = try fixture.edit(edited, id: bookmark.id)
    #expect(after.status == .moved)
    #expect(after.anchor.paragraph == 3)
    #expect(try fixture.passage(of: after) == "the dam would be finished by spring")
    #expect(after.note == "my note")
  }

  @Test func editingInsideThePassageFindsItByContext() throws {
    let fixture = try Fixture(Self.original)
    let bookmark = try fixture.bookmark(paragraph: 2, passage: "the dam would be finished by spring")
    let edited = Self.original.replacingOccurrences(of: "finished by spring", with: "completed by early summer")
    let after = try fixture.edit(edited, id: bookmark.id)
    #expect(after.status == .changed)
    #expect(try fixture.passage(of: after) == "the dam would be completed by early summer")
    #expect(after.anchor.exact == "the dam would be completed by early summer")
  }

  @Test func aSmallEditInsideWithItsContextGoneIsFoundApproximately() throws {
    let fixture = try Fixture(Self.original)
    let bookmark = try fixture.bookmark(paragraph: 2, passage: "the dam would be finished by spring")
    let edited = Self.original.replacingOccurrences(
      of: "The minister said the dam would be finished by spring, and that nobody would lose their land.",
      with: "Officials now think the dam would be finished by the spring. Farmers disagree.")
    let after = try fixture.edit(edited, id: bookmark.id)
    #expect(after.status == .changed)
    #expect(try fixture.passage(of: after) == "the dam would be finished by the spring")
  }

  @Test func editingAfterThePassageLeavesItExact() throws {
    let fixture = try Fixture(Self.original)
    let bookmark = try fixture.bookmark(paragraph: 2, passage: "the dam would be finished by spring")
    let edited = Self.original.replacingOccurrences(
      of: "nobody would lose their land", with: "all would be compensated"
    )
    .replacingOccurrences(of: "about the weather", with: "about the harvest")
    let after = try fixture.edit(edited, id: bookmark.id)
    #expect(after.status == .exact)
    #expect(after.anchor.start == bookmark.anchor.start)
    #expect(after.anchor.suffix == ", and that all would be compensa")
  }

  @Test func deletingThePassageOrphansTheBookmarkButKeepsItsTextAndNote() throws {
    let fixture = try Fixture(Self.original)
    let bookmark = try fixture.bookmark(paragraph: 2, passage: "the dam would be finished by spring")
    let edited = Self.original.replacingOccurrences(
      of: "The minister said the dam would be finished by spring, and that nobody would lose their land.\n\n", with: "")
    let after = try fixture.edit(edited, id: bookmark.id)
    #expect(after.status == .orphanedPassage)
    #expect(after.anchor.exact == "the dam would be finished by spring")
    #expect(after.note == "my note")
    #expect(try fixture.bookmarks.bookmarks().count == 1)
    // It is checked again later: when the passage comes back, so does the anchor.
    let restored = try fixture.edit(Self.original, id: bookmark.id)
    #expect(restored.status == .exact)
  }

  @Test func aWholeParagraphFollowsItsParagraph() throws {
    let fixture = try Fixture(Self.original)
    let bookmark = try fixture.bookmark(paragraph: 3)
    #expect(bookmark.kind == .paragraph)
    #expect(bookmark.anchor.isWholeParagraph)
    let edited = Self.original.replacingOccurrences(of: "weather in the valley", with: "weather in the valleys")
      .replacingOccurrences(of: "The first paragraph", with: "Inserted.\n\nThe first paragraph")
    let after = try fixture.edit(edited, id: bookmark.id)
    #expect(after.status == .changed)
    #expect(after.anchor.paragraph == 4)
    #expect(after.anchor.exact == "A closing paragraph about the weather in the valleys.")
  }

  @Test func aDeletedArticleOrphansItsBookmarksAndARenameIsFollowed() throws {
    let fixture = try Fixture(Self.original)
    let bookmark = try fixture.bookmark(paragraph: 1)
    let renamed = fixture.folder.appendingPathComponent("renamed.md").path
    try FileManager.default.moveItem(atPath: fixture.path, toPath: renamed)
    var report = try fixture.index.update()
    try fixture.bookmarks.reanchor(corpus: fixture.index.identity, renamed: report.renamed, in: fixture.index)
    var after = try fixture.bookmarks.bookmark(bookmark.id)
    #expect(after.article == renamed)
    #expect(after.status == .exact)

    try FileManager.default.removeItem(atPath: renamed)
    report = try fixture.index.update()
    let changes = try fixture.bookmarks.reanchor(
      corpus: fixture.index.identity, renamed: report.renamed, in: fixture.index)
    after = try fixture.bookmarks.bookmark(bookmark.id)
    #expect(after.status == .orphanedArticle)
    #expect(changes.map(\.previousStatus) == [.exact])
    #expect(after.anchor.exact == "The first paragraph sets the scene for the talks.")
  }

  @Test func bookmarksOfAnotherCorpusAreLeftAlone() throws {
    let fixture = try Fixture(Self.original)
    let bookmark = try fixture.bookmark(paragraph: 1)
    let other = CorpusIndex.inMemory(corpus: [.path(StoreTestSupport.seedsFolder)])
    try other.update()
    #expect(try fixture.bookmarks.reanchor(corpus: other.identity, in: other).isEmpty)
    #expect(try fixture.bookmarks.bookmark(bookmark.id).status == .exact)
  }

  @Test func theFinderPrefersTheOccurrenceWithTheSameContext() {
    let anchor = PassageAnchor(paragraph: 0, span: 14..<19, in: "He said: yes. Peace now, he said.")
    let found = PassageFinder.find(anchor, in: ["Peace first. Intro.", "He said: yes. Peace now, he said."])
    #expect(found?.anchor.paragraph == 1)
    #expect(found?.status == .moved)
  }

  @Test func editDistances() {
    #expect(EditDistance.between(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
    let match = EditDistance.bestMatch(
      of: Array("finished".unicodeScalars), in: Array("it was finnished by".unicodeScalars))
    #expect(match?.distance == 1)
    #expect(match?.range == 7..<16)
  }
}
