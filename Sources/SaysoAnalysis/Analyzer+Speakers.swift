import SaysoCore

/// Stage 5: mention resolution — each speaker phrase to the person, organisation or group it names.
extension Analyzer {
  /// What a speaker phrase refers to.
  enum Referent: Equatable {
    /// A person of the article's registry (an index into `registry.entities`).
    case person(Int)
    /// A company, body, outlet or place: the source of a claim, never a person.
    case organisation(String)
    /// An unnamed or plural source: "experts", "a spokesman", "Demonstrators".
    case group(String)
    /// Nobody the text names: "I" of the writer, an unresolved "he".
    case unknown
  }

  /// A resolved speaker: what the phrase refers to, and the words that stand for it at the claim.
  struct Resolution: Equatable {
    var referent: Referent
    var mention: String

    var entity: Int? { if case .person(let id) = referent { id } else { nil } }
    var group: String? { if case .group(let text) = referent { text } else { nil } }
    var organisation: String? { if case .organisation(let name) = referent { name } else { nil } }
  }

  /// The first person plural, the writer's (and the readers') when it is a claim's group.
  static let writersPlural: WordSet = ["we", "us"]

  /// Resolves every attribution's speaker in reading order. A quote with no frame takes the speaker of
  /// its paragraph's framed attribution, else the last speaker of the two paragraphs before.
  mutating func resolveSpeakers(of attributions: [Attribution]) -> [Resolution?] {
    var resolutions = [Resolution?](filledWith: nil, count: attributions.count)
    // the first framed attribution of each paragraph of the run (by its place in the run), or -1: an array
    // of the run's few paragraphs, where a dictionary hashed each paragraph's index and grew at each
    let runStart = paragraphs.startIndex
    var framedByParagraph = [Int](filledWith: -1, count: paragraphs.count)
    // (the fields are read in place: copying an attribution copies its strings)
    for index in attributions.indices
    where !attributions[index].floating && attributions[index].speaker != nil
      && framedByParagraph[attributions[index].paragraph - runStart] < 0
    {
      framedByParagraph[attributions[index].paragraph - runStart] = index
    }
    var lastResolved: (paragraph: Int, resolution: Resolution, index: Int)? = nil
    // the last speaker's label of a transcript, and whom it names when a person: "I" in the paragraphs of an
    // answer is the one who answers
    var transcript: (label: Int, resolution: Resolution?)? = nil
    var scanned = paragraphs.startIndex - 1
    for (index, attribution) in attributions.enumerated() {
      while scanned < attribution.paragraph {
        scanned += 1
        if Attributor.opensWithSpeakerLabel(paragraphs[scanned]) { transcript = (scanned, nil) }
      }
      var resolution: Resolution? = nil
      if let phrase = attribution.speaker {
        resolution = resolve(
          phrase, paragraph: attribution.paragraph, content: attribution.start..<attribution.end,
          allowHead: attribution.category == .belief, cue: attribution.lemma)
        if phrase.isLabel, transcript?.label == attribution.paragraph, resolution?.entity != nil {
          transcript?.resolution = resolution
        } else if phrase.kind == .pronoun, resolution?.entity == nil, let speaker = transcript?.resolution,
          Self.firstPersonPronouns.contains(phrase.text.lowercasedQuickly())
        {
          resolution = Resolution(referent: speaker.referent, mention: phrase.text)
        } else if phrase.kind == .pronoun, Self.singularPronouns.contains(phrase.text.lowercasedQuickly()),
          let speaker = transcript?.resolution?.entity, resolution?.entity == speaker
        {
          // the one who answers says "I" of themselves: their "he" or "she" is someone else ("There was a
          // nurse there, Lakshmi … She asked me where I lived")
          resolution = Resolution(referent: .unknown, mention: phrase.text)
        }
      } else if attribution.floating {
        if attribution.transcriptLine {
          // (an answer going on is the last label's)
          resolution = transcript?.resolution
        } else if let subject = pronounSubjectOfSentence(around: attribution) ?? roleSubjectOfSentence(around: attribution),
          case let found = resolve(
            subject, paragraph: attribution.paragraph, content: attribution.start..<attribution.end, allowHead: false),
          found.entity != nil
        {
          // (the sentence's own "he" or "she", or "the prime minister", when it stands for someone, before the frame
          // of another sentence in the paragraph)
          resolution = found
        } else if case let framed = framedByParagraph[attribution.paragraph - runStart], framed >= 0, framed != index,
          let phrase = attributions[framed].speaker, !Self.writersPlural.contains(phrase.text.lowercasedQuickly())
        {
          let frame = attributions[framed]
          resolution = resolve(
            phrase, paragraph: frame.paragraph, content: frame.start..<frame.end, allowHead: false, cue: frame.lemma)
        } else if let frame = frameOfQuoteGoingOn(after: attribution, framedByParagraph, attributions),
          let phrase = frame.speaker
        {
          resolution = resolve(
            phrase, paragraph: frame.paragraph, content: frame.start..<frame.end, allowHead: false, cue: frame.lemma)
        } else if let leadIn = leadInBefore(attribution) {
          resolution = resolve(leadIn, paragraph: attribution.paragraph - 1, content: 0..<0, allowHead: false)
        } else if let id = subjectOfSentence(around: attribution) {
          // inside a sentence that opens with a person's name, the quote is that person's: "Ann Roy has sung in
          // choirs for years, her “passion” for it “grew out of Sundays at church.”"
          resolution = Resolution(person: id, mention: registry.entities[id].name)
        } else if let id = subjectOfSentenceBefore(quoteOpening: attribution) {
          // a quote that is its own sentence, after one that a person's name opens in the paragraph, is that
          // person's, not the last speaker's before: "Potter Sunita Rao told of two lean years. “Nobody bought a
          // single bowl.”"
          resolution = Resolution(person: id, mention: registry.entities[id].name)
        } else if let subject = subjectOfColonSentence(before: attribution) {
          // the subject of the sentence whose colon the quote follows, no person's name or pronoun: "The
          // ministry defended the strike as lawful: “…”"
          resolution = resolve(
            subject, paragraph: attribution.paragraph, content: attribution.start..<attribution.end, allowHead: false)
        } else if let last = lastResolved, attribution.paragraph - last.paragraph <= 2,
          // (not the writer's "we", whose words are no one's quote: "Last week we mocked the plan. … “fair zoning.”")
          !(last.resolution.group.map { Self.writersPlural.contains($0.lowercasedQuickly()) } ?? false)
        {
          resolution = last.resolution
        }
      }
      // "they" after the claim of a plural group, "it" after that of a body a common noun names, and either
      // after an organisation's (not a place's), in the paragraph or the one before, is that source:
      // "Goldman Sachs analysts said … ¶ “We remain bullish,” they wrote.", "the mayor's office said … It said …"
      // (not "they" after a sentence that a group of people opens: "The Kovrian government said … Local officials
      // visited the ward. They said …")
      if let pronoun = resolution?.group, let last = lastResolved, attribution.paragraph - last.paragraph <= 1,
        Self.sourcePronounStandsFor(pronoun.lowercasedQuickly(), last.resolution),
        !(last.resolution.organisation != nil && pronoun.lowercasedQuickly() == "they"
          && attribution.speaker.flatMap({
            unnamedPersonOpeningSentence(before: $0.tokens.lowerBound, paragraph: attribution.paragraph, pronoun: "they")
          }) != nil)
      {
        resolution = Resolution(referent: last.resolution.referent, mention: pronoun)
      } else if resolution?.group == "It", let phrase = attribution.speaker, phrase.tokens.count == 1,
        let body = bodyOpening(sentenceBefore: phrase.tokens.lowerBound, paragraph: attribution.paragraph)
      {
        // else "It" that opens its sentence after one a body's name opens is that body ("Kestrel Foods cut 200
        // jobs. It said …")
        resolution = Resolution(organisation: body, mention: "It")
      } else if resolution?.group == "It", let phrase = attribution.speaker, phrase.tokens.count == 1,
        let last = lastResolved, last.resolution.entity != nil || last.resolution.organisation != nil,
        isDocumentOfClaim(attributions[last.index], inSentenceBefore: phrase.tokens.lowerBound, paragraph: attribution.paragraph)
      {
        // or the document that the sentence before names, with a claim of its author's in it, and the claim is the
        // author's: "“…,” Ann Vey wrote in the report. It continued: “…”"
        resolution = Resolution(referent: last.resolution.referent, mention: "It")
      } else if resolution?.group == "It", let phrase = attribution.speaker, phrase.tokens.count == 1,
        let body = commonBodyOpening(sentenceBefore: phrase.tokens.lowerBound, paragraph: attribution.paragraph)
      {
        // or the body or document a common noun names at the head of the sentence before ("The health department
        // released a statement. It read: …")
        resolution = Resolution(group: body, mention: "It")
      }
      // "he" or "she" after the claim of one unnamed person, in the paragraph or the one before, with the
      // person it would stand for named before that claim, or no one named: that unnamed person ("One nurse at
      // a Hamilton hospital … said … ¶ “You go home …,” she said.", not the minister named before her; "The
      // Toronto mayor said Monday … ¶ “We did it,” she said."); not after a question, which the one asked
      // answers ("A reporter asked Hale how he felt. He replied: …"), nor of another gender ("he" after "a
      // spokeswoman")
      if let phrase = attribution.speaker, phrase.kind == .pronoun,
        Self.singularPronouns.contains(phrase.text.lowercasedQuickly()), let last = lastResolved,
        attribution.paragraph - last.paragraph <= 1, let group = last.resolution.group,
        !Self.addressesOnePerson(attributions[last.index], in: paragraphs[attributions[last.index].paragraph]),
        Self.pronoun(phrase.text.lowercasedQuickly(), fits: group),
        isNamedBefore(resolution?.entity, claim: attributions[last.index], pronounAt: attribution)
          ? Self.isOneUnnamedPerson(group) || Self.isOneRoleOfBody(group)
          : resolution?.entity == nil
            && (Self.isOneUnnamedPerson(group) || Self.isOneRole(group) || Self.isOneRoleOfBody(group))
      {
        resolution = Resolution(referent: last.resolution.referent, mention: phrase.text)
      } else if let phrase = attribution.speaker,
        // (the phrase's lower case is made only for a pronoun: this is asked of every claim)
        case let groupIsThey = resolution?.group == "They" || resolution?.group == "they",
        phrase.kind == .pronoun || groupIsThey, case let pronoun = phrase.text.lowercasedQuickly(),
        phrase.kind == .pronoun && resolution?.group == nil && Self.singularPronouns.contains(pronoun)
          || pronoun == "they" && groupIsThey,
        let person = unnamedPersonOpeningSentence(
          before: phrase.tokens.lowerBound, paragraph: attribution.paragraph, pronoun: pronoun)
      {
        // "he" or "she" opening the sentence after one that one unnamed person opens, with no claim: that
        // person ("One of the nurses let her story be told. She said …", not the negotiator named before); "they"
        // after one a group of people opens ("Three economists studied wages. They concluded …")
        resolution = Resolution(group: person.text, mention: phrase.text)
      }
      // "the company" or "the firm" after the claim of a name no list knows, in the paragraph or the one
      // before: the article says what the name is, and both claims are the firm's ("Tesco said sales rose.
      // The company said …")
      if let group = resolution?.group, let last = lastResolved, attribution.paragraph - last.paragraph <= 1,
        let name = last.resolution.group ?? last.resolution.organisation ?? last.resolution.entity.flatMap({ id in
          // (or a single family name with no role: "Greggs said")
          registry.entities[id].roles.isEmpty && registry.entities[id].name.wordCount == 1
            ? registry.entities[id].name : nil
        }), Self.isFirmNoun(group), name.wordCount == 1,
        name.unicodeScalars.first.map({ $0.properties.isUppercase }) == true,
        !(name.hasSuffix("s") && WorldKnowledge.shared.isCommonWord(nameKey(name)))  // no group: "Workers said"
      {
        resolution = Resolution(organisation: name, mention: group)
        resolutions[last.index] = Resolution(organisation: name, mention: last.resolution.mention)
      }
      // a name the article also uses as an organisation's names it
      if let id = resolution?.entity, registry.isOrganisation(id) {
        resolution = Resolution(organisation: registry.entities[id].name, mention: resolution!.mention)
      }
      if let resolution {
        resolutions[index] = resolution
        if !attribution.relayed { lastResolved = (attribution.paragraph, resolution, index) }
        if resolution.organisation != nil, !attribution.frameAfter, case let text = paragraphs[attribution.paragraph],
          case let first = text.firstToken(startingAtOrAfter: attribution.start), first < text.tokens.count,
          text.tokens[first].lower == "that"
        {
          clausesReportedByBodies[EntityRegistry.position(attribution.paragraph, attribution.sentence)] = first
        }
        if let entity = resolution.entity {
          registry.addMention(entity, at: EntityRegistry.position(attribution.paragraph, attribution.end))
          if attribution.frameAfter, attribution.speaker != nil,
            case let text = paragraphs[attribution.paragraph],
            let first = Self.firstWord(of: text, attribution.sentence), text.tokens[first].start >= attribution.start
          {
            postFramedSpeakers[EntityRegistry.position(attribution.paragraph, attribution.sentence)] = entity
          }
        }
      }
    }
    return resolutions
  }

