import Foundation

/// How a claim and the person behind it are worded, once for every front end (the command line and the
/// reader each make the words safe for their own output).
public enum ClaimWording {
  /// Who stands behind a claim, e.g. `Vladimir Putin (Russian President)`, `Putin as "the president"`,
  /// `organisation: Reuters`, `group: experts`, or `unknown speaker`.
  public static func attribution(_ speaker: Speaker?, group: String?, organisation: String? = nil) -> String {
    if let speaker {
      var text = speaker.name
      // The mention is worth showing when it is not just the name again ("the president", "he").
      let mention = speaker.mention.trimmingCharacters(in: .whitespaces)
      if !mention.isEmpty && !mention.lowercased().contains(speaker.name.lowercased()) {
        text += " as \"\(mention)\""
      }
      if let role = speaker.role, !role.isEmpty { text += " (\(role))" }
      return text
    }
    if let organisation, !organisation.isEmpty { return "organisation: \(organisation)" }
    if let group, !group.isEmpty { return "group: \(group)" }
    return "unknown speaker"
  }

  /// The cue as shown after a claim: `cue "said"`, or `no cue`.
  public static func cue(_ cue: String?) -> String {
    guard let cue, !cue.isEmpty else { return "no cue" }
    return "cue \"\(cue)\""
  }

  /// One line: kind, who, cue, e.g. `quote, direct — Vladimir Putin (Russian President); cue "said"`;
  /// for a quote in several `pieces`, `quote, direct, 2 pieces — …`.
  public static func summary(_ claim: Claim, pieces: Int = 1) -> String {
    switch claim {
    case .quote(let quote):
      let kind = quote.kind.rawValue + (pieces > 1 ? ", \(pieces) pieces" : "")
      return
        "quote, \(kind) — \(attribution(quote.speaker, group: quote.group, organisation: quote.organisation)); \(cue(quote.cue))"
    case .proposal(let proposal):
      return
        "proposal — \(attribution(proposal.proposer, group: proposal.group, organisation: proposal.organisation)); \(cue(proposal.cue))"
    }
  }

  /// One line for a listed claim (an utterance's pieces counted), as `summary(_:pieces:)`.
  public static func summary(_ listed: ListedClaim) -> String {
    summary(listed.first, pieces: listed.pieces.count)
  }
}
