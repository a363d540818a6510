import SaysoCore

/// The frame before its content: `S V (OBJ) (that|:|,) CONTENT` ("Experts said that …").
extension Attributor {
  /// The person's name between the comma or quote before `comma` (or `floor`) and `comma`, if that is
  /// what it holds.
  static func namedBefore(_ paragraph: ParagraphText, comma: Int, floor: Int) -> SpeakerPhrase? {
    let boundary = phraseBoundary(paragraph, before: comma, floor: floor)
    guard boundary + 1 < comma else { return nil }
    return SpeakerPhraseParser.parse(paragraph, (boundary + 1)..<comma)
  }

  /// The comma or quoted word nearest before `index`, which bounds the phrase that ends there; `floor - 1`
  /// when there is none from `floor` on.
  static func phraseBoundary(_ paragraph: ParagraphText, before index: Int, floor: Int) -> Int {
    // (over a comma in brackets: "The head of the FTU union (Federation of Tram, Ferry and Transit
    // Unions), Sam Boyd, said")
    var depth = 0
    return stride(from: index - 1, through: floor, by: -1).first(where: { position in
      let scalar = paragraph.tokens[position].scalar
      if scalar == ")" { depth += 1 } else if scalar == "(" { depth = max(0, depth - 1) }
      return depth == 0 && (scalar == "," || paragraph.tokens[position].quote != nil)
    }) ?? (floor - 1)
  }

  /// Where the clause starts after a phrase that opens it with a preposition or a subordinator and ends
  /// with a comma (a quote's own comma too: "In an interview with “Sunday Briefing,” Hollis …"), before
  /// `limit` and within 24 words: "In a statement posted to his Facebook page before leaving office, …",
  /// "Since then, …". Nil when no such phrase opens at `start`.
  static func afterFrontedPhrase(_ paragraph: ParagraphText, _ start: Int, limit: Int) -> Int? {
    var opener = paragraph.tokens[start]
    // (after an adverb in "-ly": "Shortly after the announcement, …")
    if start + 1 < limit, SpeakerPhraseParser.isSentenceAdverb(paragraph, start) {
      opener = paragraph.tokens[start + 1]
    }
    guard
      opener.classes.contains(.preposition) || subordinators.contains(opener.lower)
        || Lexicon.leadInPrepositions.contains(opener.lower),
      let comma = (start..<min(limit, start + 24)).first(where: { paragraph.tokens[$0].scalar == "," })
    else { return nil }
    return comma + 1
  }

  /// The end of the subject before a short quote (a title or a term) that closes its appositive with the comma
  /// inside its marks:
  /// "Dan Perl, a host of “The Panel,” said …" reads as "Dan Perl, a host of “The Panel,” said" up to that comma,
  /// whose appositive the quoted title ends (`subjectEnd` itself when there is none).
  static func beforeTitleClosingAppositive(_ paragraph: ParagraphText, _ subjectEnd: Int, floor: Int) -> Int {
    guard subjectEnd - 4 > floor, isClosingMark(paragraph, subjectEnd - 1),
      let quote = paragraph.tokens[subjectEnd - 1].quote
    else { return subjectEnd }
    // (a mark of two apostrophes may be two tokens: "''The Panel,''")
    var mark = subjectEnd - 1
    if mark - 1 > floor, paragraph.tokens[mark - 1].quote == quote, paragraph.tokens[mark - 1].kind == .punct,
      paragraph.tokens[mark - 1].end == paragraph.tokens[mark].start,
      paragraph.tokens[mark - 1].scalar == paragraph.tokens[mark].scalar
    {
      mark -= 1
    }
    guard paragraph.tokens[mark - 1].scalar == "," else { return subjectEnd }
    var open = mark - 1
    while open - 1 > floor, paragraph.tokens[open - 1].quote == quote { open -= 1 }
    guard mark - open <= 10, paragraph.tokens[open - 1].quote == nil,
      (floor..<open).contains(where: { paragraph.tokens[$0].scalar == "," && paragraph.tokens[$0].quote == nil })
    else { return subjectEnd }
    return mark
  }

  /// Whether a word negates the verb after it: "not", "never", "didn't", "won’t".
  static func isNegation(_ token: Token) -> Bool {
    // (most words end in neither "t" nor "r": told by the last byte before any string is compared)
    guard token.kind == .word, let last = token.lower.utf8.last, last == UInt8(ascii: "t") || last == UInt8(ascii: "r")
    else { return false }
    return isNegationWord(token.lower)
  }

  /// Whether a word in lower case is a negation: "not", "never", "didn't", "won’t".
  static func isNegationWord(_ word: some StringProtocol) -> Bool {
    word == "not" || word == "never" || word.hasSuffix("n't") || word.hasSuffix("n’t")
  }

  /// Whether `token` is a participle opening a phrase set between commas: "The mayor, facing a revolt,
  /// said …", "The report, published on Tuesday, found …", "The lawsuit, filed last week, alleges …", "The study,
  /// led by two economists, found …" (not a word in "-eed": "need", "speed").
  static func isParticiple(_ token: Token) -> Bool {
    guard token.kind == .word, !token.isCapitalized else { return false }
    let word = token.lower
    let length = word.utf8.count  // (the suffixes are ASCII: bytes count as letters there)
    if word.hasSuffix("ing") { return length > 5 && !Lexicon.prepositionalParticiples.contains(word) }
    if word.hasSuffix("ed") && length > 4 { return !word.hasSuffix("eed") }
    return length <= 9 && Lexicon.irregularParticiples.contains(word)
  }

  /// Whether `token` is a participle of authorship, after which "by" names a document's author: "released",
  /// "written" (`Lexicon.authorshipParticiples`; its shape is told first, the list is searched by string).
  static func isAuthorshipParticiple(_ token: Token) -> Bool {
    isParticiple(token) && Lexicon.authorshipParticiples.contains(token.lower)
  }

  /// Whether a document opens the words after the cue and a participle of saying follows it within ten words,
  /// with no "that", no quote and no comma between: "posted a message on Facebook saying …".
  static func documentThenParticiple(_ paragraph: ParagraphText, _ cue: Cue, limit: Int) -> Bool {
    var index = cue.end
    guard index + 2 < limit, paragraph.tokens[index].classes.contains(.determiner) else { return false }
    index += 1
    if index + 1 < limit, !paragraph.tokens[index].isListedAsWritten(.documentNoun) { index += 1 }
    guard paragraph.tokens[index].isListedAsWritten(.documentNoun) else { return false }
    for position in (index + 1)..<min(limit, index + 11) {
      let token = paragraph.tokens[position]
      if token.quote != nil || token.lower == "that" || token.scalar == "," { return false }
      if token.lower.hasSuffix("ing"), let participle = paragraph.cues[position], participle.first == position,
        participle.category == .statement
      {
        return true
      }
    }
    return false
  }

  /// Pronouns that can be the subject of a reporting verb without a noun: "who" stands for the person
  /// named before it, "it" for an organisation or a document.
  static let pronounSubjects: [String: SpeakerPhrase.Kind] = ["who": .pronoun, "it": .group]

