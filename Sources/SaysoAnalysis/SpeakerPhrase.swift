import SaysoCore

/// The words that name who speaks, as found in a frame, before resolution to a person.
struct SpeakerPhrase: Equatable {
  enum Kind: Equatable {
    /// A capitalised personal name ("Paul Poast", "Poast", "Mr. Podesta").
    case person
    /// he, she, I, we, him …
    case pronoun
    /// A singular role or source noun ("the president", "a source", "the Russian leader").
    case nominal
    /// A plural or anonymous source ("experts", "officials", "they").
    case group
    /// An organisation or place ("the IMF", "The Post", "Russia", "the Kremlin").
    case organisation
  }

  var kind: Kind
  /// The whole phrase as it stands: the mention.
  var text: String
  /// The name for `.person` (without role words), else the phrase without a leading determiner.
  var name: String
  /// The role from a title or an appositive ("Russian President", "an assistant professor …").
  var role: String?
  /// Lower-cased head noun and its modifiers, for role-noun resolution ("leader", ["russian"]).
  var head: String = ""
  var modifiers: [String] = []
  /// Token range of the phrase in its paragraph.
  var tokens: Range<Int>
  /// The layout itself says a person speaks here (a transcript label "WALLACE:"), whatever the name.
  var isLabel = false
  /// A definite noun that stands for a person the article has just named, as a pronoun does: "the
  /// 34-year-old", "the German" (`SpeakerPhraseParser.epithet`).
  var isEpithet = false
}

/// Parses token ranges into speaker phrases.
enum SpeakerPhraseParser {
  /// Document nouns whose possessor is the speaker: "the Russian leader’s address".
  static let documentNouns: Set<String> = [
    "address", "statement", "speech", "words", "remarks", "letter", "article", "op-ed", "message", "tweet",
    "post", "interview", "testimony", "comments", "email", "e-mail", "memo", "memorandum", "release", "report",
    "filing", "notice",
  ]

