import SaysoCore

/// How claims and the people behind them read on screen; every function returns one safe line.
enum ClaimDescription {
  /// Who stands behind a claim (see `ClaimWording.attribution`), as one safe line.
  static func attribution(_ speaker: Speaker?, group: String?, organisation: String? = nil) -> String {
    DisplayText.line(ClaimWording.attribution(speaker, group: group, organisation: organisation))
  }

  /// One line: kind (an utterance's pieces counted), who, cue (see `ClaimWording.summary`), safe for the screen.
  static func summary(_ claim: ListedClaim) -> String {
    DisplayText.line(ClaimWording.summary(claim))
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