  /// Whether `text` is "the company", "the firm", "the retailer", with up to two modifiers ("the supermarket
  /// giant", "the budget airline").
  /// (remembered a thread, `ThreadMemo`: the same few phrases come back, "the company", "the minister")
  static func isFirmNoun(_ text: String) -> Bool { firmNounMemo(text) }

  static let firmNounMemo = ThreadMemo { text in
    let words = text.spaceSeparatedWords
    return (2...4).contains(words.count) && words[0].lowercasedQuickly() == "the"
      && words.dropFirst().allSatisfy({ $0.first?.isLowercase ?? false })
      && EntityRegistry.firmNouns.contains(String(words[words.count - 1]))
  }

  /// Whether a claim asks a question, or is told to one person who may answer as "he" or "she" ("A reporter
  /// asked Hale how he felt. He replied …", "An officer told him to leave. He said …", "told his wife"), not to a
  /// body or a crowd ("The head of the inquiry told the court … She also said …"); when the verb is not found
  /// after the speaker, it may be.
  static func addressesOnePerson(_ claim: Attribution, in paragraph: ParagraphText) -> Bool {
    guard let lemma = claim.lemma, CueLexicon.takingAddressee.contains(lemma) else { return false }
    guard lemma != "ask", let subject = claim.speaker?.tokens,
      let verb = (subject.upperBound..<min(paragraph.tokens.count, subject.upperBound + 4)).first(where: {
        paragraph.cues[$0] != nil
      }),
      let cue = paragraph.cues[verb], cue.end < paragraph.tokens.count
    else { return true }
    let addressee = paragraph.tokens[cue.end]
    if ["him", "her"].contains(addressee.lower) { return true }
    // (a noun of one person after a determiner or a possessive: "told his wife", "told a nurse")
    if addressee.classes.contains(.determiner), cue.end + 1 < paragraph.tokens.count,
      case let noun = paragraph.tokens[cue.end + 1].lower,
      Lexicon.gender(ofPersonNoun: noun) != nil || Lexicon.titles.contains(noun) || Lexicon.roleClasses[noun] != nil
    {
      return true
    }
    guard addressee.isCapitalized, SpeakerPhraseParser.isNameToken(paragraph, cue.end) else { return false }
    var end = cue.end + 1
    while end < paragraph.tokens.count && end < cue.end + 4 && SpeakerPhraseParser.isNameToken(paragraph, end) { end += 1 }
    return SpeakerPhraseParser.parse(paragraph, cue.end..<end)?.kind == .person
  }

