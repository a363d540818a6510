import SaysoCore

/// Where reported content starts after its cue (where it stops: `Attributor+ContentEnd`).
extension Attributor {
  /// Where the content starts when a colon introduces the quote that ends it: the words before the
  /// colon are no part of it ("Vey declared the need for patience: “Stay the course,” she said" — a noun
  /// phrase there is the writer's lead-in; "… asserted that Norway had lost its way: “…,” he claimed" — a clause
  /// there has its own frame, which `attributions(in:)` adds).
  static func trimmedHead(_ paragraph: ParagraphText, _ first: Int, _ last: Int) -> Int {
    guard last > first + 2, let quote = paragraph.tokens[last].quote else { return first }
    let opening = paragraph.firstToken(startingAtOrAfter: paragraph.quotes[quote].start)
    guard opening > first + 1, opening <= last, paragraph.tokens[opening].quote == quote,
      paragraph.tokens[opening - 1].scalar == ":", paragraph.tokens[opening - 1].quote == nil
    else { return first }
    return opening
  }

  /// What the words after "that" at `that` show of their clause's verb.
  enum ClauseVerb {
    /// A finite verb states something: an auxiliary, a past tense or a contraction ("suggested that the plan
    /// had failed", "… that voters are tired", "… he'd win", "… they don't know").
    case finite
    /// "should" or "must" says what ought to be: a reported opinion and a proposal at once ("suggested the
    /// city should build a bridge"), as after "said".
    case modal
  }

  /// The verb the clause after "that" at `that` shows within its first words, if any; none for the subjunctive
  /// ("suggested that Chile and Peru exchange envoys"). A present tense in -s is not told from a plural noun, so
  /// it counts as no evidence.
  /// - Parameter reach: how many words after "that" are looked at; past `clauseVerbReach`, only "is", "was", a modal
  ///   and the like, before a mark or another clause's word.
  static func clauseVerb(
    _ paragraph: ParagraphText, after that: Int, limit: Int, reach: Int = clauseVerbReach
  ) -> ClauseVerb? {
    var index = that + 1
    while index < limit && index <= that + reach && paragraph.tokens[index].quote == nil {
      let word = paragraph.tokens[index]
      // (past ten words, only "is", "was", "has" … or a modal, and not past a mark or another clause's word: "ruled
      // that out at a press conference … after residents complained", "a meeting about plans for two disused yards")
      if index > that + clauseVerbReach {
        if word.kind == .punct || subordinators.contains(word.lower) || relativePronouns.contains(word.lower)
          || clauseCoordinators.contains(word.lower)
        {
          return nil
        }
        if !word.isCapitalized, modalVerbs.contains(word.lower) { return .modal }
        if !word.isCapitalized, finiteVerbs.contains(word.lower) || isFiniteContraction(word.lower) { return .finite }
        index += 1
        continue
      }
      if word.kind == .word && !word.isCapitalized && !word.classes.contains(.determiner) {
        let lower = word.lower
        if modalVerbs.contains(lower) { return .modal }
        // (a form in -ed after an article is a noun or an adjective: "visiting the injured", "the wounded")
        if finiteVerbs.contains(lower)
          || ((lower.hasSuffix("ed") || Lexicon.irregularPasts.contains(lower))
            && !(index > 0 && Lexicon.articles.contains(paragraph.tokens[index - 1].lower)))
          || isFiniteContraction(lower)
          || (lower == "do" && index + 1 < limit && paragraph.tokens[index + 1].lower == "not")
        {
          return .finite
        }
      }
      index += 1
    }
    return nil
  }

  /// The words after "that" in which `clauseVerb` reads any form of a verb.
  static let clauseVerbReach = 10

  /// Whether the clause after "that" at `that` states something (`clauseVerb` is `.finite`).
  static func isIndicativeClause(_ paragraph: ParagraphText, after that: Int, limit: Int) -> Bool {
    clauseVerb(paragraph, after: that, limit: limit) == .finite
  }

  /// Whether the word at `index` opens a clause with no "that" (`opensClauseWithNoThat`) that states something
  /// (`isIndicativeClause`) before `limit`: "the lizards were breeding …", "the shelters were a first step".
  static func opensIndicativeClauseWithNoThat(_ paragraph: ParagraphText, at index: Int, limit: Int) -> Bool {
    opensClauseWithNoThat(paragraph.tokens[index]) && isIndicativeClause(paragraph, after: index - 1, limit: limit)
  }

  /// Whether a clause with no "that" opens at `index` whose finite verb comes before any mark, relative pronoun,
  /// subordinator (`subordinators`, "as", "where", "that"), conjunction or subject pronoun, within ten words and
  /// before `limit`, and is an auxiliary, a modal or a form of "be" or "have": "there could be water", "the flies
  /// had a harder time", "the lifts had not been serviced" (not "an alleged weapon, which was …", "no sign that he
  /// was …", "the woman injured in her kitchen", "the knife and arrested him").
  static func opensPlainClause(_ paragraph: ParagraphText, at index: Int, limit: Int) -> Bool {
    guard opensClauseWithNoThat(paragraph.tokens[index]) else { return false }
    var position = index + 1
    while position < min(limit, index + 11) {
      let word = paragraph.tokens[position]
      // (a subject pronoun inside opens a relative clause with no pronoun: "a weakness she did not reveal")
      // (nor a second verb of the one who found: "found the knife and arrested him")
      guard word.kind != .punct, word.quote == nil, !relativePronouns.contains(word.lower),
        !subordinators.contains(word.lower), !plainClauseStops.contains(word.lower), !subjectPronouns.contains(word.lower)
      else { return false }
      // (an auxiliary, a modal or a form of "be" or "have" only: a past form may be a participle of what was found,
      // "found the woman injured in her kitchen", "found the village deserted")
      let lower = word.lower
      if !word.isCapitalized, !word.classes.contains(.determiner),
        modalVerbs.contains(lower) || finiteVerbs.contains(lower) || isFiniteContraction(lower)
      {
        return true
      }
      position += 1
    }
    return false
  }

  /// Words besides relative pronouns, subordinators and subject pronouns before which a plain clause has no verb.
  static let plainClauseStops: WordSet = ["as", "where", "that", "and", "or", "but"]

