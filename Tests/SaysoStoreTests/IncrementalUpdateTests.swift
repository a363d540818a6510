import Foundation
import GRDB
import SaysoAnalysis
import SaysoCore
import Testing

@testable import SaysoStore

/// The update compares the corpus with the index as two lists in path order, a batch at a time, without
/// holding either: the walk, the merged listing of several sources, the batches and transactions, and
/// the result against an index built afresh after adds, deletes, renames, edits, touches and failures.
@Suite struct IncrementalUpdateTests {
  /// A short article whose words are its own (`topic` appears in no other).
  static func article(_ topic: String) -> String {
    "Report on \(topic)\n\nThe council discussed \(topic) on Monday.\n\n\"We will fund \(topic),\" Ana Ruiz said.\n"
  }

  /// Writes `names` (relative paths) into a new folder, each an article about itself.
  static func folder(_ names: [String]) throws -> URL {
    let folder = try StoreTestSupport.temporaryFolder()
    for name in names { try StoreTestSupport.write(article(topic(name)), name, in: folder) }
    return folder
  }

  /// A word no other name gives: `topic` and the name's scalars in base 36 (`a.md` → `topic2p1a312s`).
  static func topic(_ name: String) -> String {
    "topic" + name.unicodeScalars.map { String($0.value, radix: 36) }.joined()
  }

  // MARK: The walk

  @Test func theWalkGivesTheLoadersFilesInPathOrder() throws {
    let folder = try Self.folder([
      "a.txt", "a-b.txt", "a/x.md", "a/b/c.txt", "A.TXT", "b.md", "é.txt", "z/0.txt", "z0.txt", ".hidden.txt",
      "a/.hidden/x.txt", "c.pdf",
    ])
    var walk = CorpusWalker.Walk(path: folder.path)
    var paths: [String] = []
    while let item = walk.next() {
      guard case .file(let file) = item else {
        Issue.record("unexpected \(item)")
        continue
      }
      paths.append(file.path)
    }
    #expect(paths == CorpusLoader.load(paths: [folder.path]).articles.map(\.path))
    #expect(paths.count == 9)
    #expect(zip(paths, paths.dropFirst()).allSatisfy { PathOrder.precedes($0, $1) })
  }

  @Test func theWalkHoldsOneListingPerFolderOnItsWay() throws {
    let names = (0..<8).flatMap { folder in (0..<5).map { "f\(folder)/article-\($0).md" } }
    let folder = try Self.folder(names)
    var walk = CorpusWalker.Walk(path: folder.path)
    var count = 0
    var most = 0
    while walk.next() != nil {
      count += 1
      most = max(most, walk.heldEntries)
    }
    #expect(count == 40)
    // The root's eight folders and one folder's five files, never the forty files.
    #expect(most <= 8 + 5)
  }

  @Test func theWalkReportsAMissingPathAndAnEmptyFolder() throws {
    var missing = CorpusWalker.Walk(path: "/nonexistent-sayso/x")
    guard case .failure(.missing) = missing.next() else {
      Issue.record("expected a missing path")
      return
    }
    #expect(missing.next() == nil)
    let empty = try StoreTestSupport.temporaryFolder()
    try StoreTestSupport.write("not an article", "notes.pdf", in: empty)
    var walk = CorpusWalker.Walk(path: empty.path)
    guard case .failure(.noArticles(let path)) = walk.next() else {
      Issue.record("expected no articles")
      return
    }
    #expect(path == empty.path)
    #expect(walk.next() == nil)
  }

  // MARK: The listing of several sources