  /// "he" and "she": one person's pronouns.
  static let singularPronouns: WordSet = ["he", "she"]

  /// Whether a group's words name one person the article does not name: "a" or "one" and a noun of people
  /// ("One nurse at a Hamilton hospital", "a senior official"), not of a document or a body.
  static func isOneUnnamedPerson(_ group: String) -> Bool {
    let words = group.lowercasedQuickly().spaceSeparatedWords
    guard let first = words.first, indefiniteOpeners.contains(String(first)), let head = head(ofGroup: group) else {
      return false
    }
    return Lexicon.titles.contains(head)
      || (Lexicon.sourceNouns.contains(head) && !SpeakerPhraseParser.documentNouns.contains(head)
        && !WorldKnowledge.shared.organisationWords.contains(head) && !Lexicon.organisationKinds.contains(head))
  }

  /// Whether a word of a phrase is capitalised and no day's or month's name ("Norwegian", "Alvarez"; not
  /// "January", "Monday's").
  static func isNameWord(_ word: Substring) -> Bool {
    guard word.first?.isUppercase == true else { return false }
    let key = nameKey(NameTyper.stripPossessive(String(word)))
    return !Lexicon.weekdays.contains(key) && !Lexicon.monthNames.contains(key)
  }

  /// The rank in the list of common words below which a capitalised word that names a speaker is a common
  /// noun's ("Police", "Officials"), not a body's name (a carmaker's or a planemaker's may be 9,000th).
  static let commonWordsOfSources = 5000

  /// The words that open a group of one person the article does not name: "a", "an", "one", "another".
  static let indefiniteOpeners: WordSet = ["a", "an", "one", "another"]

  /// The head noun of a group's words, lower-cased: the last word after the first, before a preposition
  /// ("spokeswoman" of "A spokeswoman for the department").
  static func head(ofGroup group: String) -> String? {
    group.lowercasedQuickly().spaceSeparatedWords.dropFirst()
      .prefix(while: { !Lexicon.prepositions.contains(String($0)) }).last.map(String.init)
  }

  /// Whether "he" or "she" may stand for the one person a group's words name: their head says no gender, or the
  /// pronoun's ("she" after "A spokeswoman", not after "A local man").
  static func pronoun(_ pronoun: String, fits group: String) -> Bool {
    gender(ofGroup: group).map { $0 == (pronoun == "she" ? .female : .male) } ?? true
  }

  /// The gender the head noun of a group of one person says: "A spokeswoman for the department" (female).
  static func gender(ofGroup group: String) -> WorldKnowledge.Gender? {
    head(ofGroup: group).flatMap(Lexicon.gender(ofPersonNoun:))
  }

  /// Whether ", who" follows the last word of a phrase's name, in the phrase or right after it.
  func whoFollowsName(_ phrase: SpeakerPhrase, paragraph: Int) -> Bool {
    let tokens = paragraphs[paragraph].tokens
    // (the comma before "who" first, read without strings: most phrases have none)
    guard let comma = (phrase.tokens.lowerBound..<min(tokens.count - 1, phrase.tokens.upperBound + 1)).first(where: {
      tokens[$0].scalar == "," && tokens[$0 + 1].lower == "who"
    }), comma > phrase.tokens.lowerBound
    else { return false }
    return tokens[comma - 1].text == phrase.name.lastWord
  }

  /// Whether the person `id` was last named before `claim`, by the words before `pronoun`'s claim.
  func isNamedBefore(_ id: Int?, claim: Attribution, pronounAt pronoun: Attribution) -> Bool {
    guard let id else { return false }
    return registry.latest(id, before: EntityRegistry.position(pronoun.paragraph, pronoun.start))
      < EntityRegistry.position(claim.paragraph, claim.start)
  }

