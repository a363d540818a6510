import Foundation
import GRDB
import Testing

@testable import SaysoStore

/// A corrupt or truncated index file is detected, deleted and rebuilt from the corpus.
@Suite struct IndexDamageTests {
  /// An index file of the two test articles, closed.
  private func builtIndex() throws -> (url: URL, corpus: [CorpusSource]) { try StoreTestSupport.builtIndexFile() }

  private func expectRebuilt(_ url: URL, _ corpus: [CorpusSource]) throws {
    let index = try CorpusIndex.open(corpus: corpus, at: url)
    let report = try index.update()
    #expect(index.notices == [.indexRebuilt(path: url.path)])
    #expect(report.notices == [.indexRebuilt(path: url.path)])
    #expect(report.articles == 2)
    #expect(try index.search("inquiry").count == 1)
    #expect(
      SaysoStoreError.indexRebuilt(path: url.path).description.hasSuffix(
        "the index was damaged; rebuilt it from the corpus"))
  }

  @Test func aTruncatedIndexIsRebuilt() throws {
    let (url, corpus) = try builtIndex()
    let handle = try FileHandle(forWritingTo: url)
    let size = try handle.seekToEnd()
    try handle.truncate(atOffset: size / 2)
    try handle.close()
    try expectRebuilt(url, corpus)
  }

  @Test func anIndexWithAGarbledHeaderIsRebuilt() throws {
    let (url, corpus) = try builtIndex()
    let handle = try FileHandle(forWritingTo: url)
    try handle.write(contentsOf: Data(repeating: 0x42, count: 100))
    try handle.close()
    try expectRebuilt(url, corpus)
  }

  @Test func anIndexWithGarbledPagesIsRebuiltWhenRead() throws {
    let (url, corpus) = try builtIndex()
    let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! Int
    let handle = try FileHandle(forWritingTo: url)
    // Every page but the first (the schema) is overwritten.
    try handle.seek(toOffset: 4096)
    try handle.write(contentsOf: Data(repeating: 0xA5, count: size - 4096))
    try handle.close()
    try expectRebuilt(url, corpus)
  }
}

/// Damage inside the full-text index's pages passes SQLite's own check; FTS5's integrity check sees it,
/// in `check()` and after an update that did not finish.
@Suite struct SearchIndexDamageTests {
  /// An index file of the two test articles plus some filler, closed (so everything is in the file).
  private func builtIndex() throws -> (url: URL, corpus: [CorpusSource]) {
    let folder = try StoreTestSupport.temporaryFolder()
    try StoreTestSupport.write(StoreTestSupport.budgetArticle, "corpus/budget.md", in: folder)
    try StoreTestSupport.write(StoreTestSupport.strikeArticle, "corpus/strike.md", in: folder)
    for n in 0..<40 {
      try StoreTestSupport.write(
        "Plan \(n)\n\n\"We killed the plan \(n),\" Mayor Ana Ruiz said of budget item \(n).\n", "corpus/plan\(n).txt",
        in: folder)
    }
    let corpus: [CorpusSource] = [.path(folder.appendingPathComponent("corpus").path)]
    let url = folder.appendingPathComponent("cache/index.sqlite")
    do {
      let index = try CorpusIndex.open(corpus: corpus, at: url)
      #expect(try index.update().analysed.count == 42)
      #expect(try index.search("killed", limit: 100).count == 40)
    }
    return (url, corpus)
  }

  /// Overwrites bytes in the middle of the largest block of the full-text index, in the file itself.
  private func damageSearchIndexPage(_ url: URL) throws {
    let blocks = try DatabaseQueue(path: url.path).read { db in
      try Data.fetchAll(
        db, sql: "SELECT block FROM passageSearch_data WHERE length(block) > 200 ORDER BY length(block) DESC")
    }
    let block = try #require(blocks.first)
    var bytes = try Data(contentsOf: url)
    let pattern = block.subdata(in: block.startIndex + 40..<block.startIndex + 72)
    let found = try #require(bytes.range(of: pattern))
    let start = found.lowerBound + 32
    bytes.replaceSubrange(
      start..<min(start + 160, bytes.count), with: Data(repeating: 0x5A, count: min(160, bytes.count - start)))
    try bytes.write(to: url)
  }

  @Test func damageInTheFullTextIndexPassesSQLitesCheckButNotTheCheck() throws {
    let (url, corpus) = try builtIndex()
    try damageSearchIndexPage(url)
    let quick = try DatabaseQueue(path: url.path).read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
    #expect(quick == ["ok"], "SQLite does not see this damage")

    let index = try CorpusIndex.open(corpus: corpus, at: url)
    #expect(try index.check() == .searchIndexRebuilt)
    #expect(index.notices == [.searchIndexRebuilt(path: url.path)])
    #expect(try index.search("killed", limit: 100).count == 40)
    #expect(try index.check() == .sound)
  }

  @Test func anUpdateThatDidNotFinishMakesTheNextOneCheck() throws {
    let (url, corpus) = try builtIndex()
    try damageSearchIndexPage(url)
    // As a killed update leaves it.
    FileManager.default.createFile(atPath: url.path + ".updating", contents: nil)
    let index = try CorpusIndex.open(corpus: corpus, at: url)
    let report = try index.update()
    #expect(report.notices == [.searchIndexRebuilt(path: url.path)])
    #expect(try index.search("killed", limit: 100).count == 40)
    #expect(!FileManager.default.fileExists(atPath: url.path + ".updating"))
    // A clean update leaves no marker, and the next update does not check.
    let again = try CorpusIndex.open(corpus: corpus, at: url)
    #expect(try again.update().notices.isEmpty)
  }
}
