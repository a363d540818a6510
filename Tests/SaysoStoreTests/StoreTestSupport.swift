import Foundation
import SaysoTestSupport
import SaysoAnalysis
import SaysoCore
import Testing

@testable import SaysoStore

/// Files, folders and small corpora for the store tests.
enum StoreTestSupport {
  /// The package's `seeds/` folder.
  static let seedsFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("seeds").path

  /// A new empty folder under the system's temporary directory.
  static func temporaryFolder() throws -> URL {
    let url = try ScratchFolder.make("store-tests")
    return url
  }

  /// Writes `text` to `name` in `folder`, returning its path.
  @discardableResult
  static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url.path
  }

  /// The size in bytes of the file at `path`, 0 when there is none.
  static func size(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
  }

  /// Sets a file's modification time to `seconds` since 1970.
  static func setModified(_ path: String, seconds: TimeInterval) throws {
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: seconds)], ofItemAtPath: path)
  }

  /// An article about a budget, with a quote, a proposal and accented names.
  static let budgetArticle = """
    ---
    title: Officials divided over the new budget
    source: Synthetic News
    date: 2021-05-03
    ---

    Officials divided over the new budget

    BERLIN (Synthetic News - 3rd May, 2021) Zoë Ødegaard, the finance minister, said on Monday that the budget would be reviewed.

    “We will not back down on this,” Maria Keller, the opposition leader, said. The announcement came after weeks of negotiations.

    Tomas Brandt proposed an independent inquiry into the contract, telling reporters: "The numbers simply do not add up."

    Several hundred people gathered outside the building in the afternoon.

    """

  /// An article about a rail strike, in another month and outlet.
  static let strikeArticle = """
    ---
    title: Rail strike enters its second week
    source: Pakistan Point News / Sputnik
    date: 2020-09-30
    ---

    Rail strike enters its second week

    The union called for talks without preconditions. Negotiations stalled on Tuesday.

    “This is a first step, not the last,” Priya Raman, President of the union, told reporters.

    """

  /// An in-memory index of the two articles above, as files in a new folder.
  static func indexedFolder() throws -> (index: CorpusIndex, folder: URL) {
    let folder = try temporaryFolder()
    try write(budgetArticle, "budget.md", in: folder)
    try write(strikeArticle, "strike.md", in: folder)
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try index.update()
    return (index, folder)
  }

  /// An index file of the two articles above (as `corpus/` in a new folder), built once and closed, and its
  /// corpus: for the tests that change the file and open it again.
  static func builtIndexFile() throws -> (url: URL, corpus: [CorpusSource]) {
    let folder = try temporaryFolder()
    try write(budgetArticle, "corpus/budget.md", in: folder)
    try write(strikeArticle, "corpus/strike.md", in: folder)
    let corpus: [CorpusSource] = [.path(folder.appendingPathComponent("corpus").path)]
    let url = folder.appendingPathComponent("cache/index.sqlite")
    let index = try CorpusIndex.open(corpus: corpus, at: url)
    #expect(try index.update().analysed.count == 2)
    #expect(index.notices.isEmpty)
    return (url, corpus)
  }
}