  /// Whether a group's words are "the" and a title, with modifiers before it: "The Toronto mayor", "the
  /// senator" (a person in a role; not "the government").
  static func isOneRole(_ group: String) -> Bool {
    let words = group.lowercasedQuickly().spaceSeparatedWords
    guard words.count >= 2, words.count <= 4, words[0] == "the", let head = words.last.map(String.init) else {
      return false
    }
    return Lexicon.titles.contains(head) && !WorldKnowledge.shared.organisationWords.contains(head)
  }

  /// Whether a group's words are "the" and the title of one person in a body they name: "The chief executive of
  /// Kestrel Foods", "The head of the port authority", "the company’s chief executive". Asked of a group that
  /// resolution left as words, with no person the article gave that title ("Chief executive Tom Reed" would have
  /// been named); a title given in a sentence of its own ("Tom Reed is the chief executive") is not read.
  static func isOneRoleOfBody(_ group: String) -> Bool {
    let words = group.lowercasedQuickly().spaceSeparatedWords
    guard words.count >= 3, words[0] == "the", let head = head(ofGroup: group), Lexicon.titles.contains(head),
      !WorldKnowledge.shared.organisationWords.contains(head)
    else { return false }
    let owner = words[1]
    return owner.hasSuffix("’s") || owner.hasSuffix("'s")
      || words.dropFirst(2).contains(where: { ["of", "for", "at"].contains(String($0)) })
  }

  /// Words of a count of people, which stand for those they count: "a number of Democrats", "most of the residents".
  static let countNouns: WordSet = [
    "number", "handful", "lot", "couple", "dozen", "host", "group", "pair", "most", "rest", "none", "all", "some", "many",
  ]

  /// Nouns of a few people together, whom "they" stands for: "the couple", "the team".
  static let collectiveNouns: WordSet = ["couple", "pair", "duo", "trio", "team", "crew"]

  /// Whether "they" or "it" (`pronoun`, lower-cased) can stand for the source of an earlier claim: an
  /// organisation that is no place's name, or for "they" a plural group ("analysts"), for "it" a body a
  /// common noun names ("the mayor's office").
  static func sourcePronounStandsFor(_ pronoun: String, _ earlier: Resolution) -> Bool {
    guard pronoun == "they" || pronoun == "it" else { return false }
    if let organisation = earlier.organisation { return WorldKnowledge.shared.places[nameKey(organisation)] == nil }
    guard let group = earlier.group, group.lowercasedQuickly() != pronoun else { return false }
    // (or a noun of people in the plural with no "s": "Police said … They added …")
    // (the head before a preposition: "analysts at the bank" are "they", "the head of the investigators" is not;
    // but a count stands for those it counts: "a number of Democrats", "the majority of voters")
    if pronoun == "they" {
      let words = group.lowercasedQuickly().spaceSeparatedWords
      let noun = words.prefix(while: { !Lexicon.prepositions.contains(String($0)) }).last.map(String.init)
        .flatMap { countNouns.contains($0) || SpeakerPhraseParser.numberWords.contains($0) ? nil : $0 }
        ?? group.lastWord.lowercasedQuickly()
      // (or a few people that a singular noun names: "the research team said … They added")
      return (noun.hasSuffix("s") && !noun.hasSuffix("ss")) || Lexicon.groupNouns.contains(noun)
        || collectiveNouns.contains(noun)
    }
    let head = group.lastWord.lowercasedQuickly()
    return WorldKnowledge.shared.organisationWords.contains(head) || Lexicon.organisationKinds.contains(head)
  }

  /// The frame of the paragraph after a quote that opens in `attribution`'s paragraph and is left open at its
  /// end, when the next paragraph goes on with the quote: "“This is the fair thing to do. ¶ “We know there
  /// will be setbacks,” said Health Minister Ruth Keel." (a quote that goes on over paragraphs
  /// closes only in the last; its frame may come there)
  func frameOfQuoteGoingOn(
    after attribution: Attribution, _ framedByParagraph: [Int], _ attributions: [Attribution]
  ) -> Attribution? {
    let paragraph = attribution.paragraph
    guard paragraph + 1 < paragraphs.endIndex, paragraphs[paragraph].endsInsideQuote,
      paragraph == paragraphs.startIndex || !paragraphs[paragraph - 1].endsInsideQuote,
      let first = paragraphs[paragraph + 1].tokens.first, first.quote != nil,
      case let framed = framedByParagraph[paragraph + 1 - paragraphs.startIndex], framed >= 0,
      attributions[framed].start == first.start
    else { return nil }
    return attributions[framed]
  }

  /// The speaker that the paragraph before a quote opening its paragraph leads in with a colon: "Tom
  /// Reed, the council's finance chair, was blunt:" ¶ "“We cannot afford it.”"
  func leadInBefore(_ attribution: Attribution) -> SpeakerPhrase? {
    let paragraph = attribution.paragraph
    guard paragraph - 1 >= paragraphs.startIndex, paragraph < paragraphs.endIndex,
      paragraphs[paragraph].tokens.first?.start == attribution.start,
      let colon = paragraphs[paragraph - 1].tokens.indices.last
    else { return nil }
    return Attributor.colonLeadIn(paragraphs[paragraph - 1], colon: colon)
  }

  /// The person the article named in full whom a family name alone stands for, when the registry does not
  /// end that name with it: one of two family names ("Ríos" of "Marta Ríos Delgado", "Ortega" of
  /// "Luis Ortega Baez"), or the family name spelt another way ("Rahman" of "Idris Rehman", "Mathews" of
  /// "Ann Matthews").
  func personNamedInFull(byFamilyName name: String) -> Int? {
    registry.person(withInnerName: name) ?? registry.person(withSurnameSpeltLike: name)
  }

