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

  /// One line describing a claim, an utterance's pieces counted (see `ClaimWording.summary`), made
  /// terminal-safe.
  public static func summary(_ claim: ListedClaim) -> String {
    TerminalText.line(ClaimWording.summary(claim))
  }

  /// A claim as `quotes` and `proposals` list it: where it stands and who is behind it, then its text
  /// indented on the next line(s) — an utterance's pieces joined with " … ".
  public static func listing(_ listed: ListedClaim, in article: Article) -> String {
    let what: String
    switch listed.first {
    case .quote(let quote):
      what =
        "\(attribution(quote.speaker, group: quote.group, organisation: quote.organisation)) — \(quote.kind.rawValue), \(cue(quote.cue))"
    case .proposal(let proposal):
      what =
        "\(attribution(proposal.proposer, group: proposal.group, organisation: proposal.organisation)) — \(cue(proposal.cue))"
    }
    return source(article, paragraph: listed.paragraph) + "  " + what + "\n"
      + TerminalText.lines(listed.text).map { "    " + $0 }.joined(separator: "\n")
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
  /// The quotes of `analysis` as listed (an utterance once), those of `speaker` only when it is given.
  public static func quotes(in analysis: ArticleAnalysis, by speaker: String?) -> [ListedClaim] {
    analysis.listedClaims.filter { listed in
      guard case .quote(let quote) = listed.first else { return false }
      return speaker.map { ClaimText.quote(quote, isBy: $0) } ?? true
    }
  }

  /// The proposals of `analysis` as listed.
  public static func proposals(in analysis: ArticleAnalysis) -> [ListedClaim] {
    analysis.listedClaims.filter { !$0.isQuote }
  }

  /// Prints the claims `select` picks from each analysed article of `corpus` — as `ClaimText.listing`
  /// lines (an utterance once), or with `json` as `{"KEY": [{"path", …claim}]}` (one element per piece,
  /// an utterance's pieces sharing their `utterance`) — then ends the command by the corpus's rule and
  /// "nothing matches `asked`" when there was none.
  ///
  /// - Throws: `SaysoError`.
  public static func print(
    _ corpus: inout Corpus, json: Bool, key: String, asked: String, select: (ArticleAnalysis) -> [ListedClaim]
  ) throws(SaysoError) {
    var stream = json ? JSONOutput.Stream(key: key) : nil
    var listed = 0
    corpus.forEachAnalysis { analysis in
      for claim in select(analysis) {
        listed += 1
        if json {
          for piece in claim.pieces {
            stream?.write(JSONOutput.claim(piece, path: analysis.article.path))
          }
        } else {
          Swift.print(ClaimText.listing(claim, in: analysis.article))
        }
      }
    }
    stream?.close()
    try corpus.finish(listed: listed, json: json, asked: asked)
  }
}
