import SaysoCore

/// Places inside and around a subject's phrase: a state after a place's comma, its abbreviation, a place that a
/// preposition opens, a role of a place and the region after it.
extension Attributor {
  /// Whether `range`, between commas, is a state or a country after the capitalised place before its comma:
  /// "Flint, Michigan,", "Salem, New Hampshire,", or a state's or a province's abbreviation as the news writes
  /// them: "Salem, Ore.,", "Regina, Sask.,", "Kamloops, B.C.,".
  static func isStateAfterPlace(_ paragraph: ParagraphText, _ range: Range<Int>) -> Bool {
    guard range.lowerBound >= 2, !range.isEmpty, paragraph.tokens[range.lowerBound - 2].isCapitalized else {
      return false
    }
    if isPlaceAbbreviation(paragraph, range) { return true }
    guard let kind = WorldKnowledge.shared.places[nameKey(paragraph.text(tokens: range))] else { return false }
    if kind >= .state { return true }
    // (a county or a region the gazetteer knows only as a town, after a town it knows: "Harlow, Essex")
    guard range.count <= 2, range.lowerBound >= 2, paragraph.tokens[range.lowerBound - 1].scalar == ",",
      let town = SpeakerPhraseParser.nameRun(paragraph, endingAt: range.lowerBound - 1, from: max(0, range.lowerBound - 4))
    else { return false }
    return WorldKnowledge.shared.places[nameKey(paragraph.text(tokens: town))] != nil
  }

  /// Whether `range` is a place that a preposition opens, or a state after such a place's comma: "in Toronto",
  /// "outside Salem, Oregon".
  static func isPlaceAfterPreposition(_ paragraph: ParagraphText, _ range: Range<Int>, floor: Int) -> Bool {
    var place = range
    if range.lowerBound - 2 > floor, paragraph.tokens[range.lowerBound - 1].scalar == ",",
      isStateAfterPlace(paragraph, range),
      let before = SpeakerPhraseParser.nameRun(paragraph, endingAt: range.lowerBound - 1, from: floor)
    {
      place = before
    } else {
      // (a place's name that is a person's name too is not told from the person's: "a memoir of Austin")
      let key = nameKey(paragraph.text(tokens: range))
      guard WorldKnowledge.shared.places[key] != nil,
        !range.contains(where: { NameTyper.isListedName(SpeakerPhraseParser.wordKey(paragraph, $0)) })
      else { return false }
    }
    guard place.lowerBound - 1 >= floor else { return false }
    let before = paragraph.tokens[place.lowerBound - 1]
    return before.classes.contains(.preposition) || Lexicon.placePrepositions.contains(before.lower)
  }

  /// Whether `range` is one abbreviation with its dot: a capitalised word of two to five letters and a dot
  /// ("Ore.", "Sask.") or initials with dots ("B.C.", "N.Y.").
  static func isPlaceAbbreviation(_ paragraph: ParagraphText, _ range: Range<Int>) -> Bool {
    let word = paragraph.tokens[range.lowerBound]
    guard word.kind == .word, word.isCapitalized else { return false }
    if range.count == 1 { return word.endsWithDot && word.text.count <= 6 }
    return range.count == 2 && paragraph.tokens[range.lowerBound + 1].scalar == "."
      && (2...5).contains(word.text.count) && word.text.allSatisfy(\.isLetter)
  }

  /// Whether `range` is a role noun of a place or a body named last: "the mayor of Malvar", "a professor
  /// at Rice", the words before a region's name in an appositive.
  static func endsWithPlaceOfRole(_ paragraph: ParagraphText, _ range: Range<Int>) -> Bool {
    guard let run = SpeakerPhraseParser.nameRun(paragraph, endingAt: range.upperBound, from: range.lowerBound),
      run.lowerBound - 2 >= range.lowerBound, ["of", "in", "at"].contains(paragraph.tokens[run.lowerBound - 1].lower)
    else { return false }
    let noun = paragraph.tokens[run.lowerBound - 2]
    return noun.kind == .word && !noun.isCapitalized && noun.classes.contains(.roleNoun)
  }

  /// Whether `range`, between commas, is a name of up to three words after a role of a place, the place's
  /// region that no gazetteer knows: "Rio Seco" of "Ivan Orr, the mayor of Malvar, Rio
  /// Seco, said".
  static func isRegionOfPlace(_ paragraph: ParagraphText, _ range: Range<Int>, floor: Int) -> Bool {
    guard range.count <= 3, range.lowerBound - 1 > floor, paragraph.tokens[range.lowerBound - 1].scalar == ",",
      range.allSatisfy({ paragraph.tokens[$0].kind == .word && paragraph.tokens[$0].isCapitalized })
    else { return false }
    let comma = range.lowerBound - 1
    return endsWithPlaceOfRole(paragraph, (phraseBoundary(paragraph, before: comma, floor: floor) + 1)..<comma)
  }
}