  /// Marks dropped before a subject: – — - “ ” " ( (a punctuation token is one scalar).
  @inline(__always) static func isLeadingMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "–", "—", "-", "“", "”", "\"", "(": return true
    default: return false
    }
  }

  /// The author of a document after "from" or "by": a name ("Tesco", "the Ministry of Health", "Senator
  /// Juan Dalmau") or a possessive and a noun of people ("her family", "his lawyers").
  static func author(_ paragraph: ParagraphText, _ range: Range<Int>) -> SpeakerPhrase? {
    let first = paragraph.tokens[range.lowerBound]
    if paragraph.tokens[range.upperBound - 1].isCapitalized, first.isCapitalized || first.lower == "the",
      let name = parse(paragraph, range), name.kind == .organisation || name.kind == .person
    {
      return name
    }
    guard ["his", "her", "their", "its", "our"].contains(first.lower), range.count <= 3,
      let noun = parse(paragraph, range, commonNouns: true), noun.kind == .group || noun.kind == .nominal
    else { return nil }
    return noun
  }

  /// Words that start a modifier after a source noun's head.
  static let postModifiers: Set<String> = [
    "of", "at", "with", "from", "for", "interviewed", "polled", "surveyed", "familiar", "close", "in", "on",
    "quoted", "cited", "contacted", "asked", "briefed", "involved", "working", "published", "conducted",
    "commissioned",
  ]

  /// Whether the token at `index` opens a modifier of the noun before it: "of", "for", "close" … ("a
  /// spokesman for the Kremlin"), or "to" after a noun of people ("an adviser to the president", "aides to
  /// Clinton"; not "said to", "went to").
  static func opensPostModifier(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    let token = paragraph.tokens[index]
    if token.classes.contains(.postModifier) { return true }
    // (a noun phrase follows: a determiner, a possessive pronoun or a name; not a verb: "requires candidates
    // to disclose")
    guard token.lower == "to", index > 0, index + 1 < paragraph.tokens.count else { return false }
    let next = paragraph.tokens[index + 1]
    guard next.quote == nil, next.classes.contains(.determiner) || next.isCapitalized else { return false }
    let before = paragraph.tokens[index - 1]
    return before.lower == "close"
      || (before.kind == .word && before.quote == nil
        && !before.classes.isDisjoint(with: [.groupNoun, .sourceNoun, .roleNoun, .title]))
  }

  /// A straight apostrophe after a plural, before a word: "Fields' lawyers".
  static func isPluralPossessive(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard paragraph.tokens[index].scalar == "'", paragraph.tokens[index].quote == nil, index > 0,
      index + 1 < paragraph.tokens.count
    else { return false }
    return paragraph.tokens[index - 1].lower.hasSuffix("s") && paragraph.tokens[index + 1].kind == .word
  }

  /// Parses a range that should be exactly a subject noun phrase. Returns nil when it is not one.
  /// - Parameter commonNouns: also accept any noun phrase opened by a determiner ("the NFL legend"), for
  ///   the subject of a strong reporting verb.
  static func parse(_ paragraph: ParagraphText, _ range: Range<Int>, commonNouns: Bool = false) -> SpeakerPhrase? {
    var start = range.lowerBound
    let end = range.upperBound
    guard start < end else { return nil }
    // drop leading openers ("But", "And") and quote marks / dashes
    while start < end
      && (paragraph.tokens[start].classes.contains(.sentenceOpener)
        || (paragraph.tokens[start].kind == .punct && isLeadingMark(paragraph.tokens[start].scalar)))
    {
      start += 1
    }
    guard start < end else { return nil }
    if let rest = subjectAfterOpening(paragraph, start..<end) {
      return rest.isEmpty ? nil : parse(paragraph, rest, commonNouns: commonNouns)
    }
    // (the last token is read once: in a function this long each read of a token is a call that copies it)
    let last = paragraph.tokens[end - 1]
    let opening = paragraph.tokens[start]
    // a party or place in brackets: "Gov. Pat McCrory (R)", "Rep. Adam Schiff (D-Calif.)"
    if last.scalar == ")",
      let open = stride(from: end - 2, through: max(start, end - 8), by: -1).first(where: {
        paragraph.tokens[$0].scalar == "("
      }),
      open > start
    {
      guard var inner = parse(paragraph, start..<open) else { return nil }
      inner.tokens = start..<end
      // a description in brackets is a role: "Rubenwardy (one of the core developers)"
      if inner.kind == .person, inner.role == nil, end - 1 - (open + 1) >= 2,
        ((open + 1)..<(end - 1)).allSatisfy({
          paragraph.tokens[$0].kind == .word && !paragraph.tokens[$0].isCapitalized
        })
      {
        inner.role = paragraph.text(tokens: (open + 1)..<(end - 1))
      }
      return inner
    }
    if let epithet = epithet(paragraph, start..<end) { return epithet }
    // a participle and its object name no one: "Echoing an email from Hunter Biden's laptop", "Citing the
    // report"
    if end - start >= 3, ProposalDetector.isOpeningParticiple(opening),
      !paragraph.tokens[start + 1].classes.isDisjoint(with: [.determiner, .preposition])
    {
      return nil
    }
    if end - start == 1 && last.kind == .word {
      var lower = last.lower
      for suffix in ["’s", "'s"]
      where lower.utf8.last == 0x73 && lower.hasSuffix(suffix)
        && Token.contractionStems.contains(String(lower.dropLast(2)))
      {
        lower = String(lower.dropLast(2))  // "He’s claiming"
      }
      if Lexicon.personalPronouns.contains(lower) && lower != "we" && lower != "us" {
        return SpeakerPhrase(kind: .pronoun, text: last.text, name: last.text, tokens: start..<end)
      }
      // (before a verb of saying that is not weak, "some", "others", "many" … too: "Others say …")
      if Lexicon.groupPronouns.contains(lower) || (commonNouns && Lexicon.indefiniteGroups.contains(lower)) {
        return SpeakerPhrase(kind: .group, text: last.text, name: last.text, head: lower, tokens: start..<end)
      }
    }
    // Appositive: NAME, ROLE,
    if last.scalar == ",", end - start >= 4 {
      if let comma = (start..<(end - 1)).first(where: { paragraph.tokens[$0].scalar == "," }), comma > start {
        // a role noun, then the name: "the mayor, Tom Reed," (not the place of the role's body: "a professor
        // at the University of Wisconsin, Madison,")
        // (any noun before a full name: "Pike's barrister, Simon Csoka,", "his mother, Donna Rhodes,")
        if let role = parse(paragraph, start..<comma, commonNouns: true) ?? possessedNoun(paragraph, start..<comma),
          role.kind == .nominal,
          var person = parse(paragraph, (comma + 1)..<(end - 1)), person.kind == .person, person.role == nil,
          Lexicon.roleClasses[role.head] != nil || Lexicon.titles.contains(role.head)
            ? person.name.contains(" ") || WorldKnowledge.shared.places[nameKey(person.name)] == nil
            : person.name.contains(" ") && NameTyper.typeRemembered(person.name, titled: false).kind == .person
        {
          person.role = role.text
          person.tokens = start..<end
          person.text = paragraph.text(tokens: start..<(end - 1))
          return person
        }
        // a capitalised office, then the name: "The Senate Minority Leader, Chuck Schumer,"
        if (start..<comma).contains(where: { paragraph.tokens[$0].classes.contains(.title) }),
          let office = parse(paragraph, start..<comma), office.kind == .person || office.kind == .organisation,
          NameTyper.typeRemembered(office.name, titled: false).kind != .person,
          var person = parse(paragraph, (comma + 1)..<(end - 1)), person.kind == .person, person.role == nil,
          NameTyper.typeRemembered(person.name, titled: false).kind == .person
        {
          person.role = paragraph.text(tokens: start..<comma)
          person.tokens = start..<end
          person.text = paragraph.text(tokens: start..<(end - 1))
          return person
        }
        if var person = parse(paragraph, start..<comma), person.kind == .person || person.kind == .organisation {
          let roleText = paragraph.text(tokens: (comma + 1)..<(end - 1))
          if !roleText.isEmpty && end - 1 - (comma + 1) <= 30 {
            // no role: a relative clause or a participle ("X, whose bio …,", "Y, speaking on …,"), a time or a
            // channel whose "its" says it is no person ("Coles, in its release,"); "at", "of", "from" affiliate
            let opener = paragraph.tokens[comma + 1].lower
            let adjunct = Lexicon.adjunctPrepositions.contains(opener) && !["at", "of", "from"].contains(opener)
            if person.kind == .person && adjunct
              && ((comma + 1)..<(end - 1)).contains(where: { paragraph.tokens[$0].lower == "its" })
            {
              person.kind = .organisation
            }
            let describes = ["who", "whose", "whom", "which"].contains(opener) || adjunct
            if person.kind == .person && !describes && !Attributor.isParticiple(paragraph.tokens[comma + 1]) {
              person.role = roleText
            }
            person.tokens = start..<end
            person.text = paragraph.text(tokens: start..<(end - 1))
            return person
          }
        }
      }
      return nil
    }
    // Possessor of a document: "the Russian leader’s address", "Putin’s statement"
    if last.kind == .word, last.isListedAsWritten(.documentNoun), end - start >= 2 {
      var index = end - 2
      while index > start && !paragraph.tokens[index].isPossessive
        && paragraph.tokens[index].classes.contains(.title) == false
        && paragraph.tokens[index].kind == .word && !paragraph.tokens[index].isCapitalized
      {
        index -= 1  // "Putin’s latest address"
      }
      if paragraph.tokens[index].isPossessive {
        if var inner = parse(paragraph, start..<(index + 1)) {
          inner.tokens = start..<end
          return inner
        }
      }
    }
    // The author of a document: "a statement from the Ministry of Health", "a letter from Tesco"
    var document = start
    while document < end - 3 && paragraph.tokens[document].classes.contains(.determiner) { document += 1 }
    // (a participle and an adverb may stand between: "a memo posted online by Senator Juan Dalmau", "a
    // statement released by her family")
    var by = document + 1
    while by < document + 3, by < end, Attributor.isParticiple(paragraph.tokens[by])
      || (by > document + 1 && (paragraph.tokens[by].lower == "online" || paragraph.tokens[by].lower.hasSuffix("ly")))
    { by += 1 }
    if by + 1 < end, paragraph.tokens[document].isListedAsWritten(.documentNoun),
      ["from", "by"].contains(paragraph.tokens[by].lower),
      var author = Self.author(paragraph, (by + 1)..<end)
    {
      author.tokens = start..<end
      // (a group's text is its name: "her family")
      if author.kind == .person || author.kind == .organisation { author.text = paragraph.text(tokens: start..<end) }
      return author
    }
    // letters after a name belong to the person: "Kama Melly QC", "Martin Luther King Jr"
    let lastWord = last.scalar == "." ? end - 2 : end - 1
    if lastWord - start >= 2,
      paragraph.tokens[lastWord].isListedAsWritten(.postnominal), paragraph.tokens[lastWord - 1].isCapitalized,
      var person = parse(paragraph, start..<lastWord), person.kind == .person
    {
      person.tokens = start..<end
      person.text = paragraph.text(tokens: start..<end)
      return person
    }
    // an office with its place or body before the name: "Mayor of London Sadiq Khan", "Ambassador to Canada
    // Nikki Haley"
    let officeStart = start + 1 < end && opening.lower == "the" ? start + 1 : start
    var office = officeStart
    // after the words that qualify the office: "Current Prime Minister of India Narendra Modi", "Former US
    // Ambassador to the United Nations Nikki Haley"
    while office + 4 < end, office < officeStart + 3, paragraph.tokens[office + 1].isCapitalized,
      paragraph.tokens[office].kind == .word,
      paragraph.tokens[office].isCapitalized || paragraph.tokens[office].lower == "former"
    { office += 1 }
    if office + 3 < end, paragraph.tokens[office].isCapitalized,
      paragraph.tokens[office].classes.contains(.title),
      paragraph.tokens[office + 1].lower == "of" || paragraph.tokens[office + 1].lower == "to",
      ((office + 2)..<end).allSatisfy({
        isNameToken(paragraph, $0) || officeLinks.contains(paragraph.tokens[$0].lower)
          || paragraph.tokens[$0].classes.contains(.nameParticle)
      }),
      let name = nameAfterOffice(paragraph, (office + 2)..<end), var person = parse(paragraph, name..<end),
      person.kind == .person
    {
      person.role = paragraph.text(tokens: officeStart..<name)
      person.tokens = start..<end
      person.text = paragraph.text(tokens: start..<end)
      return person
    }
    if let named = personWithAffiliation(paragraph, start..<end) ?? personThenRole(paragraph, start..<end) {
      return named
    }
    // A source noun with a modifier after it: "experts interviewed by Izvestia", "a spokesman for the Kremlin"
    // (after a determiner, up to two modifiers: "A senior aide to Clinton", "The U.S. ambassador to the UN")
    var firstNoun = start
    while firstNoun < end - 1 && paragraph.tokens[firstNoun].classes.contains(.determiner) { firstNoun += 1 }
    if firstNoun > start,
      let noun = (firstNoun..<min(end - 1, firstNoun + 3)).first(where: { opensPostModifier(paragraph, $0 + 1) }),
      // (a body's name: "The United States Commission on …"; but a title: "The US Ambassador to Canada")
      !paragraph.tokens[noun].isCapitalized || isTitle(paragraph, noun),
      (firstNoun..<noun).allSatisfy({ paragraph.tokens[$0].kind == .word && paragraph.tokens[$0].quote == nil })
    {
      firstNoun = noun
    }
    let startsWithSourceNoun =
      firstNoun + 1 < end
      && !paragraph.tokens[firstNoun].classes.isDisjoint(with: WordClass.groupNoun.union(.sourceNoun))
      && opensPostModifier(paragraph, firstNoun + 1)
      // (a capitalised body's head opens the body's name: "The Ministry of Foreign Affairs", "Bank of England",
      // "The Office for Budget Responsibility")
      && !(paragraph.tokens[firstNoun].isCapitalized && paragraph.tokens[firstNoun].classes.contains(.organisationWord)
        && ["of", "for", "on"].contains(paragraph.tokens[firstNoun + 1].lower)
        && firstNoun + 2 < end && paragraph.tokens[firstNoun + 2].isCapitalized)
    // A capitalised run at the end: a person or an organisation.
    if !startsWithSourceNoun, var run = nameRun(paragraph, endingAt: end, from: start) {
      // "I" is a pronoun, even capitalised after a word: "Once I", "Well I"
      let lastLower = last.lower
      if lastLower == "i" || lastLower == "i’m" || lastLower == "i'm" {
        return SpeakerPhrase(
          kind: .pronoun, text: last.text, name: last.text,
          tokens: (end - 1)..<end)
      }
      // a capitalised function word opening the sentence is not part of a name: "The", "It", "Afterwards"
      while run.count > 1 || (run.count == 1 && run.lowerBound == start) {
        let first = paragraph.tokens[run.lowerBound]
        guard
          first.classes.contains(.notName) || first.classes.contains(.sentenceOpener)
            || first.classes.contains(.weekday)
            || first.classes.contains(.determiner) || first.classes.contains(.clauseWord)
            || first.classes.contains(.cueModifier)
        else { break }
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
      let last = paragraph.tokens[run.upperBound - 1]
      if last.classes.contains(.title),
        run.count == 1 && NameTyper.isAcronym(last.text)
          || (run.lowerBound == start + 1 && paragraph.tokens[start].lower == "the"
            && (run.count == 1 || !last.classes.contains(.organisationWord))  // (not "the Islamic State")
            && paragraph.tokens[run].allSatisfy({ $0.classes.contains(.title) || isDemonym($0.stemLower) }))
      {
        let text = paragraph.text(tokens: start..<end)
        return SpeakerPhrase(kind: .nominal, text: text, name: text, head: last.stemLower, tokens: start..<end)
      }
      let prefixStart = start
      // split title words from the run: "Russian President Vladimir Putin"
      var nameStart = run.lowerBound
      var index = run.lowerBound
      while index < run.upperBound - 1 {
        if isTitle(paragraph, index) {
          nameStart = index + 1
        } else if index == nameStart && run.upperBound - index >= 3 && isDemonym(paragraph.tokens[index].stemLower) {
          nameStart = index + 1
        } else if paragraph.tokens[index].scalar == "." && index == nameStart {
          nameStart = index + 1
        }
        index += 1
      }
      // honorifics stay with the name, but a run may not be only a title
      while nameStart < run.upperBound && paragraph.tokens[nameStart].scalar == "." { nameStart += 1 }
      guard nameStart < run.upperBound else { return nil }
      if end - nameStart == 1
        && (paragraph.tokens[nameStart].classes.contains(.weekday)
          || paragraph.tokens[nameStart].classes.contains(.month))
      {
        return nil
      }
      let nameRange = nameStart..<end
      let determiner = start < run.lowerBound ? paragraph.tokens[run.lowerBound - 1].lower : ""
      let text = paragraph.text(tokens: start..<end)
      // a phrase that has lower-case clause words before the run is not a subject ("they did not have
      // intentions of leaving Thailand or Poland"), but for the "and" inside a body's name
      for index in prefixStart..<run.lowerBound where paragraph.tokens[index].classes.contains(.clauseWord) {
        let token = paragraph.tokens[index]
        if token.kind == .word && !token.isCapitalized && !joinsNames(paragraph, index) { return nil }
      }
      if end - start > 14 { return nil }
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
      // Abri Peyrony", "footage of Hillary Clinton" (but the author of a document speaks through it:
      // "an analysis by Lee Epstein"); one word after a preposition is taken for an organisation below
      if nameRange.count >= 2, let nounBefore = nounBeforePreposition(paragraph, run, from: start) {
        return SpeakerPhrase(kind: .group, text: text, name: text, head: nounBefore, tokens: start..<end)
      }
      // (compared one by one: an array literal here is a heap allocation at each call)
      let afterPreposition =
        (determiner == "of" || determiner == "at" || determiner == "in" || determiner == "from") && nameRange.count == 1
      // a kind of organisation just before the name says what it names: "newspaper Magyar Nemzet"
      let classified =
        nameStart == run.lowerBound && run.lowerBound > start && !paragraph.tokens[run.lowerBound - 1].isCapitalized
        && Lexicon.organisationKinds.contains(determiner)
      if isOrganisation(paragraph, nameRange) || (determiner == "the" && nameStart == run.lowerBound)
        || afterPreposition || classified,
        // (but a title or an honorific before a surname says a person: "Mr West", "rapper Kanye West")
        !((run.lowerBound..<nameStart).contains(where: { isTitle(paragraph, $0) })
          || paragraph.tokens[nameStart].classes.contains(.honorific)
          || (run.lowerBound > start && paragraph.tokens[run.lowerBound - 1].isListedAsWritten(.title)))
          || !NameTyper.isSurnameAfterTitle((nameStart..<end).map { wordKey(paragraph, $0) })
      {
        // (a demonym opens a body's name: "British Transport Police", "Russian Foreign Ministry")
        let titled = (run.lowerBound..<nameStart).contains(where: { isTitle(paragraph, $0) })
        let bodyStart = titled ? nameStart : run.lowerBound
        let orgStart = (determiner == "the" && run.lowerBound - 1 >= start) ? run.lowerBound - 1 : bodyStart
        let orgText = paragraph.text(tokens: orgStart..<end)
        var organisation = SpeakerPhrase(
          kind: .organisation, text: orgText, name: orgText, tokens: start..<end)
        organisation.head = last.stemLower
        organisation.modifiers = (start..<(end - 1)).map { paragraph.tokens[$0].lower }
        return organisation
      }
      // words before the name inside the phrase are its role: "longtime Democratic pollster"
      let role = nameStart > prefixStart ? roleBeforeName(paragraph, prefixStart..<nameStart) : nil
      return SpeakerPhrase(
        kind: .person, text: text, name: paragraph.text(tokens: nameRange), role: role, tokens: start..<end)
    }
    // A share of people: "Nearly eight in 10 Democratic voters", "six of 10 respondents", "all but two"
    if commonNouns, let share = shareOfPeople(paragraph, start..<end) { return share }
    // A noun phrase: determiner + modifiers + head noun (+ "of …" / participle phrase)
    guard end - start <= 12 else { return nil }
    // the dot of a title abbreviation may stand inside: "Mrs. Clinton's advisers"
    for index in start..<end
    where paragraph.tokens[index].kind == .punct && paragraph.tokens[index].scalar != "-"
      && paragraph.tokens[index].scalar != "’" && !isPluralPossessive(paragraph, index)
      && !(paragraph.tokens[index].scalar == "." && isNameToken(paragraph, index))
    {
      return nil
    }
    var headIndex = end - 1
    // "the head of the Russian Federation", "experts interviewed by Izvestia"
    if let modifierStart = (start..<end).first(where: { opensPostModifier(paragraph, $0) }),
      modifierStart > start
    {
      headIndex = modifierStart - 1
    }
    for index in start...headIndex {
      let lower = paragraph.tokens[index].lower
      if Lexicon.clauseWords.contains(lower)
        && !(index == start && (lower == "that" || lower == "this" || lower == "these" || lower == "those"))
      {
        return nil
      }
    }
    // a past tense after a name or before an object is a clause: "the Kremlin issued …", "… released a report"
    for index in (start + 1)..<max(start + 1, headIndex)
    where paragraph.tokens[index].lower.hasSuffix("ed")
      && (paragraph.tokens[index - 1].isCapitalized || paragraph.tokens[index + 1].classes.contains(.determiner))
    {
      return nil
    }
    // nor an auxiliary, an adverb of the verb or a relative word after the head's modifier: "Aides to Mr.
    // Sanders have been", "The Sanders campaign on Monday also doubled"
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
    if headClasses.contains(.sourceNoun) || headClasses.contains(.roleNoun) {
      let first = opening.lower
      let plural = first == "two" || first == "three" || first == "several" || first == "some"
      return SpeakerPhrase(
        kind: plural ? .group : .nominal, text: text, name: text, head: head, modifiers: modifiers, tokens: start..<end)
    }
    // a plural noun of a name's: "Mrs. Clinton's confidants"
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
}