  /// Whether a word is a contracted finite verb: a negated auxiliary ("hadn't", "wouldn't", not "shouldn't") or
  /// a subject pronoun with its auxiliary (`isPronounContraction`).
  static func isFiniteContraction(_ lower: String) -> Bool {
    guard let (stem, ending) = contraction(lower) else { return false }
    if ending == "t" { return stem.hasSuffix("n") && !modalVerbs.contains(String(stem.dropLast())) }
    return isPronounContraction(stem, ending)
  }

  /// Whether a word is a subject pronoun, alone or with its auxiliary: "he", "he'd", "they're".
  static func isSubjectPronoun(_ lower: String) -> Bool {
    if subjectPronouns.contains(lower) { return true }
    guard let (stem, ending) = contraction(lower) else { return false }
    return isPronounContraction(stem, ending)
  }

  /// A subject pronoun with its auxiliary: "he'd", "she'll", "it's", "they're", "we've", "i'm".
  private static func isPronounContraction(_ stem: String, _ ending: String) -> Bool {
    subjectPronouns.contains(stem) && ["d", "ll", "s", "re", "ve", "m"].contains(ending)
  }

  /// A word's letters before and after its apostrophe: "he'd" → ("he", "d").
  private static func contraction(_ lower: String) -> (String, String)? {
    let scalars = lower.unicodeScalars
    guard let apostrophe = scalars.firstIndex(where: { $0 == "'" || $0 == "’" }) else { return nil }
    return (String(scalars[..<apostrophe]), String(scalars[scalars.index(after: apostrophe)...]))
  }

  /// Auxiliaries and copulas that show a finite clause.
  static let finiteVerbs: WordSet = [
    "is", "was", "are", "were", "will", "would", "has", "have", "had", "can", "could", "may", "might", "did",
    "does", "won't", "can't", "isn't", "wasn't", "didn't", "doesn't",
  ]
  /// Modals of what ought to be.
  static let modalVerbs: WordSet = ["should", "must"]

  /// Conjunctions that join a second clause: ", and …", ", but …".
  static let clauseCoordinators: WordSet = ["and", "but", "yet", "so"]
  /// Determiners that open a verb's object, not a time: "attacked the plan" (but "said this week").
  static let objectDeterminers: WordSet = ["a", "an", "the", "his", "her", "their", "its", "our", "my", "your"]
  /// Pronouns that are only objects, and the particles of phrasal verbs after them: "swore her in".
  static let objectPronouns: WordSet = ["him", "her", "them", "me", "us"]
  static let particles: Set<String> = ["in", "up", "off", "out", "down", "over", "back", "away"]
  /// Pronouns that open a clause as its subject.
  static let subjectPronouns: WordSet = ["i", "he", "she", "we", "they", "it", "you", "there"]
  /// The subject pronouns of people who may speak in a news report: not "it" or "there", nor "you".
  static let speakingPronouns: WordSet = ["i", "he", "she", "we", "they"]

  /// Whether a bare plural and its finite verb open a clause at `index`: "voters had been misled", "residents
  /// fled", "talks continued" (not a participle of the plural, which "by" or a time follows: "changes made last
  /// year", "plans announced by the board").
  /// (a count and up to two words of what it counts may stand before the verb: "30 people were missing", "two more
  /// homes burned"; not "30 percent growth", nor a participle's phrase, "12 people injured in the blast")
  /// - Parameter strict: a past form that a preposition follows is a participle's ("suggested measures aimed at
  ///   drivers", not "suggested residents felt unsafe"), as it is after a count.
  static func opensBarePluralClause(_ paragraph: ParagraphText, at index: Int, limit: Int, strict: Bool = false)
    -> Bool
  {
    var index = index
    var strict = strict
    if index < limit, CueFinder.isCount(paragraph.tokens[index]) {
      // (up to two plain words of what it counts)
      var noun = index
      while noun + 1 < min(limit, index + 3), case let word = paragraph.tokens[noun + 1], word.kind == .word,
        !word.isCapitalized, word.quote == nil, paragraph.cues[noun + 1] == nil,
        !Lexicon.auxiliariesAndBe.contains(word.lower), !isPastTense(word), !word.classes.contains(.clauseWord)
      { noun += 1 }
      guard noun > index else { return false }
      index = noun
      strict = true
    } else if !isBarePlural(paragraph.tokens[index]) {
      return false
    }
    // (a finite verb: "questions being asked of …" is a noun and its participle)
    guard index + 1 < limit, case let verb = paragraph.tokens[index + 1], opensPredicate(verb),
      !Lexicon.nonFiniteBe.contains(verb.lower)
    else { return false }
    guard index + 2 < limit, !Lexicon.auxiliariesAndBe.contains(verb.lower) else { return true }
    let after = paragraph.tokens[index + 2]
    return !(after.lower == "by" || after.isTimeWord || Lexicon.timeOpeners.contains(after.lower))
      && !(strict && (after.isListedAsWritten(.preposition) || Self.placeWords.contains(after.lower)))
  }

  /// Prepositions of place and direction besides `Lexicon.prepositions`, which a participle's phrase may open:
  /// "troops deployed along the border", "a tanker run into the rocks".
  static let placeWords: WordSet = [
    "along", "across", "into", "onto", "under", "around", "near", "against", "within", "outside", "inside", "toward",
    "towards", "behind", "beyond", "throughout",
  ]

  /// Whether `cue` is "responded" or "replied" with "to" at `start`, not in a refusal ("has not responded to our
  /// questions", which is a claim of its own, as news sources annotate it).
  @inline(__always)
  static func answersWithTo(_ paragraph: ParagraphText, _ cue: Cue, _ start: Int) -> Bool {
    (cue.lemma == "respond" || cue.lemma == "reply") && paragraph.tokens[start].lower == "to"
      && paragraph.tokens[start].quote == nil
      && !paragraph.tokens[max(0, cue.first - 3)..<cue.end].contains(where: { isNegationWord($0.lower) })
  }

