import Foundation
import SaysoAnalysis
import SaysoCore
import Testing

@testable import SaysoStore

/// The index on an in-memory database: building, reading back, and incremental updates on real files.
@Suite struct CorpusIndexTests {
  @Test func indexesTheSeedsAndGivesBackTheSameAnalysis() throws {
    let index = CorpusIndex.inMemory(corpus: [.path(StoreTestSupport.seedsFolder)])
    let report = try index.update()
    #expect(report.articles == 2)
    #expect(report.analysed.count == 2)
    #expect(report.errors.isEmpty)
    let loaded = CorpusLoader.load(paths: [StoreTestSupport.seedsFolder])
    #expect(try index.articles().map(\.path) == loaded.articles.map(\.path))
    for article in loaded.articles {
      let stored = try #require(try index.analysis(of: article.path))
      #expect(stored == analyze(article))
    }
  }

  @Test func embeddedDocumentsAreComparedByContentHash() throws {
    let bytes = Array(StoreTestSupport.budgetArticle.utf8)
    let first = CorpusIndex.inMemory(corpus: [
      .embedded(name: "seeds", documents: [.init(path: "seeds/a.md", bytes: bytes)])
    ])
    #expect(try first.update().analysed == ["seeds/a.md"])
    #expect(try first.update().unchanged == 1)
    #expect(try first.articles().first?.hash == ContentHash(bytes))
  }

  @Test func onlyChangedFilesAreAnalysedAgain() throws {
    let (index, folder) = try StoreTestSupport.indexedFolder()
    let budget = folder.appendingPathComponent("budget.md").path
    let strike = folder.appendingPathComponent("strike.md").path

    var report = try index.update()
    #expect(report.unchanged == 2)
    #expect(report.analysed.isEmpty)

    // Touched, same bytes: noted, not analysed.
    try StoreTestSupport.setModified(budget, seconds: 1_000_000)
    report = try index.update()
    #expect(report.touched == [budget])
    #expect(report.analysed.isEmpty)
    #expect(try index.update().unchanged == 2)

    // Changed bytes: analysed again, and the new text is searchable.
    try StoreTestSupport.write(
      StoreTestSupport.strikeArticle + "\nThe minister resigned unexpectedly.\n", "strike.md", in: folder)
    try StoreTestSupport.setModified(strike, seconds: 2_000_000)
    report = try index.update()
    #expect(report.analysed == [strike])
    #expect(report.unchanged == 1)
    #expect(try index.search("resigned").map(\.article) == [strike])
    try index.verifySearchIndex()
  }

  @Test func renamedFilesKeepTheirAnalysisAndDeletedOnesLeave() throws {
    let (index, folder) = try StoreTestSupport.indexedFolder()
    let budget = folder.appendingPathComponent("budget.md").path
    let strike = folder.appendingPathComponent("strike.md").path
    let moved = folder.appendingPathComponent("archive/budget-2021.md").path
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("archive"), withIntermediateDirectories: true)
    try FileManager.default.moveItem(atPath: budget, toPath: moved)
    var report = try index.update()
    #expect(report.renamed == [.init(from: budget, to: moved)])
    #expect(report.analysed.isEmpty)
    #expect(try index.analysis(of: moved)?.article.title == "Officials divided over the new budget")
    #expect(try index.analysis(of: budget) == nil)
    // The renamed article's passages follow it.
    #expect(try index.search("inquiry").first?.article == moved)

    try FileManager.default.removeItem(atPath: strike)
    report = try index.update()
    #expect(report.removed == [strike])
    #expect(report.articles == 1)
    #expect(try index.search("strike").isEmpty)
    try index.verifySearchIndex()
  }

  @Test func unreadableFilesAreReportedAndLeaveTheIndex() throws {
    let (index, folder) = try StoreTestSupport.indexedFolder()
    let strike = folder.appendingPathComponent("strike.md").path
    try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: strike))
    try StoreTestSupport.setModified(strike, seconds: 3_000_000)
    let report = try index.update()
    #expect(report.errors == [.binary(path: strike, offset: 1)])
    #expect(report.removed == [strike])
    #expect(report.articles == 1)
  }

  @Test func theFolderOrderIsTheLoadersOrder() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    for name in ["b.txt", "a/z.md", "A.TXT", ".hidden.txt", "c.pdf", "a/.hidden/x.txt"] {
      try StoreTestSupport.write("Title \(name)\n\nSome text.\n", name, in: folder)
    }
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try index.update()
    let expected = CorpusLoader.load(paths: [folder.path]).articles.map(\.path)
    #expect(try index.articles().map(\.path) == expected)
    #expect(expected.count == 3)
  }

  @Test func aMissingSourceIsReported() throws {
    let index = CorpusIndex.inMemory(corpus: [.path("/nonexistent-sayso/x.txt")])
    let report = try index.update()
    #expect(report.errors == [.missing(path: "/nonexistent-sayso/x.txt")])
    #expect(report.articles == 0)
  }

  /// Stopping is asked before each batch, not only while waiting for one: batches analysed ahead of the
  /// writer never made it wait, so the reader's `q` waited for the whole index.
  @Test func anUpdateAskedToStopStopsBeforeItsFirstBatchEvenWhenBatchesAreReady() throws {
    let bytes = Array(StoreTestSupport.budgetArticle.utf8)
    let documents = (0..<40).map { EmbeddedDocument(path: "seeds/\($0).md", bytes: bytes) }
    let index = CorpusIndex.inMemory(corpus: [.embedded(name: "seeds", documents: documents)])
    index.batchSize = 2
    var asked = 0
    let stopped = try index.update(while: {
      asked += 1
      return false
    })
    #expect(!stopped.isComplete)
    #expect(stopped.analysed.isEmpty)
    #expect(asked >= 1)
    let resumed = try index.update()
    #expect(resumed.isComplete)
    #expect(resumed.analysed.count == 40)
  }
}