  /// Words that open a clause or phrase set between commas after a subject: "Exit polls, which …,".
  static let insertOpeners = WordSet(
    [
      "who", "whose", "whom", "which", "in", "at", "on", "with", "after", "during", "like", "including",
      // (a subordinate clause set between the subject's commas: "The mayor, when asked about the budget, said")
      "when", "while", "whilst", "before", "once", "though", "although",
      // (a word for all of a plural subject: "Researchers from Oslo and Bergen, both in Norway, reported …")
      "both", "all", "each",
    ] + companionOpeners.keys)

  /// Words that open an insert naming others with the subject, who is the first named and speaks: "The union,
  /// along with two farmers' groups, said", "The mayor, as well as the council, said" (and an aside: "The mayor,
  /// as expected, said"). The insert is no role of the speaker's either.
  static let companionOpeners: WordSet = ["along", "alongside", "together", "as"]

  /// The common noun phrase that "who" stands for: "Hollis' lawyers, who argued …" speaks for the
  /// lawyers, not for the last person named. Nil when "who" follows a name (the person resolves it).
  static func relativeAntecedent(_ paragraph: ParagraphText, before who: Int, floor: Int) -> SpeakerPhrase? {
    guard paragraph.tokens[who].lower == "who", who - 2 >= floor, paragraph.tokens[who - 1].scalar == ",",
      paragraph.tokens[who - 2].kind == .word, !paragraph.tokens[who - 2].isCapitalized
    else { return nil }
    var start = who - 2
    while start - 1 >= floor, who - 1 - start < 6,
      paragraph.tokens[start - 1].kind == .word || paragraph.tokens[start - 1].kind == .number
        || paragraph.tokens[start - 1].scalar == "’" || paragraph.tokens[start - 1].scalar == "'",
      !paragraph.tokens[start - 1].classes.contains(.clauseWord),
      !paragraph.tokens[start - 1].isListedAsWritten(.preposition),
      !isAccordingTo(paragraph, start - 1, floor: floor)
    {
      start -= 1
    }
    // the phrase must be whole, not an appositive of a name ("Mercer, the … commissioner, who");
    // after a preposition it must name people ("requests from Hollis' lawyers, who"), else "who" is the
    // noun's before it ("one Republican close to the talks, who")
    let afterPreposition =
      start - 1 >= floor
      && (paragraph.tokens[start - 1].isListedAsWritten(.preposition)
        || isAccordingTo(paragraph, start - 1, floor: floor))
    if start - 1 >= floor, paragraph.tokens[start - 1].scalar == "," || paragraph.tokens[start - 1].lower == "and" {
      return nil
    }
    // (or a body a common noun names: "according to police, who said …")
    guard let phrase = SpeakerPhraseParser.parse(paragraph, start..<(who - 1), commonNouns: true),
      phrase.kind == .group || phrase.kind == .nominal || phrase.kind == .organisation
    else { return nil }
    if afterPreposition {
      let head = paragraph.tokens[who - 2]
      guard head.classes.contains(.sourceNoun) || head.classes.contains(.groupNoun)
        || head.classes.contains(.roleNoun)
      else { return nil }
    }
    return phrase
  }

  /// Whether the word at `index` is the "to" of "according to".
  static func isAccordingTo(_ paragraph: ParagraphText, _ index: Int, floor: Int) -> Bool {
    index - 1 >= floor && paragraph.tokens[index].lower == "to" && paragraph.tokens[index - 1].lower == "according"
  }

  /// The noun phrase that a restrictive "who" describes, with no comma between: "Residents" of "Residents
  /// who live nearby said …", "Two nurses" of "Two nurses who treated him said …".
  static func restrictiveAntecedent(_ paragraph: ParagraphText, who: Int, floor: Int) -> SpeakerPhrase? {
    // words of a noun phrase: no clause word but "the", no preposition, no verb or adverb ("Tate rebuked
    // critics who …")
    func belongs(_ token: Token) -> Bool {
      guard token.quote == nil, !objectPronouns.contains(token.lower) else { return false }
      if token.kind == .punct { return token.scalar == "-" || token.scalar == "’" || token.scalar == "'" }
      return (!token.classes.contains(.clauseWord) || token.lower == "the") && !token.classes.contains(.preposition)
        && (token.isCapitalized || !["ed", "ly"].contains(where: { token.lower.hasSuffix($0) }))
    }
    var start = who
    while start - 1 >= floor, who - start < 6, belongs(paragraph.tokens[start - 1]) { start -= 1 }
    // not an appositive of a name: "Walter Beck, the polling expert who founded …"
    if start - 2 >= floor, paragraph.tokens[start - 1].scalar == ",", paragraph.tokens[start - 2].isCapitalized {
      return nil
    }
    // (a verb after "to" before its object's determiner, or after an adverb, is no part of it: "to convince some
    // lawmakers who …", "we really value club members who …")
    if start - 1 >= floor, start + 1 < who,
      (paragraph.tokens[start - 1].lower == "to"
        && (paragraph.tokens[start + 1].classes.contains(.determiner)
          || Lexicon.indefiniteGroups.contains(paragraph.tokens[start + 1].lower)))
        || (paragraph.tokens[start - 1].lower.hasSuffix("ly") && !paragraph.tokens[start - 1].isCapitalized)
    {
      start += 1
    }
    guard start < who else { return nil }
    return SpeakerPhraseParser.parse(paragraph, start..<who, commonNouns: true)
  }