  /// The one full name the paragraphs give `word` (a family name alone): a capitalised given name just
  /// before it, over a middle initial or a nickname in quotes ("James Okonjo", "John F. Kennedy", 'John
  /// “Tug” Vantongeren'), anywhere, quotes and titles included, when the two words are typed a person's name.
  /// Nil when no paragraph gives one, or two give different ones.
  mutating func fullName(endingWith word: String) -> String? {
    var found: String?
    guard let first = word.unicodeScalars.first else { return nil }
    for place in places(ofWordsOpeningWith: first) where place.token > 0 {
      let tokens = paragraphs[place.paragraph].tokens
      guard tokens[place.token].stem == word else { continue }
      var before = place.token - 1
      // a nickname in quotes: “Tug”, "Tug"
      if tokens[before].kind == .punct, Self.nicknameMarks.contains(tokens[before].scalar),
        let open = stride(from: before - 1, through: max(0, before - 4), by: -1).first(where: {
          tokens[$0].kind == .punct
        }), open < before - 1, Self.nicknameMarks.contains(tokens[open].scalar)
      {
        before = open - 1
      }
      // a middle initial: "F."
      if before >= 1, tokens[before].scalar == ".", tokens[before - 1].kind == .word,
        tokens[before - 1].text.unicodeScalars.count == 1
      {
        before -= 2
      }
      guard before >= 0, tokens[before].kind == .word, tokens[before].isCapitalized, !tokens[before].isPossessive,
        NameTyper.isGivenName(nameKey(tokens[before].text))
      else { continue }
      let full = tokens[before].text + " " + word
      guard NameTyper.typeRemembered(full, titled: false).kind == .person else { continue }
      if let found, found != full { return nil }
      found = full
    }
    return found
  }

  /// The body's name that the article gives before `word` in brackets, which then stands for it: "the Ruritanian
  /// Institute of Geology and Mining (Rurigem) … Rurigem said" (a run of capitalised words, "of", "for"
  /// and "and" between them, that the name lists type as an organisation's).
  mutating func bodyNamedBeforeBrackets(_ word: String) -> String? {
    // (the article's bracketed words are read once, at the first question: most articles have none)
    if bodiesBeforeBrackets == nil {
      var found: [String: String] = [:]
      for paragraph in paragraphs.indices {
        let tokens = paragraphs[paragraph].tokens
        for index in tokens.indices where tokens[index].scalar == "(" && index + 2 < tokens.count {
          guard tokens[index + 2].scalar == ")", tokens[index + 1].kind == .word, tokens[index + 1].isCapitalized,
            found[tokens[index + 1].text] == nil,
            let body = bodyNamed(before: index + 1, in: paragraph)
          else { continue }
          found[tokens[index + 1].text] = body
        }
      }
      bodiesBeforeBrackets = found
    }
    return bodiesBeforeBrackets?[word]
  }

  /// The body's name before the bracketed word at `place` in `paragraph` (`bodyNamedBeforeBrackets`), if any.
  private func bodyNamed(before place: Int, in paragraph: Int) -> String? {
    let tokens = paragraphs[paragraph].tokens
    let word = tokens[place].text
    // (an acronym in capitals is the initials of the name's capitalised words, which a comma may part:
    // "Northern Educational, Scientific and Cultural Council (NESCC)")
    let acronym = word.unicodeScalars.allSatisfy { ("A"..."Z").contains($0) }
    // (a name the lists give a person is a person's in brackets too: "… Authority (Marlow)")
    if !acronym, NameTyper.isListedName(nameKey(word)) { return nil }
    // (back over the name's words: not a day or a month, nor "and" before "the": not "On Monday the …", "Kovria
    // and the …"; and a title or a group's word that opens them is none of the name: "Officials of the …")
    var start = place - 1
    while start > 0, place - start <= 12, case let token = tokens[start - 1], token.quote == nil,
      token.kind == .word
        && (token.isCapitalized && token.classes.isDisjoint(with: [.weekday, .month])
          && !token.isListedAsWritten(.preposition)
          || (Self.bodyNameJoiners.contains(token.lower) && !(token.lower == "and" && !tokens[start].isCapitalized)))
        || (acronym && token.scalar == "," && start >= 2 && tokens[start - 2].isCapitalized)
    {
      start -= 1
    }
    while start < place - 1,
      !tokens[start].isCapitalized || tokens[start].lower == "the" || Lexicon.titles.contains(tokens[start].lower)
        || Lexicon.groupNouns.contains(tokens[start].lower)
    {
      start += 1
    }
    if acronym {
      // (the shortest run back from the bracket whose initials are the acronym)
      var initials = ""
      var found: Int? = nil
      for index in stride(from: place - 2, through: start, by: -1) where tokens[index].isCapitalized {
        initials = String(tokens[index].text.prefix(1)) + initials
        if initials == word { found = index }
      }
      guard let found else { return nil }
      start = found
    }
    guard place - 1 - start >= 2 else { return nil }
    let name = paragraphs[paragraph].text(tokens: start..<(place - 1))
    return NameTyper.typeRemembered(name, titled: false).kind == .organisation ? name : nil
  }

  /// Lower-case words inside a body's name: "Institute of Volcanology and Seismology", "Centre for Aviation".
  static let bodyNameJoiners: WordSet = ["of", "for", "and", "on", "the"]

  /// A word's place: its paragraph's index in the article and its token's in the paragraph.
  struct WordPlace {
    var paragraph: Int
    var token: Int
  }

  /// The places of the words of the paragraphs prepared that open with `first` (a token keeps its first scalar),
  /// in reading order. From the run's fifth question on, those that open with no lower-case ASCII letter are
  /// looked up in `wordPlacesByFirstScalar`, made then: scanning every paragraph at each question made a long
  /// article's analysis grow with the square of its length (and most articles ask a few times, or never: making
  /// the index at the first question cost a corpus of short articles 1.4% more, at the second 0.7%).
  mutating func places(ofWordsOpeningWith first: Unicode.Scalar) -> [WordPlace] {
    func isIndexed(_ scalar: Unicode.Scalar) -> Bool { !("a"..."z").contains(scalar) }
    func placesWhere(_ included: (Unicode.Scalar) -> Bool) -> [WordPlace] {
      var places: [WordPlace] = []
      for paragraph in paragraphs.indices {
        for (token, value) in paragraphs[paragraph].tokens.enumerated()
        where value.kind == .word && included(value.scalar) {
          places.append(WordPlace(paragraph: paragraph, token: token))
        }
      }
      return places
    }
    wordPlaceQuestions += 1
    guard isIndexed(first), wordPlaceQuestions > 4 else { return placesWhere { $0 == first } }
    if wordPlacesByFirstScalar == nil {
      wordPlacesByFirstScalar = Dictionary(grouping: placesWhere(isIndexed)) {
        paragraphs[$0.paragraph].tokens[$0.token].scalar
      }
    }
    return wordPlacesByFirstScalar?[first] ?? []
  }

  /// Whether `word` is the head of the body's name `name`: its last word, or the word before its "of" or
  /// "for" ("Post" of "Washington Post", "Department" of "Department of Health").
  static func isHead(_ word: Substring, of name: String) -> Bool {
    let words = name.spaceSeparatedWords
    guard let last = words.last else { return false }
    if last == word { return true }
    guard let index = words.firstIndex(where: { $0 == "of" || $0 == "for" }), index > words.startIndex else {
      return false
    }
    return words[words.index(before: index)] == word
  }

