import SaysoCore

/// Where the content starts after a prepositional phrase between a verb of saying and what was said:
/// at "that" ("said on CBS's “Sunday Desk” that …") or at a quoted sentence ("said on Radio Canada's …
/// programme “…”").
extension Attributor {
  /// The "that" after a prepositional phrase that follows the cue, where the content starts: "said on
  /// CBS's “Sunday Desk” that he would …", "is telling donors after her win in the runoff that …"
  /// (a quoted title inside the phrase is passed over). Nil when the phrase is not followed by "that"
  /// before a mark, a clause or another cue, or within 14 words.
  static func thatAfterPrepositionalPhrase(_ paragraph: ParagraphText, _ start: Int, _ limit: Int) -> Int? {
    guard opensAdjunctPhrase(paragraph, start) else { return nil }
    var bracketed = start
    for index in (start + 1)..<min(limit, start + 15) {
      let token = paragraph.tokens[index]
      if token.quote != nil || index < bracketed { continue }
      // (a short aside in brackets stays in the phrase: "said in Lyon (France) that …")
      if let after = afterBracketedAside(paragraph, index, limit) {
        bracketed = after
        continue
      }
      if token.lower == "that" {
        guard index > start + 1 else { return nil }
        // (a relative clause on the phrase's noun, its verb in the past right after "that", may come before the
        // content's "that": "said at a rally that drew thousands on Sunday that …"; not a gerund, which may open the
        // content: "said at the hearing that meeting voters …")
        // (nor an adjective in "-ed" of the content's subject, whose verb follows it: "said in its minutes that
        // slowed growth meant that …")
        if index + 1 < limit, case let next = paragraph.tokens[index + 1], next.kind == .word, next.quote == nil,
          !next.isCapitalized, paragraph.cues[index + 1] == nil,
          next.lower.hasSuffix("ed") || Lexicon.irregularPasts.contains(next.lower),
          !((index + 2)..<min(limit, index + 4)).contains(where: { position in
            opensMainPredicate(paragraph.tokens[position])
              || Lexicon.auxiliariesAndBe.contains(paragraph.tokens[position].lower)
          })
        {
          continue
        }
        return opensThatClause(paragraph, index, limit) ? index : nil
      }
      // (an aside between commas or dashes, right before "that": "said on KTV, where he is a paid contributor,
      // that …", "proclaimed in July - falsely - that …")
      if token.kind == .punct, token.scalar == "," || isDash(token.scalar), index + 2 < limit,
        let close = ((index + 1)..<min(limit - 1, index + 14)).first(where: { close in
          let mark = paragraph.tokens[close]
          return mark.kind == .punct && mark.quote == nil
            && (mark.scalar == token.scalar || !(mark.scalar == "’" || mark.scalar == "'"))
        }),
        paragraph.tokens[close].scalar == token.scalar, paragraph.tokens[close + 1].lower == "that",
        !((index + 1)..<close).contains(where: { paragraph.tokens[$0].quote != nil || paragraph.cues[$0] != nil }),
        opensThatClause(paragraph, close + 1, limit)
      {
        return close + 1
      }
      if goesOnWithPhrase(paragraph, index, start: start, limit) { continue }
      if endsPrepositionalPhrase(paragraph, index) { return nil }
    }
    return nil
  }

