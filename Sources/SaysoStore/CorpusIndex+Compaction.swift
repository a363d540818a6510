import GRDB

extension CorpusIndex {
  /// The most full-text segments an update leaves.
  static let largestSegmentCount = 4

  /// Merges full-text segments when an update left more than `largestSegmentCount`: first the small
  /// ones (FTS5's `merge`, some 500 pages of work at most), then, when that is not enough, all of them
  /// into one (`optimize`).
  ///
  /// Every batch an update writes adds a segment, and FTS5's own merging (`automerge`) leaves some
  /// thirty after a build of 30,000 articles. A search looks each term up in every segment, and for
  /// the marked text of its few best rows (`highlight()` by rowid) it does so once a row: on 30,000
  /// wire articles that marking cost 16 M instructions over 28 segments and 3 M over one. Merging all
  /// rewrites the whole index (0.3 s at 30,000 articles, some 3% of building it): worth it after a
  /// build, not after each edited article, whose update adds a segment or two that `merge` folds
  /// together in a few milliseconds.
  ///
  /// - Returns: whether segments were merged.
  @discardableResult
  func compactFullText() throws -> Bool {
    func segments() throws -> Int {
      try database.read { db in
        try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM passageSearch_idx") ?? 0
      }
    }
    guard try segments() > Self.largestSegmentCount else { return false }
    try database.write { db in
      try db.execute(sql: "INSERT INTO passageSearch (passageSearch, rank) VALUES ('merge', 500)")
    }
    if try segments() > Self.largestSegmentCount {
      try database.write { db in
        try db.execute(sql: "INSERT INTO passageSearch (passageSearch) VALUES ('optimize')")
      }
    }
    return true
  }
}
