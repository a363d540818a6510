/// Quoted phrases that no frame claims, and where a quoted clause ends.
extension Attributor {
  /// Whether a verb of saying follows the quote `quoteIndex` in `sentence`.
  static func cueFollowsQuote(_ paragraph: ParagraphText, _ quoteIndex: Int, _ sentence: Range<Int>) -> Bool {
    // (right after it: a comma opens a phrase that describes the thing, "a show called “Brokers,” written by …")
    guard let last = sentence.last(where: { paragraph.tokens[$0].quote == quoteIndex }), last > 0,
      last + 1 < sentence.upperBound, paragraph.tokens[last - 1].scalar != ","
    else { return false }
    return paragraph.cues[last + 1] != nil
  }

  /// The lemmas of verbs of replying, whose answer may be given "with" its words: "replied with “No.”".
  static let replyingLemmas: WordSet = ["answer", "respond", "reply", "retort"]

  /// Words after a quoted phrase that start something else: "a “broken model” during a visit".
  static let clauseClosers: WordSet = [
    "during", "after", "before", "when", "while", "since",
    "as", "following", "amid", "although", "though", "unless",
  ]

  /// Whether `range` (before a quote) holds only the words of a noun phrase, up to eight: no mark, verb or
  /// clause word ("found the government's new plan “was unlawful”"; a phrase with "to" in it is not read as
  /// one: "found Hale's letter to the Governor “was …”" stays unframed).
  static func isNounPhrase(_ paragraph: ParagraphText, _ range: Range<Int>) -> Bool {
    guard !range.isEmpty, range.count <= 8 else { return false }
    return range.allSatisfy { index in
      let token = paragraph.tokens[index]
      return token.kind == .word && token.quote == nil && paragraph.cues[index] == nil
        && !token.classes.contains(.clauseWord) && !looksLikeVerb(token, after: paragraph.tokens[index - 1])
    }
  }

  /// Whether the quote `quoteIndex`, whose first token is `first`, is a name: title case with no mark of a
  /// sentence, that a preposition opens ("on “The Night Desk”", "the contests of “Super Tuesday”") or that
  /// describes the noun after it ("the “Green Streets” scheme", "“Vote Leave” signs"). Not the
  /// object of a verb, which in news is most often a work that is quoted or sung ("sings Tom Ware’s “Harbor
  /// Lights”", "mouthed “Thank You” twice"), nor words that "with", "as", "like", "by" or "to" open ("ended her speech
  /// with “God Bless Ohio”").
  static func isNameInQuotes(
    _ paragraph: ParagraphText, _ quoteIndex: Int, first: Int, floor: Int, limit: Int
  ) -> Bool {
    let quote = paragraph.quotes[quoteIndex]
    let inner = paragraph.text(quote.innerStart, quote.innerEnd)
    // (a capitalised word of four letters at least: not "No", "Not Yet")
    guard TitleCase.isTitleCase(inner),
      inner.spaceSeparatedWords.contains(where: { $0.count >= 4 && ($0.first?.isUppercase ?? false) }),
      !inner.contains(where: { ".!?…:;".contains($0) }), inner.last != ",",
      let last = (first..<limit).last(where: { paragraph.tokens[$0].quote == quoteIndex })
    else { return false }
    // the words before it: a determiner or a possessive and up to two modifiers, then what opens them
    var index = first - 1
    var determined = false
    while index >= floor, first - index <= 3, case let token = paragraph.tokens[index], token.kind == .word,
      token.quote == nil, !token.isListedAsWritten(.preposition),
      token.classes.contains(.determiner) || token.isPossessive
        || (!token.isCapitalized && paragraph.cues[index] == nil && !looksLikeVerb(token, after: nil)
          && token.classes.isDisjoint(with: [.clauseWord]))
    {
      determined = determined || token.classes.contains(.determiner) || token.isPossessive
      index -= 1
    }
    // a noun right after it: a lower-case word that is no verb, preposition, clause word, time or adverb (not after
    // a verb, whose object it is: "mouthed “Thank You” twice")
    let afterVerb = !determined && first - 1 >= floor
      && (paragraph.cues[first - 1] != nil || looksLikeVerb(paragraph.tokens[first - 1], after: nil)
        || (!paragraph.tokens[first - 1].isCapitalized && isPastTense(paragraph.tokens[first - 1])))
    if !afterVerb, last + 1 < limit, case let next = paragraph.tokens[last + 1], next.kind == .word, next.quote == nil,
      !next.isCapitalized, next.classes.isDisjoint(with: [.clauseWord, .preposition, .determiner]),
      paragraph.cues[last + 1] == nil, !looksLikeVerb(next, after: paragraph.tokens[last]), !next.isTimeWord,
      !Lexicon.auxiliariesAndBe.contains(next.lower), !next.lower.hasSuffix("ly"),
      !Lexicon.cueModifiers.contains(next.lower)
    {
      return true
    }
    return index >= floor && paragraph.tokens[index].quote == nil && paragraph.tokens[index].isListedAsWritten(.preposition)
      // (not "to", an infinitive's as often: "a campaign to “Make Roads Safe Again”"; nor "with", whose words may be
      // said: "ended her speech with “God Bless Ohio”")
      && !["as", "like", "by", "to", "with"].contains(paragraph.tokens[index].lower)
  }

