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

  /// Where a claim stands, as `business/001.txt ¶2`: the article's path relative to the corpus root,
  /// then the paragraph. Given a `width`, a path too long for it loses its start (`…ss/001.txt ¶2`),
  /// never the paragraph number.
  static func source(article relativePath: String, paragraph: Int, width: Int? = nil) -> String {
    let number = " ¶\(paragraph)"
    let path = DisplayText.line(relativePath)
    guard let width, (path + number).displayWidth > width else { return path + number }
    let room = width - number.displayWidth - 1
    guard room > 0 else { return String(number.dropFirst()) }
    return "…" + DisplayText.tail(path, toWidth: room) + number
  }
}

extension String {
  /// The words the user will type to find this, for filters: lower case, accents kept.
  var folded: String { lowercased() }
}
