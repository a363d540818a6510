import SaysoCore

/// One claim in the corpus with the article it stands in; an utterance split by a frame is one entry.
public struct ClaimEntry: Equatable, Sendable {
  public var article: String
  public var articleTitle: String
  /// The claim with all its pieces.
  public var listed: ListedClaim

  /// The claim's first piece: paragraph, kind, speaker and cue.
  public var claim: Claim { listed.first }
  /// The position of the claim's first piece in its article's `claims`.
  public var index: Int { listed.positions[0] }
  /// The claimed words, an utterance's pieces joined with " … ".
  public var text: String { listed.text }
  public var isQuote: Bool { listed.isQuote }

  /// The name of the person behind the claim, or its organisation or group, or "?".
  public var who: String { claim.who }

  /// Whether the claim's speaker (or organisation or group), words or article title contain `needle`,
  /// lower-cased: what a Claims view's filter keeps.
  public func contains(_ needle: String) -> Bool {
    who.folded.contains(needle) || text.folded.contains(needle) || articleTitle.folded.contains(needle)
  }
}