  /// The clause after a prepositional phrase that follows the cue and its comma, with no "that": "noted in an
  /// editorial Friday, the mayor has …", "wrote on his blog on Monday, the plan is dead". Nil when the words
  /// after the comma state nothing, or their verb is one of saying ("…, the paper reported"), or the phrase
  /// holds a quote.
  static func clauseAfterPrepositionalPhrase(_ paragraph: ParagraphText, _ start: Int, _ limit: Int) -> Int? {
    guard start + 3 < limit, opensAdjunctPhrase(paragraph, start),
      !["of", "about"].contains(paragraph.tokens[start].lower)
    else { return nil }
    for index in (start + 1)..<min(limit - 2, start + 13) {
      let token = paragraph.tokens[index]
      // (a quote in the phrase, a title's, would be left out of the content as if said)
      if token.quote != nil { return nil }
      if token.kind == .punct && token.scalar == "," && endsPrepositionalPhrase(paragraph, index) {
        guard index > start + 1, opensIndicativeClauseWithNoThat(paragraph, at: index + 1, limit: limit),
          !((index + 1)..<min(limit, index + 7)).contains(where: { paragraph.cues[$0] != nil })
        else { return nil }
        return index + 1
      }
      // (an article after a time opens the verb's object: "announced on Monday the new budget, …")
      if token.classes.contains(.determiner), paragraph.tokens[index - 1].isTimeWord { return nil }
      if goesOnWithPhrase(paragraph, index, start: start, limit) { continue }
      if endsPrepositionalPhrase(paragraph, index) { return nil }
    }
    return nil
  }

  /// Whether the word at `start` opens a phrase of where, when or how it was said after a verb of saying: an
  /// adjunct preposition ("in", "on", "during"; "to" is an infinitive's more often: "urged them to refrain from
  /// actions that …") or a place's ("told reporters outside the courthouse that …").
  static func opensAdjunctPhrase(_ paragraph: ParagraphText, _ start: Int) -> Bool {
    let token = paragraph.tokens[start]
    // (the adjunct prepositions are prepositions: the class bit rules out other words before a set is searched)
    return (token.isListedAsWritten(.preposition) && Lexicon.adjunctPrepositions.contains(token.lower)
      || Lexicon.placePrepositions.contains(token.lower)) && token.lower != "to" && token.quote == nil
  }

  /// Whether the word at `index`, which would end the phrase that opens at `start` by its class, goes on with it:
  /// a demonstrative before a noun ("during this week's debate"), "and" or "or" before a second phrase
  /// (`joinsSecondPhrase`), a "to" before an article, a name or an audience ("in a note to clients"), a cue's
  /// word that is also a noun after a noun ("in its monetary policy report that …"), an "and" between capitals
  /// ("in a filing to the Securities and Exchange Commission that …").
  static func goesOnWithPhrase(_ paragraph: ParagraphText, _ index: Int, start: Int, _ limit: Int) -> Bool {
    let token = paragraph.tokens[index]
    if token.classes.contains(.clauseWord), demonstratives.contains(token.lower), index + 1 < limit,
      case let next = paragraph.tokens[index + 1], next.kind == .word, next.quote == nil,
      paragraph.cues[index + 1] == nil, !next.classes.contains(.clauseWord), !opensPredicate(next)
    {
      return true
    }
    if joinsSecondPhrase(paragraph, index, limit) { return true }
    if token.lower == "to", index + 1 < limit, case let next = paragraph.tokens[index + 1],
      next.quote == nil, next.classes.contains(.determiner) || next.isCapitalized
        || Lexicon.audienceNouns.contains(next.lower)
    {
      return true
    }
    if let cue = paragraph.cues[index], CueLexicon.pluralNouns.contains(cue.lemma), index > start + 1,
      case let before = paragraph.tokens[index - 1], before.kind == .word, !before.isCapitalized,
      before.quote == nil, before.classes.isDisjoint(with: [.clauseWord, .preposition, .cueModifier]),
      !subjectPronouns.contains(before.lower)
    {
      return true
    }
    return token.lower == "and" && index + 1 < limit && paragraph.tokens[index - 1].isCapitalized
      && paragraph.tokens[index + 1].isCapitalized
  }

  /// Whether the token at `index` is an "and" or "or" before a second phrase of where or how it was said: "on
  /// social media and in interviews".
  static func joinsSecondPhrase(_ paragraph: ParagraphText, _ index: Int, _ limit: Int) -> Bool {
    let token = paragraph.tokens[index]
    guard token.lower == "and" || token.lower == "or", index + 1 < limit else { return false }
    let next = paragraph.tokens[index + 1]
    return next.quote == nil && next.lower != "to"
      && (next.isListedAsWritten(.preposition) && Lexicon.adjunctPrepositions.contains(next.lower)
        || Lexicon.placePrepositions.contains(next.lower))
  }

