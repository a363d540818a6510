import SaysoCore

/// One claim in the corpus with the article it stands in.
public struct ClaimEntry: Equatable, Sendable {
  public var article: String
  public var articleTitle: String
  public var claim: Claim
  /// The position of the claim in its article's `claims`.
  public var index: Int

  /// The claimed words.
  public var text: String {
    switch claim {
    case .quote(let q): q.text
    case .proposal(let p): p.text
    }
  }

  /// The name of the person behind the claim, or its group, or "?".
  public var who: String {
    switch claim {
    case .quote(let q): q.speaker?.name ?? q.organisation ?? q.group ?? "?"
    case .proposal(let p): p.proposer?.name ?? p.organisation ?? p.group ?? "?"
    }
  }

  public var isQuote: Bool {
    if case .quote = claim { return true }
    return false
  }
}
