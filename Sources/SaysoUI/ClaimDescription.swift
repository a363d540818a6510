import SaysoCore

/// How claims and the people behind them read on screen; every function returns one safe line.
enum ClaimDescription {
  /// Who stands behind a claim, e.g. `Vladimir Putin (Russian President)`, `Putin as "the president"`,
  /// `group: experts`, `unknown speaker`.
  static func attribution(_ speaker: Speaker?, group: String?) -> String {
    if let speaker {
      var text = speaker.name
      let mention = speaker.mention.trimmingCharacters(in: .whitespaces)
      if !mention.isEmpty && !mention.lowercased().contains(speaker.name.lowercased()) {
        text += " as \"\(mention)\""
      }
      if let role = speaker.role, !role.isEmpty { text += " (\(role))" }
      return DisplayText.line(text)
    }
    if let group, !group.isEmpty { return DisplayText.line("group: \(group)") }
    return "unknown speaker"
  }

  /// One line: kind, who, cue, e.g. `quote, direct — Vladimir Putin (Russian President); cue "said"`.
  static func summary(_ claim: Claim) -> String {
    switch claim {
    case .quote(let quote):
      "quote, \(quote.kind.rawValue) — \(attribution(quote.speaker, group: quote.group)); \(cue(quote.cue))"
    case .proposal(let proposal):
      "proposal — \(attribution(proposal.proposer, group: proposal.group)); \(cue(proposal.cue))"
    }
  }

  private static func cue(_ cue: String?) -> String {
    guard let cue, !cue.isEmpty else { return "no cue" }
    return DisplayText.line("cue \"\(cue)\"")
  }

  /// Where a claim stands, as `article ¶N`, the article named by its file name without extension.
  static func source(article path: String, paragraph: Int) -> String {
    let file = path.split(separator: "/").last.map(String.init) ?? path
    let name = file.contains(".") ? String(file[..<file.lastIndex(of: ".")!]) : file
    return DisplayText.line("\(name) ¶\(paragraph)")
  }
}

extension String {
  /// The words the user will type to find this, for filters: lower case, accents kept.
  var folded: String { lowercased() }
}