  /// The name that opens the clause before phrases set between commas that describe it, the last of which
  /// ends at `comma`: "Ben Taylor, 31, from Headingley, who saw the attack, said …", "Ann Lee, a professor
  /// at the University of Wisconsin, Madison, said …" (an age, a place, a role, a relative clause or a
  /// participle; up to four). The first phrase that opens with a determiner or a preposition is the role.
  /// Nil unless the words from `floor` to the first comma are a person's name, or, with `commonNouns`, a
  /// noun phrase of people or of a body: "The woman, 34, said …", "His mother, a teacher in Leeds, said …",
  /// "The company, a unit of Halvard Group, said …".
  static func nameBeforeAppositives(
    _ paragraph: ParagraphText, comma: Int, floor: Int, commonNouns: Bool = false
  ) -> SpeakerPhrase? {
    var end = comma
    var after = comma  // the end of the phrase after the one looked at
    var role: Range<Int>? = nil
    var stateFollows = false  // the phrase after the one looked at is a state after a place ("B.C.")
    for _ in 0..<4 {
      let boundary = phraseBoundary(paragraph, before: end, floor: floor)
      guard boundary + 1 < end else { return nil }
      let first = paragraph.tokens[boundary + 1]
      if boundary < floor {
        guard end < comma,
          var named = SpeakerPhraseParser.parse(paragraph, floor..<end).flatMap({ $0.kind == .person ? $0 : nil })
            ?? (commonNouns
              ? nounPhraseBeforeAppositives(paragraph, floor..<end, appositive: (end + 1)..<after) : nil),
          // (a name a preposition governs is no subject: "An article on Monday about Ann Vey, 29, of Salem, Ore.,")
          !(SpeakerPhraseParser.nameRun(paragraph, endingAt: end, from: floor).map {
            $0.lowerBound > floor && paragraph.tokens[$0.lowerBound - 1].isListedAsWritten(.preposition)
          } ?? false)
        else {
          return nil
        }
        if named.kind == .person, named.role == nil, let role { named.role = paragraph.text(tokens: role) }
        return named
      }
      // (a state's abbreviation after a place, told without looking up the gazetteer: "B.C.", "Ore.")
      let isStateAbbreviation =
        boundary >= 1 && paragraph.tokens[boundary - 1].isCapitalized
        && isPlaceAbbreviation(paragraph, (boundary + 1)..<end)
      guard paragraph.tokens[boundary].scalar == ",",
        first.kind == .number || insertOpeners.contains(first.lower) || isParticiple(first)
          || first.classes.contains(.preposition) || first.classes.contains(.determiner)
          || WorldKnowledge.shared.places[nameKey(paragraph.text(tokens: (boundary + 1)..<end))] != nil
          || (end == boundary + 2 && paragraph.tokens[boundary + 1].isPartyLabel)  // ", R-S.C.,"
          || isRegionOfPlace(paragraph, boundary + 1..<end, floor: floor)
          || isStateAbbreviation  // ", of Surrey, B.C.,"
      else { return nil }
      // (a place a preposition opens is where the person is from, no role: ", of Surrey, B.C.,", ", from Leeds,")
      let isPlace =
        first.classes.contains(.preposition) && end - boundary > 2
        && (stateFollows || isPlaceAfterPreposition(paragraph, (boundary + 2)..<end, floor: boundary + 1))
      if first.classes.contains(.determiner) || first.classes.contains(.preposition),
        !relativePronouns.contains(first.lower), !isPlace
      {
        role = (boundary + 1)..<end
      }
      stateFollows = isStateAbbreviation
      after = end
      end = boundary
    }
    return nil
  }

  /// The noun phrase of people or of a body that opens a clause before its appositives, as a subject:
  /// "The woman" of "The woman, 34, said", "His mother" of "His mother, a teacher, said"; the body's name
  /// when the first appositive gives it to a noun of its kind ("The militant group, the Army of the North,
  /// said").
  private static func nounPhraseBeforeAppositives(
    _ paragraph: ParagraphText, _ range: Range<Int>, appositive: Range<Int>
  ) -> SpeakerPhrase? {
    guard let phrase = SpeakerPhraseParser.parse(paragraph, range, commonNouns: true),
      phrase.kind == .nominal || phrase.kind == .group
    else { return nil }
    if isNounOfBody(paragraph.tokens[range.upperBound - 1]), var body = bodyNamed(paragraph, appositive) {
      body.tokens = range.lowerBound..<appositive.upperBound  // (the clause's subject opens with the noun)
      return body
    }
    return phrase
  }

  /// Whether a noun names a kind of body, which an appositive may name: "the union", "the militant group".
  static func isNounOfBody(_ token: Token) -> Bool {
    token.classes.contains(.organisationWord) || Lexicon.organisationKinds.contains(token.stemLower)
  }

  /// The organisation an appositive names, "the" and a name whose words are capitalised or join them ("of",
  /// "and", "the", "for"): "the Harbour Workers Guild", "the Army of the North and the Coast"; nil for a
  /// noun phrase ("the largest employer in Marle") or a place.
  static func bodyNamed(_ paragraph: ParagraphText, _ appositive: Range<Int>) -> SpeakerPhrase? {
    guard appositive.count >= 2, paragraph.tokens[appositive.lowerBound].lower == "the",
      isNameOfNoun(paragraph, appositive, joined: true)
    else { return nil }
    let parsed = SpeakerPhraseParser.parse(paragraph, appositive)
    if let parsed, parsed.kind == .organisation { return parsed }
    // (no person's name: "the Reverend Ann Vey")
    guard parsed?.kind != .person else { return nil }
    let first = appositive.lowerBound + 1
    let name = paragraph.text(tokens: first..<appositive.upperBound)
    return SpeakerPhrase(
      kind: .organisation, text: name, name: name, head: paragraph.tokens[appositive.upperBound - 1].lower,
      tokens: first..<appositive.upperBound)
  }


  /// Whether the cue is an -ing participle right after the clause's subject, a noun phrase, with a preposition
  /// after it (or a source's participle: "citing", "quoting") and a verb of saying in the past or "says" within
  /// twelve words, no mark between: "An official writing to the board said …", "Newspapers citing senior aides have
  /// said …".
  static func participleOfSubject(_ paragraph: ParagraphText, _ cue: Cue, _ contentStart: Int, limit: Int) -> Bool {
    guard paragraph.tokens[cue.first].lower.hasSuffix("ing"), cue.first > contentStart, cue.end < limit,
      paragraph.tokens[cue.end].isListedAsWritten(.preposition) || cue.lemma == "cite" || cue.lemma == "quote",
      isNounPhraseBeforeParticiple(paragraph, contentStart..<cue.first)
    else { return false }
    var index = cue.end
    while index < min(limit, cue.end + 12) {
      let token = paragraph.tokens[index]
      if token.quote != nil || (token.kind == .punct && token.scalar != "." && token.scalar != "-") { return false }
      if let verb = paragraph.cues[index], verb.first == index {
        return !token.lower.hasSuffix("ing")
      }
      index += 1
    }
    return false
  }

  /// Prepositions that open a time or a place after a verb of saying, no content.
  static let timeOrPlacePrepositions: WordSet = ["on", "in", "at", "after", "before", "during", "since", "until"]

  /// The words that open what a passive verb of saying reports: "was told that …", "was asked whether …",
  /// "was quoted as saying …", "was criticized for …".
  static let passiveContentOpeners: WordSet = [
    "that", "whether", "if", "to", "as", "about", "for", "of", "over", "with", "how", "what", "why", "when",
    "where", "who", "which", "not", "from", "just",
  ]