  /// The words after "responded to" at `start`, which names what was answered: those after "that" following the
  /// ones answered ("replied to critics that …", not "responded to the claim that he lied"), or after "by" and a
  /// participle ("responded to the question by saying …"); or the words as they were read before when another
  /// participle says them ("replied to the question on the radio writing, “No.”"). Nil otherwise: "responded to
  /// the ruling on Twitter, calling it …" (the participle's frame holds the words).
  static func contentAfterAnswered(_ paragraph: ParagraphText, from start: Int, _ limit: Int) -> (Int, Bool)? {
    guard let next = ((start + 1)..<min(limit, start + 10)).first(where: {
      paragraph.tokens[$0].lower == "that" || paragraph.tokens[$0].kind == .punct || paragraph.tokens[$0].quote != nil
        || paragraph.cues[$0] != nil
    }), paragraph.tokens[next].quote == nil
    else { return nil }
    if paragraph.tokens[next].lower == "that" {
      let answered = paragraph.tokens[next - 1]
      return answered.isCapitalized || isBarePlural(answered) || answered.classes.contains(.objectWord)
        ? (next, true) : nil
    }
    guard let participle = paragraph.cues[next], participle.first == next, paragraph.tokens[next].lower.hasSuffix("ing")
    else { return nil }
    if paragraph.tokens[next - 1].lower != "by" { return (start, false) }
    // (not one told, whose addressee comes first: "by telling reporters …")
    guard participle.end < limit, !CueLexicon.takingAddressee.contains(participle.lemma) else { return nil }
    let words = participle.end
    return (words, paragraph.tokens[words].lower == "that" && paragraph.tokens[words].quote == nil)
  }

  /// Whether `cue` is "cited" or "quoted" whose object speaks through "as" and a participle of its own within 24
  /// words of `start`: "cited Ann Vey, the mayor, as saying …" (`quotedAsSaying`).
  @inline(__always)
  static func quotesOneAsSaying(_ paragraph: ParagraphText, _ cue: Cue, from start: Int, _ limit: Int) -> Bool {
    guard cue.lemma == "cite" || cue.lemma == "quote",
      let saying = (start..<min(limit, start + 24)).first(where: {
        paragraph.tokens[$0].lower == "as" && $0 + 1 < limit && paragraph.tokens[$0 + 1].lower.hasSuffix("ing")
          && paragraph.cues[$0 + 1] != nil
      })
    else { return false }
    return !(start..<saying).contains(where: { paragraph.tokens[$0].quote != nil || paragraph.cues[$0] != nil })
  }

  /// Whether `token` is a plural noun with no determiner, as the one told may be: "told aides", "told analysts".
  static func isBarePlural(_ token: Token) -> Bool {
    token.kind == .word && !token.isCapitalized && token.quote == nil && token.lower.hasSuffix("s")
      && !token.lower.hasSuffix("ss") && !token.classes.contains(.clauseWord)
  }

