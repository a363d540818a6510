import SaysoCore

/// Noun phrases that name groups of sources: shares of people ("nearly eight in 10 voters") and common
/// noun phrases ("the NFL legend").
extension SpeakerPhraseParser {
  /// Words that may stand before a count: "nearly eight in 10", "more than half".
  static let approximators: WordSet = [
    "nearly", "almost", "about", "roughly", "around", "some", "just", "over", "under", "more", "fewer", "less",
    "than", "only", "at", "least", "most",
  ]
  static let numberWords: WordSet = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand", "dozen", "half",
    "third", "quarter", "all", "majority", "minority", "dozens", "hundreds", "thousands", "millions", "scores",
  ]

  /// Words of a part of those a phrase after "of" names: "Most of the nurses", "several of them".
  static let partWords: WordSet = ["most", "some", "many", "several", "few", "more", "none", "each", "both"]

  /// "Nearly seven in 10 Republican voters", "six of 10 respondents", "hundreds of nurses": a count,
  /// "in"/"of"/"out of", and who is counted — a group.
  /// A percentage counts too: "26% say", "about 40% of those polled".
  static func shareOfPeople(_ paragraph: ParagraphText, _ range: Range<Int>) -> SpeakerPhrase? {
    guard range.count >= 2, range.count <= 10 else { return nil }
    var index = range.lowerBound
    // (an approximator before "of" is the count: "Most of the nurses", "some of the residents")
    while index + 1 < range.upperBound && approximators.contains(paragraph.tokens[index].lower)
      && paragraph.tokens[index + 1].lower != "of"
    {
      index += 1
    }
    let percentage =
      index + 1 < range.upperBound && paragraph.tokens[index].kind == .number
      && paragraph.tokens[index + 1].scalar == "%"
    if percentage && index + 2 == range.upperBound {
      let text = paragraph.text(tokens: range)
      return SpeakerPhrase(kind: .group, text: text, name: text, head: "%", tokens: range)
    }
    // a count alone after its approximators: "At least 14,000 said", "More than 2000 have said" (a year has none
    // of them before it: "Since 2016 …")
    // (a word for a number counts after a whole approximator, not after "at": "at one point")
    let counted = index > range.lowerBound && paragraph.tokens[index - 1].lower != "at"
      && (paragraph.tokens[index].kind == .number || numberWords.contains(paragraph.tokens[index].lower))
    if index > range.lowerBound, index + 1 == range.upperBound, paragraph.tokens[index].kind == .number || counted {
      let text = paragraph.text(tokens: range)
      return SpeakerPhrase(kind: .group, text: text, name: text, head: "#", tokens: range)
    }
    // … or with who is counted, up to three words: "More than 40 residents said", "fewer than ten local nurses"
    // (not a time, whose "ago" or "later" closes it: "More than two weeks ago police said …"; "300 night workers"
    // are a group)
    if counted, index + 1 < range.upperBound, range.upperBound - index <= 4,
      ((index + 1)..<range.upperBound).allSatisfy({ position in
        let token = paragraph.tokens[position]
        return token.kind == .word && token.quote == nil && paragraph.cues[position] == nil
          && token.classes.isDisjoint(with: [.clauseWord, .preposition, .determiner, .timeCloser])
      })
    {
      let text = paragraph.text(tokens: range)
      return SpeakerPhrase(
        kind: .group, text: text, name: text, head: paragraph.tokens[range.upperBound - 1].lower, tokens: range)
    }
    if percentage { index += 1 }
    guard index + 2 < range.upperBound,
      paragraph.tokens[index].kind == .number || numberWords.contains(paragraph.tokens[index].lower) || percentage
        || isFraction(paragraph.tokens[index].lower)
        || (paragraph.tokens[index + 1].lower == "of" && partWords.contains(paragraph.tokens[index].lower)),
      ["in", "of", "out", "but"].contains(paragraph.tokens[index + 1].lower),
      range.allSatisfy({ paragraph.tokens[$0].quote == nil && paragraph.tokens[$0].scalar != "," })
    else { return nil }
    let text = paragraph.text(tokens: range)
    let head = paragraph.tokens[range.upperBound - 1].lower
    return SpeakerPhrase(kind: .group, text: text, name: text, head: head, tokens: range)
  }

  /// Whether a word is a fraction written with a hyphen: "two-thirds", "one-quarter", "three-fifths".
  static func isFraction(_ word: String) -> Bool {
    guard let hyphen = word.firstIndex(of: "-") else { return false }
    return numberWords.contains(String(word[..<hyphen]))
      && ["third", "thirds", "quarter", "quarters", "fifth", "fifths", "half"].contains(word[word.index(after: hyphen)...])
  }

  /// "Those" that opens its clause with what picks them out, up to the verb: "Those surveyed say …", "those over
  /// 60 say …", "Those close to the talks said …", "Those who voted said …" (a group).
  static func thoseGroup(_ paragraph: ParagraphText, before end: Int, floor: Int) -> SpeakerPhrase? {
    // (its first letter is told before the word is compared: this is asked at every subject)
    func isThose(_ index: Int) -> Bool {
      let scalar = paragraph.tokens[index].scalar
      return (scalar == "t" || scalar == "T") && paragraph.tokens[index].lower == "those"
    }
    var first = end - 1
    while first > floor, end - first <= 6, !isThose(first) {
      let token = paragraph.tokens[first]
      guard token.quote == nil, token.kind != .punct, !token.isCapitalized else { return nil }
      first -= 1
    }
    // (not the relative clause's own verb: "those who said the economy …" is no frame of theirs)
    guard first >= floor, first + 1 < end, isThose(first),
      paragraph.tokens[end - 1].lower != "who",
      first == floor || paragraph.tokens[first - 1].scalar == ","
        || Attributor.clauseCoordinators.contains(paragraph.tokens[first - 1].lower)
    else { return nil }
    let next = paragraph.tokens[first + 1]
    guard next.kind == .word, next.quote == nil,
      next.lower.hasSuffix("ed") || next.lower.hasSuffix("ing") || next.classes.contains(.preposition)
        || next.lower == "who" || (first + 2 < end && ["to", "with"].contains(paragraph.tokens[first + 2].lower))
    else { return nil }
    let text = paragraph.text(tokens: first..<end)
    return SpeakerPhrase(kind: .group, text: text, name: text, head: "those", tokens: first..<end)
  }

  /// "the 34-year-old", "the former 22-year-old", "the German", "the Spaniard": "the", then an age (with up to
  /// two words before it) or a singular demonym alone — nouns that stand for one person, whom the article
  /// has named before. Nil for any other words.
  static func epithet(_ paragraph: ParagraphText, _ range: Range<Int>) -> SpeakerPhrase? {
    // (the cheap test first: most phrases open with no "the", and their last token is not copied)
    guard range.count >= 2, range.count <= 8, paragraph.tokens[range.lowerBound].lower == "the" else { return nil }
    let last = paragraph.tokens[range.upperBound - 1]
    guard range.count == 2 || last.lower.hasSuffix("old"), paragraph.tokens[range].allSatisfy({ $0.quote == nil })
    else { return nil }
    let text = paragraph.text(tokens: range)
    // (an age with up to two words before it: "the 34-year-old", "the former England 22-year-old")
    let age =
      text.hasSuffix("year-old") && text.split(separator: " ").count <= 4
      && range.dropFirst().allSatisfy({ index in
        let token = paragraph.tokens[index]
        return token.kind == .word || token.kind == .number || token.scalar == "-"
      })
    let demonym =
      range.count == 2 && last.kind == .word && last.isCapitalized && !last.lower.hasSuffix("s")
      && WorldKnowledge.shared.demonymCountry[nameKey(last.text)] != nil
    guard age || demonym else { return nil }
    var phrase = SpeakerPhrase(kind: .nominal, text: text, name: text, head: last.lower, tokens: range)
    phrase.isEpithet = true
    return phrase
  }

  /// A firm named by a possessive right before its verb: "Sainsbury's said", "McDonald's says" (a possessive
  /// before a verb owns nothing); nil for other words.
  static func firmByPossessive(_ paragraph: ParagraphText, _ range: Range<Int>, verb: Int) -> SpeakerPhrase? {
    // (an auxiliary may stand between: "McDonald's has said …")
    guard let last = range.last, last < verb, paragraph.tokens[last].isPossessive,
      ((last + 1)..<verb).allSatisfy({ Lexicon.auxiliaries.contains(paragraph.tokens[$0].lower) }),
      range.allSatisfy({ isNameToken(paragraph, $0) })
    else { return nil }
    let text = paragraph.text(tokens: range)
    return SpeakerPhrase(kind: .organisation, text: text, name: text, tokens: range)
  }

  /// A name's possessive and lower-case words, a noun phrase that may stand before a name in an appositive:
  /// "Smith's barrister" of "Smith's barrister, Simon Csoka, said". Nil for any other words.
  static func possessedNoun(_ paragraph: ParagraphText, _ range: Range<Int>) -> SpeakerPhrase? {
    guard range.count >= 2, range.count <= 5, paragraph.tokens[range.lowerBound].isPossessive,
      paragraph.tokens[range.lowerBound].isCapitalized,
      range.dropFirst().allSatisfy({ index in
        let token = paragraph.tokens[index]
        return token.kind == .word && !token.isCapitalized && token.quote == nil && paragraph.cues[index] == nil
          && !token.classes.contains(.clauseWord)
      })
    else { return nil }
    let text = paragraph.text(tokens: range)
    return SpeakerPhrase(
      kind: .nominal, text: text, name: text, head: paragraph.tokens[range.upperBound - 1].stemLower, tokens: range)
  }

  /// A determiner, up to four modifiers and a lower-case noun: "the NFL legend", "a voice-over"; with
  /// `determined` false, modifiers and a noun without the determiner: "Small business owners".
  static func isCommonNounPhrase(
    _ paragraph: ParagraphText, _ start: Int, _ headIndex: Int, determined: Bool = true
  ) -> Bool {
    let opens =
      determined
      ? paragraph.tokens[start].classes.contains(.determiner)
      // (or a count: "40 backbenchers")
      : (paragraph.tokens[start].kind == .word || paragraph.tokens[start].kind == .number)
        && paragraph.tokens[start].quote == nil
        && !paragraph.tokens[start].classes.contains(.clauseWord)
        && !paragraph.tokens[start].classes.contains(.preposition) && !paragraph.tokens[start].lower.hasSuffix("ly")
    guard headIndex > start, headIndex - start <= 4, opens else { return false }
    let head = paragraph.tokens[headIndex]
    guard head.kind == .word, !head.isCapitalized, head.quote == nil, !head.classes.contains(.clauseWord),
      !head.classes.contains(.cueModifier), !head.lower.hasSuffix("ly"), !head.lower.hasSuffix("ing"),
      !Lexicon.personalPronouns.contains(head.lower), !Lexicon.groupPronouns.contains(head.lower)
    else { return false }
    // no verb inside: "some patients deceived him" is a clause
    // (the tokens' fields are read in place: copying a token copies its two strings)
    return ((start + 1)..<headIndex).allSatisfy { index in
      // (a plural's possessive mark is part of it: "The teachers' unions"; told only of a mark)
      if paragraph.tokens[index].kind == .punct {
        return paragraph.tokens[index].scalar == "-" || isPluralPossessive(paragraph, index)
          || Attributor.isSlashJoiningNames(paragraph, index, floor: start)
      }
      return !(index > start + 1 && !paragraph.tokens[index].isCapitalized
        && paragraph.tokens[index].lower.hasSuffix("ed"))
    }
  }
}

