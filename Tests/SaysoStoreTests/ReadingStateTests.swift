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

  @Test func aStateFileOnDiskLasts() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    let url = folder.appendingPathComponent("state/state.sqlite")
    let corpus = CorpusIdentity(sources: [.path("/a")])
    try ReadingState.open(at: url).setPosition(3, of: "x.txt", in: corpus)
    #expect(try ReadingState.open(at: url).position(of: "x.txt", in: corpus) == 3)
  }
}