  /// Where the content starts after a cue (at "that" when there is one), and whether "that", ":" or a
  /// quote marks it explicitly.
  static func contentAfterCue(_ paragraph: ParagraphText, _ cue: Cue, _ limit: Int) -> (Int, Bool)? {
    var start = cue.end
    guard start < limit else { return nil }
    // a comma, then a name and a verb of saying of its own, opens the main clause after a subordinate one: "when
    // Tom Reed interjected, Ann Vey said …" (Reed's verb frames nothing)
    // (the comma and the capital read first: most verbs have neither after them)
    if start + 2 < limit, paragraph.tokens[start].scalar == ",", paragraph.tokens[start].quote == nil,
      paragraph.tokens[start + 1].isCapitalized, SpeakerPhraseParser.isNameToken(paragraph, start + 1),
      let name = (start + 2..<min(limit, start + 6)).first(where: { !SpeakerPhraseParser.isNameToken(paragraph, $0) }),
      let frame = paragraph.cues[name], frame.first == name, frame.category != .belief
    {
      return nil
    }
    // a comma, then a contrast clause with a frame of its own: "Ann Vey denied, though Reed said …"
    if contrastFrameAfter(paragraph, comma: start, limit - 1) { return nil }
    // "responded to the ruling" names what was answered, no words (`contentAfterAnswered`)
    if answersWithTo(paragraph, cue, start) { return contentAfterAnswered(paragraph, from: start, limit) }
    // "cited Ann Vey, the mayor, as saying …": the one quoted speaks through the participle, whose frame it is
    if quotesOneAsSaying(paragraph, cue, from: start, limit) { return nil }
    // "said to": an addressee follows, as after "told" ("said to reporters that …", "said to the police he …")
    var addressed = CueLexicon.takingAddressee.contains(cue.lemma)
    var saidTo = false
    // (not an infinitive: "said to wait")
    if !addressed, CueLexicon.takingToAddressee.contains(cue.lemma), start + 2 < limit,
      paragraph.tokens[start].lower == "to",
      case let next = paragraph.tokens[start + 1], next.kind == .word,
      next.isCapitalized || isBarePlural(next) || !next.classes.isDisjoint(with: [.determiner, .objectWord])
    {
      start += 1
      addressed = true
      saidTo = true
    }
    if addressed {
      // a show's title quoted as the one told is no content: "told “Sunday Briefing.”"
      if isQuotedTitle(paragraph, start) { return nil }
      if isModifiedAudience(paragraph, start, limit) { return nil }
      // skip the addressee: "told Izvestia", "told The Associated Press", "told him", "told her audience"
      if paragraph.tokens[start].classes.contains(.objectWord),
        let audience = audienceNoun(paragraph, after: start, limit: limit)
      {
        start = audience + 1
        // (nor is the title of the programme: "told the radio program ''Open Line''")
        if start < limit && isQuotedTitle(paragraph, start) { return nil }
        // (an appositive of the audience is no content: "told his audience, a crowd of retirees …")
        if start + 1 < limit, paragraph.tokens[start].scalar == ",", !opensQuote(paragraph, start + 1, limit),
          paragraph.tokens[start + 1].lower != "that"
        {
          return nil
        }
      } else if paragraph.tokens[start].classes.contains(.objectWord) {
        start += 1
        if let clause = clauseAfterPlace(paragraph, start, limit) { start = clause }
      } else if let run = SpeakerPhraseParser.nameRun(paragraph, endingAt: start + 1, from: start),
        run.lowerBound == start
      {
        var end = start
        while end < limit && SpeakerPhraseParser.isNameToken(paragraph, end) { end += 1 }
        // (two names, or one with "and" in it, are all the addressee: "told The Star and Herald that …")
        while end + 1 < limit, paragraph.tokens[end].lower == "and" || paragraph.tokens[end].scalar == "&",
          SpeakerPhraseParser.isNameToken(paragraph, end + 1)
        {
          end += 1
          while end < limit && SpeakerPhraseParser.isNameToken(paragraph, end) { end += 1 }
        }
        // (a plural's possessive goes on to what it owns: "said to Hollis’ Senate office that …", "told CBS News'
        // Dana Fell that …")
        var possessed = false
        if end + 1 < limit, paragraph.tokens[end].scalar == "’" || paragraph.tokens[end].scalar == "'",
          paragraph.tokens[end].start == paragraph.tokens[end - 1].end, paragraph.tokens[end - 1].lower.hasSuffix("s")
        {
          possessed = true
          end += 1
          while end < limit && SpeakerPhraseParser.isNameToken(paragraph, end) { end += 1 }
          while end < limit && end < start + 10, paragraph.tokens[end].kind == .word,
            !paragraph.tokens[end].isCapitalized, paragraph.tokens[end].lower != "that",
            !paragraph.tokens[end].classes.contains(.clauseWord), paragraph.cues[end] == nil
          { end += 1 }
        }
        // (a station's number goes on with its name: "told BBC Radio 4 the plan …", "told Channel 4 News")
        if end < limit, end > start, paragraph.tokens[end].kind == .number,
          WorldKnowledge.shared.organisationWords.contains(paragraph.tokens[end - 1].lower)
        {
          end += 1
          while end < limit && SpeakerPhraseParser.isNameToken(paragraph, end) { end += 1 }
        }
        // an outlet, then the name that opens the content: "told NPR Omar bin Salem had appeared …"
        // (but "told CNN's Tom Ware" names the host, and "told ABC Radio Sydney" a station)
        let first = paragraph.tokens[start]
        if end - start >= 2, !first.isPossessive, !possessed,
          !WorldKnowledge.shared.organisationWords.contains(paragraph.tokens[start + 1].lower),
          NameTyper.isAcronym(first.text) || WorldKnowledge.shared.outlets.contains(first.lower),
          (NameTyper.isGivenName(nameKey(paragraph.tokens[start + 1].stem))
            && WorldKnowledge.shared.places[nameKey(paragraph.tokens[start + 1].stem)] == nil)
            || NameTyper.typeRemembered(paragraph.text(tokens: (start + 1)..<end), titled: false).kind == .person
        {
          end = start + 1
        }
        // the outlet's programme is the addressee too: "told BBC Radio 4's Today programme the plan was …"
        var programme = end
        while programme < limit && programme < end + 5
          && (paragraph.tokens[programme].kind == .number || SpeakerPhraseParser.isNameToken(paragraph, programme)
            || ["'s", "’s", "'", "’", "s"].contains(paragraph.tokens[programme].lower))
        { programme += 1 }
        if programme < limit, Lexicon.programmeNouns.contains(paragraph.tokens[programme].lower) { end = programme + 1 }
        start = end
        // (or by the quoted title after its possessive, and when: "told Harbour FM’s “Morning Hour” on Monday the …")
        if start < limit, isNamedWork(paragraph, start), let quote = paragraph.tokens[start].quote,
          let after = (start..<limit).first(where: { paragraph.tokens[$0].quote != quote })
        {
          start = clauseAfterTime(paragraph, after, limit) ?? after
        }
      } else if cue.lemma == "tell" || saidTo, let clause = clauseAfterBareAddressee(paragraph, start, limit) {
        // an addressee with no article, then a clause with no "that": "told council the network carried …",
        // "told supporters Tate would …", "told host Sam Quinn he was …", "told backers Saturday the …"
        start = clause
      } else if cue.lemma == "tell" || saidTo, let audience = bareAudience(paragraph, start, limit) {
        // an audience with no article, and no clause after it: "…, officials told state media."
        start = audience + 1
        guard start < limit, !isAdjunctToTheEnd(paragraph, start, limit) else { return nil }
      } else if isBarePlural(paragraph.tokens[start]), start + 2 < limit,
        subjectPronouns.contains(paragraph.tokens[start + 1].lower)
          || (cue.lemma == "ask" && paragraph.tokens[start + 1].lower != "about"
            && questionWords.contains(paragraph.tokens[start + 1].lower))
      {
        // a bare plural, then a clause with no "that" or a question: "told aides he would fire him", "asked
        // aides whether …"
        start += 1
      } else if paragraph.tokens[start].classes.contains(.determiner), paragraph.tokens[start].lower != "that" {
        var end = start + 1
        while end < limit && end < start + 5 && paragraph.tokens[end].kind == .word
          && paragraph.tokens[end].lower != "that"
        { end += 1 }
        // "told the Ohio Ledger: “…”", "told the BBC “…”"
        if end < limit
          && (paragraph.tokens[end].lower == "that" || paragraph.tokens[end].scalar == ":"
            || ((cue.lemma == "tell" || saidTo) && opensQuote(paragraph, end, limit)
              // (the one told and when, with no clause's subject or verb: not "told the crowd he was “…”")
              && !((start + 1)..<end).contains(where: { index in
                let token = paragraph.tokens[index]
                return subjectPronouns.contains(token.lower) || opensPredicate(token)
                  || looksLikeVerb(token, after: paragraph.tokens[index - 1])
                  // (a second phrase with no preposition before it is the subject: "told the Commons the era of
                  // “…” was over")
                  || (token.classes.contains(.determiner)
                    && !paragraph.tokens[index - 1].classes.contains(.preposition))
              })))
        {
          start = end
        } else if cue.lemma == "tell" || saidTo, end < limit, paragraph.tokens[end].scalar == ",",
          let quote = quoteAfterAsides(paragraph, from: end, limit)
        {
          // "told a nurse, in Welsh, “They took my bag.”"
          start = quote
        } else if end > start + 2, let clause = ((start + 2)..<min(end, limit)).first(where: { index in
          // the addressee, then a clause with no "that": "told the council the team would play elsewhere",
          // "told the court the family escaped"
          let token = paragraph.tokens[index]
          return token.classes.contains(.determiner) || subjectPronouns.contains(token.lower)
        }), clause + 2 < limit,
          predicateFollows(paragraph, clause, limit)
            // (or a pronoun whose words are quoted: "reported to the police she “went out …”")
            || (subjectPronouns.contains(paragraph.tokens[clause].lower) && paragraph.tokens[clause].lower != "it"
              && opensQuote(paragraph, clause + 1, limit))
        {
          start = clause
        } else if cue.lemma == "tell" || saidTo, let audience = audienceNoun(paragraph, after: start, limit: limit) {
          // an audience (and who is in it), then where or when it was: "told a news conference in Ottawa",
          // "told the jury", "told a crowd of 850 here on Friday"
          start = audience + 1
          if start < limit && isQuotedTitle(paragraph, start) { return nil }
          if start < limit, paragraph.tokens[start].lower == "of" {
            start += 1
            while start < limit, paragraph.tokens[start].kind != .punct || paragraph.tokens[start].scalar == ",",
              !paragraph.tokens[start].classes.contains(.preposition), paragraph.tokens[start].lower != "that",
              paragraph.tokens[start].quote == nil, paragraph.cues[start] == nil,
              !(paragraph.tokens[start].scalar == "," && paragraph.tokens[start - 1].kind != .number)
            { start += 1 }
          }
          guard start < limit, !isAdjunctToTheEnd(paragraph, start, limit) else { return nil }
        }
      }
      // phrases of where and when it was told, from a preposition after the one told to a quote: "told reporters at
      // the court, after the hearing, “…”"
      if start > cue.end, start < limit, paragraph.tokens[start].classes.contains(.preposition),
        let quote = quoteAfterAsides(paragraph, from: start, limit)
      {
        start = quote
      }
      // the addressee goes on in lower case after a name or a pronoun, then a clause with no "that": "told
      // FBI agents he checked …", "told her supporters the fight …"
      if start > cue.end, start < limit, isBareNoun(paragraph, start),
        let clause = clauseAfterBareAddressee(paragraph, start, limit)
      {
        start = clause
      }
      // any other addressee with its adjuncts, then "that": "told analysts on a conference call that …",
      // "told FBI agents that …", "told CNN anchor Rita Moss that …", "telling a cousin close to him that …",
      // "told aides since March, at lunches and on calls, that …" (commas only before a preposition or "that")
      if start == cue.end || (start > cue.end && start < limit && isBareNoun(paragraph, start)),
        paragraph.tokens[start].kind == .word, !paragraph.tokens[start].classes.contains(.clauseWord),
        let that = ((start + 1)..<min(limit, start + 16)).first(where: { paragraph.tokens[$0].lower == "that" }),
        // (not a relative "that": "told agencies that dealt with …")
        that + 1 < limit, !opensPredicate(paragraph.tokens[that + 1]),
        !(start..<that).contains(where: { index in
          let token = paragraph.tokens[index]
          if token.scalar == ",", token.kind == .punct, index + 1 < that,
            paragraph.tokens[index + 1].isListedAsWritten(.preposition)
          {
            return false
          }
          return (token.kind == .punct && !(token.scalar == "," && index + 1 == that)) || token.quote != nil
            || paragraph.cues[index] != nil
            || (token.classes.contains(.clauseWord) && !joinsSecondPhrase(paragraph, index, limit)
              && !opensPhraseAsPreposition(paragraph, index, limit))
            || opensPredicate(token)
        })
      {
        start = that
      }
      // (the one spoken to, then a participle that says what was asked: "wrote to the French Embassy in Ottawa
      // asking to extend …"; or nothing said: "wrote to the shipping firm's chief executive")
      if saidTo, start == cue.end + 1, paragraph.tokens[start].classes.contains(.determiner) {
        guard
          let verb = (start + 1..<limit).first(where: { index in
            paragraph.tokens[index].quote != nil || paragraph.tokens[index].lower == "that"
              || looksLikeVerb(paragraph.tokens[index], after: paragraph.tokens[index - 1])
          })
        else { return nil }
        if paragraph.tokens[verb].lower.hasSuffix("ing"), isParticiple(paragraph.tokens[verb]),
          !paragraph.tokens[verb - 1].classes.contains(.determiner)
        {
          start = verb
        }
      }
    }
    guard start < limit else { return nil }
    // a verb that commits only "to" something: "committed to holding a vote", "committed the nation to the
    // accord" (not "20 veterans commit suicide", "crimes committed by …")
    if committingLemmas.contains(cue.lemma),
      !(start..<min(limit, start + 5)).contains(where: { paragraph.tokens[$0].lower == "to" })
    {
      return nil
    }
    // an object pronoun and a particle make a phrasal verb that says nothing: "swore him in at a hearing",
    // "praising her in nearly every post" (not "warned them in a letter that …")
    if start + 1 < limit, Self.objectPronouns.contains(paragraph.tokens[start].lower),
      Self.particles.contains(paragraph.tokens[start + 1].lower),
      !(start..<min(limit, start + 10)).contains(where: {
        paragraph.tokens[$0].lower == "that" || paragraph.tokens[$0].quote != nil
      })
    {
      return nil
    }
    // an aside between commas before a quote or "that": "said, in effect, “beside each shrine …”",
    // "said, however, that …"; whom it was said of, before a colon and a quote: "said of young drivers: “…”"
    // (or between dashes: "said — as reported by the Daily Mail — “…”")
    let opener = paragraph.tokens[start].scalar
    let aside = opener == "," || opener == "—" || opener == "–"
    if aside || ["of", "about"].contains(paragraph.tokens[start].lower), start + 2 < limit,
      let comma = ((start + 2)..<min(limit, start + 10)).first(where: {
        paragraph.tokens[$0].scalar == (aside ? opener : ":")
      }),
      comma + 2 < limit,
      opensQuote(paragraph, comma + 1, limit)
        || (aside
          && (paragraph.tokens[comma + 1].lower == "that"
            // (or a clause with no "that" after a source: "reported, citing police records, there were …")
            || (sourceAside(paragraph, start + 1)
              && opensIndicativeClauseWithNoThat(paragraph, at: comma + 1, limit: limit)))),
      !((start + 1)..<comma).contains(where: {
        paragraph.tokens[$0].quote != nil || paragraph.tokens[$0].lower == "that"
          || (paragraph.cues[$0] != nil && paragraph.tokens[start + 1].lower != "as"  // "as reported by"
            && !sourceAside(paragraph, start + 1))
      })
    {
      return (comma + 1, true)
    }
    // (a time may come first: "said Tuesday in Victoria that …", "said last week at a rally that …")
    var phrase = start
    while phrase + 1 < limit && phrase < start + 3 && paragraph.tokens[phrase].quote == nil
      && (paragraph.tokens[phrase].isTimeWord || paragraph.tokens[phrase].lower == "last")
    { phrase += 1 }
    if let that = thatAfterPrepositionalPhrase(paragraph, phrase, limit) { return (that, true) }
    if let quote = quoteAfterPrepositionalPhrase(paragraph, start, limit) { return (quote, true) }
    // (a verb of saying's, whose phrase tells where or how: not "hints at its plans, …"; nor after a participle,
    // whose phrase may open the sentence: "After asking for his release, Lee signed …")
    if mannerOfSaying.contains(cue.lemma), !paragraph.tokens[cue.first].lower.hasSuffix("ing"),
      let clause = clauseAfterPrepositionalPhrase(paragraph, phrase, limit)
    {
      return (clause, false)
    }
    if let clause = clauseAfterTime(paragraph, start, limit) ?? clauseAfterPlace(paragraph, start, limit)
      ?? clauseAfterAdverb(paragraph, start, limit)
    {
      return (clause, false)
    }
    // adjuncts before an explicit "that" / ":"
    var index = start
    while index < limit && index < start + 9 {
      let token = paragraph.tokens[index]
      // the complementizer belongs to the content: "said [that the vote was fair]"
      if token.lower == "that" && token.quote == nil { return index + 1 < limit ? (index, true) : nil }
      // (the colon of a time is the time's: "posting at 3:17 am")
      if isColonBetweenDigits(paragraph, index) {
        index += 1
        continue
      }
      if token.scalar == ":" || token.scalar == "," {
        // a participle that reports frames its own words: "Dorsey agreed, telling reporters that …"
        if index + 1 < limit, paragraph.tokens[index + 1].lower.hasSuffix("ing"), paragraph.cues[index + 1] != nil {
          return nil
        }
        return index + 1 < limit ? (index + 1, true) : nil
      }
      // (a determiner before the quote is the content's: "said the “fast-track” plan was sound")
      if token.quote != nil {
        let determined = index == start + 1 && paragraph.tokens[start].classes.contains(.determiner)
        return (determined ? start : index, true)
      }
      // (and a manner adverb: "said separately that …", "told him privately that …")
      if !(token.classes.contains(.cueAdjunct) || token.classes.contains(.month) || token.kind == .number
        || isMannerAdverb(paragraph, index, floor: start))
      { break }
      index += 1
    }
    if paragraph.tokens[start].quote != nil { return (start, true) }
    if let clause = clauseAfterChannel(paragraph, start, limit) { return (clause, false) }
    // "saying during the forum last month, “That makes me careful,”": a short adjunct, a comma, a quote; or a
    // colon or a spaced dash after a phrase of place or manner ("posted on social media: “Thank you all.”",
    // not "said he had an idea: “…”")
    let adjunct = !paragraph.tokens[start].classes.isDisjoint(with: [.preposition, .cueAdjunct])
      || paragraph.tokens[start].lower.hasSuffix("ly")
    var scan = start
    var window = start + 10
    while scan < limit && scan < window && paragraph.tokens[scan].quote == nil
      && paragraph.tokens[scan].lower != "that" && paragraph.cues[scan] == nil
      && paragraph.tokens[scan].scalar != "."
    {
      // (a short aside in brackets is passed over, and not counted, nor is a time's colon and minutes: "posting at
      // 9:10 pm (0210 UTC) on his page, “…”")
      if let after = afterBracketedAside(paragraph, scan, limit) {
        window += after - scan
        scan = after
        continue
      }
      if isColonBetweenDigits(paragraph, scan) { window += 2 }
      // (or a spaced dash as a colon: "boasted to reporters of his team - “the finest in the county”";
      // not after an infinitive: "asked the audience to greet the senator - “my oldest ally.”")
      if adjunct && scan > start && isDash(paragraph.tokens[scan].scalar)
        && paragraph.tokens[scan].start > paragraph.tokens[scan - 1].end
        && !((start + 1)..<scan).contains(where: { paragraph.tokens[$0].lower == "to" })
        && opensQuote(paragraph, scan + 1, limit)
      {
        return (scan + 1, true)
      }
      // (a clause before the colon is what was said, no phrase: "said the shelters were a first step: “…”")
      if paragraph.tokens[scan].scalar == ","
        || (adjunct && paragraph.tokens[scan].scalar == ":" && !isColonBetweenDigits(paragraph, scan)
          && !opensIndicativeClauseWithNoThat(paragraph, at: start, limit: scan))
      {
        if opensQuote(paragraph, scan + 1, limit) {
          return (scan + 1, true)
        }
        break
      }
      scan += 1
    }
    // a participle's phrase, then the clause's own verb: "Cobb, responding to the ruling on Twitter,
    // attacked …" (the participle reports nothing of its own)
    if paragraph.tokens[start].classes.contains(.preposition), paragraph.tokens[cue.first].lower.hasSuffix("ing"),
      // (no words after the preposition but its mark: "Police are appealing to")
      let comma = ((start + 1)..<max(start + 1, min(limit - 1, start + 8))).first(where: {
        paragraph.tokens[$0].scalar == ","
      }),
      case let next = paragraph.tokens[comma + 1], next.quote == nil, !next.isCapitalized, isPastTense(next)
    {
      return nil
    }
    // a short phrase after a preposition is where, how or of whom it was said, no content: "Mr. Lund said
    // in his interview.", "Orr responded with logic." (but "commented on his death", "agreed with him")
    // … or before a participle that reports: "reacted to the news, saying: “…”"
    if opensPhraseOfSaying(paragraph, cue, at: start) {
      if limit - start <= 6 { return nil }
      if let comma = ((start + 1)..<min(limit - 1, start + 7)).first(where: { paragraph.tokens[$0].scalar == "," }),
        paragraph.tokens[comma + 1].lower.hasSuffix("ing"), paragraph.cues[comma + 1] != nil
      {
        return nil
      }
      // … or a longer one to the sentence's end with no clause in it: "reacted to the court's ruling on Monday",
      // "posted from the airport after hearing the news" (not what was answered with: "responded with attacks on
      // the rival")
      if paragraph.tokens[start].lower != "with", paragraph.tokens[start].quote == nil, limit - start <= 14,
        !(start..<limit).contains(where: { index in
          let token = paragraph.tokens[index]
          return token.quote != nil || token.lower == "that" || paragraph.cues[index] != nil
            || Lexicon.auxiliariesAndBe.contains(token.lower)
            || (!token.isCapitalized && token.kind == .word && isPastTense(token))
        })
      {
        return nil
      }
    }
    // what it was said about, with no "that", colon or quote after it (found above): no content ("the
    // committee said about its inclusion of the group in the draft")
    // (not "about" a number: "said about 20 people had applied", "about half of …")
    if mannerOfSaying.contains(cue.lemma), paragraph.tokens[start].lower == "about", start + 1 < limit,
      paragraph.tokens[start + 1].kind == .word,
      !SpeakerPhraseParser.numberWords.contains(paragraph.tokens[start + 1].lower),
      paragraph.tokens[start + 1].lower != "a"
    {
      return nil
    }
    // a voice raised at someone, with no words quoted or reported: "Protesters shouted at Marsh and waved
    // banners outside the hall"
    if paragraph.tokens[start].classes.contains(.preposition), voicingLemmas.contains(cue.lemma) { return nil }
    // the preposition that says what the words were about, against or on is no part of them: "asked about [the
    // plan]", "warned against [intervention]", "commented on [his death]" (not "about" a number, "estimated
    // about 3,000 lives"; nor "on" a medium or a day: "posted on Twitter")
    if topicPrepositions.contains(paragraph.tokens[start].lower), start + 2 < limit,
      case let next = paragraph.tokens[start + 1],
      next.quote == nil || opensQuote(paragraph, start + 1, limit),
      next.kind == .word, !SpeakerPhraseParser.numberWords.contains(next.lower),
      paragraph.tokens[start].lower != "on" || !next.isCapitalized || next.isPossessive
    {
      return (start + 1, false)
    }
    // the agent after "by" is no content, with no "that", colon or quote after it (above), nor a question:
    // "Additional reporting by Ann Lund", "written by the paper's editor" (not a number, "leads by 29 points";
    // nor what was said by saying it, "responded by saying …", "by hitting Lund for …"; nor the one who asked,
    // "was asked by the host whether …")
    if paragraph.tokens[start].lower == "by", start + 1 < limit, case let next = paragraph.tokens[start + 1],
      next.kind == .word, !next.lower.hasSuffix("ing"),
      !((start + 2)..<min(limit, start + 14)).contains(where: {
        questionWords.contains(paragraph.tokens[$0].lower)
      })
    {
      return nil
    }
    return (start, false)
  }

