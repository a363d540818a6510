import SaysoCore

/// Names inside speaker phrases: capitalised runs, acronyms, organisations and polities, offices
/// and names joined by "of".
extension SpeakerPhraseParser {
  /// Whether token `index` can be part of a capitalised name run.
  static func isNameToken(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    // fields are read in place: copying a token copies its two strings
    let kind = paragraph.tokens[index].kind
    if kind == .word && paragraph.tokens[index].isCapitalized {
      // (the first letter is read in place: most capitalised words are no party label)
      let first = paragraph.tokens[index].scalar
      return !((first == "D" || first == "R" || first == "I") && paragraph.tokens[index].isPartyLabel)
    }
    // a number of one or two digits that ends a name before its verb of saying, "Channel 4 said", "Number 10
    // said", or at the end of its sentence, "according to Channel 5.", or stands inside one, "The Lost 52 Project
    // said" (not a date's: "March 5"; not before a comma, where a score may go on: "Velland Town 3, Marle Rovers 1")
    if kind == .number && index > 0 && paragraph.tokens[index].end - paragraph.tokens[index].start <= 2
      && (index + 1 == paragraph.tokens.count || Self.marksAfterNameNumber.contains(paragraph.tokens[index + 1].scalar)
        || paragraph.cues[index + 1] != nil
        || (paragraph.tokens[index + 1].kind == .word && paragraph.tokens[index + 1].isCapitalized
          && paragraph.tokens[index + 1].quote == paragraph.tokens[index].quote
          && !paragraph.tokens[index - 1].isPossessive))  // (not a title after its author: "Zuckoff’s 13 Hours")
    {
      // (the previous token's fields are read in place: copying a token copies its two strings)
      return paragraph.tokens[index - 1].kind == .word && paragraph.tokens[index - 1].isCapitalized
        && paragraph.tokens[index - 1].quote == paragraph.tokens[index].quote
        && paragraph.tokens[index - 1].classes.isDisjoint(with: [.month, .weekday, .title, .preposition, .determiner])
    }
    // an ordinal that opens a body's name before its capitalised words, after "the" or a capitalised word (a place's
    // name): "the 9th Circuit Court of Appeals", "the U.S. 5th Circuit" (not a date's, after a preposition: "On the
    // 5th Kestrel Foods announced"; nor a rank's after a participle: "Finishing 3rd Tarn Rovers")
    if kind == .number && index > 0 && index + 1 < paragraph.tokens.count && paragraph.tokens[index + 1].kind == .word
      && paragraph.tokens[index + 1].isCapitalized && paragraph.tokens[index + 1].quote == paragraph.tokens[index].quote
      && isOrdinal(paragraph.tokens[index].lower)
      && (paragraph.tokens[index - 1].lower == "the"
        ? index == 1 || !paragraph.tokens[index - 2].classes.contains(.preposition)
        : paragraph.tokens[index - 1].isCapitalized && paragraph.tokens[index - 1].kind == .word
          && !paragraph.tokens[index - 1].lower.hasSuffix("ing"))
    {
      let next = paragraph.tokens[index + 1]
      return !next.classes.contains(.month) && !next.classes.contains(.weekday)
        && !NameTyper.isGivenName(next.stemLower)
    }
    // an ampersand between capitalised words, inside a firm's or a club's name: "Marks & Spencer",
    // "Brighton & Hove Albion"
    if kind == .punct && paragraph.tokens[index].scalar == "&" && index > 0 && index + 1 < paragraph.tokens.count {
      return paragraph.tokens[index - 1].kind == .word && paragraph.tokens[index - 1].isCapitalized
        && paragraph.tokens[index + 1].kind == .word && paragraph.tokens[index + 1].isCapitalized
    }
    if kind == .punct && paragraph.tokens[index].scalar == "." && index > 0 {
      // the dot of an initial, of a title abbreviation or of a firm's: "R.", "Mr.", "Jr.", "Domtar Corp."
      return paragraph.tokens[index - 1].end == paragraph.tokens[index].start
        && paragraph.tokens[index - 1].isCapitalized
        && (paragraph.tokens[index - 1].isOneCharacter
          || SentenceSplitter.titles.contains(paragraph.tokens[index - 1].lower)
          || SentenceSplitter.firmAbbreviations.contains(paragraph.tokens[index - 1].lower))
    }
    return false
  }
  /// Whether a number is written as an ordinal: "9th", "101st", "2nd", "3rd".
  static func isOrdinal(_ lower: String) -> Bool {
    // (read on the bytes, with no array or string made: asked of every number before a capitalised word)
    let bytes = lower.utf8
    guard bytes.count >= 3, bytes.count <= 6, bytes.dropLast(2).allSatisfy({ $0 >= 48 && $0 <= 57 }) else {
      return false
    }
    switch (bytes[bytes.index(bytes.endIndex, offsetBy: -2)], bytes[bytes.index(before: bytes.endIndex)]) {
    case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): return true  // st, nd, rd, th
    default: return false
    }
  }

  /// The marks after which a number of one or two digits ends a name at the end of its sentence: "according to
  /// Channel 5.", "(Channel 5)".
  private static let marksAfterNameNumber: Set<Unicode.Scalar> = [".", ";", ")"]


  /// The lower-case noun before a preposition that opens a name ("tools" in "tools from Cueva
  /// Roja"), unless the phrase is a document or evidence whose author the name is.
  static func nounBeforePreposition(_ paragraph: ParagraphText, _ run: Range<Int>, from start: Int) -> String? {
    guard run.lowerBound - 2 >= start else { return nil }
    let preposition = paragraph.tokens[run.lowerBound - 1].lower
    let noun = paragraph.tokens[run.lowerBound - 2]
    guard ["from", "at", "with", "for", "on", "in", "by", "of"].contains(preposition), noun.kind == .word,
      !noun.isCapitalized, !noun.classes.contains(.determiner), !noun.classes.contains(.title),
      !noun.classes.contains(.roleNoun), !noun.classes.contains(.sourceNoun),
      !noun.classes.contains(.groupNoun), !NameTyper.isOccupation(noun.stemLower)
    else { return nil }
    // "a letter posted online by Senator Nora Pell", "a statement from the Kremlin"
    if preposition == "by" || preposition == "from",
      (start..<(run.lowerBound - 1)).contains(where: { index in
        let word = paragraph.tokens[index].lower
        return documentNouns.contains(word) || Attributor.evidenceNouns.contains(word)
          || (preposition == "by" && word.hasSuffix("ed"))
      })
    {
      return nil
    }
    return noun.lower
  }

  /// The capitalised run that ends at token `end - 1`, allowing particles inside ("Abu Bakr al-Baghdadi").
  static func nameRun(_ paragraph: ParagraphText, endingAt end: Int, from lower: Int) -> Range<Int>? {
    var start = end - 1
    guard start >= lower, isNameToken(paragraph, start), paragraph.tokens[start].scalar != "." || start > lower else {
      return nil
    }
    while start - 1 >= lower {
      if isNameToken(paragraph, start - 1) {
        start -= 1
      } else if start - 2 >= lower && paragraph.tokens[start - 1].classes.contains(.nameParticle)
        && isNameToken(paragraph, start - 2)
      {
        start -= 2
      } else if start - 3 >= lower && paragraph.tokens[start - 1].classes.contains(.nameParticle)
        && paragraph.tokens[start - 2].classes.contains(.nameParticle) && isNameToken(paragraph, start - 3)
      {
        start -= 3  // two particles: "Juan de la Cruz", "Rafael van der Vaart"
      } else if start - 2 >= lower && isPluralPossessive(paragraph, start - 1) && isNameToken(paragraph, start - 2)
        && paragraph.tokens[start - 2].isCapitalized
        && WorldKnowledge.shared.isCommonWord(paragraph.tokens[start - 2].stemLower)
      {
        // a plural possessive of a common noun inside a body's name: "Chelsea Supporters' Trust", "Veterans'
        // Affairs", "Ontario Nurses’ Association" (not an outlet's before its reporter: "Reuters' Marta Ruiz")
        start -= 2
      } else {
        break
      }
    }
    return start..<end
  }

  /// Capital letters (and dots) only: "IMF", "U.S.".
  static func isAcronym(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    word.allSatisfy { ($0.value >= 65 && $0.value <= 90) || $0 == "." || (!$0.isASCII && $0.properties.isUppercase) }
  }

  /// Whether the dotted capitals at `index` are a person's initials before a surname ("R.J. Tolman"),
  /// not a place or a polity's ("U.S. Senator", "D.C. Council").
  static func areInitials(_ paragraph: ParagraphText, _ index: Int, before end: Int) -> Bool {
    let token = paragraph.tokens[index]
    guard token.text.contains("."), index + 1 < end, paragraph.tokens[index + 1].isCapitalized,
      !NameTyper.isAcronym(paragraph.tokens[index + 1].text)
    else { return false }
    let world = WorldKnowledge.shared
    let key = nameKey(token.text)
    return [key, key.filter { $0 != "." }].allSatisfy { world.places[$0] == nil && world.seatsOfPower[$0] == nil }
      && !world.outlets.contains(key)
  }

  /// The name key of the word at `index`: its lower-cased stem when that is plain ASCII letters (most
  /// words; `nameKey` gives the same), else `nameKey` of the stem.
  static func wordKey(_ paragraph: ParagraphText, _ index: Int) -> String {
    let lower = paragraph.tokens[index].stemLower
    return lower.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) ? lower : nameKey(paragraph.tokens[index].stem)
  }

  /// Whether a capitalised run names an organisation or a polity: it holds an organisation word or an
  /// acronym, or it is a news outlet, a country, state or continent, or a seat of power (data/).
  static func isOrganisation(_ paragraph: ParagraphText, _ run: Range<Int>) -> Bool {
    let world = WorldKnowledge.shared
    for index in run {
      guard paragraph.tokens[index].kind == .word else { continue }
      // but a surname that is an organisation word after a given name: "Sharon White", "Nora West" (three
      // words are more often a body's name: "Walter Beck Center")
      if paragraph.tokens[index].classes.contains(.organisationWord) {
        let personShaped =
          run.count == 2 && index == run.lowerBound + 1 && paragraph.tokens[run.lowerBound].kind == .word
          && NameTyper.isPersonShaped([wordKey(paragraph, run.lowerBound), wordKey(paragraph, index)])
        if !personShaped { return true }
      }
      // an acronym, but not a title or letters after a name: "MP", "QC"
      let start = paragraph.tokens[index].start
      let end = paragraph.tokens[index].end
      if end - start >= 2 && end - start <= 6 && isAcronym(paragraph.scalars[start..<end])
        && !paragraph.tokens[index].isListedAsWritten(.title)
        && !paragraph.tokens[index].isListedAsWritten(.postnominal)
        // (nor the number of a monarch or a pope: "Elizabeth II")
        && !(index > run.lowerBound && paragraph.scalars[start..<end].allSatisfy({ "IVX".unicodeScalars.contains($0) }))
        && !areInitials(paragraph, index, before: run.upperBound)
        // (nor a person's name in capitals, as a transcript's label writes it: "JANE OKORO")
        && !(run.allSatisfy { isAcronym(paragraph.scalars[paragraph.tokens[$0].start..<paragraph.tokens[$0].end]) }
          && NameTyper.isPersonsNameInCapitals(run.map { wordKey(paragraph, $0) }))
      {
        return true  // an acronym: IMF, FBI, NAACP, U.S.
      }
    }
    var start = run.lowerBound
    if run.count >= 2 && paragraph.tokens[start].lower == "the" { start += 1 }
    guard run.upperBound - start <= 4, world.polityFirstWords.contains(paragraph.tokens[start].stemLower) else {
      return false
    }
    let key = nameKey((start..<run.upperBound).map { paragraph.tokens[$0].stem }.joined(separator: " "))
    if world.outlets.contains(key) || world.seatsOfPower[key] != nil { return true }
    if let place = world.places[key], place != .city { return true }
    return false
  }

  /// "of" between two capitalised names, or "on" / "for" after an organisation's head word: "Commission
  /// on Presidential Debates", "Centers for Disease Control".
  static func joinsNames(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    let word = paragraph.tokens[index].lower
    if word == "of" { return true }
    // "and" inside a body's name, between capitalised words: after its "of" ("Department of Parks and
    // Wildlife Protection"), between the two names of a company ("Marks and Spencer"), or before the
    // organisation word that ends it ("Competition and Markets Authority")
    if word == "and", index >= 1, index + 1 < paragraph.tokens.count, paragraph.tokens[index - 1].isCapitalized,
      paragraph.tokens[index + 1].isCapitalized
    {
      if index >= 2, ((max(1, index - 3))..<(index - 1)).contains(where: {
        (paragraph.tokens[$0].lower == "of" || paragraph.tokens[$0].lower == "for") && joinsNames(paragraph, $0)
          && paragraph.tokens[$0 - 1].isCapitalized
      }) {
        return true
      }
      guard !paragraph.tokens[index - 1].isPossessive else { return false }
      if WorldKnowledge.shared.companies.contains(
        nameKey(paragraph.tokens[index - 1].text + " and " + paragraph.tokens[index + 1].stem))
      {
        return true
      }
      var end = index + 1
      while end < min(paragraph.tokens.count, index + 4) && paragraph.tokens[end].isCapitalized
        && !paragraph.tokens[end].isPossessive
      { end += 1 }
      if end > index + 1, paragraph.tokens[end - 1].classes.contains(.organisationWord) {
        return true
      }
      // (or before a lower-case organisation word, the two names one modifier after a preposition and "the": "a
      // member of the Search and Rescue team", "a spokesman for the Fish and Wildlife service")
      if end > index + 1, end < paragraph.tokens.count, !paragraph.tokens[end].isCapitalized,
        paragraph.tokens[end].classes.contains(.organisationWord), index >= 3,
        paragraph.tokens[index - 2].lower == "the", paragraph.tokens[index - 3].classes.contains(.preposition)
      {
        return true
      }
    }
    guard word == "on" || word == "for", index > 0, paragraph.tokens[index - 1].isCapitalized else { return false }
    return paragraph.tokens[index - 1].classes.contains(.organisationWord)
      || (word == "for" && isCommonHeadOfBody(paragraph, index - 1))
  }

  /// Whether the capitalised word at `index`, before "for" and another capitalised word, heads a body's
  /// name: a common word that is no name ("Transport for London", "Centers for Disease Control", "Americans
  /// for Prosperity"), not a person ("thanked Putin for Russia's help").
  static func isCommonHeadOfBody(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard index + 2 < paragraph.tokens.count, paragraph.tokens[index + 2].isCapitalized,
      paragraph.tokens[index + 2].kind == .word, !paragraph.tokens[index].isPossessive,
      paragraph.tokens[index].classes.isDisjoint(with: [.clauseWord, .determiner, .sentenceOpener, .preposition])
    else { return false }
    // (the word lists' keys of plain English words are their lower case)
    let key = paragraph.tokens[index].lower
    let world = WorldKnowledge.shared
    return world.isCommonWord(key, within: 20_000) && !NameTyper.isGivenName(key)
      && (!world.surnames.contains(key) || world.isCommonWord(key, within: 3_000))
  }

  /// The word that joins the name starting at `start` to a name before it ("of", or "of the": "Commissioner
  /// Frank Oakes of the Vermont Department"), if one does, not before `lower`.
  static func joiningWord(_ paragraph: ParagraphText, before start: Int, from lower: Int) -> Int? {
    let index = start - 1
    guard index > lower else { return nil }
    if joinsNames(paragraph, index) { return index }
    if paragraph.tokens[index].lower == "the", index - 1 > lower, paragraph.tokens[index - 1].lower == "of" {
      return index - 1
    }
    // (a word in lower case that describes the body may stand after "the": "of the nonpartisan Cook Political
    // Report", "of the state Department of Health")
    // (the token's fields are read in place, "the" first: copying a token copies its two strings)
    if index - 2 > lower, paragraph.tokens[index - 1].scalar == "t", paragraph.tokens[index - 2].scalar == "o",
      paragraph.tokens[index - 1].lower == "the", paragraph.tokens[index - 2].lower == "of",
      paragraph.tokens[index].kind == .word, !paragraph.tokens[index].isCapitalized,
      paragraph.tokens[index].quote == nil, paragraph.cues[index] == nil,
      paragraph.tokens[index].classes.isDisjoint(with: [.clauseWord, .preposition]),
      // (after a name: not "Most of the vulnerable Senate Republicans")
      index - 3 >= lower, paragraph.tokens[index - 3].isCapitalized,
      !paragraph.tokens[index - 3].classes.contains(.notName)
    {
      return index - 2
    }
    return nil
  }

  /// A person's name, then the body they work for in lower-case words: "Irene Cobb of the Lower
  /// Brule tribal water resources office", "Ana Ruiz at the county health department". The body
  /// ends with an organisation word, or names its kind before its name; its words are the role.
  static func personWithAffiliation(_ paragraph: ParagraphText, _ range: Range<Int>) -> SpeakerPhrase? {
    let last = paragraph.tokens[range.upperBound - 1]
    guard range.count >= 4, last.kind == .word,
      let preposition = range.first(where: { ["of", "at", "from"].contains(paragraph.tokens[$0].lower) }),
      // a body in lower case, or a kind of body before its name: "… of national patient group Safer
      // Wards Now" (capitalised names joined by "of" are read by namesJoinedByOf)
      // (or a body's word in lower case before the name of its place: "of the police of the Northern
      // Highlands Region")
      last.isCapitalized
        ? ((preposition + 1)..<range.upperBound).contains(where: {
          !paragraph.tokens[$0].isCapitalized
            && (Lexicon.organisationKinds.contains(paragraph.tokens[$0].lower)
              || paragraph.tokens[$0].classes.contains(.organisationWord))
        })
        : last.classes.contains(.organisationWord),
      preposition >= range.lowerBound + 1, range.upperBound - preposition <= 10,
      ((preposition + 1)..<range.upperBound).allSatisfy({ index in
        let token = paragraph.tokens[index]
        return token.quote == nil && paragraph.cues[index] == nil && !token.classes.contains(.clauseWord)
          && (token.kind == .word || token.scalar == "-" || token.scalar == "’" || token.scalar == "'")
      }),
      let person = parse(paragraph, range.lowerBound..<preposition), person.kind == .person,
      EntityRegistry.canonical(person.name).wordCount >= 2 || NameTyper.isTitled(person)
    else { return nil }
    return affiliated(person, paragraph, preposition, range)
  }

  /// `person`, of the words before `preposition` in `range`, with the body after it added to the role and the
  /// whole of `range` as its words.
  private static func affiliated(
    _ person: SpeakerPhrase, _ paragraph: ParagraphText, _ preposition: Int, _ range: Range<Int>
  ) -> SpeakerPhrase {
    var person = person
    let affiliation = paragraph.text(tokens: preposition..<range.upperBound)
    person.role = [person.role, affiliation].compactMap { $0 }.joined(separator: " ")
    person.tokens = range
    person.text = paragraph.text(tokens: range)
    return person
  }

  /// A person's name, "at" and the capitalised name of the body they work at, to the phrase's end: "Dr. Ellen
  /// Kerr at Saint Joseph" is Ellen Kerr, not a Joseph; the body is the role.
  static func personAtBody(_ paragraph: ParagraphText, _ range: Range<Int>) -> SpeakerPhrase? {
    // (the last word's capital and each word's first letter are told before any text is compared)
    guard range.count >= 4, paragraph.tokens[range.upperBound - 1].isCapitalized,
      let at = range.dropFirst(2).first(where: {
        paragraph.tokens[$0].scalar == "a" && paragraph.tokens[$0].lower == "at"
      })
    else { return nil }
    var body = at + 1
    if body < range.upperBound && paragraph.tokens[body].lower == "the" { body += 1 }
    guard body < range.upperBound, paragraph.tokens[body].isCapitalized,
      (body..<range.upperBound).allSatisfy({ index in
        // (with the words inside a body's name: "the Bank of England", "Centers for Disease Control")
        isNameToken(paragraph, index) || joinsNames(paragraph, index)
          || (paragraph.tokens[index].lower == "the" && paragraph.tokens[index - 1].lower == "of")
      }),
      let person = parse(paragraph, range.lowerBound..<at), person.kind == .person,
      EntityRegistry.canonical(person.name).wordCount >= 2
    else { return nil }
    return affiliated(person, paragraph, at, range)
  }

  /// The first word of a person's full name that ends a capitalised run after a body's or a place's name
  /// glued before it: "Amnesty International Wai-lun Cheng", "the United Nations Karen Hale", "The Rural
  /// Water Rights Fund's Marta De Ríos". The body follows a role ("director of") or is a possessor;
  /// a listed company's name is one name.
  static func personAfterBody(_ paragraph: ParagraphText, _ run: Range<Int>) -> Int? {
    // (the shape first, which costs nothing to read: a possessor inside, or a role's preposition before)
    guard run.count >= 3 else { return nil }
    let affiliated = isAffiliated(paragraph, run)
    guard affiliated || paragraph.tokens[run].contains(where: \.isPossessive)
      || run.contains(where: { isPluralPossessive(paragraph, $0) })
    else { return nil }
    let world = WorldKnowledge.shared
    for first in max(run.lowerBound + 1, run.upperBound - 4)...(run.upperBound - 2) {
      let token = paragraph.tokens[first]
      guard token.kind == .word else { continue }
      let key = wordKey(paragraph, first)
      let hyphenated = paragraph.scalars[token.start..<token.end].contains("-")
      guard NameTyper.isGivenName(key)
          || (hyphenated && (NameTyper.isCompoundGivenName(key) || NameTyper.isHyphenatedGivenName(token.text))),
        (first..<run.upperBound).allSatisfy({ paragraph.tokens[$0].kind == .word }),
        !isTitle(paragraph, first)
      else { continue }
      let body = run.lowerBound..<first
      guard paragraph.tokens[first - 1].isPossessive || isPluralPossessive(paragraph, first - 1)
        || (affiliated && isOrganisation(paragraph, body))
      else { continue }
      let name = paragraph.text(tokens: first..<run.upperBound)
      let fullKey = nameKey(name)
      guard !world.companies.contains(fullKey), !world.outlets.contains(fullKey),
        !isOrganisation(paragraph, first..<run.upperBound),
        NameTyper.typeRemembered(name, titled: false).kind == .person,
        !world.companies.contains(nameKey(paragraph.text(tokens: run)))
      else { continue }
      return first
    }
    return nil
  }

  static let affiliatingPrepositions: WordSet = ["of", "to", "at", "for", "from", "with"]

  /// Whether a preposition of a role's body stands before a capitalised run (and its "the"): "director of
  /// Amnesty …", "Ambassador to the United Nations …".
  static func isAffiliated(_ paragraph: ParagraphText, _ run: Range<Int>) -> Bool {
    var before = run.lowerBound - 1
    if before >= 0, paragraph.tokens[before].classes.contains(.determiner), paragraph.tokens[before].lower == "the" {
      before -= 1
    }
    guard before >= 1, paragraph.tokens[before].classes.contains(.preposition),
      affiliatingPrepositions.contains(paragraph.tokens[before].lower)
    else { return false }
    // after a role, not after a name joined by "of": "Bank of America Merrill Lynch"
    let role = paragraph.tokens[before - 1]
    return role.kind == .word && (!role.isCapitalized || role.classes.contains(.title))
  }

  /// A full name, a comma and the person's office with no comma closing it, before the verb: "Ellen
  /// Kerr, Dean of Tulane School of Nursing called it …".
  static func personThenRole(_ paragraph: ParagraphText, _ range: Range<Int>) -> SpeakerPhrase? {
    guard let comma = range.first(where: { paragraph.tokens[$0].scalar == "," }), comma >= range.lowerBound + 2,
      comma + 1 < range.upperBound, paragraph.tokens[comma + 1].isCapitalized,
      paragraph.tokens[comma + 1].classes.contains(.title),
      !paragraph.tokens[comma + 1].classes.contains(.honorific),
      !((comma + 1)..<range.upperBound).contains(where: {
        paragraph.tokens[$0].kind == .punct && paragraph.tokens[$0].scalar != "." || paragraph.cues[$0] != nil
          || paragraph.tokens[$0].classes.contains(.clauseWord)
      }),
      var person = parse(paragraph, range.lowerBound..<comma), person.kind == .person,
      EntityRegistry.canonical(person.name).wordCount >= 2
    else { return nil }
    person.role = person.role ?? paragraph.text(tokens: (comma + 1)..<range.upperBound)
    person.tokens = range
    person.text = paragraph.text(tokens: range)
    return person
  }

  /// The role that the words before a name give ("longtime Democratic pollster"), without a weekday, a
  /// month, a unit of time or a word that opens a sentence glued before it ("Tuesday Mr Patel", "That day Mr
  /// Ashby", "Whereas Pierce", "Meanwhile Mr Lee"); nil when only determiners and honorifics are left.
  static func roleBeforeName(_ paragraph: ParagraphText, _ range: Range<Int>) -> String? {
    var first = range.lowerBound
    while first < range.upperBound
      && (!paragraph.tokens[first].classes.isDisjoint(with: [.weekday, .month, .timeUnit, .sentenceOpener])
        || (paragraph.tokens[first].isCapitalized && Attributor.subordinators.contains(paragraph.tokens[first].lower)))
    { first += 1 }
    let kept = (first..<range.upperBound).filter { index in
      let token = paragraph.tokens[index]
      return token.kind == .word && !token.classes.contains(.determiner) && !token.classes.contains(.honorific)
    }
    guard let lastKept = kept.last else { return nil }
    // (an honorific just before the name is the name's: "former minister Lord Brennan" is a former minister)
    let end = paragraph.tokens[(lastKept + 1)..<range.upperBound].contains(where: { $0.classes.contains(.honorific) })
      ? lastKept + 1 : range.upperBound
    // (a possessor before the name is the role without its "'s": "Celtic's Tom Hale" is Celtic's)
    let text = paragraph.text(tokens: first..<end)
    return paragraph.tokens[end - 1].isPossessive ? NameTyper.stripPossessive(text) : text
  }

  /// Whether the token at `index` is a title before a name ("President", "Sen.", "Insp"): a title of the
  /// lexicon that is no honorific, or a word that is a title only after another ("Con" after "Det").
  @inline(__always) static func isTitle(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    // (the word classes are the stem's: the lists are read as bits, not searched by string)
    let classes = paragraph.tokens[index].classes
    if classes.contains(.title) {
      // (a word that is a title only before another: "Prime" of "Prime Minister", not of "Amazon Prime Video")
      if Lexicon.titlesBeforeTitle.contains(paragraph.tokens[index].stemLower) {
        return index + 1 < paragraph.tokens.count && paragraph.tokens[index + 1].classes.contains(.title)
      }
      return !classes.contains(.honorific) && !isGivenNameBeforeSurname(paragraph, index)
    }
    guard index > 0, paragraph.tokens[index].kind == .word else { return false }
    return Lexicon.titlesAfterTitle[paragraph.tokens[index].stemLower]?.after.contains(
      paragraph.tokens[index - 1].stemLower) == true
  }

  /// Whether a title word that is also a given name is the given name: spelt out, alone before one last
  /// word that is a surname and no given name, with no capitalised word before it: "Dean Ashby", "Duke
  /// Tolman" (but "Law School Dean Tolman", "Dean Mary Smith", "Prince Harry").
  static func isGivenNameBeforeSurname(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    let tokens = paragraph.tokens
    // (the shape first, which costs nothing to read; the lists after)
    guard index + 1 < tokens.count, tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
      !(index + 2 < tokens.count && tokens[index + 2].kind == .word && tokens[index + 2].isCapitalized),
      !(index > 0 && tokens[index - 1].kind == .word && tokens[index - 1].isCapitalized),
      tokens[index].lower.utf8.count >= 4, NameTyper.isGivenName(tokens[index].stemLower)
    else { return false }
    let surname = wordKey(paragraph, index + 1)
    return WorldKnowledge.shared.surnames.contains(surname) && !NameTyper.isGivenName(surname)
  }

  /// Capitalised names joined by "of", ending at the phrase's end: the person of an organisation
  /// ("Professor Hugh Penn of Drake University School of Law"), an office ("the Secretary of
  /// State"), or one organisation ("the National Association of County Clerks").
  static func namesJoinedByOf(_ paragraph: ParagraphText, _ last: Range<Int>, _ phrase: Range<Int>) -> SpeakerPhrase? {
    var first: Range<Int>? = nil
    var ofIndex = joiningWord(paragraph, before: last.lowerBound, from: phrase.lowerBound)
    // a first name joined to the rest by "and", "on" or "for" is a body's word: "Avon and Somerset Police"
    // is no Avon (the rest may hold a body with "and": "Frank Oakes of the Department of … and …")
    var oneBody = false
    while let join = ofIndex, let previous = nameRun(paragraph, endingAt: join, from: phrase.lowerBound) {
      first = previous
      oneBody = paragraph.tokens[join].lower != "of"
      ofIndex = joiningWord(paragraph, before: previous.lowerBound, from: phrase.lowerBound)
    }
    guard let first else { return nil }
    let text = paragraph.text(tokens: phrase)
    var nameStart = first.lowerBound
    while nameStart < first.upperBound
      && (paragraph.tokens[nameStart].classes.contains(.title) || paragraph.tokens[nameStart].scalar == ".")
    {
      nameStart += 1
    }
    let lastOfFirst = paragraph.tokens[first.upperBound - 1].stemLower
    if Lexicon.titles.contains(lastOfFirst) {
      // an office: "Idaho Secretary of State Dale Ferris", "the Chief Technology Officer of Blue Fern"
      if let name = nameAfterOffice(paragraph, last), var person = parse(paragraph, name..<phrase.upperBound),
        person.kind == .person
      {
        person.role = paragraph.text(tokens: phrase.lowerBound..<name)
        person.tokens = phrase
        person.text = text
        return person
      }
      return SpeakerPhrase(kind: .nominal, text: text, name: text, head: lastOfFirst, tokens: phrase)
    }
    let name = paragraph.text(tokens: nameStart..<first.upperBound)
    if !oneBody, !isOrganisation(paragraph, nameStart..<first.upperBound),
      NameTyper.typeRemembered(name, titled: nameStart > first.lowerBound).kind == .person
    {
      // (an honorific before the name is no part of the role: "Dr. Maria Holt of the University of New
      // Mexico" is "of the University of New Mexico", not "Dr. of …")
      let before = roleBeforeName(paragraph, phrase.lowerBound..<nameStart) == nil ? nameStart : phrase.lowerBound
      let role = [before..<nameStart, first.upperBound..<phrase.upperBound].filter { !$0.isEmpty }.map {
        paragraph.text(tokens: $0)
      }.joined(separator: " ")
      return SpeakerPhrase(kind: .person, text: text, name: name, role: role, tokens: phrase)
    }
    // a body's name, then a title and a person's name: "Court of Appeal Justice Anne Turner"
    if let title = (last.lowerBound..<(last.upperBound - 1)).last(where: { isTitle(paragraph, $0) }),
      title + 2 < phrase.upperBound,
      var person = parse(paragraph, (title + 1)..<phrase.upperBound), person.kind == .person,
      EntityRegistry.canonical(person.name).wordCount >= 2
    {
      person.role = paragraph.text(tokens: phrase.lowerBound..<(title + 1))
      person.tokens = phrase
      person.text = text
      return person
    }
    let organisationStart =
      first.lowerBound > phrase.lowerBound && paragraph.tokens[first.lowerBound - 1].lower == "the"
      ? first.lowerBound - 1 : first.lowerBound
    let organisationName = paragraph.text(tokens: organisationStart..<phrase.upperBound)
    return SpeakerPhrase(
      kind: .organisation, text: organisationName, name: organisationName,
      head: paragraph.tokens[phrase.upperBound - 1].stemLower, tokens: phrase)
  }

  /// The person named between the comma at `comma` and the next mark (a comma, or the sentence's end
  /// before `limit`), with `role` as role: "the first selectman, Ben Hale," and "by her son,
  /// Glen Van Doren." Nil when the words there are not a name that types as a person's.
  static func appositiveName(_ paragraph: ParagraphText, after comma: Int, before limit: Int, role: String)
    -> SpeakerPhrase?
  {
    var end = comma + 1
    while end < limit && isNameToken(paragraph, end) { end += 1 }
    guard end > comma + 1, end >= limit - 1 || paragraph.tokens[end].kind == .punct,
      var named = parse(paragraph, (comma + 1)..<end), named.kind == .person,
      NameTyper.typeRemembered(named.name, titled: false).kind == .person
    else { return nil }
    named.role = role
    named.tokens = (comma + 1)..<end
    return named
  }

  /// The name set between commas after a role noun's phrase that ends at `comma`: "The mayor of Leeds,
  /// Zubair Osei, …", "According to the first selectman, Ben Hale, …"; or ending the sentence after an
  /// inverted cue when `closed` is false: "said its chair, Margaret Hollis." The role loses a leading
  /// possessive pronoun ("chair"). Nil when the phrase is no role (a person, a body, a document) or the
  /// name is not closed as asked before `limit`.
  static func nameAfterRole(
    _ paragraph: ParagraphText, _ role: SpeakerPhrase, comma: Int, limit: Int, closed: Bool = true
  ) -> SpeakerPhrase? {
    guard role.kind == .nominal || role.kind == .group,
      Lexicon.roleClasses[role.head] != nil || Lexicon.titles.contains(role.head),
      comma < limit, paragraph.tokens[comma].scalar == ","
    else { return nil }
    let first = role.tokens.lowerBound
    let roleText =
      ["its", "his", "her", "their", "our"].contains(paragraph.tokens[first].lower) && first + 1 < comma
      ? paragraph.text(tokens: (first + 1)..<comma) : role.text
    guard let named = appositiveName(paragraph, after: comma, before: min(comma + 6, limit), role: roleText),
      !closed || (named.tokens.upperBound < limit && paragraph.tokens[named.tokens.upperBound].scalar == ",")
    else { return nil }
    return named
  }

  /// Lower-case words inside the name of an office: "Secretary of State for Health and Social Care".
  static let officeLinks: WordSet = ["of", "for", "and", "the"]

  /// Where the name starts in the capitalised words after a title's "of": at the first given name with a
  /// word after it ("Secretary of Justice Marta Ríos Delgado"), else at the first uncommon word that
  /// starts a person's name ("Mayor of Leeds Zubair Osei"); nil when no name follows the office's place
  /// or body ("Mayor of Leeds", "Officer of Blue Fern").
  static func nameAfterOffice(_ paragraph: ParagraphText, _ words: Range<Int>) -> Int? {
    guard words.count >= 2 else { return nil }
    // never inside a place's name: "Premier of New Brunswick Paul Dorsey" is no "Brunswick Paul Dorsey"
    let inner = ((words.lowerBound + 1)..<(words.upperBound - 1)).filter { index in
      !(max(words.lowerBound, index - 2)..<index).contains { first in
        (index + 1...min(words.upperBound, first + 3)).contains { end in
          WorldKnowledge.shared.places[nameKey(paragraph.text(tokens: first..<end))] != nil
        }
      }
    }
    if let given = inner.first(where: { index in
      paragraph.tokens[index].isCapitalized && NameTyper.isGivenName(nameKey(paragraph.tokens[index].stem))
    }) {
      return given
    }
    // a given name no list knows: the first word, not a common one, from which the words to the end are
    // a person's name ("Mayor of Leeds Zubair Osei"); two or three words after the office's place are
    // titled by it ("Prime Minister of Nepal Ravi Tamang")
    return inner.first { index in
      paragraph.tokens[index].isCapitalized
        && !WorldKnowledge.shared.isCommonWord(nameKey(paragraph.tokens[index].stem), within: 5000)
        && NameTyper.typeRemembered(
          paragraph.text(tokens: index..<words.upperBound), titled: words.upperBound - index <= 3
        ).kind == .person
    }
  }

  /// Whether a capitalised word is a demonym or adjective that can precede a title ("Russian", "Democratic").
  static func isDemonym(_ lower: String) -> Bool {
    var word = lower
    let suffixed = word.withUTF8 { bytes in
      demonymSuffixes.contains { bytes.count >= $0.count && bytes.suffix($0.count).elementsEqual($0) }
    }
    return (suffixed && !notDemonyms.contains(lower)) || demonymWords.contains(lower)
  }

  /// The endings of demonyms and of adjectives that can precede a title, as UTF-8: "-ian", "-ese", "-ic".
  static let demonymSuffixes: [[UInt8]] = ["ian", "ese", "ish", "ist", "can", "ic"].map { Array($0.utf8) }
  /// Words with those endings that are no demonyms: "Public Health England" is a body's name.
  static let notDemonyms: WordSet = ["public", "music", "clinic", "traffic", "magic", "logic", "topic", "critic"]
  /// Demonyms and adjectives before a title that have none of those endings.
  static let demonymWords: WordSet = [
    "former", "us", "u.s.", "french", "dutch", "greek", "thai", "israeli", "iraqi", "pakistani", "saudi", "then",
    "new",
  ]
}