  /// Whether the form in "-ed" at `index` is a participle that describes the noun before it, which a preposition
  /// after the clause's verb or an appositive's "a" opens, and that no object follows: "gave accounts of the tool
  /// used in …", "…, an event dedicated to …", "divided the members of a district referred to as …". Not the verb
  /// of a subject ("The company used the word", "critics in both parties quickly compared Vey's …", "A spokesman
  /// for the ministry labelled …", "in a statement credited him for …"), nor a passive with its agent ("a pattern
  /// described by the bulletin as …"). The phrase is up to four words after `floor`, with a determiner only at its
  /// head, and none a verb, a clause word, a pronoun or a mark.
  static func isReducedRelative(_ paragraph: ParagraphText, _ index: Int, floor: Int) -> Bool {
    let tokens = paragraph.tokens
    guard tokens[index].lower.hasSuffix("ed"), index >= 2, index + 1 < tokens.count, case let noun = tokens[index - 1],
      noun.kind == .word, !noun.isCapitalized, !noun.lower.hasSuffix("ly"), !noun.classes.contains(.determiner)
    else { return false }
    // what follows: a preposition (not "by") or a verb, no object
    let next = tokens[index + 1]
    guard next.kind == .word, next.quote == nil, next.lower != "by", !next.isCapitalized,
      next.isListedAsWritten(.preposition) || next.lower == "as" || next.lower == "to"
        || (next.classes.isDisjoint(with: [.determiner, .clauseWord]) && !subjectPronouns.contains(next.lower)
          && !objectPronouns.contains(next.lower) && !CueFinder.possessivePronouns.contains(next.lower)
          && !next.lower.hasSuffix("ly") && !SpeakerPhraseParser.numberWords.contains(next.lower))
    else { return false }
    var start = index - 1
    while start >= floor, index - start <= 4, case let token = tokens[start], token.kind == .word,
      token.quote == nil, paragraph.cues[start] == nil, !token.classes.contains(.clauseWord),
      !token.isListedAsWritten(.preposition), !looksLikeVerb(token, after: nil), !subjectPronouns.contains(token.lower)
    {
      // (a determiner opens the phrase: "the raid the officers detained" is two)
      if token.classes.contains(.determiner), start - 1 >= floor, tokens[start - 1].kind == .word,
        !tokens[start - 1].isListedAsWritten(.preposition)
      {
        return false
      }
      start -= 1
    }
    guard start >= floor, start < index - 1 else { return false }
    // (a preposition opens it in a clause whose verb came before: "The vote divided the members of a district
    // referred to as …"; in the subject it is the subject's noun: "A spokesman for the ministry labelled …")
    let opener = tokens[start]
    if opener.quote == nil, opener.isListedAsWritten(.preposition), opener.lower != "to" {
      return (floor..<start).contains { index in
        index > 0 && (paragraph.cues[index] != nil || Lexicon.auxiliariesAndBe.contains(tokens[index].lower)
          || Attributor.isVerbLike(tokens[index], after: tokens[index - 1]))
      }
    }
    let first = tokens[start + 1]
    return opener.scalar == "," && (first.lower == "a" || first.lower == "an")
  }

