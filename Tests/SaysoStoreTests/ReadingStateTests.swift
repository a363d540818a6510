import Foundation
import Testing

@testable import SaysoStore

/// Reading positions and search history.
@Suite struct ReadingStateTests {
  @Test func positionsArePerCorpusAndArticle() throws {
    let state = ReadingState.inMemory()
    let a = CorpusIdentity(sources: [.path("/a")])
    let b = CorpusIdentity(sources: [.path("/b")])
    #expect(try state.position(of: "x.txt", in: a) == nil)
    try state.setPosition(4, of: "x.txt", in: a)
    try state.setPosition(7, of: "x.txt", in: a)
    try state.setPosition(1, of: "x.txt", in: b)
    #expect(try state.position(of: "x.txt", in: a) == 7)
    #expect(try state.position(of: "x.txt", in: b) == 1)
  }

  @Test func searchHistoryKeepsTheNewestOnce() throws {
    let state = ReadingState.inMemory()
    for query in ["peace", "war", "peace", "speaker:Putin"] { try state.recordSearch(query) }
    #expect(try state.recentSearches() == ["speaker:Putin", "peace", "war"])
    #expect(try state.recentSearches(limit: 1) == ["speaker:Putin"])
  }

  /// `sayso search`'s way of recording: creates the file the first time, then adds to it; a damaged
  /// file is moved aside as when it is opened.
  @Test func aSearchRecordedOnItsOwnReachesTheHistory() throws {
    let directories = DataDirectories(root: try StoreTestSupport.temporaryFolder())
    try ReadingState.recordSearch("peace", in: directories)
    try ReadingState.recordSearch("war", in: directories)
    try ReadingState.recordSearch("peace", in: directories)
    #expect(try ReadingState.open(in: directories).recentSearches() == ["peace", "war"])
    try Data(repeating: 0x41, count: 4096).write(to: directories.readingStateFile)
    try ReadingState.recordSearch("talks", in: directories)
    #expect(try ReadingState.open(in: directories).recentSearches() == ["talks"])
  }

  /// `sayso search` records its query without a checkpoint: the search waits in the -wal, where SQLite
  /// reads it, until a connection that checkpoints closes and leaves it in the .sqlite file alone.
  @Test func aSearchRecordedOnItsOwnWaitsInTheLogForACheckpoint() throws {
    let directories = DataDirectories(root: try StoreTestSupport.temporaryFolder())
    let file = directories.readingStateFile.path
    try ReadingState.recordSearch("peace", in: directories)  // creates the file: checkpointed
    try ReadingState.recordSearch("talks", in: directories)
    #expect(StoreTestSupport.size(file + "-wal") > 0)
    #expect(try ReadingState.open(in: directories).recentSearches() == ["talks", "peace"])  // then closed
    #expect(StoreTestSupport.size(file + "-wal") == 0)
    let copy = try StoreTestSupport.temporaryFolder().appendingPathComponent("state/state.sqlite")
    try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: file, toPath: copy.path)
    #expect(try ReadingState.open(at: copy).recentSearches() == ["talks", "peace"])
    // Left to grow, the log is checkpointed and emptied again once it reaches its limit.
    var largest = 0
    for n in 0..<40 {
      try ReadingState.recordSearch("query \(n)", in: directories)
      largest = max(largest, StoreTestSupport.size(file + "-wal"))
    }
    #expect(largest < ReadingState.uncheckpointedLogLimit + 16_384)
    #expect(try ReadingState.open(in: directories).recentSearches(limit: 42).count == 42)
  }

  @Test func aStateFileOnDiskLasts() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    let url = folder.appendingPathComponent("state/state.sqlite")
    let corpus = CorpusIdentity(sources: [.path("/a")])
    try ReadingState.open(at: url).setPosition(3, of: "x.txt", in: corpus)
    #expect(try ReadingState.open(at: url).position(of: "x.txt", in: corpus) == 3)
  }
}
