import Foundation
import GRDB
import Testing

@testable import SaysoStore

/// One unordered pass ranks, counts and keeps the best matches in FTS5's own `ORDER BY rank` order, and
/// an update leaves few full-text segments.
@Suite struct RankedMatchesTests {
  /// Twelve articles, five of them the same text: equal scores, told apart by rowid.
  static func index(batchSize: Int = 256) throws -> CorpusIndex {
    let folder = try StoreTestSupport.temporaryFolder()
    for n in 0..<12 {
      let text =
        n < 5
        ? "Cocoa exports fell in the week, the board said.\n"
        : "Cocoa exports rose \(n) times faster than cocoa imports, said trader number \(n), as exports of coffee fell.\n"
      try StoreTestSupport.write(text + "\nA second paragraph on wheat and cocoa.\n", "a\(n).txt", in: folder)
    }
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    index.batchSize = batchSize
    try index.update()
    return index
  }

  @Test func theBestAreFTS5sRankOrderAndTheCountIsEveryMatch() throws {
    let index = try Self.index()
    try index.database.read { db in
      for match in ["cocoa", "exports", "cocoa exports", "fell OR wheat", "said"] {
        let ranked = "passageSearch MATCH ? AND passageSearch.rank MATCH 'bm25(10.0, 5.0, 2.0, 0.0)'"
        let all = try Int64.fetchAll(
          db, sql: "SELECT rowid FROM passageSearch WHERE \(ranked) ORDER BY rank", arguments: [match])
        for keeping in [1, 3, 7, all.count, all.count + 5] {
          let found = try RankedMatches(
            db, sql: "SELECT rowid, rank FROM passageSearch WHERE \(ranked)", arguments: [match], keeping: keeping)
          #expect(found.ranked.map(\.id) == Array(all.prefix(keeping)), "\(match) \(keeping)")
          #expect(found.count == all.count)
          #expect(found.ranked.map(\.score) == found.ranked.map(\.score).sorted())
        }
      }
    }
  }

  @Test func theCountComesWithTheResults() throws {
    let index = try Self.index()
    for text in ["cocoa", "cocoa exports", "wheat", "kind:paragraph cocoa", "nothing-like-this"] {
      let query = try QueryParser.parse(text)
      let (results, matches) = try index.searchCounting(query, limit: 3)
      #expect(results == (try index.search(query, limit: 3)))
      #expect(matches == (try index.count(query)), "\(text)")
    }
    // a query of filters only is listed by date and counted apart
    #expect(try index.searchCounting(QueryParser.parse("kind:paragraph"), limit: 3).matches == nil)
  }

  @Test func anUpdateLeavesFewFullTextSegments() throws {
    let index = try Self.index(batchSize: 1)
    let segments = try index.database.read { db in
      try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM passageSearch_idx") ?? 0
    }
    #expect(segments <= CorpusIndex.largestSegmentCount)
    try index.verifySearchIndex()
    #expect(try index.search("cocoa exports", limit: 50).count == 12)
  }
}

/// A search ranks a large index on two connections, each over half the passage ids, and gives what one
/// statement over all of them gives.
@Suite struct SplitRankingTests {
  /// The articles of `RankedMatchesTests` in an index file.
  static func index() throws -> CorpusIndex {
    let folder = try StoreTestSupport.temporaryFolder()
    for n in 0..<30 {
      let text =
        n % 3 == 0
        ? "Cocoa exports fell in the week, the board said.\n"
        : "Cocoa exports rose \(n) times faster than cocoa imports, said trader \(n), as exports of coffee fell.\n"
      try StoreTestSupport.write(text + "\nA second paragraph on wheat and cocoa.\n", "a\(n).txt", in: folder)
    }
    let files = try StoreTestSupport.temporaryFolder()
    let index = try CorpusIndex.open(corpus: [.path(folder.path)], at: files.appendingPathComponent("index.sqlite"))
    try index.update()
    return index
  }

  @Test func twoRangesRankAsOneStatement() throws {
    let index = try Self.index()
    let path = try #require(index.file?.path)
    try index.database.read { db in
      for match in ["cocoa", "exports", "cocoa exports", "fell OR wheat", "said", "nothing"] {
        for keeping in [1, 3, 7, 40, 200] {
          let whole = try RankedMatches(
            db, sql: RankedMatches.rankingSQL, arguments: [match], keeping: keeping)
          let split = try RankedMatches.ranking(match: match, keeping: keeping, path: path, splitSpan: 1, db)
          #expect(split.ranked.map(\.id) == whole.ranked.map(\.id), "\(match) \(keeping)")
          #expect(split.ranked.map(\.score) == whole.ranked.map(\.score), "\(match) \(keeping)")
          #expect(split.count == whole.count, "\(match) \(keeping)")
        }
      }
    }
    let results = try index.search("cocoa exports", limit: 50)
    index.rankingSplitSpan = .max
    #expect(try index.search("cocoa exports", limit: 50) == results)
  }

  @Test func anotherStateOfTheIndexIsNotMerged() throws {
    let index = try Self.index()
    let path = try #require(index.file?.path)
    let (structure, middle) = try index.database.read { db in
      (
        try #require(try Data.fetchOne(db, sql: RankedMatches.structureSQL)),
        (try Int64.fetchOne(db, sql: "SELECT max(id) FROM passage") ?? 0) / 2
      )
    }
    let same = RankedMatches.upperRange(
      path: path, match: "cocoa", from: middle, keeping: 5, structure: Array(structure))
    #expect(same?.count ?? 0 > 0)
    var changed = Array(structure)
    changed[changed.count - 1] ^= 1
    #expect(RankedMatches.upperRange(path: path, match: "cocoa", from: middle, keeping: 5, structure: changed) == nil)
    let missing = path + "-missing"
    #expect(RankedMatches.upperRange(path: missing, match: "cocoa", from: 0, keeping: 5, structure: []) == nil)
  }
}