  /// Whether the aside opening at `index` names the source of what is reported: "citing police records",
  /// "according to the court".
  static func sourceAside(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    let word = paragraph.tokens[index].lower
    return word == "citing" || (word == "according" && paragraph.tokens[index + 1].lower == "to")
  }

  /// Prepositions that open what was said about or against after a verb of saying.
  static let topicPrepositions: WordSet = ["about", "against", "on"]

  /// Verbs of raising one's voice, whose phrase after a preposition is at whom, not what.
  static let voicingLemmas: WordSet = ["shout", "yell", "scream", "cry", "chant"]

  /// Verbs of saying whose phrase after a preposition tells where, how or of whom it was said.
  static let mannerOfSaying: WordSet = [
    "say", "tell", "write", "report", "respond", "reply", "react", "add", "recall", "note", "explain", "post",
    "tweet", "testify",
  ]

  /// Whether the preposition at `index` after a verb of saying opens where, how or of whom it was said
  /// ("said in his interview", "said of Tate"), not what ("said to …" opens an infinitive).
  static func opensPhraseOfSaying(_ paragraph: ParagraphText, _ cue: Cue, at index: Int) -> Bool {
    mannerOfSaying.contains(cue.lemma) && paragraph.tokens[index].classes.contains(.preposition)
      && (paragraph.tokens[index].lower != "to" || respondingLemmas.contains(cue.lemma))
  }

