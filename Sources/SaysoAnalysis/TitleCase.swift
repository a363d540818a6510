import SaysoCore

/// Headlines written in title case ("Hale Says She Never Promised To Close Libraries Of Small Towns") or
/// in capitals ("STRAND MINING CO TO BUY PELLWORTH CORP STAKE"): their capitals are the style's, not the
/// names'. Read as they stand, every word is part of one long name and no verb is a cue.
enum TitleCase {
  /// Reads the capitalised common words of a title-case headline as lower case, so that its verbs of
  /// saying are cues and its names stand apart. A word keeps its capital when it may be a name: a given
  /// name or a family name (unless it is among the commonest words: "Said", "Will"), a place or the first
  /// word of one ("New York"), a word of organisations' names ("House", "Party"), a title, a demonym, a
  /// weekday or a month. The first word keeps its capital, as in any sentence; the text is unchanged.
  static func readAsSentenceCase(_ tokens: inout [Token]) {
    guard isHeadlineInTitleCase(tokens) else { return }
    let world = WorldKnowledge.shared
    for index in tokens.indices.dropFirst() where tokens[index].kind == .word && tokens[index].isCapitalized {
      let token = tokens[index]
      let key = token.stemLower
      guard world.isCommonWord(key),
        token.classes.isDisjoint(with: [.organisationWord, .title, .honorific, .weekday, .month]),
        world.places[key] == nil, !SpeakerPhraseParser.isDemonym(key),
        world.isCommonWord(key, within: 200) || (!world.givenNames.contains(key) && !world.surnames.contains(key))
      else { continue }
      if index + 1 < tokens.count, tokens[index + 1].isCapitalized,
        world.places[key + " " + tokens[index + 1].stemLower] != nil
      {
        continue
      }
      tokens[index].isCapitalized = false
    }
  }

  /// Whether every word of `text` but short ones is capitalised: the title of a show or a work quoted in a
  /// sentence ("Sunday Morning With Dana Fell").
  static func isTitleCase(_ text: String) -> Bool {
    text.spaceSeparatedWords.allSatisfy { ($0.first?.isUppercase ?? true) || $0.count <= 3 }
  }

  /// Whether a headline's tokens are in title case: three in four of its words of four letters or more are
  /// capitalised, and there are three (a headline may keep "with" or "after" in lower case).
  static func isHeadlineInTitleCase(_ tokens: [Token]) -> Bool {
    var words = 0
    var capitalised = 0
    for token in tokens where token.kind == .word && token.lower.unicodeScalars.count >= 4 {
      words += 1
      if token.isCapitalized { capitalised += 1 }
    }
    return words >= 3 && capitalised * 4 >= words * 3
  }
}