  /// Whether the clause word at `index` is a preposition here, before an article, a pronoun, a name, a number or
  /// a time: "close to her", "since the spring", "after Monday's vote" (not "to leave", "since he left").
  static func opensPhraseAsPreposition(_ paragraph: ParagraphText, _ index: Int, _ limit: Int) -> Bool {
    guard index + 1 < limit, prepositionalClauseWords.contains(paragraph.tokens[index].lower) else { return false }
    let next = paragraph.tokens[index + 1]
    return next.quote == nil && next.lower != "that" && !subjectPronouns.contains(next.lower)
      && (next.classes.contains(.determiner) || next.classes.contains(.objectWord) || next.isCapitalized
        || next.kind == .number || next.isTimeWord)
  }

  /// Clause words that are prepositions before a noun phrase.
  static let prepositionalClauseWords: WordSet = ["to", "after", "before", "since", "until"]

  /// Whether the "that" at `index` opens a clause, not a relative one before its verb ("the one that quickly
  /// cuts …", "actions that would …", "a video that showed …") nor a determiner before a time ("at a dinner that
  /// night").
  static func opensThatClause(_ paragraph: ParagraphText, _ index: Int, _ limit: Int) -> Bool {
    guard index + 1 < limit else { return false }
    let next = paragraph.tokens[index + 1]
    return !(Lexicon.auxiliariesAndBe.contains(next.lower)
      || next.lower.hasSuffix("ly") || (next.lower.hasSuffix("ed") && !next.isCapitalized) || next.isTimeWord
      || paragraph.cues[index + 1] != nil)
  }