  /// Verbs whose content is what they commit to: no "to", no content.
  static let committingLemmas: WordSet = ["commit"]

  /// Verbs whose "to" names what they answer, not an infinitive: "reacted to the news".
  static let respondingLemmas: WordSet = ["react"]

  /// Where a clause with no "that" starts after the document, channel or event it was said in: "said in a note
  /// the figures were solid", "wrote in an email Monday the plan had failed", "said at a news conference the
  /// port would reopen"; nil when none does.
  static func clauseAfterChannel(_ paragraph: ParagraphText, _ start: Int, _ limit: Int) -> Int? {
    guard ["in", "on", "via", "through", "at", "during"].contains(paragraph.tokens[start].lower) else { return nil }
    // a platform or an outlet by its name: "said on Instagram he had …", "told on CNN the plan …"
    var nameEnd = start + 1
    while nameEnd < min(limit, start + 4), SpeakerPhraseParser.isNameToken(paragraph, nameEnd) { nameEnd += 1 }
    if nameEnd > start + 1, let end = ((start + 2)...nameEnd).last(where: { end in
      WorldKnowledge.shared.outlets.contains(nameKey(paragraph.text(tokens: (start + 1)..<end)))
    }), end + 2 < limit {
      if let clause = clauseAfterTime(paragraph, end, limit) { return clause }
      if opensClauseWithNoThat(paragraph.tokens[end]) { return end }
    }
    // a determiner or a possessive and up to three modifiers, then the channel's noun
    var index = start + 1
    while index < min(limit, start + 6), !channelNouns.contains(paragraph.tokens[index].lower) {
      let token = paragraph.tokens[index]
      guard token.kind != .punct || token.scalar == "’" || token.scalar == "'", token.quote == nil,
        paragraph.cues[index] == nil, !token.classes.contains(.clauseWord) || token.lower == "this"
      else { return nil }
      index += 1
    }
    guard index > start + 1, index < limit, channelNouns.contains(paragraph.tokens[index].lower) else { return nil }
    index += 1
    // (or a comma: "said in its report, the fault had moved")
    if index + 2 < limit, paragraph.tokens[index].scalar == ",", opensClauseWithNoThat(paragraph.tokens[index + 1]) {
      return index + 1
    }
    // the one the channel was with, by name, before a clause that a pronoun or a determiner opens: "said in an
    // interview with Radio Nord she would run again"
    if index + 1 < limit, ["with", "to"].contains(paragraph.tokens[index].lower),
      SpeakerPhraseParser.isNameToken(paragraph, index + 1)
    {
      var end = index + 1
      while end < min(limit, index + 6), SpeakerPhraseParser.isNameToken(paragraph, end) { end += 1 }
      let next = paragraph.tokens[end]
      if end + 2 < limit, next.quote == nil,
        subjectPronouns.contains(next.lower) || (next.classes.contains(.determiner) && !next.isCapitalized)
      {
        return end
      }
    }
    if index < limit, let clause = clauseAfterTime(paragraph, index, limit) { return clause }
    return index + 2 < limit && opensClauseWithNoThat(paragraph.tokens[index]) ? index : nil
  }

