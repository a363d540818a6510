import SaysoCore

extension SpeakerPhraseParser {
  /// Whether the word at `index` is an adverb in "-ly" that opens a sentence, no name: "Apparently",
  /// "Separately" (not "Kelly", "Emily", "Daly").
  static func isSentenceAdverb(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    let token = paragraph.tokens[index]
    // (the last two bytes first, read in place: most words end otherwise)
    guard token.kind == .word, case let utf8 = token.lower.utf8, utf8.count > 5, utf8.last == UInt8(ascii: "y"),
      utf8.dropLast().last == UInt8(ascii: "l")
    else { return false }
    let world = WorldKnowledge.shared
    return world.isCommonWord(token.stemLower) && !world.givenNames.contains(token.stemLower)
      && !world.surnames.contains(token.stemLower)
  }
}

/// A speaker phrase that ends in a capitalised run: a person's name with the title or role before it
/// ("French President Paul Dorsey", "longtime Republican strategist Pat Hale"), or an organisation's
/// ("the Ministry of Health", "newspaper Gazeta Nowa").
extension SpeakerPhraseParser {
  /// The phrase `range` whose capitalised run at the end (`nameRun`) is `run`: a person or an organisation,
  /// or nil when the run names neither (a function word that opens the sentence, a clause before it).
  static func namedRun(_ paragraph: ParagraphText, _ range: Range<Int>, _ run: Range<Int>) -> SpeakerPhrase? {
    let start = range.lowerBound
    let end = range.upperBound
    var run = run
    // "I" is a pronoun, even capitalised after a word: "Once I", "Well I" (the last token's field is read in
    // place: copying a token copies its two strings; its first letter is told before the strings are
    // compared, which is a call when they differ)
    let lastLower = paragraph.tokens[end - 1].lower
    if paragraph.tokens[end - 1].scalar == "I" || paragraph.tokens[end - 1].scalar == "i",
      lastLower == "i" || lastLower == "i’m" || lastLower == "i'm"
    {
      let text = paragraph.tokens[end - 1].text
      return SpeakerPhrase(kind: .pronoun, text: text, name: text, tokens: (end - 1)..<end)
    }
    // a capitalised function word opening the sentence is not part of a name: "The", "It", "Afterwards"
    while run.count > 1 || (run.count == 1 && run.lowerBound == start) {
      let classes = paragraph.tokens[run.lowerBound].classes
      guard
        classes.contains(.notName) || classes.contains(.sentenceOpener) || classes.contains(.weekday)
          || classes.contains(.determiner) || classes.contains(.clauseWord) || classes.contains(.cueModifier)
          || isSentenceAdverb(paragraph, run.lowerBound)
      else { break }
      // (a given name that is also such a word, before a family name: "Will Smith"; or alone before a verb in
      // the past, no auxiliary's: "May said", "Will wrote")
      if run.count > 1
        ? paragraph.role != .title && classes.contains(.clauseWord)
          && WorldKnowledge.shared.givenNames.contains(paragraph.tokens[run.lowerBound].lower)
          && paragraph.tokens[run.lowerBound + 1].classes.isEmpty
        : isFamilyNameBeforePast(paragraph, run.lowerBound, end: end)
      {
        break
      }
      if run.count == 1 { return nil }
      run = (run.lowerBound + 1)..<run.upperBound
    }
    // a plural source noun at the start of a sentence: "Officials said", "Authorities"
    if run.count == 1, paragraph.tokens[run.lowerBound].classes.contains(.groupNoun) {
      let text = paragraph.text(tokens: start..<end)
      return SpeakerPhrase(
        kind: .group, text: text, name: text, head: paragraph.tokens[run.lowerBound].stemLower, tokens: start..<end)
    }
    // a title alone, in capitals or after "the", names a role, not a body: "The CEO", "the MP", "The
    // President insists"; so do titles after "the" with the demonym of their country: "The Indian Prime
    // Minister"
    // (the run's last token is read in place: copying a token copies its two strings)
    let last = run.upperBound - 1
    if paragraph.tokens[last].classes.contains(.title),
      run.count == 1 && NameTyper.isAcronym(paragraph.tokens[last].text)
        || (run.lowerBound == start + 1 && paragraph.tokens[start].lower == "the"
          // (not "the Islamic State")
          && (run.count == 1 || !paragraph.tokens[last].classes.contains(.organisationWord))
          && paragraph.tokens[run].allSatisfy({ $0.classes.contains(.title) || isDemonym($0.stemLower) }))
    {
      let text = paragraph.text(tokens: start..<end)
      return SpeakerPhrase(
        kind: .nominal, text: text, name: text, head: paragraph.tokens[last].stemLower, tokens: start..<end)
    }
    let prefixStart = start
    // split title words from the run: "French President Paul Dorsey"
    var nameStart = run.lowerBound
    var index = run.lowerBound
    while index < run.upperBound - 1 {
      // (a title word before a body's last word is part of the body's name: "Ohio State University",
      // "Michigan State Police"; so is one that opens a name of two words whose last is a body's word, when
      // that word is no family name, "the" comes before or the two name a listed company: "Admiral
      // Insurance", "the Premier League", "General Motors", not "Judge Hall")
      if isTitle(paragraph, index)
        && !(index == last - 1 && paragraph.tokens[last].classes.contains(.organisationWord)
          && (index > run.lowerBound || !WorldKnowledge.shared.surnames.contains(wordKey(paragraph, last))
            || (index > start && paragraph.tokens[index - 1].lower == "the")
            || WorldKnowledge.shared.companies.contains(nameKey(paragraph.text(tokens: index..<run.upperBound)))))
      {
        nameStart = index + 1
      } else if index == nameStart && run.upperBound - index >= 3 && isDemonym(paragraph.tokens[index].stemLower)
        // (a given name with a demonym's ending opens the name, unless a title follows: "Brian T. Holt", "Ian
        // Ross Ware", not "Christian Rev. Paul Dorsey")
        && (!NameTyper.isGivenName(paragraph.tokens[index].stemLower) || isTitle(paragraph, index + 1)
          || paragraph.tokens[index + 1].classes.contains(.honorific))
      {
        nameStart = index + 1
      } else if paragraph.tokens[index].scalar == "." && index == nameStart {
        nameStart = index + 1
      }
      index += 1
    }
    // honorifics stay with the name, but a run may not be only a title
    while nameStart < run.upperBound && paragraph.tokens[nameStart].scalar == "." { nameStart += 1 }
    guard nameStart < run.upperBound else { return nil }
    // a title of a monarch, a prince or a pope stays with a single name, and a regnal number after it: "Pope
    // Francis", "Queen Elizabeth II" (a "Francis" alone could be anyone's)
    // (the title may stand before the run, a common word's: "Pope")
    // (the length and the title's class first, read in place: a token's copy retains its two strings)
    if nameStart > start,
      end - nameStart == 1 || (end - nameStart == 2 && isRegnalNumber(paragraph.tokens[end - 1].text)),
      paragraph.tokens[nameStart - 1].classes.contains(.title), paragraph.tokens[nameStart - 1].isCapitalized,
      Lexicon.regnalTitles.contains(paragraph.tokens[nameStart - 1].lower)
    {
      nameStart -= 1
    }
    // a pronoun alone is no one's name, after an honorific or a speaker's initials either: "MS We do not think …"
    // (not a name in capitals: "US")
    if end - nameStart == 1, case let word = paragraph.tokens[nameStart].lower,
      Lexicon.personalPronouns.contains(word) || Lexicon.groupPronouns.contains(word),
      word.utf8.count == 1 || paragraph.tokens[nameStart].text.utf8.dropFirst().contains(where: { $0 >= 0x61 && $0 <= 0x7A })
    {
      return nil
    }
    // (but a family name that is a month's, alone before a verb in the past: "May said")
    if end - nameStart == 1
      && (paragraph.tokens[nameStart].classes.contains(.weekday)
        || paragraph.tokens[nameStart].classes.contains(.month))
      && !isFamilyNameBeforePast(paragraph, nameStart, end: end)
    {
      return nil
    }
    let nameRange = nameStart..<end
    let determiner = start < run.lowerBound ? paragraph.tokens[run.lowerBound - 1].lower : ""
    // a phrase that has lower-case clause words before the run is not a subject ("they did not have
    // plans of quitting Chile or Peru"), but for the "and" inside a body's name
    for index in prefixStart..<run.lowerBound where paragraph.tokens[index].classes.contains(.clauseWord) {
      let token = paragraph.tokens[index]
      if token.kind == .word && !token.isCapitalized && !joinsNames(paragraph, index) { return nil }
    }
    // nor one where a name before the run acts: "Lowe spoke about Ferris" (its subject is Lowe)
    if run.lowerBound - prefixStart >= 2, (prefixStart..<(run.lowerBound - 1)).contains(where: {
      // (a verb in lower case: "Dana Fell" is a name)
      paragraph.tokens[$0].isCapitalized && !paragraph.tokens[$0 + 1].isCapitalized
        && Lexicon.irregularPasts.contains(paragraph.tokens[$0 + 1].lower)
    }) {
      return nil
    }
    if end - start > 14 { return nil }
    let text = paragraph.text(tokens: start..<end)
    // a body's or a place's name glued before a person's: the body is the role
    if let first = personAfterBody(paragraph, nameStart..<end) {
      let role = NameTyper.stripPossessive(paragraph.text(tokens: start..<first))
      return SpeakerPhrase(
        kind: .person, text: text, name: paragraph.text(tokens: first..<end), role: role, tokens: start..<end)
    }
    if SpeakerPhraseParser.joiningWord(paragraph, before: run.lowerBound, from: start) != nil,
      let joined = namesJoinedByOf(paragraph, run, start..<end)
    {
      return joined
    }
    // a name after a preposition belongs to the noun before it, which is the subject: "tools from
    // Cueva Roja", "footage of Joan Tate" (but the author of a document speaks through it:
    // "an analysis by Gail Pruitt"); one word after a preposition is taken for an organisation below
    if nameRange.count >= 2, let nounBefore = nounBeforePreposition(paragraph, run, from: start) {
      return SpeakerPhrase(kind: .group, text: text, name: text, head: nounBefore, tokens: start..<end)
    }
    // (compared one by one: an array literal here is a heap allocation at each call)
    let afterPreposition =
      nameRange.count == 1 && (determiner == "of" || determiner == "at" || determiner == "in" || determiner == "from")
    // a kind of organisation just before the name says what it names: "newspaper Gazeta Nowa"
    let classified =
      nameStart == run.lowerBound && run.lowerBound > start && !paragraph.tokens[run.lowerBound - 1].isCapitalized
      && Lexicon.organisationKinds.contains(determiner)
    if isOrganisation(paragraph, nameRange) || (nameStart == run.lowerBound && determiner == "the")
      || afterPreposition || classified,
      // (but a title or an honorific before a surname says a person: "Mr West", "rapper Tom West")
      !((run.lowerBound..<nameStart).contains(where: { isTitle(paragraph, $0) })
        || paragraph.tokens[nameStart].classes.contains(.honorific)
        || (run.lowerBound > start && paragraph.tokens[run.lowerBound - 1].isListedAsWritten(.title)))
        || !NameTyper.isSurnameAfterTitle((nameStart..<end).map { wordKey(paragraph, $0) })
    {
      // (a demonym opens a body's name: "British Transport Police", "Russian Foreign Ministry")
      let titled = (run.lowerBound..<nameStart).contains(where: { isTitle(paragraph, $0) })
      let bodyStart = titled ? nameStart : run.lowerBound
      let orgStart = (determiner == "the" && run.lowerBound - 1 >= start) ? run.lowerBound - 1 : bodyStart
      // (a name that is the whole phrase is its text, not made again)
      let orgText = orgStart == start ? text : paragraph.text(tokens: orgStart..<end)
      // (made whole: setting a phrase's string makes its strings again)
      return SpeakerPhrase(
        kind: .organisation, text: orgText, name: orgText, head: paragraph.tokens[last].stemLower,
        modifiers: (start..<(end - 1)).map { paragraph.tokens[$0].lower }, tokens: start..<end)
    }
    // words before the name inside the phrase are its role: "longtime Republican strategist"
    let role = nameStart > prefixStart ? roleBeforeName(paragraph, prefixStart..<nameStart) : nil
    let name = nameStart == start ? text : paragraph.text(tokens: nameRange)
    return SpeakerPhrase(kind: .person, text: text, name: name, role: role, tokens: start..<end)
  }

  /// Whether `text` is a regnal number in Roman numerals: "II", "XVI".
  static func isRegnalNumber(_ text: String) -> Bool {
    !text.isEmpty && text.utf8.count <= 5
      && text.utf8.allSatisfy { $0 == 0x49 || $0 == 0x56 || $0 == 0x58 || $0 == 0x4C }
  }

  /// Whether the capitalised word at `index`, a family name that is also an auxiliary and may be a month's
  /// ("May", "Will"), stands alone before a verb in the past at `end`, which no auxiliary stands before: "May
  /// said" (never in a headline, which capitalises every word).
  static func isFamilyNameBeforePast(_ paragraph: ParagraphText, _ index: Int, end: Int) -> Bool {
    paragraph.role != .title && paragraph.tokens[index].classes.contains(.clauseWord)
      && WorldKnowledge.shared.surnames.contains(paragraph.tokens[index].lower)
      && end < paragraph.tokens.count && Attributor.isPastTense(paragraph.tokens[end])
  }
}