  /// A lower-case word with a verb's ending ("sings", "introduced", "pounding"), or a common verb.
  static func looksLikeVerb(_ token: Token, after previous: Token? = nil) -> Bool {
    guard token.kind == .word, !token.isCapitalized, token.classes.isDisjoint(with: [.determiner, .title, .month])
    else {
      return false
    }
    let lower = token.lower
    if ["is", "are", "was", "were", "has", "have", "had", "gave", "made", "took", "sent", "put", "got"].contains(lower)
    {
      return true
    }
    guard lower.count > 4 else { return false }
    if lower.hasSuffix("ed") || lower.hasSuffix("ing") { return true }
    // "-s" only after a name or pronoun ("Moss sings"): after anything else it is most often a plural noun
    // (a possessive is no verb: "the Drake University women's rowing team")
    guard let previous, lower.hasSuffix("s"), !lower.hasSuffix("ss"), !lower.hasSuffix("ous"), !token.isPossessive
    else { return false }
    // (not after a possessive, nor after a common word that no name list holds: "the House's committees",
    // "Web browsers “download” data")
    return (previous.kind == .word && previous.isCapitalized && !previous.classes.contains(.determiner)
      && !previous.isPossessive
      && !(NameTyper.isPlainWord(previous.stemLower, within: 5000) && !NameTyper.isAcronym(previous.text)))
      || ["he", "she", "it"].contains(previous.lower)
  }

  /// Whether the word at `index` is "call" or "calls" as the noun of a talk: after a determiner or a
  /// possessive, before "with" ("the call with Lund", "Tate's calls with Marsh").
  static func isCallWith(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard index > 0, index + 1 < paragraph.tokens.count, paragraph.tokens[index + 1].lower == "with",
      paragraph.tokens[index].lower == "call" || paragraph.tokens[index].lower == "calls"
    else { return false }
    let before = paragraph.tokens[index - 1]
    return before.isPossessive || before.classes.contains(.determiner)
  }

  /// Whether a word looks like a verb (`looksLikeVerb`) or is an irregular past in lower case ("paid", "led").
  static func isVerbLike(_ token: Token, after previous: Token) -> Bool {
    looksLikeVerb(token, after: previous) || (!token.isCapitalized && Lexicon.irregularPasts.contains(token.lower))
  }

  /// Whether a word is a past tense: "-ed", or one of the irregular pasts news uses most ("said", "told").
  static func isPastTense(_ token: Token) -> Bool {
    token.lower.hasSuffix("ed") || irregularPasts.contains(token.lower)
  }

  /// The irregular pasts of a clause's verb after a quote or a name: fewer than `Lexicon.irregularPasts`, whose
  /// "held", "led", "met" … read here as participles or nouns cost claims on PolNeAR train ("being held in").
  static let irregularPasts: WordSet = [
    "said", "told", "wrote", "thought", "felt", "knew", "made", "took", "gave", "went", "came",
  ]

  /// Whether the words at `index`, right after a quoted phrase, start something the quote is not part of:
  /// a subordinate clause ("after she attacked"), a time ("Wednesday on …"), a dash, or a coordinated
  /// verb or clause ("and describe …", "and he does believe …", "or poking holes …").
  static func startsNewClause(_ paragraph: ParagraphText, at index: Int, limit: Int) -> Bool {
    let token = paragraph.tokens[index]
    guard token.quote == nil else { return false }
    if token.scalar == "―" || token.scalar == "—" { return true }
    if clauseClosers.contains(token.lower) && token.lower != "as" { return true }
    if token.classes.contains(.weekday) || token.classes.contains(.month) { return true }
    if (token.lower == "and" || token.lower == "or") && index + 1 < limit {
      let next = paragraph.tokens[index + 1]
      guard next.quote == nil, !next.isCapitalized || Lexicon.personalPronouns.contains(next.lower) else {
        return false
      }
      if ["he", "she", "they", "it", "we", "i"].contains(next.lower) { return true }
      if continuesWithAuxiliary(paragraph, and: index, limit: limit) { return false }
      // "called on the council to “stand up to developers” and consider …", "said it would “review the
      // options” and report back": one infinitive, or one verb after a modal, goes on
      let isBaseForm = !(isPastTense(next) || next.lower.hasSuffix("s") || next.lower.hasSuffix("ing"))
      if isBaseForm, let quote = paragraph.tokens[index - 1].quote,
        precededByBareFormsOpener(paragraph, quoteStart: paragraph.quotes[quote].start)
      {
        return false
      }
      return next.classes.contains(.cueWord) || looksLikeVerb(next, after: paragraph.tokens[index])
    }
    return false
  }

