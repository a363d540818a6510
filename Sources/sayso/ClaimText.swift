import Foundation
import SaysoCore

/// How claims and the people behind them read as text: one wording for `show`, `quotes` and `proposals`.
///
/// Every function returns terminal-safe, single-line text.
enum ClaimText {
  /// Who stands behind a claim, e.g. `Vladimir Putin (Russian President)`, `Putin ("the president")`,
  /// `group: experts`, or `unknown speaker`.
  static func attribution(_ speaker: Speaker?, group: String?) -> String {
    if let speaker {
      var text = speaker.name
      // The mention is worth showing when it is not just the name again ("the president", "he").
      let mention = speaker.mention.trimmingCharacters(in: .whitespaces)
      if !mention.isEmpty && !mention.lowercased().contains(speaker.name.lowercased()) {
        text += " as \"\(mention)\""
      }
      if let role = speaker.role, !role.isEmpty { text += " (\(role))" }
      return TerminalText.line(text)
    }
    if let group, !group.isEmpty { return TerminalText.line("group: \(group)") }
    return "unknown speaker"
  }

  /// The short tag written after a marked quote: the speaker's name, the group, or `?`.
  static func tag(_ speaker: Speaker?, group: String?) -> String {
    TerminalText.line(speaker?.name ?? group ?? "?")
  }

  /// One line describing a claim: what it is, who is behind it, and its cue, e.g.
  /// `quote, direct — Vladimir Putin (Russian President); cue "said"`.
  static func summary(_ claim: Claim) -> String {
    switch claim {
    case .quote(let quote):
      "quote, \(quote.kind.rawValue) — \(attribution(quote.speaker, group: quote.group)); \(cue(quote.cue))"
    case .proposal(let proposal):
      "proposal — \(attribution(proposal.proposer, group: proposal.group)); \(cue(proposal.cue))"
    }
  }

  /// A claim as `quotes` and `proposals` list it: where it stands and who is behind it, then its text
  /// indented on the next line(s).
  static func listing(_ claim: Claim, in article: Article, text: String) -> String {
    let what: String
    switch claim {
    case .quote(let quote):
      what = "\(attribution(quote.speaker, group: quote.group)) — \(quote.kind.rawValue), \(cue(quote.cue))"
    case .proposal(let proposal):
      what = "\(attribution(proposal.proposer, group: proposal.group)) — \(cue(proposal.cue))"
    }
    return source(article, paragraph: claim.paragraph) + "  " + what + "\n"
      + TerminalText.lines(text).map { "    " + $0 }.joined(separator: "\n")
  }

  /// Where a claim stands, as `path ¶N` (N is the paragraph index, as in the JSON).
  static func source(_ article: Article, paragraph: Int) -> String {
    TerminalText.line("\(article.path) ¶\(paragraph)")
  }

  private static func cue(_ cue: String?) -> String {
    guard let cue, !cue.isEmpty else { return "no cue" }
    return TerminalText.line("cue \"\(cue)\"")
  }
}