  /// `S V (OBJ) (that|:|,) CONTENT` with the subject at the start of the clause.
  /// - Parameter cuesFrom: the first token a verb may stand at, when it is after words another frame took (the
  ///   main verb after a relative clause, "Lowe, who said …, said …").
  static func preFrame(
    _ paragraph: ParagraphText, _ sentence: Range<Int>, _ contentStart: Int, _ sentenceIndex: Int, cuesFrom: Int = 0
  ) -> Attribution? {
    var cuePosition = max(contentStart + 1, cuesFrom)
    while cuePosition < sentence.upperBound {
      defer { cuePosition += 1 }
      guard var cue = CueFinder.cue(paragraph, at: cuePosition), !CueLexicon.onlyAfterContent.contains(cue.lemma) else {
        continue
      }
      // a participle's phrase after the subject describes it, and the verb after it reports: "An official
      // writing to the board said …"
      if participleOfSubject(paragraph, cue, contentStart, limit: sentence.upperBound) { continue }
      // a document as the object, then a participle of saying: the participle frames the words ("posted a
      // statement on Monday announcing she had resigned")
      if documentThenParticiple(paragraph, cue, limit: sentence.upperBound) { continue }
      // a gerund after "by" and a verb in the past has the clause's subject, before that verb: "Members of
      // the State Senate protested by chanting “sit down!”"
      let byGerund =
        cue.first - 2 > contentStart && paragraph.tokens[cue.first - 1].lower == "by"
        && paragraph.tokens[cue.first].lower.hasSuffix("ing") && paragraph.tokens[cue.first - 2].lower.hasSuffix("ed")
        && !paragraph.tokens[cue.first - 2].isCapitalized
        // (the past verb is the clause's own, not an infinitive's participle: "tried to have him released by
        // saying …")
        && !(contentStart..<(cue.first - 2)).contains(where: {
          paragraph.tokens[$0].lower == "to" || Lexicon.auxiliariesAndBe.contains(paragraph.tokens[$0].lower)
        })
      // a document's participle speaks for the one who issued it, the subject of that verb: "Moss issued a
      // statement saying …", "Dale Ferris, the committee's finance director, released a statement confirming …"
      let issuer = byGerund ? nil : issuingVerb(paragraph, participle: cue.first, floor: contentStart)
      var subjectEnd = skipModifiersLeft(
        paragraph, byGerund ? cue.first - 2 : issuer ?? cue.first, floor: contentStart)
      // (a comma between a name's label in brackets and the verb is a slip: "Gov. Mark Tellman (R-Wyo.), said")
      if subjectEnd - 4 > contentStart, paragraph.tokens[subjectEnd - 1].scalar == ",",
        paragraph.tokens[subjectEnd - 2].scalar == ")",
        let open = stride(from: subjectEnd - 3, through: max(contentStart + 1, subjectEnd - 8), by: -1).first(where: {
          paragraph.tokens[$0].scalar == "("
        }),
        paragraph.tokens[open - 1].isCapitalized, paragraph.tokens[open - 1].kind == .word,
        ((open + 1)..<(subjectEnd - 2)).allSatisfy({
          paragraph.tokens[$0].kind != .word || paragraph.tokens[$0].isCapitalized
        }),
        // (a name alone before the brackets, no appositive's end: "Filippo Grandi, the UN High Commissioner for
        // Refugees (UNHCR), reacted")
        case let nameStart =
          ((contentStart..<open).last(where: { paragraph.tokens[$0].scalar == "," }) ?? contentStart - 1) + 1,
        nameStart < open, (nameStart..<open).allSatisfy({
          paragraph.tokens[$0].kind == .word && paragraph.tokens[$0].isCapitalized
            && !paragraph.tokens[$0].classes.contains(.determiner) || paragraph.tokens[$0].scalar == "."
        })
      {
        subjectEnd -= 1
      }
      subjectEnd = beforeTitleClosingAppositive(paragraph, subjectEnd, floor: contentStart)
      guard subjectEnd > contentStart else { continue }
      // (a verb denied shows its negation in its cue, which the claim keeps: "would not confirm")
      if let negation = negationBefore(paragraph, cue, floor: subjectEnd) { cue.text = negation + cue.text }
      // a passive names the one spoken of or to, not the speaker: "Marisol was expected to pass", "he
      // was told that …"; the claim stands with no speaker ("was saying" is no passive, "was asked" a
      // question, "is worried" a feeling)
      let passive =
        !paragraph.tokens[cue.first].lower.hasSuffix("ing") && cue.lemma != "ask" && cue.lemma != "worry"
        && (subjectEnd..<cue.first).contains(where: { Lexicon.formsOfBeAndNegations.contains(paragraph.tokens[$0].lower) })
      // what a thing "is called" is its name, no one's words: "The film, released in early March, is
      // called Long Shadows …"; who "was sworn in" or "to secrecy" says nothing (`CueLexicon.activeOnly`)
      if passive && CueLexicon.activeOnly.contains(cue.lemma) { continue }
      // (nor one who "was cited for" speeding: a summons, not words; "was criticised for …" tells what of)
      if passive && cue.lemma == "cite" && cue.end < sentence.upperBound && paragraph.tokens[cue.end].lower == "for" {
        continue
      }
      var region = subjectRegion(paragraph, subjectEnd: subjectEnd, contentStart: contentStart)
      // a passive with its agent: the agent speaks and the subject is what it said ("Her death was
      // confirmed by her son, Glen Van Doren"; "The death of … was announced on Monday by the
      // University of Toronto")
      // (not a verb of blame, whose subject is its target: "The raid was condemned by …"; nor one whose object is
      // the one spoken to: "Residents were told by the council to …")
      if passive, cue.category != .warning, !CueLexicon.takingAddressee.contains(cue.lemma), !region.isEmpty,
        region.lowerBound == contentStart
          || (region.lowerBound == contentStart + 1
            && ["his", "her", "its", "their"].contains(paragraph.tokens[contentStart].lower)),
        let agent = passiveAgent(paragraph, after: cue.end, sentence.upperBound)
      {
        return Attribution(
          paragraph: paragraph.index, start: paragraph.tokens[contentStart].start,
          end: contentEnd(paragraph, region.upperBound - 1, floor: contentStart), cue: cue.text,
          lemma: cue.lemma, category: cue.category, speaker: agent, sentence: sentenceIndex, frameAfter: true)
      }
      // (the one spoken to was told by the agent what follows: "Residents were told by the council to boil their
      // water", "… were told by police that …"; one urged or advised is a proposal's, `ProposalDetector`)
      if passive, CueLexicon.takingAddressee.contains(cue.lemma), cue.category != .proposal,
        let agent = passiveAgent(paragraph, after: cue.end, sentence.upperBound),
        case let first = agent.tokens.upperBound, first + 1 < sentence.upperBound,
        paragraph.tokens[first].quote == nil,
        paragraph.tokens[first].lower == "that"
          || (paragraph.tokens[first].lower == "to" && ProposalDetector.opensInfinitive(paragraph.tokens[first + 1]))
      {
        return Attribution(
          paragraph: paragraph.index, start: paragraph.tokens[first].start,
          end: contentEnd(paragraph, trimmedTail(paragraph, first, sentence.upperBound - 1), floor: first),
          cue: cue.text, lemma: cue.lemma, category: cue.category, speaker: agent, sentence: sentenceIndex)
      }
      // (a weak verb in the passive after "it" reports as a strong one: "it was reported that …", with no speaker)
      let expletive = passive && paragraph.tokens[subjectEnd - 1].lower == "it"
      // (and so does one before an infinitive, whose subject is what is said of, no speaker: "The gunman is reported
      // to have fled", "The mill is expected to close")
      let raising = passive && cue.end + 1 < sentence.upperBound && paragraph.tokens[cue.end].lower == "to"
        && opensInfinitive(paragraph.tokens[cue.end + 1])
      let strong = (!CueLexicon.weak.contains(cue.lemma) || expletive || raising) && cue.category != .proposal
      guard
        let found = findSubject(
          paragraph, verb: cue.first, subjectEnd: subjectEnd, walked: region, sentence: sentence,
          contentStart: contentStart, strong: strong)
      else { continue }
      // (the one a source quoted speaks: "The BBC quoted Pol Verdi as saying …")
      let subject = quotedAsSaying(paragraph, participle: cue.first, floor: contentStart) ?? found.phrase
      region = found.region
      let inRelativeClause = region.count == 1 && paragraph.tokens[region.lowerBound].lower == "who"
      // (a relative clause between commas or dashes adds to its antecedent; one with neither picks it out)
      let restrictive =
        inRelativeClause && region.lowerBound > 0 && paragraph.tokens[region.lowerBound - 1].scalar != ","
        && !isDash(paragraph.tokens[region.lowerBound - 1].scalar)
      // (a relative clause inside a quote is the quoted speaker's words: "“… some generals who are beating …”")
      if inRelativeClause && paragraph.tokens[region.lowerBound].quote != nil { continue }
      // content after the cue
      guard let (contentFirst, explicit) = contentAfterCue(paragraph, cue, sentence.upperBound),
        // (what a conjunction opens after the frame is a clause of the writer's: "…, a spokesman said on
        // Tuesday, and it has used it three times")
        !clauseCoordinators.contains(paragraph.tokens[contentFirst].lower)
      else { continue }
      // a weak verb with no "that" takes no document or thing as its nominal subject: "A letter posted online by …"
      // (but "The senator thinks the plan is bad", "The campaign criticized …"; nor before a clause with a
      // subject and a finite verb: "The study reported the lizards were breeding normally")
      if !strong, !explicit, subject.kind == .nominal,
        SpeakerPhraseParser.documentNouns.contains(subject.head) || evidenceNouns.contains(subject.head)
          || ProposalDetector.inanimate.contains(subject.head),
        !opensIndicativeClauseWithNoThat(paragraph, at: contentFirst, limit: sentence.upperBound),
        // (a bare plural or a count may open that clause: "The survey suggested prices had risen")
        !opensBarePluralClause(paragraph, at: contentFirst, limit: sentence.upperBound, strict: true)
      {
        continue
      }
      if cue.category == .proposal { continue }
      // a restrictive relative clause describes its antecedent with a passive ("people who had been charged with
      // fraud"), and with a belief that takes no clause ("the woman who considered running against him")
      if restrictive, case let first = paragraph.tokens[contentFirst],
        passive
          || (cue.category == .belief && first.quote == nil && first.lower != "that"
            && !opensIndicativeClauseWithNoThat(paragraph, at: contentFirst, limit: sentence.upperBound))
      {
        continue
      }
      // a passive whose words go on with a time or a place tells when or where, not what was said: "is observed
      // on June 5", "are not reported in Basra", "was recalled after a similar crash" (but "was criticized
      // for …", "was asked about …" are, in news, reports of what was said)
      // (nor does its agent: "was condemned by leaders of the union")
      // (the preposition of a topic is left out of the content: "was confirmed on the moon")
      if passive, case let opener = contentFirst == cue.end + 1 ? cue.end : contentFirst,
        Self.timeOrPlacePrepositions.contains(paragraph.tokens[opener].lower)
          || paragraph.tokens[opener].lower == "by"
      {
        continue
      }
      // (nor a passive whose time or place ends at a comma before words that are no clause of it: "was announced
      // in May, just weeks after …")
      if passive, Self.timeOrPlacePrepositions.contains(paragraph.tokens[cue.end].lower), contentFirst > cue.end + 1,
        paragraph.tokens[contentFirst - 1].scalar == ",", paragraph.tokens[contentFirst].quote == nil,
        paragraph.tokens[contentFirst].lower != "that"
      {
        continue
      }
      // a verb of saying with no object in a clause that opens with a subordinator: the clause ends at its comma,
      // and what follows is the main clause, not what was said ("When the deal was announced, shares rose",
      // "Once I agreed, she left"; but "As the report noted, prices rose" and "When he said, “…”" report)
      // (the verb in the clause itself: not "If these results hold up, researchers say, controlling …")
      if subordinators.contains(paragraph.tokens[contentStart].lower), cue.end < sentence.upperBound,
        !(contentStart..<cue.first).contains(where: { paragraph.tokens[$0].scalar == "," }),
        paragraph.tokens[cue.end].scalar == ",", paragraph.tokens[cue.end].quote == nil,
        contentFirst == cue.end + 1, paragraph.tokens[contentFirst].quote == nil
      {
        continue
      }
      // a passive followed by a bare predicate states a fact, with no words reported after it: "39 are confirmed
      // dead", "he was reported missing"
      // (an adverb may stand before what is reported: "was told just before the vote that …"; a verb opens a
      // clause whose "that" and subject are left out: "had been assured was safe")
      if passive, contentFirst == cue.end, case let first = paragraph.tokens[contentFirst], first.quote == nil,
        first.kind == .word, !first.isCapitalized, first.classes.isDisjoint(with: [.determiner, .objectWord]),
        !subjectPronouns.contains(first.lower), !Self.passiveContentOpeners.contains(first.lower),
        !first.lower.hasSuffix("ly"), !finiteVerbs.contains(first.lower)
      {
        continue
      }
      // "suggested that the plan failed", "suggested the plan would fail" and "suggested, “there was a lake …”"
      // report, as "suggested the city should build a bridge" does (and proposes); "suggested a meeting" or
      // "… that they meet" only proposes; "observed that …" reports, "observed the system in 1999" watched
      // (what a poll or a report indicates may be a noun phrase: "The figures indicated a rise")
      let evidenceSource = cue.category == .evidence && isEvidenceSource(subject)
      let clauseOnly = CueLexicon.clauseOnly.contains(cue.lemma)
      // (nor does a frame set between commas, whose words stand around it: "…, perhaps due, the union's head
      // indicated, to the cuts")
      if clauseOnly, !evidenceSource,
        !(paragraph.tokens[cue.end].scalar == "," && region.lowerBound > contentStart
          && paragraph.tokens[region.lowerBound - 1].scalar == ","),
        !opensReportedClause(paragraph, contentFirst, limit: sentence.upperBound)
      {
        continue
      }
      // (nor what such a verb was about or against: "ruled against the plan", "observed on Monday")
      if clauseOnly, contentFirst > cue.end, topicPrepositions.contains(paragraph.tokens[contentFirst - 1].lower) {
        continue
      }
      // "Polls showed that …": evidence verbs report what a poll, study or document says; one that takes only a
      // clause reports what a person or a body says too ("The mayor indicated he would run", "He indicated …")
      // (and what people found or showed, told by the clause after the verb, with no "that": "The researchers
      // found the beetles survived longer", "they found there could be water"; not "found the body", "showed a
      // rise", "found a knife, which …")
      if cue.category == .evidence,
        !(evidenceSource || (explicit && subject.kind != .pronoun)
          || ((clauseOnly || opensPlainClause(paragraph, at: contentFirst, limit: sentence.upperBound))
            && (subject.kind != .pronoun || speakingPronouns.contains(subject.text.lowercasedQuickly()))))
      {
        continue
      }
      var lastToken = sentence.upperBound - 1
      // a verb of saying in the subordinate clause that opens the sentence: its content ends with the clause
      // ("As Reyes criticised the plan, the crowd cheered": an "as" that frames is read before)
      let opensWithAs = paragraph.tokens[contentStart].lower == "as"
      let commaBeforeCue = (contentStart..<cue.first).contains(where: { paragraph.tokens[$0].scalar == "," })
      // (and one inside the sentence ends at its comma too: "Days after Lund announced that …, Navy ships …")
      // (or one that opens the sentence: "After the mayor said that …, residents …")
      let innerClause =
        region.lowerBound > contentStart
        && (opensInnerClause(paragraph, region.lowerBound - 1, contentStart)
          || opensSentenceClause(paragraph, region.lowerBound - 1, contentStart))
      // (such a clause tells what was said only with a clause or a quote, before its comma: not "after his
      // lawyers posted bond", "After Lund criticised the council at a debate, Reed left")
      if innerClause, case let first = paragraph.tokens[contentFirst], first.quote == nil,
        first.lower != "that",
        !opensIndicativeClauseWithNoThat(
          paragraph, at: contentFirst,
          limit: (contentFirst..<sentence.upperBound).first(where: {
            paragraph.tokens[$0].scalar == "," && paragraph.tokens[$0].quote == nil
          }) ?? sentence.upperBound)
      {
        continue
      }
      if subordinators.contains(paragraph.tokens[contentStart].lower) || opensWithAs || innerClause,
        opensWithAs ? !commaBeforeCue : region.lowerBound > contentStart || !commaBeforeCue,
        let comma = (contentFirst..<sentence.upperBound).first(where: {
          paragraph.tokens[$0].scalar == "," && paragraph.tokens[$0].quote == nil
            || (isClosingMark(paragraph, $0) && commaBefore(paragraph, $0)
              && ($0 + 1 == paragraph.tokens.count || !["and", "or"].contains(paragraph.tokens[$0 + 1].lower)))
        })
      {
        // (a comma inside the closing quote mark ends it too: "… said he would “protect them,” the crowd …";
        // not before "and": "Although he says he “admires Canada,” and “people in Canada admire me,” he …")
        lastToken = paragraph.tokens[comma].scalar == "," ? comma - 1 : comma
      }
      // a relative clause set between commas ends at its closing comma, before the main clause's verb:
      // "Lowe, who said she usually votes Republican, said one candidate she likes …" (so does one whose own
      // subject reports: "The fires, which state media said were contained, burned for days")
      let reportingRelative =
        region.lowerBound >= 2 && paragraph.tokens[region.lowerBound - 2].scalar == ","
        && ["which", "who", "whom"].contains(paragraph.tokens[region.lowerBound - 1].lower)
      // (the mark that closes it is the one that opened it: a comma, or a dash, "Trump - who said he would … -
      // said at a rally …")
      let opening = region.lowerBound - (reportingRelative ? 2 : 1)
      let openedWithDash = (inRelativeClause || reportingRelative) && opening >= 0
        && isDash(paragraph.tokens[opening].scalar)
      // (a verb in the present after a singular antecedent too: "The treaty, which officials said would be
      // signed next week, covers fishing rights")
      let singularAntecedent =
        reportingRelative && region.lowerBound >= 3 && paragraph.tokens[region.lowerBound - 3].kind == .word
        && !paragraph.tokens[region.lowerBound - 3].lower.hasSuffix("s")
      if inRelativeClause && !restrictive || reportingRelative,
        let comma = (contentFirst..<lastToken).first(where: {
          (openedWithDash ? isDash(paragraph.tokens[$0].scalar) : paragraph.tokens[$0].scalar == ",")
            && paragraph.tokens[$0].quote == nil
            && (opensMainPredicate(paragraph.tokens[$0 + 1])
              || (singularAntecedent && isPresentVerbForm(paragraph, $0 + 1, limit: lastToken + 1)))
        })
      {
        lastToken = comma - 1
      }
      // (and one in a phrase that opens the sentence at the phrase's comma: "Among voters who said they worried
      // most about jobs, most backed Crane")
      if restrictive, Lexicon.prepositions.contains(paragraph.tokens[contentStart].lower),
        let comma = (contentFirst..<lastToken).first(where: {
          paragraph.tokens[$0].scalar == "," && paragraph.tokens[$0].quote == nil
        })
      {
        lastToken = comma - 1
      }
      lastToken = trimmedTail(paragraph, contentFirst, lastToken)
      // a participle set between commas after the subject is an aside; the clause's own verb after its closing
      // comma frames the sentence: "Reuters, citing anonymous sources, reported …"
      if paragraph.tokens[cue.first].lower.hasSuffix("ing"), cue.first > contentStart,
        paragraph.tokens[cue.first - 1].scalar == ",",
        (contentFirst..<lastToken).contains(where: {
          paragraph.tokens[$0].scalar == "," && paragraph.tokens[$0].quote == nil
            && paragraph.cues[$0 + 1] != nil && opensMainPredicate(paragraph.tokens[$0 + 1])
        })
      {
        continue
      }
      // "a statement announcing the endorsement, the union called …": a participle's words end at its comma
      // (not when a verb put the document out, whose object the participle ends: "The hospital issued a
      // statement saying Vey was given zinc, iron and aspirin"; nor at a relative clause after a form of "be",
      // whose verb is the clause's own: "Reed is praising Tom Hale, who ended his bid, as “a decent man”")
      if paragraph.tokens[cue.first].lower.hasSuffix("ing") && subject.kind != .pronoun && !region.isEmpty,
        issuingVerb(paragraph, participle: cue.first, floor: contentStart) == nil,
        // (nor at a list's comma, whose items go on to "and" or "or": "reporting 40 soldiers, 12 civilians and dozens
        // of rebels killed"; the comma after the list ends them)
        let comma = (contentFirst..<lastToken).first(where: {
          paragraph.tokens[$0].scalar == "," && paragraph.tokens[$0].quote == nil
            && !isCommaOfList(paragraph, $0, lastToken)
        }),
        !(Lexicon.formsOfBe.contains(paragraph.tokens[cue.first - 1].lower)
          && relativePronouns.contains(paragraph.tokens[comma + 1].lower))
      {
        lastToken = comma - 1
      }
      // two words at least, the sentence's closing mark not counted ("condemned the attack." and "condemned the
      // attack and called for calm" alike); two tokens in a relative clause: "which officials said was safe"
      var lastWord = lastToken
      while lastWord > contentFirst, paragraph.tokens[lastWord].kind == .punct, paragraph.tokens[lastWord].quote == nil {
        lastWord -= 1
      }
      guard reportingRelative ? lastToken >= contentFirst + 1 : lastWord >= contentFirst + 1 else { continue }
      // (two words that a preposition of manner, company, place or time opens tell how, with whom, where or when,
      // not what: "responded with vitriol", "agree with him", "in 1992"; "warned of delays", "hinted at changes"
      // give the topic)
      if !reportingRelative, lastWord == contentFirst + 1, paragraph.tokens[contentFirst].quote == nil,
        Self.circumstancePrepositions.contains(paragraph.tokens[contentFirst].lower)
      {
        continue
      }
      // (a preposition that turns the words against what follows it is part of the cue, which the reader shows
      // with them: "argued against [raising the tax]")
      let against = contentFirst == cue.end + 1 && paragraph.tokens[cue.end].lower == "against"
      // a passive before an infinitive says what is said of its subject, which the words need: "The mill was said
      // to have closed" (what was said is that the mill closed; not the one told what to do: "Residents were told
      // to boil their water")
      let raised = passive && contentFirst == cue.end && !region.isEmpty && paragraph.tokens[contentFirst].lower == "to"
        && !CueLexicon.takingAddressee.contains(cue.lemma)
      return Attribution(
        paragraph: paragraph.index, start: paragraph.tokens[raised ? region.lowerBound : contentFirst].start,
        end: contentEnd(paragraph, lastToken, floor: contentFirst),
        cue: against ? paragraph.text(tokens: cue.first..<contentFirst) : cue.text, lemma: cue.lemma,
        category: cue.category, speaker: passive ? nil : subject,
        sentence: sentenceIndex, inRelativeClause: inRelativeClause)
    }
    return nil
  }

