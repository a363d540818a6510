import Foundation
import SaysoCore
import Testing

@testable import SaysoStore

/// A search answers from the index without walking the corpus when no folder changed since the last
/// full update, and checks the articles it is about to show: a new file changes its folder's time, an
/// edited one is caught by its own time and size.
@Suite struct FreshnessTests {
  /// An hour ago, in seconds since 1970: a time no file system clock can confuse with the update's.
  static let anHourAgo = Date().timeIntervalSince1970 - 3600

  /// A folder with `names`, each an article about itself, all of them (and the folder) an hour old.
  static func oldFolder(_ names: [String]) throws -> URL {
    let folder = try IncrementalUpdateTests.folder(names)
    for name in names { try StoreTestSupport.setModified(folder.appendingPathComponent(name).path, seconds: anHourAgo) }
    try StoreTestSupport.setModified(folder.path, seconds: anHourAgo)
    return folder
  }

  @Test func aFullUpdateLeavesTheIndexFreshUntilAFileIsAddedOrRemoved() throws {
    let folder = try Self.oldFolder(["a.txt", "b.txt"])
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    #expect(!index.isFresh())  // never updated
    try index.update()
    #expect(index.isFresh())
    try StoreTestSupport.write(IncrementalUpdateTests.article("new"), "c.txt", in: folder)
    #expect(!index.isFresh())
    try StoreTestSupport.setModified(folder.path, seconds: Self.anHourAgo)
    try index.update()
    #expect(index.isFresh())
    try FileManager.default.removeItem(at: folder.appendingPathComponent("a.txt"))
    #expect(!index.isFresh())
  }

  @Test func aNewSubfolderChangesItsParentAndAFileAddedInItChangesIt() throws {
    let folder = try Self.oldFolder(["a.txt", "sub/b.txt"])
    try StoreTestSupport.setModified(folder.appendingPathComponent("sub").path, seconds: Self.anHourAgo)
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try index.update()
    #expect(index.isFresh())
    try StoreTestSupport.write(IncrementalUpdateTests.article("deep"), "sub/c.txt", in: folder)
    #expect(!index.isFresh())
  }

  @Test func aFolderChangedJustBeforeItsListingIsNotTrusted() throws {
    let folder = try IncrementalUpdateTests.folder(["a.txt"])  // its time is now
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try index.update()
    #expect(!index.isFresh())
  }

  @Test func anArticleEditedInPlaceIsFoundByItsOwnTimeAndSize() throws {
    let folder = try Self.oldFolder(["a.txt", "b.txt"])
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try index.update()
    let a = folder.appendingPathComponent("a.txt").path
    let b = folder.appendingPathComponent("b.txt").path
    #expect(try index.changedArticles([a, b]).isEmpty)
    try Data(IncrementalUpdateTests.article("edited").utf8).write(to: URL(fileURLWithPath: b))
    try StoreTestSupport.setModified(folder.path, seconds: Self.anHourAgo)
    #expect(index.isFresh())  // no folder changed…
    #expect(try index.changedArticles([a, b]) == [b])  // …but the article did
    try FileManager.default.removeItem(atPath: a)
    #expect(try index.changedArticles([a, b]) == [a, b])
    #expect(try index.changedArticles(["/not/indexed.txt"]).isEmpty)
  }

  @Test func anUpdateThatDidNotFinishLeavesTheIndexStale() throws {
    let folder = try Self.oldFolder(["a.txt"])
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try index.update()
    try index.forgetWatched()  // what an update does first
    #expect(!index.isFresh())
  }

  /// A fresh index reports the number of articles its last full update recorded, without counting
  /// them; folders recorded by an older sayso, with no number, are counted.
  @Test func aFreshIndexReportsTheArticlesItsLastUpdateLeft() throws {
    let folder = try Self.oldFolder(["a.txt", "b.txt", "c.txt"])
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    #expect(try index.update().articles == 3)
    #expect(index.isFresh())
    let recorded = try index.database.read { db in try Int.fetchAll(db, sql: "SELECT articles FROM watched") }
    #expect(recorded == [3])
    #expect(try index.currentReport().articles == 3)
    try index.database.write { db in try db.execute(sql: "UPDATE watched SET articles = NULL") }
    #expect(index.isFresh())
    #expect(try index.currentReport().articles == 3)
  }

  @Test func aCorpusBuiltIntoTheBinaryIsNeverFresh() throws {
    let index = CorpusIndex.inMemory(corpus: [
      .embedded(name: "docs", documents: [EmbeddedDocument(path: "docs/a.txt", bytes: Array("A\n\nText.\n".utf8))])
    ])
    try index.update()
    #expect(!index.isFresh())
  }
}