  /// Whether a word after a time or a channel opens the clause that was said, with no "that": a determiner,
  /// a subject pronoun or a capitalised word ("… Monday the plan had failed", "… in a note they said").
  static func opensClauseWithNoThat(_ token: Token) -> Bool {
    token.quote == nil && token.kind == .word && !(token.isTimeWord && !token.isPossessive) && token.lower != "that"
      && (token.classes.contains(.determiner) || token.isCapitalized || isSubjectPronoun(token.lower))
  }

  /// What a claim may be said in: `SpeakerPhraseParser.documentNouns` and the channels of news releases.
  static let channelNouns: Set<String> = SpeakerPhraseParser.documentNouns.union([
    "note", "release", "memo", "filing", "call", "briefing", "broadcast", "video", "podcast", "blog", "newsletter",
    "appearance", "conversation", "emails", "posting",
    // events where it is said
    "conference", "rally", "hearing", "event", "meeting", "session", "summit", "debate", "forum", "ceremony",
  ])

  /// Words before a day that say when in it: "late Sunday", "early Monday".
  static let partOfDayOpeners: WordSet = ["late", "early"]

  /// The quote that opens after phrases of place, time or manner set off by commas, from `start` (the comma or the
  /// preposition after the one spoken to): ", in Welsh, “…”", ", in French and English, “…”", "at the court, after
  /// the hearing, “…”". Nil when a clause word, a verb,
  /// another cue or a mark other than a comma comes first, or no quote opens within 14 tokens.
  static func quoteAfterAsides(_ paragraph: ParagraphText, from start: Int, _ limit: Int) -> Int? {
    var index = start
    while index < min(limit, start + 14) {
      let token = paragraph.tokens[index]
      if token.quote != nil {
        let before = paragraph.tokens[index - 1].scalar
        return index > start && (before == "," || before == ":") && opensQuote(paragraph, index, limit) ? index : nil
      }
      // (words joined by "and" or "or" stay in the phrase: ", in French and English, “…”"; so do a preposition that
      // may open a clause, before an article or a time, an article, and the noun after it, which may have the form
      // of a verb of saying: ", after the hearing, “…”")
      let phraseOpener = token.classes.contains(.preposition) && index + 1 < limit
        && (paragraph.tokens[index + 1].classes.contains(.determiner) || paragraph.tokens[index + 1].isTimeWord)
      let inNounPhrase = (token.classes.contains(.determiner) && token.lower != "that")
        || (index > start && paragraph.tokens[index - 1].classes.contains(.determiner))
      if token.kind == .punct
        ? token.scalar != ","
        : (endsPrepositionalPhrase(paragraph, index) && token.lower != "and" && token.lower != "or" && !phraseOpener
          && !inNounPhrase)
          || opensPredicate(token)
      {
        return nil
      }
      index += 1
    }
    return nil
  }