  /// Whether "and" at `index` goes on with the content's predicate: an auxiliary after it, with no verb of saying
  /// after that ("… it is “recruiting” and has hired 200 nurses"; not "… and has said that …", the frame's).
  static func continuesWithAuxiliary(_ paragraph: ParagraphText, and index: Int, limit: Int) -> Bool {
    guard paragraph.tokens[index].lower == "and", index + 2 < limit,
      Lexicon.auxiliaries.contains(paragraph.tokens[index + 1].lower)
    else { return false }
    let verb = paragraph.tokens[index + 2].lower == "also" && index + 3 < limit ? index + 3 : index + 2
    return paragraph.cues[verb] == nil
  }

  /// Whether "to" or a modal stands shortly before a quote, so that a verb's bare form may follow it:
  /// "urged the council to “stand up to developers”", "would “review the options”".
  static func precededByBareFormsOpener(_ paragraph: ParagraphText, quoteStart: Int) -> Bool {
    let first = paragraph.firstToken(startingAtOrAfter: quoteStart)
    guard first < paragraph.tokens.count else { return false }
    var index = first - 1
    while index >= 0 && index >= first - 2 {
      let word = paragraph.tokens[index].lower
      if word == "to" || Lexicon.modalVerbs.contains(word) { return true }
      if paragraph.tokens[index].kind == .punct { return false }
      index -= 1
    }
    return false
  }

  /// Words that can say what a quoted phrase is, when no reporting verb frames it ("called", "dubbed").
  static let labelVerbs: WordSet = [
    "called", "calls", "calling", "call", "dubbed", "labeled", "labelled", "termed", "branded", "named", "nicknamed",
    "likened", "compared", "described", "describes", "praised", "mocked", "derided", "deemed", "cited",
    "cites", "referenced", "used", "uses", "using", "admires", "admired", "decried", "chanting", "chanted",
    "specified", "hailed", "touted", "promised", "promises", "vowed", "pledged", "accused", "urged", "characterized",
    "characterised", "portrayed", "rated", "rates", "referred", "refers",
    "heralded", "heralds", "heralding", "characterizes", "characterizing", "characterises", "characterising",
    "portrays", "portraying", "describing", "deems", "deeming", "likens", "likening", "decries", "decrying",
    "derides", "deriding", "touts", "touting", "hails", "hailing", "accuses", "accusing", "dubs", "dubbing",
    "labeling", "labelling", "praising", "mocking", "comparing", "terming", "citing", "referring", "lauded",
    "lauds", "lauding", "singing", "branding", "brands", "naming",
  ]

  /// The labelling verbs that give a name: in the passive, their subject is what is named ("is referred to as
  /// “Moving Day”"), not who names it.
  static let namingVerbs: WordSet = [
    "called", "dubbed", "labeled", "labelled", "termed", "branded", "named", "nicknamed", "described",
    "characterized", "characterised", "portrayed", "referred",
  ]

  /// The participles that give a thing its name right after its noun: "a ballad called “Lantern Light”".
  static let titlingParticiples: WordSet = ["called", "dubbed", "named", "nicknamed", "titled", "entitled"]
  /// The titling participles that only title, never a verb of saying's form: a name may stand before them.
  static let titlingOnlyParticiples: WordSet = ["titled", "entitled"]

  /// Verbs of voicing words aloud, whose subjects, nouns too, are their speakers: "The attendees chanted “…”"
  /// (a participle's is its clause's subject: "Protesters took to the streets chanting “…”").
  static let voicingVerbs: WordSet = ["chanted", "shouted", "yelled", "screamed", "sang"]

  /// What a quote that no template framed comes to inside its sentence.
  enum QuoteClause {
    /// The clause of a reporting or labelling verb before it.
    case claim(Attribution)
    /// The name a participle between commas gives the one named before it: no one's words ("Reyes,
    /// nicknamed the “Iron Lady of Lagos,” had …"); or a name in quotes that no verb frames.
    case label
  }

  /// A quote inside a sentence that no template framed: its clause runs from the nearest reporting or
  /// labelling verb before it to the end of the clause after it ("Crane called half of … “freeloaders.”").
  /// "It" right before a reporting verb, opening its clause: the document or body named before, which the
  /// resolution of speakers finds ("The federation released a statement. It read, “…”"). Nil for a verb that
  /// only labels, and for an "it" that is another verb's object.
  static func neuterSubject(_ paragraph: ParagraphText, before subjectEnd: Int, floor: Int, cue: Cue?) -> SpeakerPhrase? {
    let index = subjectEnd - 1
    guard cue != nil, index >= floor, paragraph.tokens[index].lower == "it", paragraph.tokens[index].quote == nil,
      index == floor || paragraph.tokens[index - 1].scalar == ","
        || ["and", "but"].contains(paragraph.tokens[index - 1].lower)
    else { return nil }
    let word = paragraph.tokens[index]
    return SpeakerPhrase(kind: .group, text: word.text, name: word.text, head: word.lower, tokens: index..<subjectEnd)
  }