  @Test func theListingMergesSourcesInPathOrderOncePerPath() throws {
    let folder = try Self.folder(["b/1.md", "b/2.md", "d.md"])
    let sources: [CorpusSource] = [
      .path(folder.appendingPathComponent("b").path),
      .embedded(
        name: "docs",
        documents: [
          .init(path: "zz/2.md", bytes: Array("two".utf8)), .init(path: "aa/1.md", bytes: Array("one".utf8)),
          .init(path: "zz/2.md", bytes: Array("again".utf8)),
        ]),
      .path(folder.path),  // gives b/1.md and b/2.md again
      .path("/nonexistent-sayso/x.md"),
    ]
    var listing = CorpusListing(sources: sources)
    var entries: [CorpusListing.Entry] = []
    while let entry = listing.next() { entries.append(entry) }
    let paths = entries.map(\.path)
    #expect(
      paths
        == [
          folder.appendingPathComponent("b/1.md").path, folder.appendingPathComponent("b/2.md").path,
          folder.appendingPathComponent("d.md").path, "aa/1.md", "zz/2.md",
        ].sorted { PathOrder.precedes($0, $1) })
    #expect(listing.errors == [.missing(path: "/nonexistent-sayso/x.md")])
    // The first of two documents with one path.
    let last = try #require(entries.first { $0.path == "zz/2.md" })
    guard case .document(source: 1, index: 0) = last.origin else {
      Issue.record("expected the first document, got \(last.origin)")
      return
    }
  }

  @Test func articlesComeInCorpusOrderWhateverThePathOrder() throws {
    let folder = try Self.folder(["b/2.md", "b/1.md", "a/1.md", "a/.old/0.md"])
    let documents: [EmbeddedDocument] = ["seeds/z.md", "seeds/a.md"].map {
      .init(path: $0, bytes: Array(Self.article(Self.topic($0)).utf8))
    }
    let sources: [CorpusSource] = [
      .path(folder.appendingPathComponent("b").path), .embedded(name: "seeds", documents: documents),
      .path(folder.path), .path(folder.appendingPathComponent("a/.old/0.md").path),
    ]
    let index = CorpusIndex.inMemory(corpus: sources)
    let report = try index.update()
    #expect(report.errors.isEmpty)
    let expected = [
      "b/1.md", "b/2.md", "seeds/z.md", "seeds/a.md", "a/1.md", "a/.old/0.md",
    ].map { $0.hasPrefix("seeds/") ? $0 : folder.appendingPathComponent($0).path }
    #expect(try index.articles().map(\.path) == expected)
  }

  // MARK: Batches and transactions

  /// Counts the transactions that change how many articles there are, and the most articles one of
  /// them adds, by counting the articles at each commit: the writer inserts its rows through SQLite's
  /// C interface (`RowInserter`), which GRDB's change events do not see.
  final class ArticleCommits: TransactionObserver, @unchecked Sendable {
    var commits = 0
    var most = 0
    private var articles = 0

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { false }

    func databaseDidChange(with event: DatabaseEvent) {}

    func databaseDidCommit(_ db: Database) {
      guard let count = try? Int.fetchOne(db, sql: "SELECT count(*) FROM article"), count != articles else { return }
      commits += 1
      most = max(most, count - articles)
      articles = count
    }

    func databaseDidRollback(_ db: Database) {}
  }

  @Test func eachBatchIsOneTransactionOfAtMostTheBatchSize() throws {
    let folder = try Self.folder((0..<10).map { "f\($0 % 3)/article-\($0).md" })
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    index.batchSize = 4
    let observer = ArticleCommits()
    index.database.add(transactionObserver: observer, extent: .databaseLifetime)
    let report = try index.update()
    #expect(report.analysed.count == 10)
    #expect(observer.commits == 3)
    #expect(observer.most == 4)
    #expect(try index.update().unchanged == 10)
    #expect(observer.commits == 3)
  }

  /// One segment a batch, merged 16 at a time: after 40 batches the full-text index is whole and
  /// finds every article; a removed article leaves no row in any table (nothing cascades: the writer
  /// deletes table by table).
  @Test func manyBatchesMergeIntoOneWholeIndexAndARemovedArticleLeavesNoRow() throws {
    let names = (0..<40).map { "f\($0 % 4)/article-\($0).md" }
    let folder = try Self.folder(names)
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    index.batchSize = 1
    #expect(try index.update().analysed.count == 40)
    let settings = try index.database.read { db in
      try Row.fetchAll(db, sql: "SELECT k, v FROM passageSearch_config WHERE k LIKE '%merge'").map {
        "\($0["k"] as String)=\($0["v"] as Int)"
      }
    }
    #expect(Set(settings) == ["automerge=16", "crisismerge=64"])
    try index.verifySearchIndex()
    for name in names {
      let found = try index.search(Self.topic(name)).map(\.article)
      #expect(!found.isEmpty && found.allSatisfy { $0.hasSuffix("/" + name) }, "\(name)")
    }
    for name in names.prefix(10) { try FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
    #expect(try index.update().removed.count == 10)
    try index.verifySearchIndex()
    let orphans = try index.database.read { db in
      try ["passage", "person", "speaker", "claim", "claimPrint"].map { table in
        try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table) WHERE articleId NOT IN (SELECT id FROM article)") ?? -1
      }
    }
    #expect(orphans == [0, 0, 0, 0, 0])
    let prints = try index.database.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM claimPrint WHERE passageId NOT IN (SELECT id FROM passage)")
    }
    #expect(prints == 0)
    #expect(try index.search(Self.topic(names[0])).isEmpty)
    #expect(!(try index.search(Self.topic(names[39])).isEmpty))
  }

  // MARK: The whole update against a fresh index

  @Test func anUpdateInSmallBatchesLeavesWhatAFreshIndexHolds() throws {
    let names = (0..<12).map { "f\($0 % 4)/article-\($0).md" } + ["m.md", "m/inner.md"]
    let folder = try Self.folder(names)
    let path = { (name: String) in folder.appendingPathComponent(name).path }
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    index.batchSize = 3
    #expect(try index.update().analysed.count == names.count)

    let fm = FileManager.default
    // Deleted.
    try fm.removeItem(atPath: path("f0/article-0.md"))
    try fm.removeItem(atPath: path("m/inner.md"))
    // Renamed: to a path before every other, to one after, and one copied twice (one copy takes the row).
    try fm.createDirectory(atPath: path("0-first"), withIntermediateDirectories: true)
    try fm.moveItem(atPath: path("f1/article-1.md"), toPath: path("0-first/renamed.md"))
    try fm.createDirectory(atPath: path("zz"), withIntermediateDirectories: true)
    try fm.moveItem(atPath: path("f2/article-2.md"), toPath: path("zz/renamed.md"))
    try fm.copyItem(atPath: path("f3/article-3.md"), toPath: path("zz/copy-a.md"))
    try fm.moveItem(atPath: path("f3/article-3.md"), toPath: path("zz/copy-b.md"))
    // Edited, touched, broken, added.
    try StoreTestSupport.write(Self.article("edited"), "f0/article-4.md", in: folder)
    try StoreTestSupport.setModified(path("f0/article-4.md"), seconds: 4_000_000)
    try StoreTestSupport.setModified(path("f1/article-5.md"), seconds: 5_000_000)
    try Data([0x41, 0x00, 0x42]).write(to: URL(fileURLWithPath: path("f2/article-6.md")))
    try StoreTestSupport.setModified(path("f2/article-6.md"), seconds: 6_000_000)
    try StoreTestSupport.write(Self.article("added"), "a-new.md", in: folder)

    let report = try index.update()
    #expect(report.removed == [path("f0/article-0.md"), path("f2/article-6.md"), path("m/inner.md")])
    #expect(
      report.renamed == [
        .init(from: path("f1/article-1.md"), to: path("0-first/renamed.md")),
        .init(from: path("f3/article-3.md"), to: path("zz/copy-a.md")),
        .init(from: path("f2/article-2.md"), to: path("zz/renamed.md")),
      ])
    #expect(report.analysed == [path("a-new.md"), path("f0/article-4.md"), path("zz/copy-b.md")])
    #expect(report.touched == [path("f1/article-5.md")])
    #expect(report.errors == [.binary(path: path("f2/article-6.md"), offset: 1)])
    #expect(report.unchanged == 6)
    #expect(report.articles == 13)

    let fresh = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try fresh.update()
    let articles = try index.articles()
    #expect(articles == (try fresh.articles()))
    #expect(articles.map(\.path) == CorpusLoader.load(paths: [folder.path]).articles.map(\.path))
    for article in articles {
      #expect(try index.analysis(of: article.path) == (try fresh.analysis(of: article.path)))
    }
    // Results are paragraphs: the article's title and paragraphs each match.
    #expect(Set(try index.search(Self.topic("f1/article-1.md")).map(\.article)) == [path("0-first/renamed.md")])
    #expect(try index.search(Self.topic("f0/article-0.md")).isEmpty)
    #expect(Set(try index.search("edited").map(\.article)) == [path("f0/article-4.md")])
    try index.verifySearchIndex()

    let again = try index.update()
    #expect(again.unchanged == 13)
    #expect(again.analysed.isEmpty && again.renamed.isEmpty && again.removed.isEmpty && again.touched.isEmpty)
    #expect(again.errors == [.binary(path: path("f2/article-6.md"), offset: 1)])
  }

  @Test func theTemporaryTablesAreGoneAfterAnUpdate() throws {
    let (index, _) = try StoreTestSupport.indexedFolder()
    let tables = try index.database.read { db in
      try String.fetchAll(db, sql: "SELECT name FROM sqlite_temp_master WHERE type = 'table'")
    }
    #expect(tables.isEmpty)
  }

  // MARK: Compact lists

  @Test func aPathListReadsLikeAnArrayAndStaysSmall() {
    let paths = (0..<10_000).map { String(format: "/tmp/sayso/corpus-100000/%03d/article-%06d.txt", $0 / 1000, $0) }
    let list = PathList(paths)
    #expect(Array(list) == paths)
    #expect(list.count == paths.count)
    #expect(list[4321] == paths[4321])
    #expect(list == PathList(paths))
    #expect(list != PathList(paths.dropLast()))
    // About ten bytes a path, where an array of strings takes over a hundred.
    #expect(list.storageBytes < 16 * paths.count)
    let odd: PathList = ["", "é/ü.md", "é/ü.md", "a", "ab/ç"]
    #expect(Array(odd) == ["", "é/ü.md", "é/ü.md", "a", "ab/ç"])
    #expect(odd.description == ["", "é/ü.md", "é/ü.md", "a", "ab/ç"].description)
  }

  @Test func aHashFilterNeverForgetsAndRarelyImagines() {
    var filter = HashFilter()
    let added = (0..<10_000).map { ContentHash(Array("article \($0)".utf8)).description }
    for hash in added { filter.insert(hash) }
    let full = filter
    #expect(added.allSatisfy { full.mayContain($0) })
    let imagined = (0..<10_000).filter { full.mayContain(ContentHash(Array("other \($0)".utf8)).description) }
    #expect(imagined.count < 100)
  }
}