  /// The one a source quoted, when the participle at `participle` follows "quoted … as" or "cited … as": "The Post
  /// quoted harbour master Pol Verdi as saying …", "The paper cited the coastguard as stating …" (the words are
  /// Verdi's, as the Post reports them; an appositive after the name is the name's: "cited Ann Vey, the mayor, as
  /// saying"; not the passive's agent or where the words came out: "Ann Vey was quoted by the Post as saying …",
  /// "Ann Vey, quoted in the Post as saying …"; nor what a document shows: "cited the audit as showing …").
  static func quotedAsSaying(_ paragraph: ParagraphText, participle: Int, floor: Int) -> SpeakerPhrase? {
    guard participle - 3 >= floor, paragraph.tokens[participle - 1].lower == "as",
      paragraph.tokens[participle].lower.hasSuffix("ing"),
      let verb = stride(from: participle - 3, through: max(floor, participle - 22), by: -1).first(where: {
        quotingVerbs.contains(paragraph.tokens[$0].lower) || paragraph.cues[$0] != nil
          || paragraph.tokens[$0].quote != nil || paragraph.tokens[$0].scalar == ";"
      }),
      quotingVerbs.contains(paragraph.tokens[verb].lower),
      !paragraph.tokens[verb + 1].isListedAsWritten(.preposition), paragraph.cues[participle]?.category == .statement,
      !(verb > floor && Lexicon.formsOfBe.contains(paragraph.tokens[verb - 1].lower))
    else { return nil }
    // (the name up to its appositive's comma)
    let end =
      ((verb + 1)..<(participle - 1)).first(where: { paragraph.tokens[$0].scalar == "," }) ?? (participle - 1)
    guard end > verb + 1, var quoted = SpeakerPhraseParser.parse(paragraph, (verb + 1)..<end, commonNouns: true),
      quoted.kind != .pronoun
    else { return nil }
    if quoted.kind == .person, quoted.role == nil, end < participle - 2,
      case let role = paragraph.text(tokens: (end + 1)..<(participle - 1)), !role.isEmpty
    {
      quoted.role = role
    }
    return quoted
  }

