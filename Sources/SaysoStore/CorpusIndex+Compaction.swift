import GRDB

extension CorpusIndex {
  /// The most full-text segments an update leaves; with more, it merges them all into one.
  static let largestSegmentCount = 4

  /// Merges the full-text index into one segment when an update left more than
  /// `largestSegmentCount` (FTS5's `optimize`).
  ///
  /// Every batch an update writes adds a segment, and FTS5's own merging (`automerge`) leaves some
  /// thirty after a build of 30,000 articles. A search looks each term up in every segment, and for
  /// the marked text of its few best rows (`highlight()` by rowid) it does so once a row: on 30,000
  /// wire articles that marking cost 16 M instructions over 28 segments and 3 M over one. Merging
  /// all takes some 0.2 s at 30,000 articles (3% of building them), so it is done only when the
  /// segments have piled up, not after each small update.
  ///
  /// - Returns: whether the segments were merged.
  @discardableResult
  func compactFullText() throws -> Bool {
    let segments = try database.read { db in
      try Int.fetchOne(db, sql: "SELECT count(DISTINCT segid) FROM passageSearch_idx") ?? 0
    }
    guard segments > Self.largestSegmentCount else { return false }
    try database.write { db in
      try db.execute(sql: "INSERT INTO passageSearch (passageSearch) VALUES ('optimize')")
    }
    return true
  }
}
