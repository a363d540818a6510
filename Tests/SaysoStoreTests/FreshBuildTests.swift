import Foundation
import GRDB
import SaysoCore
import Testing

@testable import SaysoStore

/// A fresh build (an update of an index with no article yet) is written as a bulk load, with a rollback
/// journal (`CorpusIndex.beginBulkLoad()`). It must leave what an index built update by update holds,
/// in WAL mode.
@Suite struct FreshBuildTests {
  /// A folder of articles with quotes, proposals, people reported by several outlets, and many short
  /// articles (so that a fresh build in batches of 2 writes many batches).
  static func corpus() throws -> URL {
    let folder = try StoreTestSupport.temporaryFolder()
    try StoreTestSupport.write(StoreTestSupport.budgetArticle, "budget.md", in: folder)
    try StoreTestSupport.write(StoreTestSupport.strikeArticle, "strike.md", in: folder)
    for (path, text) in StoryCorpus.documents { try StoreTestSupport.write(text, "stories/" + path, in: folder) }
    for seed in try FileManager.default.contentsOfDirectory(atPath: StoreTestSupport.seedsFolder) {
      try FileManager.default.copyItem(
        atPath: StoreTestSupport.seedsFolder + "/" + seed, toPath: folder.appendingPathComponent(seed).path)
    }
    for number in 0..<40 {
      try StoreTestSupport.write(IncrementalUpdateTests.article("topic\(number)"), "short/\(number).md", in: folder)
    }
    return folder
  }

  /// Everything the views and the search ask of an index, as comparable text.
  static func answers(_ index: CorpusIndex) throws -> [String] {
    var answers: [String] = []
    let articles = try index.articles()
    answers.append("\(articles)")
    for article in articles { answers.append("\(String(describing: try index.analysis(of: article.path)))") }
    for query in ["said", "budget", "bridge winter", "kind:quote", "speaker:okoro", "topic1*", "\"will fund\""] {
      let found = try index.searchCounting(QueryParser.parse(query), limit: 100)
      answers.append("\(query): \(found.results) \(String(describing: found.matches))")
    }
    for proposers in [false, true] {
      answers.append("\(try index.people(includingProposers: proposers).map { "\($0.entry) \($0.keys)" })")
    }
    answers.append("\(try index.claims())")
    answers.append("\(try index.claims(containing: "fund"))")
    answers.append("\(try index.stories())")
    return answers
  }

  static func journalMode(_ url: URL) throws -> String? {
    try DatabaseQueue(path: url.path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
  }

  @Test func aFreshBuildAnswersAsAnIndexBuiltUpdateByUpdate() throws {
    let folder = try Self.corpus()
    let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
    let files = try StoreTestSupport.temporaryFolder()

    let fresh = try CorpusIndex.open(corpus: [.path(folder.path)], at: files.appendingPathComponent("fresh.sqlite"))
    fresh.batchSize = 2
    let report = try fresh.update()
    #expect(report.analysed.count == names.count + 2)

    // The same articles, the first alone, then the others as an incremental update (a batch at a time).
    let hidden = try StoreTestSupport.temporaryFolder()
    let first = "budget.md"
    for name in names where name != first {
      try FileManager.default.createDirectory(
        at: hidden.appendingPathComponent(name).deletingLastPathComponent(), withIntermediateDirectories: true)
      try FileManager.default.moveItem(
        at: folder.appendingPathComponent(name), to: hidden.appendingPathComponent(name))
    }
    let stepwiseFile = files.appendingPathComponent("stepwise.sqlite")
    let stepwise = try CorpusIndex.open(corpus: [.path(folder.path)], at: stepwiseFile)
    stepwise.batchSize = 2
    #expect(try stepwise.update().analysed.count == 3)  // budget.md and the two seeds
    for name in names where name != first {
      try FileManager.default.moveItem(
        at: hidden.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    #expect(try stepwise.update().analysed.count == names.count - 1)

    #expect(try Self.answers(fresh) == (try Self.answers(stepwise)))
    try fresh.verifySearchIndex()
    #expect(try fresh.check() == .sound)
    #expect(try Self.journalMode(files.appendingPathComponent("fresh.sqlite")) == "wal")
    #expect(!FileManager.default.fileExists(atPath: files.appendingPathComponent("fresh.sqlite.updating").path))
    #expect(try fresh.update().unchanged == names.count + 2)
  }
}

/// The writer keeps a batch's rows and writes them table by table (`IndexRows.flush`): every row has the
/// rowid and the values it has when each article's rows are written in turn, one article a batch.
@Suite struct BatchedRowsTests {
  /// Every row of the tables an article's rows go to, with its rowid, as text.
  static func rows(_ index: CorpusIndex) throws -> [String] {
    try index.database.read { db in
      try ["article", "passage", "claimPrint", "person", "speaker", "claim"].flatMap { table in
        try Row.fetchAll(db, sql: "SELECT rowid, * FROM \(table) ORDER BY rowid").map { "\(table) \($0)" }
      }
    }
  }

  @Test func aBatchWritesTheRowsAnArticleAtATimeWrites() throws {
    let folder = try FreshBuildTests.corpus()
    let batched = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try batched.update()
    let single = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    single.batchSize = 1
    try single.update()
    let rows = try Self.rows(batched)
    #expect(rows.count > 200)
    #expect(rows == (try Self.rows(single)))
  }
}

/// A fresh build makes the indexes of unordered keys at its end (`CorpusIndex.deferredIndexes`), as the
/// migrations define them, and an update after a build killed before that makes them.
@Suite struct DeferredIndexTests {
  /// Every index's name and definition.
  static func indexes(_ database: some DatabaseReader) throws -> [String] {
    try database.read { db in
      try String.fetchAll(
        db, sql: "SELECT name || ' ' || ifnull(sql, '') FROM sqlite_master WHERE type = 'index' ORDER BY name")
    }
  }

  @Test func aFreshBuildEndsWithTheIndexesOfTheMigrations() throws {
    let folder = try FreshBuildTests.corpus()
    let files = try StoreTestSupport.temporaryFolder()
    let index = try CorpusIndex.open(corpus: [.path(folder.path)], at: files.appendingPathComponent("i.sqlite"))
    index.batchSize = 2
    try index.update()
    let empty = StoreDatabase.inMemory(label: "test")
    try IndexSchema.migrator.migrate(empty)
    let expected = try Self.indexes(empty)
    #expect(expected.contains { $0.hasPrefix("speakerByName ") })
    #expect(try Self.indexes(index.database) == expected)
  }

  @Test func anUpdateAfterAKilledBuildMakesTheMissingIndexes() throws {
    let folder = try FreshBuildTests.corpus()
    let files = try StoreTestSupport.temporaryFolder()
    let url = files.appendingPathComponent("i.sqlite")
    let index = try CorpusIndex.open(corpus: [.path(folder.path)], at: url)
    try index.update()
    let built = try Self.indexes(index.database)
    // as a build killed before its end leaves the file: the indexes dropped, the update marked under way
    try index.database.write { db in
      for name in CorpusIndex.deferredIndexes { try db.execute(sql: "DROP INDEX \(name)") }
    }
    _ = FileManager.default.createFile(atPath: CorpusIndex.updateMarker(url).path, contents: nil)
    #expect(try Self.indexes(index.database) != built)
    let reopened = try CorpusIndex.open(corpus: [.path(folder.path)], at: url)
    try reopened.update()
    #expect(try Self.indexes(reopened.database) == built)
  }
}