  /// The verbs of a source that gives another's words: "quoted … as saying", "cited … as stating".
  static let quotingVerbs: WordSet = ["quoted", "quotes", "cited", "cites", "quoting", "citing", "paraphrased"]

  /// Whether `token`, after "to", is the bare verb of an infinitive: a lower-case word that is no determiner,
  /// preposition, pronoun or number ("is reported to have fled", not "was posted to the wrong address", "was
  /// pledged to them").
  static func opensInfinitive(_ token: Token) -> Bool {
    token.kind == .word && token.quote == nil && !token.isCapitalized
      && token.classes.isDisjoint(with: [.determiner, .preposition, .objectWord])
      && !CueFinder.possessivePronouns.contains(token.lower) && !token.lower.hasSuffix("ing")
  }

  /// The negation of a verb of saying, with its auxiliary, after `floor` and the space before the verb: right before
  /// it, or before an adverb in "-ly" there ("did not ", "would not ", "never ", "did not publicly "). Shown in the
  /// cue, so that the words after a verb denied never read as said (PolNeAR keeps such claims).
  static func negationBefore(_ paragraph: ParagraphText, _ cue: Cue, floor: Int) -> String? {
    // (two places asked in turn, with no array made for every cue)
    let before = cue.first - 1
    let negation: Int
    if before >= floor, isNegation(paragraph.tokens[before]) {
      negation = before
    } else if before - 1 >= floor, isNegation(paragraph.tokens[before - 1]),
      paragraph.tokens[before].lower.hasSuffix("ly")
    {
      negation = before - 1
    } else {
      return nil
    }
    let auxiliary = negation > floor && Lexicon.auxiliaries.contains(paragraph.tokens[negation - 1].lower)
    let start = paragraph.tokens[auxiliary ? negation - 1 : negation].start
    return paragraph.text(start, paragraph.tokens[cue.first].start)
  }