  /// The marks around a nickname inside a name.
  static let nicknameMarks: Set<Unicode.Scalar> = ["“", "”", "\"", "‘", "’", "'"]

  /// Resolves a speaker phrase to a person, an organisation or a group; `cue` is the lemma of the claim's
  /// verb of saying, when there is one.
  mutating func resolve(
    _ phrase: SpeakerPhrase, paragraph: Int, content: Range<Int>, allowHead: Bool, cue: String? = nil
  ) -> Resolution {
    let position = EntityRegistry.position(paragraph, paragraphs[paragraph].tokens[phrase.tokens.lowerBound].start)
    let excluding =
      EntityRegistry.position(paragraph, content.lowerBound)..<EntityRegistry.position(paragraph, content.upperBound)
    switch phrase.kind {
    case .person:
      var name = EntityRegistry.canonical(phrase.name)
      var nameWords = name.wordCount  // (asked at most of the steps below)
      // a short name the article gave in brackets after a body's name stands for the body: "… Mining (Rurigem)
      // … Rurigem said"
      if nameWords == 1, let body = bodyNamedBeforeBrackets(name) {
        return Resolution(organisation: body, mention: phrase.text)
      }
      // a transcript's label of initials stands for the person of the article with them: "NG:" of Nell
      // Grady
      if phrase.isLabel, (2...3).contains(name.count), name.allSatisfy({ $0.isUppercase && $0.isLetter }),
        let id = registry.person(withInitials: name)
      {
        registry.addMention(id, at: position)
        return Resolution(person: id, mention: phrase.text)
      }
      let honorific = EntityRegistry.honorificGender(phrase.text)
      if nameWords == 1, let id = registry.resolveSurname(name, before: position + 1, gender: honorific) {
        registry.addMention(id, at: position)
        return Resolution(person: id, mention: phrase.text)
      }
      // a person by the first name, when no one of the article has it as a family name: a knight or a dame
      // ("Sir Hugh told the Commons"), and where the given name is the one used ("Dr Nasrin" of
      // "Dr Nasrin Akter Hossain", "Mahathir" of "Mahathir Mohamad")
      if nameWords == 1, let id = registry.person(withFirstName: name) {
        registry.addMention(id, at: position)
        return Resolution(person: id, mention: phrase.text)
      }
      // a single name that is no person's of the article, and that it uses as an organisation's (a place's or a
      // given name too), is that organisation: "Chelsea boss Ivan Brandt … Chelsea said", "Chelsea have
      // confirmed …"
      // (the organisations first: most articles note none, and the title's test makes strings)
      if nameWords == 1, !registry.organisations.isEmpty,
        let organisation = registry.organisation(openingWith: name, before: position + 1), organisation == name,
        !NameTyper.isTitled(phrase)
      {
        return Resolution(organisation: organisation, mention: phrase.text)
      }
      // a label of one common word that the article writes in lower case names a source, no person: "Poll: …"
      // (not "Bush: …")
      if phrase.isLabel, nameWords == 1, case let lower = name.lowercasedQuickly(),
        WorldKnowledge.shared.isCommonWord(lower), articleWritesInLowerCase(lower)
      {
        return Resolution(group: name, mention: phrase.text)
      }
      let honored = nameWords == 1 && honoredNames.contains(name.lowercasedQuickly())
      // (", who" after a single name says a person as a title does: "Bergen, who is seeking re-election, said")
      var titled =
        honored || NameTyper.isTitled(phrase)
        || (nameWords == 1 && phrase.text.first?.isUppercase == true
          && whoFollowsName(phrase, paragraph: paragraph))
      var typing = registry.typing(of: name, titled: titled)
      if typing.kind != .person, !titled, NameTyper.hasPersonsRole(phrase) {
        titled = true
        typing = registry.typing(of: name, titled: true)
      }
      // the first word of an organisation's name the article gave before stands for it, unless a title
      // says it is a person or it is a place's name: "Dorsey Group … Dorsey said" (not "Cleveland")
      if nameWords == 1, !titled, typing.kind != .place, WorldKnowledge.shared.places[nameKey(name)] == nil,
        let organisation = registry.organisation(openingWith: name, before: position)
      {
        return Resolution(organisation: organisation, mention: phrase.text)
      }
      switch typing.kind {
      case .person:
        name = typing.name
        nameWords = name.wordCount
      case .organisation, .place:
        return Resolution(organisation: typing.name, mention: phrase.text)
      case .eventOrLaw, .other:
        if nameWords == 1, let id = personNamedInFull(byFamilyName: name) {
          registry.addMention(id, at: position)
          return Resolution(person: id, mention: phrase.text)
        }
        // a family name with its particles, of a person the article named in full: "De La Cruz" of "Rita
        // De La Cruz"
        if nameWords >= 2, let id = registry.resolveSurname(name, before: position + 1),
          !registry.isOrganisation(id)
        {
          registry.addMention(id, at: position)
          return Resolution(person: id, mention: phrase.text)
        }
        // a sentence word taken for a name credits no one: "Calling it …", "Initial reports stated"
        if nameWords == 1, isSentenceWord(nameKey(name)) {
          return Resolution(referent: .unknown, mention: phrase.text)
        }
        // a word no list knows that the next sentence calls "he" or "she": a person known by one name
        // ("Ravindra also told me that … He told that …"); a name the lists know that is a common word too, that
        // the article calls so ("Trump", "Trudeau")
        if nameWords == 1, typing.kind == .other, case let key = nameKey(name),
          (NameTyper.isUnknownWord(key)
            && nextSentenceOpensWithPersonalPronoun(after: phrase.tokens.lowerBound, paragraph: paragraph))
            || (NameTyper.isListedName(key) && articleCallsHeOrShe(name))
        {
          // (as the article names the person in full, if it does: "Trump" of "Donald Trump")
          let full = fullName(endingWith: name) ?? name
          return Resolution(person: registry.register(full, role: phrase.role, at: position), mention: phrase.text)
        }
        // a word no list gives as a name that the article gives a given name elsewhere, in a quote or a
        // title too: a person named in full where nothing registered it ("Tolvanen" of "The Rita Tolvanen
        // Show", "Okonjo" of a quoted "FBI Director James Okonjo", "Vantongeren" of 'John “Tug” Vantongeren')
        if nameWords == 1, typing.kind == .other, let full = fullName(endingWith: name) {
          return Resolution(person: registry.register(full, role: phrase.role, at: position), mention: phrase.text)
        }
        // not a person, but still the words the article credits: "Demonstrators said", "PolitiFact found"; all
        // of a capitalised run after an indefinite article ("said a New Mexico Democrat")
        if case let words = phrase.text.spaceSeparatedWords, let first = words.first,
          Self.indefiniteOpeners.contains(first.lowercasedQuickly()), words.count >= 2,
          words.dropFirst().allSatisfy({ $0.first?.isUppercase == true })
        {
          return Resolution(group: phrase.text, mention: phrase.text)
        }
        // a single word that no list gives as a name, that is no plural ("Police", "Mourners"), participle
        // ("Humbled"), demonym ("Danish") or modifier ("Kovrex-backed"), and that the article writes as a
        // body's name, is one, unless its words are a person's ("I", "my", "his"): "Kovrex said …", "Zentora
        // reports …" (and "the company" after it stands for it)
        if nameWords == 1, typing.kind == .other, case let key = nameKey(name), !NameTyper.isListedName(key),
          !WorldKnowledge.shared.isCommonWord(key, within: Self.commonWordsOfSources),
          !key.hasSuffix("s") || key.hasSuffix("ss"), !key.hasSuffix("ed"), !isParticiple(key),
          WorldKnowledge.shared.demonymCountry[key] == nil, !Lexicon.titles.contains(key),
          !Lexicon.groupNouns.contains(key), name.split(separator: "-").allSatisfy({ $0.first?.isUppercase == true }),
          !contentSpeaksOfOnePerson(paragraph, content),
          !personalPronounFollows(phrase.tokens.lowerBound, paragraph: paragraph),
          articleWritesAsBodyName(key, commonWord: WorldKnowledge.shared.isCommonWord(key)), !articleCallsHeOrShe(name)
        {
          registry.noteOrganisation(name, at: position)
          return Resolution(organisation: name, mention: phrase.text)
        }
        return Resolution(group: typing.name, mention: phrase.text)
      }
      if nameWords == 1, let id = registry.resolveSurname(name, before: position + 1, gender: honorific) {
        registry.addMention(id, at: position)
        return Resolution(person: id, mention: phrase.text)
      }
      // a family name of a person the article named in full that the registry does not end the name with, with
      // a title too ("Governor Ríos" of "Marta Ríos Delgado") or with no role
      if nameWords == 1, titled || phrase.role == nil, let id = personNamedInFull(byFamilyName: name) {
        registry.addMention(id, at: position)
        return Resolution(person: id, mention: phrase.text)
      }
      // a family name alone that the article gives no one in full, with no title, role or given name, and that
      // no "he" or "she" follows, is a firm's name more often than a person's: "Greggs said sales rose"
      // (a given name anywhere before it names the person in full too: "Vey" of "Ann Vey"). A word
      // that is a given name too ("Clinton", "Earnest") is looked up in full the same way, but is a firm's
      // name only when "its" follows: "Aldi said its sales rose", not "Francis said it was time"
      if nameWords == 1, !titled, phrase.role == nil {
        if let full = fullName(endingWith: name) {
          return Resolution(person: registry.register(full, role: nil, at: position), mention: phrase.text)
        }
        if !personalPronounFollows(phrase.tokens.lowerBound, paragraph: paragraph),
          !NameTyper.isGivenName(nameKey(name))
            || impersonalPossessiveFollows(phrase.tokens.lowerBound, paragraph: paragraph)
        {
          // (so that "the firm said" after it stands for it)
          registry.noteOrganisation(name, at: position)
          return Resolution(organisation: name, mention: phrase.text)
        }
      }
      // a name shaped like a person's whose content opens with "its" is a firm's, from here on: "Jane Lewis said
      // its sales rose"
      if nameWords >= 2, !titled, phrase.role == nil, contentOpensWithIts(paragraph, content, after: phrase) {
        registry.noteOrganisation(name, at: position)
        return Resolution(organisation: name, mention: phrase.text)
      }
      let id = registry.register(name, role: phrase.role, at: position, gender: honorific)
      return Resolution(person: id, mention: phrase.text)
    case .pronoun:
      return resolvePronoun(
        phrase, paragraph: paragraph, content: content, allowHead: allowHead, cue: cue, position: position,
        excluding: excluding)
    case .nominal:
      // "the 34-year-old said": the person the sentence before opens with, else no one named
      if phrase.isEpithet {
        if let id = previousSentenceSubject(before: phrase.tokens.lowerBound, paragraph: paragraph) {
          registry.addMention(id, at: position)
          return Resolution(person: id, mention: phrase.text)
        }
        return Resolution(group: phrase.text, mention: phrase.text)
      }
      // (not the head itself, which every role it may stand for has: "The Prime Minister" is no "Transport
      // Minister"; a portfolio is one: "the health minister" is no "Energy Minister")
      let phraseWords = phrase.text.spaceSeparatedWords
      let qualifiers =
        (phrase.modifiers.filter { modifier in
          modifier.first.map { $0.isLetter } ?? false
            && (SpeakerPhraseParser.isDemonym(modifier) && modifier != "former" && modifier != "new"
              || Lexicon.portfolios.contains(modifier))
        }
        + phraseWords.dropFirst().filter { $0.first?.isUppercase ?? false }.map {
          $0.lowercasedQuickly()
        }).filter { $0 != phrase.head }
      let opening = phraseWords.first.map(String.init) ?? ""
      let determiner = opening.lowercasedQuickly()
      if determiner == "the",
        let id = registry.resolveRole(head: phrase.head, qualifiers: qualifiers, before: position, wordsOf: phrase.text)
      {
        return Resolution(person: id, mention: phrase.text)
      }
      // a place's role is the person in that role the article names, whose own role may leave the place out:
      // "Manitoba's premier says …" … "Premier Dale Ferris told reporters" (not a deputy premier)
      if case let place = NameTyper.stripPossessive(opening), place != opening,
        WorldKnowledge.shared.places[nameKey(place)] != nil,
        let id = registry.resolveRole(
          head: phrase.head, qualifiers: [place.lowercasedQuickly()], before: position, wordsOf: phrase.text)
          ?? registry.resolveRole(head: phrase.head, qualifiers: [], before: position, wordsOf: phrase.text)
      {
        return Resolution(person: id, mention: phrase.text)
      }
      // "the company said", "the ministry said": the organisation the article named last
      if determiner == "the", phrase.modifiers.count <= 2,
        let name = registry.latestOrganisation(for: phrase.head, before: position)
      {
        return Resolution(organisation: name, mention: phrase.text)
      }
      // "its website notes …", "its press release said": the body named just before, whose document it is (not a
      // person of it: "its senior vice president")
      if determiner == "its", SpeakerPhraseParser.documentNouns.contains(phrase.head),
        let name = registry.bodyNamedJustBefore(position)
      {
        return Resolution(organisation: name, mention: phrase.text)
      }
      // or the firm no list knows that opens the sentence before ("Ryanair cancelled 200 flights. The airline
      // said …")
      if Self.isFirmNoun(phrase.text),
        let name = firmNamedAtHead(ofSentenceBefore: phrase.tokens.lowerBound, paragraph: paragraph)
      {
        return Resolution(organisation: name, mention: phrase.text)
      }
      if allowHead,
        ["side", "government", "leadership", "authorities", "administration"].contains(phrase.head)
          || WorldKnowledge.shared.seatsOfPower[phrase.head] != nil,
        let qualifier = qualifiers.first.map({ $0.lowercasedQuickly() }),
        let id = registry.resolveHead(of: qualifier, before: position)
      {
        return Resolution(person: id, mention: phrase.text)
      }
      // "the" and a body's word written with a capital names that body, shown by the word: "The Senate said", "the
      // Palace said"
      if determiner == "the", phraseWords.count == 2, let head = phraseWords.last, head.first?.isUppercase == true,
        WorldKnowledge.shared.organisationWords.contains(phrase.head)
      {
        return Resolution(organisation: String(head), mention: phrase.text)
      }
      // a body's word after "the" or a name's possessive, with a name or a people's word in the phrase, names that
      // body: "The Norwegian government said", "The Alvarez campaign", "the government of Chile", "Valdoria's
      // health ministry" (not "the research team", "the government")
      if WorldKnowledge.shared.organisationWords.contains(phrase.head), phraseWords.count <= 6,
        case let owner = NameTyper.stripPossessive(opening),
        determiner == "the" && phraseWords.dropFirst().contains(where: { Self.isNameWord($0) })
          || (owner != opening && Self.isNameWord(Substring(owner)))
      {
        return Resolution(organisation: phrase.text, mention: phrase.text)
      }
      return Resolution(group: phrase.text, mention: phrase.text)
    case .group:
      return Resolution(group: phrase.text, mention: phrase.text)
    case .organisation:
      if phrase.name.wordCount == 1, let body = bodyNamedBeforeBrackets(phrase.name) {
        return Resolution(organisation: body, mention: phrase.text)
      }
      // the family name of a person the article named in full: "rapper Austin West … West said" (not a body's
      // word the article gave no person); an outlet's name only when it speaks rather than publishes, and no
      // "it" follows: "Const. Mike Fox … Fox added", not "Bloomberg reported", "Dell says it started …"
      if phrase.name.wordCount == 1,
        !WorldKnowledge.shared.outlets.contains(nameKey(phrase.name))
          || !(Lexicon.publishingCues.contains(cue ?? "")
            || impersonalPossessiveFollows(phrase.tokens.lowerBound, paragraph: paragraph, orIt: true)),
        let id = registry.resolveSurname(phrase.name, before: position + 1)
      {
        registry.addMention(id, at: position)
        return Resolution(person: id, mention: phrase.text)
      }
      if allowHead,
        let demonym = WorldKnowledge.shared.leaderDemonym(
          ofPolity: nameKey(phrase.name.lowercasedQuickly().replacingOccurrences(of: "the ", with: ""))),
        let id = registry.resolveHead(of: demonym, before: position)
      {
        return Resolution(person: id, mention: phrase.text)
      }
      // a body's word alone, capitalised, stands for the body the article named last whose head it is, as its
      // lower-case form does: "The Oregon Department of Transport … The Department said", "The Post"
      // of "The Washington Post" (not "The U.N." of "the U.N. Charter")
      if phrase.name.hasPrefix("The "), case let words = phrase.name.spaceSeparatedWords, words.count == 2,
        let name = registry.latestOrganisation(for: words[1].lowercasedQuickly(), before: position),
        Self.isHead(words[1], of: name)
      {
        return Resolution(organisation: name, mention: phrase.text)
      }
      return Resolution(organisation: phrase.name, mention: phrase.text)
    }
  }
}

