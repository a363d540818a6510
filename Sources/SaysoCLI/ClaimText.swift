import Foundation
import SaysoCore

/// How claims and the people behind them read as text: one wording for `show`, `quotes` and `proposals`.
///
/// Every function returns terminal-safe, single-line text.
public enum ClaimText {
  /// Who stands behind a claim (see `ClaimWording.attribution`), made terminal-safe.
  public static func attribution(_ speaker: Speaker?, group: String?, organisation: String? = nil) -> String {
    TerminalText.line(ClaimWording.attribution(speaker, group: group, organisation: organisation))
  }

  /// The short tag written after a marked quote: the speaker's name, the group, or `?`.
  public static func tag(_ speaker: Speaker?, group: String?) -> String {
    TerminalText.line(speaker?.name ?? group ?? "?")
  }

  /// One line describing a claim (see `ClaimWording.summary`), made terminal-safe.
  public static func summary(_ claim: Claim) -> String {
    TerminalText.line(ClaimWording.summary(claim))
  }

  /// A claim as `quotes` and `proposals` list it: where it stands and who is behind it, then its text
  /// indented on the next line(s).
  public static func listing(_ claim: Claim, in article: Article) -> String {
    let what: String
    let text: String
    switch claim {
    case .quote(let quote):
      text = quote.text
      what =
        "\(attribution(quote.speaker, group: quote.group, organisation: quote.organisation)) — \(quote.kind.rawValue), \(cue(quote.cue))"
    case .proposal(let proposal):
      text = proposal.text
      what =
        "\(attribution(proposal.proposer, group: proposal.group, organisation: proposal.organisation)) — \(cue(proposal.cue))"
    }
    return source(article, paragraph: claim.paragraph) + "  " + what + "\n"
      + TerminalText.lines(text).map { "    " + $0 }.joined(separator: "\n")
  }

  /// Where a claim stands, as `path ¶N` (N is the paragraph index, as in the JSON).
  public static func source(_ article: Article, paragraph: Int) -> String {
    TerminalText.line("\(article.path) ¶\(paragraph)")
  }

  /// Whether the quote's speaker's name, organisation or group contains `name`, ignoring case.
  public static func quote(_ quote: Quote, isBy name: String) -> Bool {
    let wanted = name.lowercased()
    return [quote.speaker?.name, quote.organisation, quote.group].contains { $0?.lowercased().contains(wanted) == true }
  }

  private static func cue(_ cue: String?) -> String {
    TerminalText.line(ClaimWording.cue(cue))
  }
}

/// `sayso quotes` and `sayso proposals`: one listing of claims, as text or JSON.
public enum ClaimListing {
  /// Prints the claims `select` picks from each analysed article of `corpus` — as `ClaimText.listing`
  /// lines, or with `json` as `{"KEY": [{"path", …claim}]}` — then ends the command by the corpus's
  /// rule and "nothing matches `asked`" when there was none.
  ///
  /// - Throws: `SaysoError`.
  public static func print(
    _ corpus: inout Corpus, json: Bool, key: String, asked: String, select: (ArticleAnalysis) -> [Claim]
  ) throws(SaysoError) {
    var stream = json ? JSONOutput.Stream(key: key) : nil
    var listed = 0
    corpus.forEachAnalysis { analysis in
      for claim in select(analysis) {
        listed += 1
        if json {
          stream?.write(JSONOutput.claim(claim).prepending("path", .string(analysis.article.path)).serialized)
        } else {
          Swift.print(ClaimText.listing(claim, in: analysis.article))
        }
      }
    }
    stream?.close()
    try corpus.finish(listed: listed, json: json, asked: asked)
  }
}