  /// Adverbs in "-s" that no list of the lexicon classes: "perhaps", "always".
  static let presentVerbLookalikes: WordSet = ["perhaps", "always", "sometimes", "nevertheless", "besides", "towards"]

  /// Whether the word at `index` is a verb in the present of the third person, before words of its object: "covers
  /// fishing rights", "remains the law" (a word in "-s", not "-ss" nor "-ous", with a determiner or a word in lower
  /// case after it that joins nothing: not "crabs and …").
  static func isPresentVerbForm(_ paragraph: ParagraphText, _ index: Int, limit: Int) -> Bool {
    guard index + 1 < limit, case let token = paragraph.tokens[index], token.kind == .word, token.quote == nil,
      !token.isCapitalized, token.lower.utf8.count > 3, token.lower.hasSuffix("s"), !token.lower.hasSuffix("ss"),
      !token.lower.hasSuffix("ous"), !token.lower.hasSuffix("'s"), !token.lower.hasSuffix("’s"),
      // (nor an adverb: "perhaps", "always")
      token.classes.isDisjoint(with: [.cueModifier, .sentenceOpener, .clauseWord]),
      !Self.presentVerbLookalikes.contains(token.lower)
    else { return false }
    let next = paragraph.tokens[index + 1]
    return next.kind == .word && next.quote == nil
      && (next.classes.contains(.determiner) || (!next.isCapitalized && !next.classes.contains(.clauseWord)))
  }

  /// Whether a word is a finite verb in the past or a verb that opens a predicate ("said", "left", "is",
  /// "would"): after the comma that closes a relative clause, the main clause's verb.
  static func opensMainPredicate(_ token: Token) -> Bool {
    guard token.kind == .word, token.quote == nil, !token.isCapitalized else { return false }
    let lower = token.lower
    return finiteVerbs.contains(lower) || Lexicon.irregularPasts.contains(lower) || lower == "said"
      || (lower.count > 4 && lower.hasSuffix("ed"))
  }

