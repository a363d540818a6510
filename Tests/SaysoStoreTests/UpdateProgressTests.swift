import Foundation
import SaysoCore
import Testing

@testable import SaysoStore

/// An update tells how it goes: none of the articles to read once the corpus is listed, then after
/// each batch written, up to all of them.
@Suite struct UpdateProgressTests {
  @Test func progressCountsTheArticlesToReadBatchByBatch() throws {
    let folder = try IncrementalUpdateTests.folder((0..<10).map { "a\($0).txt" })
    defer { try? FileManager.default.removeItem(at: folder) }
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    index.batchSize = 3
    var seen: [UpdateProgress] = []
    try index.update(progress: { seen.append($0) })
    #expect(seen.map(\.done) == [0, 3, 6, 9, 10])
    #expect(seen.allSatisfy { $0.total == 10 })
    #expect(seen.first?.path == nil)
    #expect(seen.last?.path == folder.appendingPathComponent("a9.txt").path)
    #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.seconds <= $1.seconds })

    // Only what changed is counted; nothing at all when nothing needs reading.
    try Data(IncrementalUpdateTests.article("tides").utf8).write(to: folder.appendingPathComponent("a4.txt"))
    seen = []
    try index.update(progress: { seen.append($0) })
    #expect(seen.map(\.done) == [0, 1] && seen.allSatisfy { $0.total == 1 })
    seen = []
    try index.update(progress: { seen.append($0) })
    #expect(seen.isEmpty)
  }
}