/// A common word that opens sentences but names no one: a participle ("Calling", "Known"), a contraction
/// ("I've", "They’re"), a preposition or a clause word ("Amongst", "Whilst") or "Nobody".
func isSentenceWord(_ key: String) -> Bool {
  if let apostrophe = key.lastIndex(where: { $0 == "'" || $0 == "’" }) {
    return ["ve", "d", "re", "ll", "m"].contains(String(key[key.index(after: apostrophe)...]))
  }
  let world = WorldKnowledge.shared
  guard world.isCommonWord(key), !world.surnames.contains(key) else { return false }
  return isParticiple(key)
    || ["nobody", "nothing", "something", "anything", "everything", "let", "that"].contains(key)
    || Lexicon.prepositions.contains(key) || Lexicon.clauseWords.contains(key)
}

/// Whether a common word is a verb's "-ing" or "-ed" form: its stem is a common word too ("calling" of
/// "call", "hoping" of "hope", "running" of "run", "carried" of "carry"; not "boeing" nor "lockheed").
func isParticiple(_ key: String) -> Bool {
  guard key.count > 4 else { return false }
  let stem: Substring
  if key.hasSuffix("ing") {
    stem = key.dropLast(3)
  } else if key.hasSuffix("ed") {
    stem = key.dropLast(2)
  } else {
    return false
  }
  let world = WorldKnowledge.shared
  if world.isCommonWord(String(stem)) || world.isCommonWord(stem + "e") { return true }
  // (a doubled consonant, "running"; a "y" made "i", "carried")
  if let last = stem.last, stem.dropLast().last == last, world.isCommonWord(String(stem.dropLast())) { return true }
  return stem.last == "i" && world.isCommonWord(stem.dropLast() + "y")
}

extension Analyzer.Resolution {
  init(person id: Int, mention: String) { self.init(referent: .person(id), mention: mention) }
  init(organisation name: String, mention: String) { self.init(referent: .organisation(name), mention: mention) }
  init(group text: String, mention: String) { self.init(referent: .group(text), mention: mention) }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = Substring(self)
    while let match = rest.range(of: target) {
      out += rest[..<match.lowerBound]
      out += replacement
      rest = rest[match.upperBound...]
    }
    return out + rest
  }
}