  /// Whether the words at `first` are what a verb that reports only a clause reports: a quote, "that" and a
  /// clause, or a clause with no "that" ("suggested the plan would fail"; not "suggested a meeting").
  /// With `verbRequired` false, its first word is enough (a quote, "that", or what opens a clause with no "that"):
  /// a second verb after "and" takes what the first verb's content leaves ("… and ruled that “the damage is done”").
  static func opensReportedClause(_ paragraph: ParagraphText, _ first: Int, limit: Int, verbRequired: Bool = true)
    -> Bool
  {
    let token = paragraph.tokens[first]
    guard verbRequired else { return token.quote != nil || token.lower == "that" || opensClauseWithNoThat(token) }
    return token.quote != nil
      // (a verb that takes only a clause may have a long subject in it: "ruled that the city's plan to build three
      // new bridges over the river is unlawful")
      || (token.lower == "that" && clauseVerb(paragraph, after: first, limit: limit, reach: 14) != nil)
      || (opensClauseWithNoThat(token) && clauseVerb(paragraph, after: first - 1, limit: limit) != nil)
      // (a bare plural and its verb: "suggested voters had been misled", "Reports suggested residents used …")
      || opensBarePluralClause(paragraph, at: first, limit: limit)
  }

  /// Works one puts out that speak for the one who issued them, besides documents: "released an ad calling …",
  /// and the events one holds to speak: "held a press conference claiming …".
  static let issuedWorks: WordSet = ["ad", "advertisement", "video", "commercial", "spot", "conference", "briefing"]

  /// Prepositions that open how, with whom, where or when something was said, no topic of it: "responded with
  /// vitriol", "agreed to it", "in 1992".
  static let circumstancePrepositions: WordSet = ["with", "in", "on", "by", "to", "from", "during", "since", "until"]

  /// Verbs that put a document out, whose subject speaks in it: "issued a statement saying …".
  static let issuingVerbs: WordSet = [
    "issued", "released", "sent", "posted", "published", "wrote", "put", "gave", "delivered", "tweeted", "filed",
    "circulated", "distributed", "made", "signed", "penned", "drafted", "submitted", "authored", "held",
  ]

  /// Prepositions of where and when a work was issued, between it and its participle ("a release at her farm
  /// saying"), not of what it asks ("a motion to open the files, arguing").
  static let issuedWhereOrWhen: WordSet = [
    "in", "on", "at", "during", "from", "after", "before", "via", "through", "outside", "inside", "near",
    // (and whom it is against: "issued a ruling against Governor Tom Reed finding that …")
    "against",
  ]

  /// The verb of issuing before the document that the participle at `participle` describes, with up to three
  /// modifiers of the document between ("Moss issued a brief written statement saying …"; "put out a
  /// statement" too), and where or when it was issued ("… a release at her farm near Lund saying"); nil when
  /// the words before the participle are no such document.
  static func issuingVerb(_ paragraph: ParagraphText, participle: Int, floor: Int) -> Int? {
    func isWork(_ index: Int) -> Bool {
      paragraph.tokens[index].classes.contains(.documentNoun) || issuedWorks.contains(paragraph.tokens[index].lower)
    }
    guard paragraph.tokens[participle].lower.hasSuffix("ing"), participle - 3 >= floor else { return nil }
    var noun = participle - 1
    // (past where it was issued: "put out a release at her farm near Lund saying …")
    if !isWork(noun) {
      while noun > floor + 2, noun >= participle - 9, !isWork(noun), paragraph.tokens[noun].quote == nil,
        paragraph.cues[noun] == nil, paragraph.tokens[noun].scalar != ";"
      { noun -= 1 }
      // (or to whom: "sent a letter to shareholders saying …", not what it asks: "a motion to open the files")
      guard isWork(noun),
        issuedWhereOrWhen.contains(paragraph.tokens[noun + 1].lower)
          || (paragraph.tokens[noun + 1].lower == "to" && noun + 2 < participle && isRecipient(paragraph.tokens[noun + 2]))
      else { return nil }
    }
    var index = noun - 1
    // (back to the determiner that opens it: "a statement", "his letter")
    while index > floor, index >= noun - 4, !paragraph.tokens[index].classes.contains(.determiner) {
      let modifier = paragraph.tokens[index]
      guard modifier.kind == .word, !modifier.isCapitalized, modifier.quote == nil, paragraph.cues[index] == nil else {
        return nil
      }
      index -= 1
    }
    guard paragraph.tokens[index].classes.contains(.determiner), index - 1 >= floor else { return nil }
    var verb = index - 1
    if paragraph.tokens[verb].lower == "out", verb - 1 >= floor { verb -= 1 }
    let word = paragraph.tokens[verb]
    guard word.kind == .word, !word.isCapitalized, issuingVerbs.contains(word.lower), verb > floor else { return nil }
    return verb
  }

  /// Whether a word after "to" opens whom a work was sent to, a name or a noun phrase of people ("to
  /// shareholders", "to the board", "to Ann Vey"), not a verb ("to open").
  private static func isRecipient(_ word: Token) -> Bool {
    word.kind == .word && word.quote == nil
      && (word.isCapitalized || !word.classes.isDisjoint(with: [.determiner, .groupNoun, .sourceNoun, .roleNoun]))
  }

  /// The agent of a passive reporting verb: "by her son, Glen Van Doren" (the name of an appositive
  /// after a common noun), "on Monday by the University of Toronto"; nil when no "by" follows the
  /// verb past a time, or its phrase is no source.
  static func passiveAgent(_ paragraph: ParagraphText, after verbEnd: Int, _ limit: Int) -> SpeakerPhrase? {
    var by = verbEnd
    while by < limit && by < verbEnd + 5 && paragraph.tokens[by].lower != "by"
      && (paragraph.tokens[by].classes.contains(.cueAdjunct) || paragraph.tokens[by].classes.contains(.weekday))
    {
      by += 1
    }
    guard by + 1 < limit, paragraph.tokens[by].lower == "by", paragraph.tokens[by].quote == nil else { return nil }
    // the agent's words end at a comma, the sentence's end, or a time or channel after them ("by the
    // mayor on Friday", "by his son via Twitter")
    var end = by + 1
    while end < limit && paragraph.tokens[end].scalar != "," && paragraph.tokens[end].quote == nil
      && !(paragraph.tokens[end].kind == .punct && end == limit - 1)
      && !(end > by + 1 && Lexicon.agentEnders.contains(paragraph.tokens[end].lower))
      // (nor an infinitive, what the one spoken to was asked to do: "urged by the council to boil …")
      && !(end > by + 1 && paragraph.tokens[end].lower == "to" && end + 1 < limit
        && ProposalDetector.opensInfinitive(paragraph.tokens[end + 1]))
    {
      end += 1
    }
    guard end > by + 1 else { return nil }
    // "by her son, Glen Van Doren": the name after the comma is the agent, the words before its role
    if end + 1 < limit, paragraph.tokens[end].scalar == ",", !paragraph.tokens[by + 1].isCapitalized,
      let named = SpeakerPhraseParser.appositiveName(
        paragraph, after: end, before: limit, role: paragraph.text(tokens: (by + 1)..<end))
    {
      return named
    }
    return SpeakerPhraseParser.parse(paragraph, (by + 1)..<end, commonNouns: true)
  }

}
