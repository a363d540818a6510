import Foundation
import Testing

@testable import SaysoStore

/// A corrupt or truncated index file is detected, deleted and rebuilt from the corpus.
@Suite struct IndexDamageTests {
  /// An index file of the two test articles, closed.
  private func builtIndex() throws -> (url: URL, corpus: [CorpusSource]) {
    let folder = try StoreTestSupport.temporaryFolder()
    try StoreTestSupport.write(StoreTestSupport.budgetArticle, "corpus/budget.md", in: folder)
    try StoreTestSupport.write(StoreTestSupport.strikeArticle, "corpus/strike.md", in: folder)
    let corpus: [CorpusSource] = [.path(folder.appendingPathComponent("corpus").path)]
    let url = folder.appendingPathComponent("cache/index.sqlite")
    do {
      let index = try CorpusIndex.open(corpus: corpus, at: url)
      #expect(try index.update().analysed.count == 2)
      #expect(index.notices.isEmpty)
    }
    return (url, corpus)
  }

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
