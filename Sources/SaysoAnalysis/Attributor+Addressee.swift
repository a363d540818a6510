/// Where the one told ends after "told" (or "said to"): an audience ("a news conference"), an addressee
/// with no article ("council", "FBI agents", "host Sam Quinn"), and the clause that follows it.
extension Attributor {
  /// The audience noun of a phrase that a determiner opens at `determiner`, up to four words on, with only
  /// words before it and no "that" or verb: "a news conference", "the jury". Nil when there is none. A name
  /// or another audience noun right after it goes on with the phrase: "the Senate Finance Committee
  /// hearing", "a Senate panel".
  static func audienceNoun(_ paragraph: ParagraphText, after determiner: Int, limit: Int) -> Int? {
    guard determiner + 1 < limit, paragraph.tokens[determiner].classes.contains(.determiner) else { return nil }
    var found: Int?
    for index in (determiner + 1)..<min(limit, determiner + 5) {
      let token = paragraph.tokens[index]
      guard token.kind == .word, token.lower != "that", paragraph.cues[index] == nil else { return found }
      // (with the programme it is on: "told the television program …")
      if Lexicon.audienceNouns.contains(token.lower) || (found != nil && Lexicon.programmeNouns.contains(token.lower)) {
        found = index
      } else if found != nil && (!token.isCapitalized || token.isTimeWord) {
        return found
      }
    }
    guard let noun = found else { return nil }
    return audienceName(paragraph, after: noun, limit: limit) ?? noun
  }

  /// The last word of the name that follows an audience noun as its own, when the clause goes on after the
  /// name rather than from it: "told the French newspaper Le Monde the plan was dead" (but "told the
  /// newspaper Crane would lose", where the name is the clause's subject).
  static func audienceName(_ paragraph: ParagraphText, after noun: Int, limit: Int) -> Int? {
    var end = noun + 1
    while end < limit && end < noun + 5 && SpeakerPhraseParser.isNameToken(paragraph, end)
      && !paragraph.tokens[end].isTimeWord && !paragraph.tokens[end].isPossessive
    { end += 1 }
    guard end > noun + 1 else { return nil }
    // (or the name ends the frame: "…,” he told the French newspaper Le Monde.")
    guard end < limit, paragraph.tokens[end].kind == .word else { return end - 1 }
    // (a clause opens after it with "that", a determiner or a pronoun: not "told the crowd Lund wants …")
    let next = paragraph.tokens[end]
    guard next.lower == "that" || next.classes.contains(.determiner) || subjectPronouns.contains(next.lower)
    else { return nil }
    return end - 1
  }

  /// Whether a quote of a title opens at `index`: a show's name, no one's words ("told “Sunday Briefing.”").
  static func isQuotedTitle(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard let quote = paragraph.tokens[index].quote, paragraph.tokens[index].kind == .punct else { return false }
    let span = paragraph.quotes[quote]
    return TitleCase.isTitleCase(paragraph.text(span.innerStart, span.innerEnd))
      && QuoteScanner.countWords(paragraph.scalars, span.innerStart, span.innerEnd) <= 6
  }

  /// Whether the quote opening at `index` names a work after its maker or its kind: CBS’s “Sunrise”, the
  /// radio program “Open Line”.
  static func isNamedWork(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard index > 0, isQuotedTitle(paragraph, index) else { return false }
    let before = paragraph.tokens[index - 1]
    return (before.isPossessive && before.isCapitalized) || Lexicon.programmeNouns.contains(before.lower)
  }

  /// Whether phrases of place and time alone run from `start` to the end: they tell nothing ("told a crowd
  /// of 850 here on Friday", "told local television on Monday").
  static func isAdjunctToTheEnd(_ paragraph: ParagraphText, _ start: Int, _ limit: Int) -> Bool {
    paragraph.tokens[start].classes.contains(.preposition)
      && !(start..<limit).contains(where: { index in
        let token = paragraph.tokens[index]
        return token.lower == "that" || token.quote != nil || paragraph.cues[index] != nil
          || token.scalar == "," || token.scalar == ":"
      })
  }

  /// The audience noun that ends an addressee of up to three words with no article: "state media", "local
  /// television", "reporters". Nil when the words go on as a clause or are no audience.
  static func bareAudience(_ paragraph: ParagraphText, _ start: Int, _ limit: Int) -> Int? {
    var end = start
    while end < limit && end < start + 3 && isBareNoun(paragraph, end) { end += 1 }
    guard end > start, Lexicon.audienceNouns.contains(paragraph.tokens[end - 1].lower) else { return nil }
    return end - 1
  }

