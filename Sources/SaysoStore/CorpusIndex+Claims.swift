import GRDB
import SaysoCore

/// The claims of one article as the Claims view lists them, without their words: each one's position in
/// the article's `listedClaims` and its kind.
public struct ArticleClaims: Sendable, Equatable {
  public var path: String
  /// Positions in the article's `listedClaims`, in reading order.
  public var ordinals: [Int]
  /// Whether each of those is a quote (else a proposal).
  public var areQuotes: [Bool]
}

extension CorpusIndex {
  /// The listed claims of every article (those of one speaker, or those containing some words), from
  /// the `claim` table: no analysis is read.
  ///
  /// - Parameters:
  ///   - speaker: only claims whose first piece's speaker is named so, ignoring case (as
  ///     `String.lowercased()` folds it).
  ///   - needle: only claims whose speaker (or organisation or group) or words contain it, lower-cased
  ///     already; the claims of the articles at `titled` are kept too.
  ///   - titled: paths of articles whose every claim a filter keeps (their title contains the needle).
  /// - Returns: the articles with at least one such claim, in no particular order (rows of one article
  ///   are written together, in reading order).
  /// - Throws: `SaysoStoreError` when the index cannot be read.
  public func claims(spokenBy speaker: String? = nil, containing needle: String? = nil, titled: [String] = [])
    throws(SaysoStoreError) -> [ArticleClaims]
  {
    var conditions: [String] = []
    var arguments: [any DatabaseValueConvertible] = []
    if let speaker {
      conditions.append("c.speakerKey = ?")
      arguments.append(speaker.lowercased())
    }
    if let needle {
      conditions.append(
        "(instr(c.filterText, ?) > 0 OR c.articleId IN (SELECT id FROM article WHERE path IN (SELECT value FROM json_each(?))))"
      )
      arguments.append(needle)
      arguments.append(Self.jsonArray(titled))
    }
    let sql = """
      SELECT c.articleId, a.path, c.ordinal, c.isQuote FROM claim c JOIN article a ON a.id = c.articleId
      \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
      ORDER BY c.rowid
      """
    return try withRecovery {
      try database.read { db in
        var out: [ArticleClaims] = []
        let rows = try Row.fetchCursor(db, sql: sql, arguments: StatementArguments(arguments))
        var lastID: Int64?
        while let row = try rows.next() {
          let id: Int64 = row[0]
          if id != lastID {
            // The path is read once per article, not once per claim.
            lastID = id
            out.append(ArticleClaims(path: row[1], ordinals: [], areQuotes: []))
          }
          out[out.count - 1].ordinals.append(row[2])
          out[out.count - 1].areQuotes.append(row[3])
        }
        return out
      }
    }
  }
}