  /// Whether a word is a past participle without "-ed": "struck", "held", "given".
  static func isIrregularParticiple(_ lower: String) -> Bool {
    Lexicon.irregularParticiples.contains(lower) || Lexicon.irregularPasts.contains(lower)
  }

  static func quoteClause(_ paragraph: ParagraphText, quote quoteIndex: Int, covered: CoveredOffsets) -> QuoteClause? {
    let quote = paragraph.quotes[quoteIndex]
    guard
      let sentenceIndex = paragraph.sentence(holding: quote.start)
    else { return nil }
    let sentence = paragraph.sentences[sentenceIndex]
    let contentStart = Self.contentStart(paragraph, sentence)
    guard
      let quoteFirst = (sentence.lowerBound..<sentence.upperBound).first(where: {
        paragraph.tokens[$0].quote == quoteIndex
      }), quoteFirst > contentStart
    else {
      return nil
    }
    // the nearest verb before the quote
    var position = quoteFirst - 1
    var cue: Cue? = nil
    var labelIndex: Int? = nil
    var describesNoun = false
    // a reporting verb anywhere in reach wins over a nearer labelling verb:
    // "tweets early Monday saying that Crane had shown poor judgment in citing Lowe “as a role model”"
    while position >= contentStart && position >= quoteFirst - 25 {
      let token = paragraph.tokens[position]
      if token.quote != nil || covered.contains(token.start) { break }
      if let candidate = CueFinder.cue(paragraph, at: position),
        (candidate.category != .belief && candidate.category != .evidence) || quoteFirst - candidate.end <= 2
          || paragraph.tokens[candidate.end].lower == "that" || isNounPhrase(paragraph, candidate.end..<quoteFirst)
      {
        cue = candidate
        break
      }
      // (not the noun of a talk: "characterized the call with Lund as “…”")
      if labelIndex == nil && labelVerbs.contains(token.lower) && !isCallWith(paragraph, position) {
        // (nor a participle that describes a noun: "Accounts of the tool used differ between a hammer and a “…”")
        // (a participle that names a thing is read below: "a show called “Brokers,”")
        if !titlingParticiples.contains(token.lower), isReducedRelative(paragraph, position, floor: contentStart) {
          describesNoun = true
          break
        }
        labelIndex = position
      }
      if labelIndex != nil && token.scalar == "," { break }  // a reporting verb in another clause is not ours
      position -= 1
    }
    if cue != nil { labelIndex = nil }
    if cue == nil && labelIndex == nil && !describesNoun {
      // (but a name in quotes is no one's words: "the contests of “Super Tuesday”", "the “Green Streets” scheme")
      if isNameInQuotes(paragraph, quoteIndex, first: quoteFirst, floor: contentStart, limit: sentence.upperBound) {
        return .label
      }
      // no reporting or labelling verb: the nearest word that looks like a verb opens the clause
      // ("Moss sings Tom Ware’s “Harbor Lights”", "Hale exhorted Democrats to “vote …”")
      var verbCandidate = quoteFirst - 1
      while verbCandidate >= contentStart && verbCandidate >= quoteFirst - 6 {
        let token = paragraph.tokens[verbCandidate]
        if token.quote != nil || token.kind == .punct && token.scalar != "-" && token.scalar != "’" { break }
        // (a plural after a name that a preposition opens is a noun: "31% of Republican claims as “…”")
        // (an irregular participle after "to be" and before its phrase too: "was struck by a “freak” wave", not "was
        // left “speechless”")
        if looksLikeVerb(token, after: verbCandidate > 0 ? paragraph.tokens[verbCandidate - 1] : nil)
          || (verbCandidate > 0 && isIrregularParticiple(token.lower)
            && Lexicon.formsOfBe.contains(paragraph.tokens[verbCandidate - 1].lower)
            && (paragraph.tokens[verbCandidate + 1].isListedAsWritten(.preposition)
              || paragraph.tokens[verbCandidate + 1].lower == "as")),
          !CueFinder.isPluralAfterNamedModifier(paragraph, at: verbCandidate)
        {
          // (but a participle after a noun that a preposition or an appositive's "a" opens describes the noun, and no
          // one speaks: "…, an annual event dedicated to the “model trains”")
          if isReducedRelative(paragraph, verbCandidate, floor: contentStart) {
            describesNoun = true
          } else {
            labelIndex = verbCandidate
          }
          break
        }
        verbCandidate -= 1
      }
    }
    // a participle between commas describes the one named before it, and no one speaks: "Dorsey,
    // reportedly nicknamed the “king of timber”, was chairman …" (the sentence's verb follows the quote)
    if cue == nil, let label = labelIndex, paragraph.tokens[label].lower.hasSuffix("ed"), label >= 1,
      paragraph.tokens[label - 1].scalar == ","
        || (label >= 2 && paragraph.tokens[label - 1].lower.hasSuffix("ly") && paragraph.tokens[label - 2].scalar == ","),
      let quoteLast = (quoteFirst..<sentence.upperBound).last(where: { paragraph.tokens[$0].quote == quoteIndex }),
      quoteLast + 2 < sentence.upperBound
    {
      let comma = paragraph.tokens[quoteLast + 1].scalar == "," ? quoteLast + 1 : quoteLast
      let verb = paragraph.tokens[comma + 1]
      // ("The film, titled “Northern Lights”, opens on Friday"; the comma may be inside the quote: "Reyes,
      // nicknamed the “Iron Lady of Lagos,” had …")
      let closed =
        paragraph.tokens[comma].scalar == ","
        || (comma == quoteLast && quoteLast > quoteFirst && paragraph.tokens[quoteLast - 1].scalar == ",")
      if closed
        && (Lexicon.formsOfBe.contains(verb.lower) || Lexicon.auxiliaries.contains(verb.lower)
          || (verb.quote == nil && !verb.isCapitalized && looksLikeVerb(verb, after: paragraph.tokens[comma])))
      {
        return .label
      }
    }
    // a form of "be" after a phrase that opens the sentence with a preposition puts its subject after it: "At the
    // centre of the inquiry was a bakery known as “The Crumb”" describes the bakery, and no one speaks
    // (phrases that prepositions open alone between them, no clause and no subject: not "After weeks bickering over
    // whether the other is “…”", "At the rally Ann Vey was “confident” …", "On Monday the mayor was “clear” …")
    if cue == nil, let label = labelIndex, Lexicon.formsOfBe.contains(paragraph.tokens[label].lower),
      paragraph.tokens[contentStart].isListedAsWritten(.preposition),
      !(contentStart..<label).contains(where: { index in
        let token = paragraph.tokens[index]
        if token.kind == .punct || token.lower.hasSuffix("ing") || subordinators.contains(token.lower)
          || questionWords.contains(token.lower) || relativePronouns.contains(token.lower) || token.lower == "that"
          || subjectPronouns.contains(token.lower)
        {
          return true
        }
        // (a new noun phrase that no preposition opens is the subject)
        guard index > contentStart else { return false }
        let before = paragraph.tokens[index - 1]
        let opensPhrase = token.classes.contains(.determiner) || (token.isCapitalized && !before.isCapitalized)
        return opensPhrase && !before.isListedAsWritten(.preposition)
          && !(token.isCapitalized && before.classes.contains(.determiner))
      })
    {
      return nil
    }
    // (the words a participle describes a noun with are no one's)
    if cue == nil && labelIndex == nil && describesNoun { return .label }
    let verbEnd: Int
    if let candidate = cue {
      verbEnd = candidate.end
    } else if let label = labelIndex {
      verbEnd = label + 1
    } else {
      return nil
    }
    var first = verbEnd
    if first < quoteFirst && (paragraph.tokens[first].scalar == "," || paragraph.tokens[first].scalar == ":") {
      first += 1
    }
    // (the preposition of "referred to X as “…”" is the verb's: the words are "X as “…”"; a preposition left
    // at the end of a relative clause refers to what came before: "the drivers she referred to in her speech were
    // “fairly treated”")
    if cue == nil, first + 1 < quoteFirst, paragraph.tokens[first].lower == "to",
      paragraph.tokens[first - 1].lower.hasPrefix("refer")
    {
      let next = paragraph.tokens[first + 1]
      if next.kind == .punct || next.isListedAsWritten(.preposition) { return nil }
      first += 1
    }
    // "saying during the forum last month, “That makes me careful,”": after a comma or colon the quote
    // stands alone
    // (and so does the quote an answer was given "with": "responded to a question about the capital with “Which
    // capital?”")
    if first < quoteFirst
      && (paragraph.tokens[quoteFirst - 1].scalar == "," || paragraph.tokens[quoteFirst - 1].scalar == ":"
        || (paragraph.tokens[quoteFirst - 1].lower == "with" && cue.map({ replyingLemmas.contains($0.lemma) }) == true))
    {
      first = quoteFirst
    }
    guard first <= quoteFirst else { return nil }
    // the clause ends with the quote when the quote closes a sentence or a clause; else at the next break
    let quoteLast =
      (quoteFirst..<sentence.upperBound).last(where: { paragraph.tokens[$0].quote == quoteIndex }) ?? quoteFirst
    var last = quoteLast
    let inner = paragraph.text(quote.innerStart, quote.innerEnd)
    if !(inner.last.map { ".!?,".contains($0) } ?? false) {
      var end = last + 1
      while end < sentence.upperBound {
        let token = paragraph.tokens[end]
        if end == last + 1 && startsNewClause(paragraph, at: end, limit: sentence.upperBound) { break }
        if token.quote == nil && token.scalar == "―" { break }
        if token.quote == nil && [",", ";", ".", "–", "—", ":", "!", "?"].contains(token.text) { break }
        if token.quote == nil && token.scalar == "-" && end > 0 && paragraph.tokens[end - 1].end < token.start { break }
        end += 1
      }
      last = end - 1
    }
    // a list of quoted phrases is one clause: a "sore loser," a "career liar," "reckless" and "weak."
    var next = last + 1
    while next < sentence.upperBound && next <= last + 3 {
      let token = paragraph.tokens[next]
      if let nextQuote = token.quote, nextQuote != paragraph.tokens[last].quote,
        paragraph.quotes[nextQuote].start == token.start
      {
        last = (next..<sentence.upperBound).last(where: { paragraph.tokens[$0].quote == nextQuote }) ?? next
        next = last + 1
        continue
      }
      guard token.quote == nil, token.scalar == "," || ["and", "or", "but", "an", "a", "as"].contains(token.lower)
      else { break }
      next += 1
    }
    last = trimmedTail(paragraph, first, last)
    let subjectEnd = skipModifiersLeft(paragraph, cue?.first ?? (labelIndex ?? verbEnd), floor: contentStart)
    // a thing labelled or described in the passive names no one who spoke, and the words are no one's
    // nearby either: "The raids were nicknamed “the Midnight Sweep”", "The region is governed under the “one
    // budget, two councils” model"
    // (a naming verb that is a verb of saying too labels in the passive: "She was called a “radical”")
    let label = cue.map { namingVerbs.contains(paragraph.tokens[$0.first].lower) ? $0.first : nil } ?? labelIndex
    let isPassiveLabel =
      label.map { label in
        // (an adverb may stand between: "was commonly called “…”")
        let be = label > 1 && paragraph.tokens[label - 1].lower.hasSuffix("ly") ? label - 2 : label - 1
        let participle = paragraph.tokens[label].lower
        return be >= 0 && (participle.hasSuffix("ed") || isIrregularParticiple(participle))
          && Lexicon.formsOfBe.contains(paragraph.tokens[be].lower)
          // (not one of how the subject feels, who may have said the words: "was delighted with the “gutsy” win";
          // not "was diagnosed with a “rare” cancer")
          && !Lexicon.feelingParticiples.contains(participle)
      } == true
    // (never the quoted words themselves: "The film, titled “Northern Lights”, opens"; a participle after a comma
    // has the clause's subject: "Dozens of nurses marched through Old Market …, chanting “…”")
    let verb = cue?.first ?? (labelIndex ?? verbEnd - 1)
    let participle =
      verb > contentStart && paragraph.tokens[verb].lower.hasSuffix("ing") && paragraph.tokens[verb - 1].scalar == ","
    // (the subject of a passive label is the thing labelled, not who speaks: "Tomorrow is referred to as “Moving
    // Day”"; its agent is: "were described by the prosecutor as “…”", "was called “…” by a professor")
    // (the subject of any other verb in the passive is what it happened to, and the words are no one's that the
    // sentence names: "the driver was listed in “stable” condition", "The mayor was treated for a “minor” injury";
    // nor is its agent theirs: "The town was hit by a “freak” storm")
    // (but the passive of a clause inside the sentence is the clause's: "Lee talked about how the show has been
    // underestimated “for years”")
    let isClausePassive =
      isPassiveLabel && label.map { label in
        !labelVerbs.contains(paragraph.tokens[label].lower)
          && (contentStart..<label).contains { index in
            let lower = paragraph.tokens[index].lower
            return lower == "that" || subordinators.contains(lower) || questionWords.contains(lower)
              || relativePronouns.contains(lower)
          }
      } == true
    let speaker =
      isPassiveLabel && !isClausePassive
      ? label.flatMap { label in
        labelVerbs.contains(paragraph.tokens[label].lower)
          ? passiveAgent(paragraph, after: verb + 1, sentence.upperBound)
            ?? passiveAgent(paragraph, after: quoteLast + 1, sentence.upperBound) : nil
      }
      : ((participle
        ? nil
        : ProposalDetector.subjectPhrase(
          paragraph, end: subjectEnd, floor: contentStart,
          commonNouns: voicingVerbs.contains(paragraph.tokens[verb].lower)))
      ?? ProposalDetector.clauseSubject(paragraph, sentence, contentStart)).flatMap { phrase in
        // (nor a phrase with a verb of saying and its named object in it, which is a clause: "The report accuses
        // Dana of …")
        paragraph.tokens[phrase.tokens].contains(where: { $0.quote == quoteIndex })
          || phrase.tokens.dropLast().contains(where: { index in
            let token = paragraph.tokens[index]
            return token.kind == .word && !token.isCapitalized && token.classes.contains(.cueWord)
              && (token.lower.hasSuffix("s") || token.lower.hasSuffix("ed"))
              && paragraph.tokens[index + 1].isCapitalized
          }) ? nil : phrase
      } ?? neuterSubject(paragraph, before: subjectEnd, floor: contentStart, cue: cue)
    // a participle right after a noun gives the thing its name, which the writer tells and no one nearby said: "a
    // ballad called “Lantern Light,” which …", "a report titled “…”" (not a pronoun's or a name's verb: "Reed
    // called “…”"; PolNeAR annotates such titles, so the claim stays, with no speaker from the context)
    let namesAThing =
      cue == nil
      && labelIndex.map({ label in
        guard label + 1 == quoteFirst, label >= 1, titlingParticiples.contains(paragraph.tokens[label].lower) else {
          return false
        }
        let noun = paragraph.tokens[label - 1]
        // (after a name too when the participle only titles: "a special about Lena Holm entitled “Queen of the North”")
        let titles = titlingOnlyParticiples.contains(paragraph.tokens[label].lower)
        // (not people who call it so, the verb's subject: "which opponents dubbed “…”", "critics called “…”"; nor a
        // name that its own verb of saying follows: "a group called “Clean Rivers” warned that …")
        // (a title after "a" names one: "a minister called “the Iron Lady”"; "the senator called" is the subject)
        let titleNamed = noun.classes.contains(.title)
          && !(label >= 2 && ["a", "an"].contains(paragraph.tokens[label - 2].lower))
        return noun.kind == .word && (!noun.isCapitalized || titles) && noun.quote == nil
          && noun.classes.isDisjoint(with: [.clauseWord, .determiner, .preposition, .objectWord, .groupNoun])
          && !titleNamed
          && !subjectPronouns.contains(noun.lower) && !looksLikeVerb(noun)
          && !(label >= 2 && (relativePronouns.contains(paragraph.tokens[label - 2].lower)
            || paragraph.tokens[label - 2].lower == "that"))
          && !cueFollowsQuote(paragraph, quoteIndex, sentence)
      }) == true
    // (the name is the quoted words, and the one who gave it is none the sentence's subject tells: "The mayor
    // unveiled a plan called “Homes Now” aimed at families")
    if namesAThing { last = quoteLast }
    return .claim(Attribution(
      paragraph: paragraph.index, start: paragraph.tokens[first].start, end: contentEnd(paragraph, last, floor: first),
      cue: cue?.text ?? paragraph.tokens[verbEnd - 1].text,
      lemma: cue?.lemma, category: cue?.category ?? .statement, speaker: namesAThing ? nil : speaker,
      sentence: sentenceIndex, floating: speaker == nil && !isPassiveLabel && !namesAThing))
  }

}