  /// Whether the word at `index` may be a noun of an addressee with no article: a lower-case word that is
  /// no determiner, pronoun, preposition, clause word, time, adverb in -ly or verb of a predicate.
  static func isBareNoun(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    let token = paragraph.tokens[index]
    return token.kind == .word && !token.isCapitalized && token.quote == nil && paragraph.cues[index] == nil
      && token.lower != "that" && !token.isTimeWord && !opensPredicate(token)
      && token.classes.isDisjoint(with: [.determiner, .objectWord, .clauseWord, .preposition])
      && !subjectPronouns.contains(token.lower) && !token.lower.hasSuffix("ly")
  }

  /// Whether the subject opening at `clause` has its predicate within eight words (and any quoted ones),
  /// before a comma, a relative word or any other stop: "the network carried …", "the era of “paying fines
  /// and carrying on” was over".
  static func predicateFollows(_ paragraph: ParagraphText, _ clause: Int, _ limit: Int) -> Bool {
    var words = 0
    for index in (clause + 1)..<limit {
      let token = paragraph.tokens[index]
      if opensPredicate(token) { return true }
      if token.quote != nil { continue }
      words += 1
      if words > 8 || token.kind == .punct || token.lower == "that" || token.classes.contains(.clauseWord)
        || paragraph.cues[index] != nil
      {
        return false
      }
    }
    return false
  }

  /// Where the clause starts after an addressee with no article at `start`: up to three lower-case nouns
  /// ("council", "supporters", "host"), a name after them ("host Sam Quinn") and a time ("backers
  /// Saturday night"), then a determiner, a pronoun or a capitalised word whose predicate follows
  /// (`predicateFollows`). Nil when the words are anything else (a clause word, a preposition, no predicate).
  static func clauseAfterBareAddressee(_ paragraph: ParagraphText, _ start: Int, _ limit: Int) -> Int? {
    func clause(after index: Int) -> Int? {
      let clause = clauseAfterTime(paragraph, index, limit) ?? index
      guard clause + 2 < limit, opensClauseWithNoThat(paragraph.tokens[clause]),
        predicateFollows(paragraph, clause, limit)
      else { return clauseAfterPlace(paragraph, index, limit) }
      return clause
    }
    var nouns = start
    while nouns < limit && nouns < start + 3 && isBareNoun(paragraph, nouns) { nouns += 1 }
    guard nouns > start else { return nil }
    // the name is the addressee's when a clause follows it ("told host Sam Quinn he was …"), else the
    // clause's subject ("told supporters Tate would …")
    var names = nouns
    // (a possessive name opens the clause's subject: "told local media Kowalski's leg was …")
    while names < limit && names < nouns + 3 && SpeakerPhraseParser.isNameToken(paragraph, names)
      && !paragraph.tokens[names].isTimeWord && !paragraph.tokens[names].isPossessive
    { names += 1 }
    guard names > nouns else { return clause(after: nouns) }
    if let clause = clause(after: names) { return clause }
    // (or the words told, quoted after the name or a colon: "told host Sam Quinn: “No, it is not true.”")
    if names + 1 < limit, paragraph.tokens[names].scalar == ":", opensQuote(paragraph, names + 1, limit) {
      return names + 1
    }
    if names + 1 < limit, opensQuote(paragraph, names, limit), paragraph.tokens[names + 1].isCapitalized { return names }
    return names < limit && opensPredicate(paragraph.tokens[names]) ? nouns : nil
  }

  /// Whether the words from `start` to the sentence's end are only the ones told with a participle or a
  /// relative clause of their own, and no content: "…,” she told those waiting to see the launch.",
  /// "told the crowd assembled outside", "told those who came" ("those", or a determiner and an audience
  /// noun, right before the participle or "who"; a few words after it, with no "that", quote or colon).
  static func isModifiedAudience(_ paragraph: ParagraphText, _ start: Int, _ limit: Int) -> Bool {
    guard start + 1 < limit, paragraph.tokens[start].classes.contains(.determiner) else { return false }
    let those = paragraph.tokens[start].lower == "those"
    let modifier: Int
    if those {
      modifier = start + 1
    } else if let noun = ((start + 1)..<min(limit, start + 3)).first(where: {
      Lexicon.audienceNouns.contains(paragraph.tokens[$0].lower)
    }) {
      modifier = noun + 1
    } else {
      return false
    }
    guard modifier < limit, limit - modifier <= 7, case let token = paragraph.tokens[modifier],
      token.kind == .word, token.quote == nil, paragraph.cues[modifier] == nil,
      (those && token.lower == "who" && limit - modifier <= 5)
        || (token.lower.utf8.count > 4 && token.lower.hasSuffix("ed"))
    else { return false }
    return !(modifier..<limit).contains(where: { index in
      let token = paragraph.tokens[index]
      return token.quote != nil || token.scalar == ":" || token.lower == "that" || paragraph.cues[index] != nil
    })
  }
}