  /// Adverbs with no "-ly" that say when a thing was said, or that it was said before: between a subject and its
  /// verb ("police later said"), or between the verb and its clause ("said again the plan would fail").
  static let adverbsOfTimeOrRepetition: WordSet = ["later", "also", "then", "again", "earlier", "previously"]

  /// The start of a clause with no "that" after an adverb of manner or of repetition: "said publicly the
  /// harbour should be sold", "said again the plan would fail", "said repeatedly the vote was rigged".
  static func clauseAfterAdverb(_ paragraph: ParagraphText, _ start: Int, _ limit: Int) -> Int? {
    // (an adverb of saying, not any word in "-ly": "said costly repairs were needed")
    let adverb = paragraph.tokens[start]
    guard start + 3 < limit, adverb.quote == nil,
      adverbsOfTimeOrRepetition.contains(adverb.lower)
        || (adverb.classes.contains(.cueModifier) && adverb.lower.hasSuffix("ly"))
    else { return nil }
    let clause = start + 1
    // (not a time after it, whose own clause `clauseAfterTime` reads: "said again this week that …"; nor a
    // number, which an adverb of degree qualifies: "said roughly 40 people died")
    // (after an adverb of time a bare noun is the clause's subject only with its verb next, not the adjective the
    // adverb qualifies: "said previously unknown files showed …"; after one of manner its predicate may come later:
    // "said privately senior ministers wanted her gone")
    let next = paragraph.tokens[clause]
    let verbNext =
      clause + 1 < limit
      && (opensPredicate(paragraph.tokens[clause + 1]) || isVerbLike(paragraph.tokens[clause + 1], after: next))
    guard !Lexicon.timeOpeners.contains(next.lower), !next.isTimeWord, next.kind != .number,
      !SpeakerPhraseParser.numberWords.contains(next.lower),
      opensClauseWithNoThat(next)
        || (isBareNoun(paragraph, clause)
          && (adverbsOfTimeOrRepetition.contains(adverb.lower) ? verbNext : predicateFollows(paragraph, clause, limit)))
    else { return nil }
    return clause
  }

  /// Where the content starts after a time between the verb and a clause with no "that": "said on
  /// Friday the plea was ignored", "said Tuesday he would run", "announced earlier this month he …".
  /// Nil unless the words after the verb are a time (a weekday, a month or a time of day, with "on",
  /// "this", "last", "earlier", "late" or "early" before it) and a determiner, a pronoun or a capitalised word
  /// follows.
  static func clauseAfterTime(_ paragraph: ParagraphText, _ start: Int, _ limit: Int) -> Int? {
    func isTime(_ token: Token) -> Bool { !token.isPossessive && token.quote == nil && token.isTimeWord }
    var index = start
    var sawTime = false
    while index < limit && index < start + 5 {
      let token = paragraph.tokens[index]
      if isTime(token) || (sawTime && token.kind == .number) {
        sawTime = true
      } else if !sawTime && (Lexicon.timeOpeners.contains(token.lower) || partOfDayOpeners.contains(token.lower))
        && token.quote == nil
      {
        // only before a time: "earlier this year", "on Friday", "late Sunday"
      } else {
        break
      }
      index += 1
    }
    // ("earlier" or "later" alone is a time too: "said earlier she might resign")
    if !sawTime, start < limit, index <= start + 1, ["earlier", "later"].contains(paragraph.tokens[start].lower),
      paragraph.tokens[start].quote == nil
    {
      sawTime = true
      index = start + 1
    }
    // (or a noun phrase in lower case whose predicate follows: "told reporters today new tests will be run")
    guard sawTime, index + 2 < limit,
      opensClauseWithNoThat(paragraph.tokens[index])
        || (isBareNoun(paragraph, index) && predicateFollows(paragraph, index, limit))
    else { return nil }
    return index
  }
}