extension SpeakerPhraseParser {
  /// The subject after what opens the phrase and is no part of it: a time ("On Thursday officials"), the
  /// "with" of an absolute phrase ("with officials saying …"); an empty range when a preposition opens it
  /// ("In a statement"), a subject never does; nil when the phrase opens with its subject.
  static func subjectAfterOpening(_ paragraph: ParagraphText, _ range: Range<Int>) -> Range<Int>? {
    // (the tokens' fields are read in place: copying a token copies its two strings, and most phrases
    // open with no preposition)
    let first = range.lowerBound
    let firstKind = paragraph.tokens[first].kind
    guard range.count > 1, firstKind == .word || firstKind == .number else { return nil }
    if let rest = afterLeadingTime(paragraph, range) { return rest..<range.upperBound }
    // a participle and a time with no comma after them: "Speaking on Tuesday Mr Ashby" (as the time alone:
    // "On Tuesday Mr Ashby"; not "Writing on Twitter Crane", where the name's words run together)
    if range.count > 3, ProposalDetector.isOpeningParticiple(paragraph, first),
      let rest = afterLeadingTime(paragraph, (first + 1)..<range.upperBound)
    {
      return rest..<range.upperBound
    }
    // (a count may open with a preposition: "About 40 percent of voters", "Over 100 economists")
    guard paragraph.tokens[first].classes.contains(.preposition), paragraph.tokens[first + 1].kind != .number,
      !approximators.contains(paragraph.tokens[first].lower)
    else { return nil }
    if paragraph.tokens[first].text == "with" { return (first + 1)..<range.upperBound }
    // a name or a pronoun after the phrase, with no comma between: "In a Reuters interview Crane" (not
    // in a clause: "after what she", "after she")
    let lastLower = paragraph.tokens[range.upperBound - 1].lower
    if Attributor.subordinators.contains(paragraph.tokens[first].lower)
      || ((range.lowerBound + 1)..<range.upperBound).contains(where: {
        paragraph.tokens[$0].classes.contains(.clauseWord)
      })
    {
      return range.lowerBound..<range.lowerBound
    }
    if Lexicon.personalPronouns.contains(lastLower) || Lexicon.groupPronouns.contains(lastLower) {
      return (range.upperBound - 1)..<range.upperBound
    }
    if let run = nameRun(paragraph, endingAt: range.upperBound, from: range.lowerBound + 1) { return run }
    return range.lowerBound..<range.lowerBound
  }

