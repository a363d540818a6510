import SaysoCore

/// Where the content starts after a prepositional phrase between a verb of saying and what was said:
/// at "that" ("said on ABC's “This Week” that …") or at a quoted sentence ("said on Voice of America's …
/// programme “…”").
extension Attributor {
  /// The "that" after a prepositional phrase that follows the cue, where the content starts: "said on
  /// ABC's “This Week” that he would …", "is telling supporters after his victory in the primary that …"
  /// (a quoted title inside the phrase is passed over). Nil when the phrase is not followed by "that"
  /// before a mark, a clause or another cue, or within 14 words.
  static func thatAfterPrepositionalPhrase(_ paragraph: ParagraphText, _ start: Int, _ limit: Int) -> Int? {
    // ("to" is an infinitive's more often: "urged them to refrain from actions that …")
    // (or a place's: "told reporters outside the courthouse that …")
    // (the adjunct prepositions are prepositions: the class bit rules out other words before a set is searched)
    guard paragraph.tokens[start].isListedAsWritten(.preposition)
        && Lexicon.adjunctPrepositions.contains(paragraph.tokens[start].lower)
        || Lexicon.placePrepositions.contains(paragraph.tokens[start].lower),
      paragraph.tokens[start].lower != "to",
      paragraph.tokens[start].quote == nil
    else { return nil }
    for index in (start + 1)..<min(limit, start + 15) {
      let token = paragraph.tokens[index]
      if token.quote != nil { continue }
      if token.lower == "that" {
        // a "that" before a verb is a relative pronoun: "the one that visibly reduces …", "actions that would …",
        // "a video that showed …"; before a time it is a determiner: "at a dinner that night"
        guard index > start + 1, index + 1 < limit else { return nil }
        let next = paragraph.tokens[index + 1]
        if Lexicon.auxiliariesAndBe.contains(next.lower)
          || next.lower.hasSuffix("ly") || (next.lower.hasSuffix("ed") && !next.isCapitalized) || next.isTimeWord
          || paragraph.cues[index + 1] != nil
        {
          return nil
        }
        return index
      }
      if endsPrepositionalPhrase(paragraph, index) { return nil }
    }
    return nil
  }

  /// The quoted sentence after a prepositional phrase that follows the cue, where the content starts: "said
  /// on Voice of America's South Sudan in Focus programme “It is a great loss …”", "wrote on his Facebook
  /// page “…”" (a quoted title inside the phrase is passed over: "on ABC's “This Week”"). Nil when a mark, a
  /// clause word or another cue comes first, or no quote opens within 14 words.
  static func quoteAfterPrepositionalPhrase(_ paragraph: ParagraphText, _ start: Int, _ limit: Int) -> Int? {
    guard paragraph.tokens[start].isListedAsWritten(.preposition),
      Lexicon.adjunctPrepositions.contains(paragraph.tokens[start].lower), paragraph.tokens[start].lower != "to",
      paragraph.tokens[start].quote == nil
    else { return nil }
    var index = start + 1
    while index < min(limit, start + 15) {
      let token = paragraph.tokens[index]
      if let quote = token.quote {
        let inner = paragraph.text(paragraph.quotes[quote].innerStart, paragraph.quotes[quote].innerEnd)
        // a sentence opens with a capital and is no title
        if opensQuote(paragraph, index, limit), inner.first?.isUppercase == true, !TitleCase.isTitleCase(inner) {
          return index
        }
        while index < limit && paragraph.tokens[index].quote == quote { index += 1 }
        continue
      }
      if endsPrepositionalPhrase(paragraph, index) { return nil }
      index += 1
    }
    return nil
  }

  /// The end of the state, province or country that a comma after a place's name puts after it ("Salem,
  /// New Hampshire", "Baytown, Texas"): up to three words of a name that the gazetteer knows as more than a
  /// city. Nil when the words after the comma are no such place.
  static func regionAfter(_ paragraph: ParagraphText, comma: Int, limit: Int) -> Int? {
    var end = comma + 1
    while end < limit && end < comma + 4 && SpeakerPhraseParser.isNameToken(paragraph, end) { end += 1 }
    guard end > comma + 1, let place = WorldKnowledge.shared.places[nameKey(paragraph.text(tokens: (comma + 1)..<end))],
      place > .city
    else { return nil }
    return end
  }

  /// Whether the token at `index` ends the phrase after a verb's preposition with no content found: a mark
  /// (not an apostrophe or an abbreviation's dot), another cue, a clause word or an auxiliary (not the comma
  /// before a place's state or country).
  static func endsPrepositionalPhrase(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    let token = paragraph.tokens[index]
    // (not the comma between a place and its state or country: "in Salem, New Hampshire on Monday that …")
    if token.scalar == ",", index >= 1, paragraph.tokens[index - 1].isCapitalized,
      regionAfter(paragraph, comma: index, limit: paragraph.tokens.count) != nil
    {
      return false
    }
    return token.kind == .punct && !(token.scalar == "’" || token.scalar == "'" || token.scalar == ".")
      || paragraph.cues[index] != nil || (token.classes.contains(.clauseWord) && !token.isCapitalized)
      || Lexicon.auxiliariesAndBe.contains(token.lower)
  }
}
