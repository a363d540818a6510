/// A claim as the reader and the command line list it: a proposal, a quote, or the quoted pieces of one
/// utterance that a frame splits, taken together.
///
/// In `"We were ready," the coach said. "The third period was ours."` the analysis finds two quotes
/// with the same `utterance`; they are listed once, as `"We were ready," … "The third period was
/// ours."`, with the speaker, kind and cue of the first piece. Each piece keeps its own offsets, so the
/// frame between them is in neither.
public struct ListedClaim: Sendable, Equatable {
  /// The claims listed as one, in reading order: one, or every piece of an utterance.
  public let pieces: [Claim]
  /// The position of each piece in the list it was grouped from (an article's `claims`).
  public let positions: [Int]

  /// What stands between the pieces' texts when they are shown together.
  public static let pieceSeparator = " … "

  /// The first piece: it gives the paragraph, the kind, the speaker and the cue.
  public var first: Claim { pieces[0] }
  public var paragraph: Int { first.paragraph }
  /// Where the first piece starts.
  public var start: Int { first.start }
  /// Where the last piece ends (the frame between pieces lies inside `start..<end`).
  public var end: Int { pieces.last!.end }
  public var speaker: Speaker? { first.speaker }
  /// The pieces' texts joined with `pieceSeparator`.
  public var text: String { pieces.map(\.text).joined(separator: Self.pieceSeparator) }

  public var isQuote: Bool {
    if case .quote = first { return true }
    return false
  }

  /// `claims` (in reading order) as they are listed: each utterance once, at the place of its first
  /// piece; every other claim as it is.
  public static func grouping(_ claims: [Claim]) -> [ListedClaim] {
    var listed: [(pieces: [Claim], positions: [Int])] = []
    var byUtterance: [Int: Int] = [:]
    for (position, claim) in claims.enumerated() {
      if case .quote(let quote) = claim, let utterance = quote.utterance {
        if let at = byUtterance[utterance] {
          listed[at].pieces.append(claim)
          listed[at].positions.append(position)
          continue
        }
        byUtterance[utterance] = listed.count
      }
      listed.append(([claim], [position]))
    }
    return listed.map { ListedClaim(pieces: $0.pieces, positions: $0.positions) }
  }
}

extension ArticleAnalysis {
  /// `claims` with the pieces of each utterance listed once (see `ListedClaim`).
  public var listedClaims: [ListedClaim] { ListedClaim.grouping(claims) }
}