  /// Where the subject starts after a time that opens the phrase: "On Thursday officials", "A few days
  /// later the council", "Last week police"; nil when no time opens it or nothing follows.
  static func afterLeadingTime(_ paragraph: ParagraphText, _ range: Range<Int>) -> Int? {
    guard range.count > 1 else { return nil }
    let tokens = paragraph.tokens
    func isTime(_ index: Int) -> Bool {
      tokens[index].kind == .number || tokens[index].isTimeWord
        || SentenceSplitter.clockTimes.contains(tokens[index].lower) || Lexicon.hoursOfDay.contains(tokens[index].lower)
    }
    // (what a clock's time goes on with: "9:00 am", "5 pm EDT", "noon local time"; a zone after an hour, whose
    // abbreviation ends in "T" or is UTC: not "In 2019 NHS England", "At 10 am EU officials")
    func goesOnWithClock(_ index: Int) -> Bool {
      guard index > range.lowerBound, tokens[index].kind == .word else { return false }
      let before = tokens[index - 1]
      if Lexicon.clockWords.contains(tokens[index].lower) { return before.kind == .number }
      let afterHour = SentenceSplitter.clockTimes.contains(before.lower) || Lexicon.hoursOfDay.contains(before.lower)
        || Lexicon.clockWords.contains(before.lower)
        || (before.kind == .number && index >= 2 && tokens[index - 2].scalar == ":")
      let zone = tokens[index].text
      return afterHour
        && (SentenceSplitter.timeZoneWords.contains(tokens[index].lower)
          || (zone.count >= 2 && zone.count <= 5 && (zone.hasSuffix("T") || zone == "UTC")
            && zone.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }))
        || (tokens[index].lower == "time" && SentenceSplitter.timeZoneWords.contains(before.lower))
    }
    var index = range.lowerBound
    // (a clock's time alone, after its hour: "42 p.m. her brother" of "At 6:42 p.m. her brother", "00 am CET (0800
    // UTC) the council" of "By 9:00 am CET (0800 UTC) the council")
    if tokens[index].kind == .number,
      SentenceSplitter.clockTimes.contains(tokens[index + 1].lower) || goesOnWithClock(index + 1)
    {
      index += 1
      while index < range.upperBound {
        if let after = Attributor.afterBracketedAside(paragraph, index, range.upperBound) {
          index = after
        } else if SentenceSplitter.clockTimes.contains(tokens[index].lower) || goesOnWithClock(index) {
          index += 1
        } else {
          break
        }
      }
      return index < range.upperBound ? index : nil
    }
    // ("Earlier this week", "Later that day"; the first letter is told before any word is compared)
    if index + 2 < range.upperBound, "eEl".unicodeScalars.contains(tokens[index].scalar)
      || tokens[index].scalar == "L", tokens[index].lower == "earlier" || tokens[index].lower == "later",
      ["this", "last", "that"].contains(tokens[index + 1].lower)
    {
      index += 1
    }
    // (a clock's time too: "At 6:42 p.m. her brother reported …")
    if isTime(index + 1),
      ["on", "in", "by", "during", "this", "last", "that", "earlier", "at"].contains(tokens[index].lower)
    {
      index += 1
      while index < range.upperBound {
        // (and the same time elsewhere, in brackets: "By 9:00 am CET (0800 UTC) the council …")
        if index > range.lowerBound + 1,
          let after = Attributor.afterBracketedAside(paragraph, index, range.upperBound)
        {
          index = after
          continue
        }
        guard
          isTime(index) || goesOnWithClock(index) || tokens[index].scalar == ","
            || (tokens[index].scalar == ":" && index + 1 < range.upperBound && tokens[index + 1].kind == .number)
        else { break }
        index += 1
      }
    } else if tokens[index].classes.contains(.determiner) || tokens[index].kind == .number,
      let closer = (index..<min(range.upperBound, index + 5)).first(where: { tokens[$0].classes.contains(.timeCloser) }),
      (index..<closer).contains(where: isTime)
    {
      index = closer + 1
    } else {
      return nil
    }
    return index < range.upperBound ? index : nil
  }

  /// The index of the ")" that closes a name's short form in brackets opened at `open`, after a name: "Ohio
  /// State University (Ohio State)", "the Environmental Protection Agency (EPA)".
  static func bracketedShortName(_ paragraph: ParagraphText, open: Int, before end: Int) -> Int? {
    guard paragraph.tokens[open].scalar == "(", open > 0, paragraph.tokens[open - 1].isCapitalized,
      let close = ((open + 1)..<min(end, open + 5)).first(where: { paragraph.tokens[$0].scalar == ")" }),
      close > open + 1, ((open + 1)..<close).allSatisfy({ isNameToken(paragraph, $0) }),
      // (a title's short form before a name is no body's: "Member of Parliament (MP) Janet Crane")
      close + 1 == end || !paragraph.tokens[close + 1].isCapitalized
    else { return nil }
    return close
  }

  /// Whether `range` is a short head and a post-modifier of names alone, which may run long: "Engineers from the
  /// Halvard Institute of Technology and the University of Northern Maine" (names, "of", "and", "the", "for" and
  /// a name's short form in brackets after the modifier's word).
  static func endsWithNamesAfterModifier(_ paragraph: ParagraphText, _ range: Range<Int>) -> Bool {
    guard let modifier = (range.lowerBound + 1..<min(range.upperBound, range.lowerBound + 4)).first(where: {
      opensPostModifier(paragraph, $0)
    }), modifier + 1 < range.upperBound
    else { return false }
    return ((modifier + 1)..<range.upperBound).allSatisfy { index in
      let token = paragraph.tokens[index]
      return token.quote == nil
        && ((token.kind == .word && token.isCapitalized) || Attributor.nameJoiners.contains(token.lower)
          || token.scalar == "(" || token.scalar == ")")
    }
  }

  /// The phrase `range` as a noun phrase: determiner + modifiers + head noun (+ "of …" / participle phrase);
  /// nil when it is none, or a clause. With `commonNouns`, any noun phrase a determiner opens.
  static func commonNounPhrase(_ paragraph: ParagraphText, _ range: Range<Int>, commonNouns: Bool) -> SpeakerPhrase? {
    let start = range.lowerBound
    let end = range.upperBound
    let opening = paragraph.tokens[start]
    guard end - start <= 12 || (end - start <= 18 && endsWithNamesAfterModifier(paragraph, range)) else { return nil }
    // the dot of a title abbreviation may stand inside: "Mrs. Tate's advisers"; so may a name's short form
    // in brackets: "researchers from Ohio State University (Ohio State) in the U.S."
    var index = start
    while index < end {
      defer { index += 1 }
      guard paragraph.tokens[index].kind == .punct, paragraph.tokens[index].scalar != "-",
        paragraph.tokens[index].scalar != "’", !isPluralPossessive(paragraph, index),
        !Attributor.isSlashJoiningNames(paragraph, index, floor: start),
        !(paragraph.tokens[index].scalar == "." && isNameToken(paragraph, index))
      else { continue }
      guard let close = bracketedShortName(paragraph, open: index, before: end) else { return nil }
      index = close
    }
    var headIndex = end - 1
    // "the head of the Swiss Confederation", "experts interviewed by Izvestia"
    if let modifierStart = (start..<end).first(where: { opensPostModifier(paragraph, $0) }),
      modifierStart > start
    {
      headIndex = modifierStart - 1
      // (an adverb may stand between the head and its modifier: "researchers mostly from Ohio State")
      if headIndex > start, Attributor.isMannerAdverb(paragraph, headIndex, floor: headIndex) { headIndex -= 1 }
    }
    for index in start...headIndex {
      let lower = paragraph.tokens[index].lower
      // (an opening "that" before a determiner is a complementizer, not a demonstrative: "noted that the
      // panel that ruled …")
      if Lexicon.clauseWords.contains(lower)
        && !(index == start && (lower == "that" || lower == "this" || lower == "these" || lower == "those")
          && !(lower == "that" && start + 1 < end && paragraph.tokens[start + 1].classes.contains(.determiner)))
      {
        return nil
      }
    }
    // a past tense after a name or before an object is a clause: "the Kremlin issued …", "… released a report"
    // (a word in capitals is a name's: "The United States government", "the Allied Pilots Association"; one
    // with a hyphen, or after "The", a modifier: "The self-described socialist", "the so-called expert")
    for index in (start + 1)..<max(start + 1, headIndex)
    where paragraph.tokens[index].lower.hasSuffix("ed") && !paragraph.tokens[index].isCapitalized
      && !paragraph.tokens[index].lower.contains("-")
      && (paragraph.tokens[index - 1].isCapitalized && !paragraph.tokens[index - 1].classes.contains(.determiner)
        || paragraph.tokens[index + 1].classes.contains(.determiner))
    {
      return nil
    }
    // nor an auxiliary, an adverb of the verb or a relative word after the head's modifier: "Aides to Mr.
    // Hale have been", "The Hale campaign on Friday also tripled"
    if ((headIndex + 1)..<end).contains(where: {
      let lower = paragraph.tokens[$0].lower
      return Lexicon.auxiliariesAndBe.contains(lower) || lower == "who" || lower == "which" || lower == "that"
        || ($0 > headIndex + 1 && lower != "and" && paragraph.tokens[$0].classes.contains(.cueModifier))
    }) {
      return nil
    }
    // a verb of saying before the head makes a clause too: "said the campaign" ("…, said the campaign was
    // confident" has its subject before "said")
    if (start..<headIndex).contains(where: {
      paragraph.cues[$0] != nil && paragraph.tokens[$0].quote == nil && !paragraph.tokens[$0].lower.hasSuffix("ing")
    }) {
      return nil
    }
    let head = paragraph.tokens[headIndex].stemLower
    // (the head's class bits are its stem's: the noun lists are read without hashing the head)
    let headClasses = paragraph.tokens[headIndex].classes
    let text = paragraph.text(tokens: start..<end)
    let modifiers = (start..<headIndex).map { paragraph.tokens[$0].lower }.filter { !Lexicon.determiners.contains($0) }
    if headClasses.contains(.groupNoun) {
      return SpeakerPhrase(kind: .group, text: text, name: text, head: head, modifiers: modifiers, tokens: start..<end)
    }
    // (or any title after a possessive, before the comma of a name: "Carleton University's principal, Ivan
    // Orr,")
    if headClasses.contains(.sourceNoun) || headClasses.contains(.roleNoun)
      || (headClasses.contains(.title) && headIndex > start && paragraph.tokens[headIndex - 1].isPossessive
        && headIndex == end - 1 && end < paragraph.tokens.count && paragraph.tokens[end].scalar == ",")
    {
      let first = opening.lower
      let plural = first == "two" || first == "three" || first == "several" || first == "some"
      return SpeakerPhrase(
        kind: plural ? .group : .nominal, text: text, name: text, head: head, modifiers: modifiers, tokens: start..<end)
    }
    // a plural noun of a name's: "Mrs. Tate's confidants"
    if commonNouns, headIndex == end - 1, headIndex > start, paragraph.tokens[headIndex - 1].isPossessive,
      head.hasSuffix("s"), !head.hasSuffix("ss"), !paragraph.tokens[headIndex].isCapitalized,
      paragraph.cues[headIndex] == nil, (start..<headIndex).allSatisfy({ isNameToken(paragraph, $0) })
    {
      return SpeakerPhrase(kind: .group, text: text, name: text, head: head, modifiers: modifiers, tokens: start..<end)
    }
    // a bare plural with its modifiers: "Local farmers", "Small business owners"
    if commonNouns, head.hasSuffix("s"), !head.hasSuffix("ss"), !opening.classes.contains(.determiner),
      headIndex == end - 1, end - start <= 3, headIndex > start,
      isCommonNounPhrase(paragraph, start, headIndex, determined: false),
      // no verb, participle or determiner among them: "Making the rounds", "timed tickets", "Gallup finds"
      (start...headIndex).allSatisfy({ index in
        paragraph.cues[index] == nil && !paragraph.tokens[index].classes.contains(.determiner)
          && !paragraph.tokens[index].lower.hasSuffix("ing") && !paragraph.tokens[index].lower.hasSuffix("ed")
      })
    {
      return SpeakerPhrase(kind: .group, text: text, name: text, head: head, modifiers: modifiers, tokens: start..<end)
    }
    // any other noun phrase opened by a determiner: "the NFL legend", "several nurses", "the lawsuit"
    if commonNouns && isCommonNounPhrase(paragraph, start, headIndex) {
      let plural = head.hasSuffix("s") && !head.hasSuffix("ss")
      return SpeakerPhrase(
        kind: plural ? .group : .nominal, text: text, name: text, head: head, modifiers: modifiers, tokens: start..<end)
    }
    return nil
  }

  /// Lower-case words of a role, "and" among them, then a person's name, the words before the name its role:
  /// "marine and coastal biology professor Nora Pell" (a parse reads no "and" there).
  static func roleWordsAndName(_ paragraph: ParagraphText, _ range: Range<Int>) -> SpeakerPhrase? {
    guard let name = range.firstIndex(where: { paragraph.tokens[$0].isCapitalized }), name > range.lowerBound,
      (name..<range.upperBound).allSatisfy({ isNameToken(paragraph, $0) }),
      (range.lowerBound..<name).allSatisfy({
        paragraph.tokens[$0].kind == .word && paragraph.tokens[$0].quote == nil
          && (!paragraph.tokens[$0].classes.contains(.clauseWord) || paragraph.tokens[$0].lower == "and")
      }),
      paragraph.tokens[name - 1].classes.contains(.roleNoun) || isTitle(paragraph, name - 1),
      var person = parse(paragraph, name..<range.upperBound), person.kind == .person
    else { return nil }
    person.role = paragraph.text(tokens: range.lowerBound..<name)
    person.tokens = range
    person.text = paragraph.text(tokens: range)
    return person
  }
}