  /// The quoted sentence after a prepositional phrase that follows the cue, where the content starts: "said
  /// on Radio Canada's Prairie Voices programme “It is a sad day …”", "wrote on his Facebook
  /// page “…”" (a quoted title inside the phrase is passed over: "on CBS's “Sunday Desk”"). Nil when a mark, a
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
        // a sentence opens with a capital and is no title; so does a part of one after the phrase's name or
        // document: "noting on Twitter “[h]er career on the open sea began …”" (not the phrase's
        // own object: "spoke on “the need for reform”", "joked about Crane’s “unusual hobby”")
        let before = paragraph.tokens[index - 1]
        if opensQuote(paragraph, index, limit), !TitleCase.isTitleCase(inner),
          inner.first?.isUppercase == true
            || (index > start + 1 && before.kind == .word && !before.isPossessive
              && (before.isCapitalized || SpeakerPhraseParser.documentNouns.contains(before.lower)))
        {
          return index
        }
        while index < limit && paragraph.tokens[index].quote == quote { index += 1 }
        continue
      }
      // (a short aside in brackets stays in the phrase, and so does a time's colon: "on Twitter at 9:10 pm (0210
      // UTC) “…”")
      if let after = afterBracketedAside(paragraph, index, limit) {
        index = after
        continue
      }
      if endsPrepositionalPhrase(paragraph, index) && !isColonBetweenDigits(paragraph, index) { return nil }
      index += 1
    }
    return nil
  }

  /// Where the words after a short aside in brackets go on, when `open` is its opening bracket: "at 9:10 pm
  /// (0210 UTC)", "in Lyon (France)". Up to six words and no quote mark inside; nil for anything else.
  static func afterBracketedAside(_ paragraph: ParagraphText, _ open: Int, _ limit: Int) -> Int? {
    guard paragraph.tokens[open].scalar == "(" else { return nil }
    var index = open + 1
    while index < min(limit, open + 8) {
      let token = paragraph.tokens[index]
      if token.quote != nil || token.scalar == "(" { return nil }
      if token.scalar == ")" { return index > open + 1 ? index + 1 : nil }
      index += 1
    }
    return nil
  }

  /// The end of the state, province or country that a comma after a place's name puts after it ("Dover,
  /// New Hampshire", "Odessa, Texas"): up to three words of a name that the gazetteer knows as more than a
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
    // (not the comma between a place and its state or country: "in Dover, New Hampshire on Friday that …")
    if token.scalar == ",", index >= 1, paragraph.tokens[index - 1].isCapitalized,
      regionAfter(paragraph, comma: index, limit: paragraph.tokens.count) != nil
        // (nor the comma that closes the region: "in Eugene, Oregon, that …")
        || (max(0, index - 4)..<(index - 1)).contains(where: { comma in
          paragraph.tokens[comma].scalar == "," && comma >= 1 && paragraph.tokens[comma - 1].isCapitalized
            && regionAfter(paragraph, comma: comma, limit: paragraph.tokens.count) == index
        })
    {
      return false
    }
    return token.kind == .punct && !(token.scalar == "’" || token.scalar == "'" || token.scalar == ".")
      || paragraph.cues[index] != nil || (token.classes.contains(.clauseWord) && !token.isCapitalized)
      || Lexicon.auxiliariesAndBe.contains(token.lower)
  }

  /// Whether the token at `index` is a colon set between two numbers with no space: a time ("12:54") or a
  /// score ("3:1"), which opens nothing.
  static func isColonBetweenDigits(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard paragraph.tokens[index].scalar == ":", index > 0, index + 1 < paragraph.tokens.count else { return false }
    let before = paragraph.tokens[index - 1]
    let after = paragraph.tokens[index + 1]
    return before.kind == .number && after.kind == .number && before.end == paragraph.tokens[index].start
      && paragraph.tokens[index].end == after.start
  }

  /// Where a clause with no "that" starts after the place where it was said: "told reporters in Lisbon the
  /// group would act", "said in Ottawa on Monday he …" (a place of the gazetteer, up to three words), "told
  /// reporters at city hall she supports …" (other words, up to four, then a clause whose predicate
  /// follows); nil when none does.
  static func clauseAfterPlace(_ paragraph: ParagraphText, _ start: Int, _ limit: Int) -> Int? {
    guard start + 1 < limit,
      ["in", "at"].contains(paragraph.tokens[start].lower)
        || Lexicon.placePrepositions.contains(paragraph.tokens[start].lower)
    else { return nil }
    if let end = stride(from: min(limit, start + 4), through: start + 2, by: -1).first(where: { end in
      ((start + 1)..<end).allSatisfy { paragraph.tokens[$0].isCapitalized && paragraph.tokens[$0].quote == nil }
        && WorldKnowledge.shared.places[nameKey(paragraph.text(tokens: (start + 1)..<end))] != nil
    }) {
      if end < limit, let clause = clauseAfterTime(paragraph, end, limit) { return clause }
      return end + 2 < limit && opensClauseWithNoThat(paragraph.tokens[end]) ? end : nil
    }
    // (a lower-case determiner or a pronoun opens the clause; a clause word ends the search: "that" and
    // "whether" open the content where they stand, and other readings find them)
    var clause = start + 2
    while clause + 2 < limit && clause < start + 6 && paragraph.tokens[clause].kind == .word
      && paragraph.tokens[clause].quote == nil && paragraph.cues[clause] == nil
    {
      let token = paragraph.tokens[clause]
      // (after a subject pronoun a lower-case word is its verb: "she supports …")
      let pronoun = subjectPronouns.contains(token.lower)
      if !token.isCapitalized || pronoun, opensClauseWithNoThat(token),
        predicateFollows(paragraph, clause, limit)
          || (pronoun && paragraph.tokens[clause + 1].kind == .word && !paragraph.tokens[clause + 1].isCapitalized
            && paragraph.tokens[clause + 1].quote == nil)
      {
        return clause
      }
      if token.classes.contains(.clauseWord) { return nil }
      clause += 1
    }
    return nil
  }
}
