import Foundation
import GRDB
import Testing

/// Concurrent processes, damaged files, a killed indexer, and data folders that cannot be written.
@Suite struct StoreReliabilityTests {
  @Test func concurrentProcessesAddingBookmarksLoseNone() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let logs = try SaysoBinary.temporaryDirectory()
    let count = 8
    // Every process starts at once on a fresh data folder: they race to create the index and the
    // bookmarks database as well as to add.
    let processes = try (0..<count).map { i in
      try StoreTestHelpers.start(
        ["bookmark", "add", "\(i % 2 + 1):\(i + 1)", "--note", "process \(i)", "--data-dir", data],
        name: "add-\(i)", in: logs)
    }
    for process in processes { process.waitUntilExit() }
    for (i, process) in processes.enumerated() {
      let stderr = (try? String(contentsOf: logs.appendingPathComponent("add-\(i).err"), encoding: .utf8)) ?? ""
      #expect(process.terminationStatus == 0, "process \(i): \(stderr)")
    }
    let run = try StoreTestHelpers.run(["bookmarks", "--json"], dataDirectory: data)
    let object = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let bookmarks = try #require(object["bookmarks"] as? [[String: Any]])
    #expect(bookmarks.count == count)
    #expect(Set(bookmarks.compactMap { $0["note"] as? String }) == Set((0..<count).map { "process \($0)" }))
    #expect(Set(bookmarks.compactMap { $0["id"] as? Int }) == Set(1...count))
  }

  @Test func aCorruptIndexIsRebuiltWithAOneLineMessage() throws {
    let data = try StoreTestHelpers.dataDirectory()
    var run = try StoreTestHelpers.run(["search", "Poast"], dataDirectory: data)
    #expect(run.status == 0)
    let name = try #require(
      StoreTestHelpers.files(in: data + "/cache", startingWith: "index-seeds-").first { $0.hasSuffix(".sqlite") })
    let index = data + "/cache/" + name
    try StoreTestHelpers.scribble(index, at: 4096, count: StoreTestHelpers.size(index) - 4096)
    run = try StoreTestHelpers.run(["search", "Poast"], dataDirectory: data)
    #expect(run.status == 0)
    #expect(run.errorLines == ["sayso: \(index): the index was damaged; rebuilt it from the corpus"])
    #expect(run.output.contains("Paul Poast"))
    // Truncated: the same.
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: index))
    try handle.truncate(atOffset: UInt64(StoreTestHelpers.size(index) / 3))
    try handle.close()
    run = try StoreTestHelpers.run(["search", "Poast"], dataDirectory: data)
    #expect(run.errorLines == ["sayso: \(index): the index was damaged; rebuilt it from the corpus"])
    #expect(run.output.contains("Paul Poast"))
    run = try StoreTestHelpers.run(["search", "Poast"], dataDirectory: data)
    #expect(run.stderr.isEmpty)
  }

  @Test func corruptBookmarksAreMovedAsideNeverDeleted() throws {
    let data = try StoreTestHelpers.dataDirectory()
    _ = try StoreTestHelpers.run(["bookmark", "add", "1:0", "--note", "first"], dataDirectory: data)
    let file = data + "/data/bookmarks.sqlite"
    try StoreTestHelpers.scribble(file, at: 0, count: 100)
    let damaged = try Data(contentsOf: URL(fileURLWithPath: file))
    var run = try StoreTestHelpers.run(["bookmarks"], dataDirectory: data)
    #expect(run.status == 0)
    let aside = try #require(
      StoreTestHelpers.files(in: data + "/data", startingWith: "bookmarks.sqlite.damaged-").first)
    #expect(
      run.errorLines == [
        "sayso: \(file): the file was damaged; moved it to \(data)/data/\(aside) and started a fresh one"
      ])
    #expect(try Data(contentsOf: URL(fileURLWithPath: data + "/data/" + aside)) == damaged)
    #expect(run.output.isEmpty)
    run = try StoreTestHelpers.run(["bookmark", "add", "1:0"], dataDirectory: data)
    #expect(run.output.hasPrefix("bookmark 1: "))
  }

  @Test func killingTheIndexerLeavesAUsableIndex() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let corpus = try StoreTestHelpers.corpus(articles: 2500)
    let logs = try SaysoBinary.temporaryDirectory()
    let indexer = try StoreTestHelpers.start(
      ["index", "--corpus", corpus.path, "--data-dir", data], name: "index", in: logs)
    // Wait until the first batches are committed (the index holds articles: a fresh build commits eight
    // batches at a time, and its file grows before the first commit), then kill it without warning.
    var committed = 0
    for _ in 0..<6000 where indexer.isRunning {
      committed = Self.committedArticles(in: data + "/cache")
      if committed > 0 { break }
      usleep(5_000)
    }
    let killed = indexer.isRunning
    kill(indexer.processIdentifier, SIGKILL)
    indexer.waitUntilExit()
    #expect(killed, "the indexer finished before it could be killed (\(committed) articles committed)")

    let run = try StoreTestHelpers.run(["index", "--corpus", corpus.path], dataDirectory: data)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
    let counts = run.output.split(separator: "\n")[0]
    #expect(counts.hasPrefix("2500 articles: "))
    if killed {
      // What was committed before the kill was kept, not analysed again.
      let analysed = Int(counts.split(separator: " ")[2]) ?? 2500
      #expect(analysed < 2500, "\(counts)")
    }
    let search = try StoreTestHelpers.run(["search", "marker2499", "--corpus", corpus.path], dataDirectory: data)
    #expect(search.output.contains("article-02499.txt ¶1"))
  }

  /// How many articles the index in `folder` holds as committed, read without waiting for the writer
  /// (0 while there is no index or it cannot be read yet).
  static func committedArticles(in folder: String) -> Int {
    guard let name = StoreTestHelpers.files(in: folder, startingWith: "index-corpus-").first(where: {
      $0.hasSuffix(".sqlite")
    }) else { return 0 }
    var configuration = Configuration()
    configuration.readonly = true
    let count = try? DatabaseQueue(path: folder + "/" + name, configuration: configuration).read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM article")
    }
    return (count ?? nil) ?? 0
  }

  @Test func aDataFolderThatCannotBeCreatedIsAClearError() throws {
    let blocker = try SaysoBinary.articleFile("not a folder\n", name: "blocker")
    let run = try SaysoBinary.run(["bookmark", "add", "1:0", "--data-dir", blocker])
    #expect(run.status == 1)
    #expect(run.errorLines.count == 1)
    #expect(run.errorLines.first?.hasPrefix("sayso: \(blocker)/") == true)
    #expect(run.errorLines.first?.contains("cannot create the folder") == true)
  }

  @Test(.enabled(if: ScratchFileSystem.isAvailable, "needs root to mount a tmpfs"))
  func aReadOnlyDataFolderIsAClearError() throws {
    let fileSystem = try #require(ScratchFileSystem.make(size: "4m"))
    defer { fileSystem.unmount() }
    let data = fileSystem.path + "/data"
    var run = try StoreTestHelpers.run(["bookmark", "add", "1:0"], dataDirectory: data)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(fileSystem.makeReadOnly())
    run = try StoreTestHelpers.run(["bookmark", "add", "1:1"], dataDirectory: data)
    #expect(run.status == 1)
    #expect(run.errorLines.count == 1)
    #expect(run.errorLines.first?.hasPrefix("sayso: \(data)/") == true)
    #expect(run.errorLines.first?.contains("read-only") == true, "\(run.stderr)")
  }

  @Test(.enabled(if: ScratchFileSystem.isAvailable, "needs root to mount a tmpfs"))
  func aFullDataFolderIsAClearError() throws {
    let fileSystem = try #require(ScratchFileSystem.make(size: "1m"))
    defer { fileSystem.unmount() }
    let data = fileSystem.path + "/data"
    let note = String(repeating: "A long note that fills the disk. ", count: 1500)
    var failure: SaysoBinary.Outcome?
    for n in 0..<20 {
      // A passage each time: the same one twice is not bookmarked twice.
      let run = try StoreTestHelpers.run(["bookmark", "add", "1:1:0-\(5 + n)", "--note", note], dataDirectory: data)
      if run.status != 0 {
        failure = run
        break
      }
    }
    let run = try #require(failure)
    #expect(run.status == 1)
    #expect(run.errorLines.count == 1)
    #expect(run.errorLines.first?.hasPrefix("sayso: \(data)/") == true)
    #expect(
      run.errorLines.first?.contains("full") == true || run.errorLines.first?.contains("no space") == true,
      "\(run.stderr)")
  }
}
