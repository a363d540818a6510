import SaysoCore

/// A reporting cue found at a token: its words, lemma and category.
struct Cue {
  var first: Int
  /// One past the last token of the cue ("called for", "summed up", "is sure").
  var end: Int
  var lemma: String
  var category: CueLexicon.Category
  var text: String
}

/// The reporting cue that starts at each token of a paragraph, if any: a 4-byte slot per token and the
/// few cues themselves, since most tokens start none (a cue per token would cost ~70 bytes each).
struct CueTable {
  /// The number of tokens.
  private var count = 0
  /// For each token, the index of its cue in `found` or -1; made at the first cue (most paragraphs have
  /// none).
  private var slots: [Int32] = []
  private var found: [Cue] = []

  init(count: Int = 0) { self.count = count }

  mutating func set(_ cue: Cue, at index: Int) {
    if slots.isEmpty { slots = [Int32](filledWith: -1, count: count) }
    slots[index] = Int32(found.count)
    found.append(cue)
  }

  @inline(__always) subscript(index: Int) -> Cue? {
    guard !slots.isEmpty else { return nil }
    let slot = slots[index]
    return slot < 0 ? nil : found[Int(slot)]
  }
}

enum CueFinder {
  static let particles: [String: Set<String>] = [
    "call": ["for", "on", "upon"], "sum": ["up"], "point": ["out"], "push": ["for"], "press": ["for"], "go": ["on"],
    "put": ["forward"], "weigh": ["in"], "speak": ["out"], "lay": ["out"], "spell": ["out"], "fire": ["back"],
    "shoot": ["back"],
  ]
  static let extra: KeyTable<(String, CueLexicon.Category)> = [
    "summed": ("sum-up", .statement), "sums": ("sum-up", .statement), "pointed": ("point-out", .statement),
    "points": ("point-out", .statement), "pushed": ("push-for", .proposal), "pressed": ("press-for", .proposal),
    "put": ("put-forward", .proposal), "weighed": ("weigh-in", .statement),
    "spoke": ("speak-out", .statement), "went": ("go-on", .statement), "goes": ("go-on", .statement),
    "fired": ("fire-back", .statement), "fires": ("fire-back", .statement), "shot": ("shoot-back", .statement),
    "shoots": ("shoot-back", .statement),
  ]
  /// Two words that report as one, before the particle table's: "as she put it" (its object stands
  /// for the words). Keyed by the first word, then the second: most cue words open none, and are then
  /// not joined to the next word for a look-up.
  static let phraseCues: KeyTable<[String: (String, CueLexicon.Category)]> = [
    "put": ["it": ("put-it", .statement)], "puts": ["it": ("put-it", .statement)],
  ]
  /// Words after "put it" that make it a phrasal verb: "puts it down to", "put it to a vote", "put it aside" (not
  /// "in", which may tell where it was said: "as she put it in her memoir").
  static let phrasalParticles: WordSet = [
    "up", "off", "out", "down", "over", "back", "away", "to", "into", "through", "forward", "aside",
  ]
  static let beliefAdjectives: WordSet = ["sure", "convinced", "confident", "certain", "adamant", "positive"]
  /// The forms of "make" that open "made clear", "made it clear" and "made the case".
  static let makingForms: WordSet = ["make", "makes", "made", "making"]
  /// Every word that can start a cue: one look-up rules out the rest.
  static let anyCueWord: Set<String> =
    Set(CueLexicon.table.entries.map(\.key)).union(extra.keys).union(phraseCues.keys).union(beliefAdjectives.keys)
    .union(makingForms.keys)
  /// Prepositions after which a cue word is a noun.
  static let nounPrepositions: WordSet = [
    "of", "in", "at", "for", "from", "across", "per", "among", "amongst", "into",
  ]
  /// Words before a participle that make it a frame of its own: "as noted by", "when asked by".
  static let participleOpeners: WordSet = ["as", "when", "if", "after", "once", "before", "while", "unless"]
  /// Particles between a phrasal verb's participle and its agent: "shouted down by", "called out by".
  static let passiveParticles: WordSet = ["down", "up", "out", "off", "back"]
  /// Words after a reporting verb that make it another word: "sworn in (as governor)" takes an office, it
  /// says nothing ("sworn in to give evidence" still commits); a "think tank" is a body; "adding to her lead"
  /// increases it.
  static let notReportingParticles: KeyTable<Set<String>> = [
    "swear": ["in"], "think": ["tank", "tanks"], "add": ["to"],
  ]
  static let copulas: WordSet = ["is", "was", "are", "were", "remains", "remained", "be", "been", "'s", "’s"]

  /// Whether the word before `index` is "some", "many", "several" … standing alone as the subject that opens
  /// its clause ("Some say …", "…, but many said …"), not a determiner of the word ("have some say in").
  static func opensWithIndefiniteSubject(_ paragraph: ParagraphText, before index: Int) -> Bool {
    // (a verb's form in "-s" may be a plural noun: "Some states stayed too tight to call")
    // ("another" takes no plural: "Another says …")
    guard index > 0, Lexicon.indefiniteGroups.contains(paragraph.tokens[index - 1].lower),
      !paragraph.tokens[index].lower.hasSuffix("s") || paragraph.tokens[index - 1].lower == "another",
      // (nor an adjective of the noun after it: "several alleged accomplices, including …, were tried")
      !(index + 2 < paragraph.tokens.count && paragraph.tokens[index + 1].kind == .word
        && !paragraph.tokens[index + 1].isCapitalized && paragraph.tokens[index + 1].lower.hasSuffix("s")
        && paragraph.tokens[index + 2].scalar == ",")
    else { return false }
    guard index > 1 else { return true }
    let previous = paragraph.tokens[index - 2]
    if (previous.kind == .punct && previous.quote == nil) || Attributor.isClosingMark(paragraph, index - 2)
      || ["and", "but"].contains(previous.lower) || Attributor.contrastOpeners.contains(previous.lower)
    {
      return true
    }
    // ("yet" and "so" only where they open the clause: "Yet another said …", not "is yet another warning")
    return ["yet", "so"].contains(previous.lower)
      && (index == 2 || paragraph.tokens[index - 3].kind == .punct)
  }

  /// Whether the words before `index` end a share of people with a number word, which is its subject: "Three in
  /// four say …", "one out of five said …" (a number word alone is a determiner: "the three say" is no noun).
  static func endsShareOfPeople(_ paragraph: ParagraphText, before index: Int) -> Bool {
    guard index > 2, SpeakerPhraseParser.numberWords.contains(paragraph.tokens[index - 1].lower),
      ["in", "of"].contains(paragraph.tokens[index - 2].lower)
    else { return false }
    let count = paragraph.tokens[index - 3].lower == "out" && index > 3 ? index - 4 : index - 3
    return paragraph.tokens[count].kind == .number || SpeakerPhraseParser.numberWords.contains(paragraph.tokens[count].lower)
  }

  /// The cue starting at token `index` (outside quotes), if any; computed once per paragraph.
  @inline(__always) static func cue(_ paragraph: ParagraphText, at index: Int) -> Cue? { paragraph.cues[index] }

  /// Whether the -s form at `index` of a verb that is also a noun is the plural noun: before the clause's
  /// verb ("Initial reports stated …", "the claims were …"), or after a modifier and before a comma or a
  /// full stop ("who made controversial comments, …"), but not in a frame after its content ("“…,” the
  /// document states, …").
  static func isPluralNoun(_ paragraph: ParagraphText, at index: Int) -> Bool {
    let lower = paragraph.tokens[index].lower
    guard lower.hasSuffix("s"), !lower.hasSuffix("ss"), index + 1 < paragraph.tokens.count else { return false }
    // after a count, and one word after it: "the ten states with the highest rates", "in all 50 states",
    // "the three Gulf states centers …"
    if index > 0, paragraph.tokens[index - 1].kind == .number
      || SpeakerPhraseParser.numberWords.contains(paragraph.tokens[index - 1].lower)
      || (index > 1 && isCount(paragraph.tokens[index - 2]) && paragraph.tokens[index - 1].kind == .word
        && !paragraph.tokens[index - 1].isPossessive && paragraph.tokens[index - 1].quote == nil)
    {
      return true
    }
    let next = paragraph.tokens[index + 1]
    // before "of", which no verb of saying takes: "the US states of Utah and Maine", "claims of fraud"
    if next.kind == .word && next.lower == "of" { return true }
    // after an adjective in -ing or -ed: "with competing claims from both camps", "unfounded reports"
    if index > 0, paragraph.tokens[index - 1].kind == .word, !paragraph.tokens[index - 1].isCapitalized,
      paragraph.tokens[index - 1].lower.utf8.count > 5,
      paragraph.tokens[index - 1].lower.hasSuffix("ing") || paragraph.tokens[index - 1].lower.hasSuffix("ed"),
      !Lexicon.auxiliariesAndBe.contains(paragraph.tokens[index - 1].lower)
    {
      return true
    }
    // (or a verb of saying in the past, or in the present of a plural: "Early reports said …", "Media reports
    // say …")
    if next.kind == .word, next.quote == nil,
      Lexicon.formsOfBe.contains(next.lower) || next.lower == "have" || next.lower == "had"
        || (next.classes.contains(.cueWord)
          && (next.lower.hasSuffix("ed")
            || (!next.isCapitalized
              && (Attributor.irregularPasts.contains(next.lower)
                || !(next.lower.hasSuffix("s") || next.lower.hasSuffix("ing")))
              && CueLexicon.lookup(next.lower).map { $0.category == .statement || $0.category == .evidence } == true)))
    {
      return true
    }
    // … or after its source: "Initial reports from Kerala hospital reported no signs …"
    if next.kind == .word, next.lower == "from",
      let verb = ((index + 2)..<min(paragraph.tokens.count, index + 8)).first(where: {
        paragraph.tokens[$0].scalar == "," || paragraph.tokens[$0].classes.contains(.cueWord)
      }),
      paragraph.tokens[verb].classes.contains(.cueWord), Attributor.isPastTense(paragraph.tokens[verb])
    {
      return true
    }
    guard index > 0, next.scalar == "," || next.scalar == ".",
      !(max(0, index - 5)..<index).contains(where: {
        paragraph.tokens[$0].scalar == "," || (paragraph.tokens[$0].quote != nil && paragraph.tokens[$0].kind == .punct)
      })
    else { return false }
    let previous = paragraph.tokens[index - 1]
    return previous.kind == .word && !previous.isCapitalized && !Lexicon.personalPronouns.contains(previous.lower)
      && !Attributor.subjectPronouns.contains(previous.lower) && !previous.classes.contains(.clauseWord)
  }

  /// Whether the -s form at `index` of a verb that is mostly a plural noun stands where a verb of saying
  /// does: before "that", a colon, a quote or a clause's subject ("the report states that …", "the law
  /// states: “…”", "Flight Weekly states the plane was …"), or in a frame after its content ("…,” the
  /// letter states."). Elsewhere it is the noun: "Sun Belt states Arizona, Nevada …", "Coastal states swing".
  static func framesItsWords(_ paragraph: ParagraphText, at index: Int) -> Bool {
    if index + 1 < paragraph.tokens.count {
      let next = paragraph.tokens[index + 1]
      if next.lower == "that" || next.scalar == ":" || (next.kind == .punct && next.quote != nil)
        || (next.kind == .word && !next.isCapitalized
          && (next.classes.contains(.determiner) || Attributor.subjectPronouns.contains(next.lower)))
      {
        return true
      }
    }
    let previous = max(0, index - 6)
    return (previous..<index).contains { paragraph.tokens[$0].scalar == "," || Attributor.isClosingMark(paragraph, $0) }
      && (index + 1 >= paragraph.tokens.count || [",", "."].contains(paragraph.tokens[index + 1].scalar))
  }

  /// A cardinal of more than one: "50", "two" (not "14th", a name's ordinal: "The 14th Amendment states",
  /// nor "majority": "the majority opinion states").
  static func isCount(_ token: Token) -> Bool {
    token.kind == .number && token.text.last?.isLetter != true || Lexicon.pluralCounts.contains(token.lower)
  }

  /// Pronouns that stand before a noun as its possessor.
  static let possessivePronouns: WordSet = ["his", "her", "its", "their", "our", "my", "your"]

  /// Whether the bare form at `index` is a noun: after a singular noun or a name and before a finite verb,
  /// where a verb would take -s ("his last story post was a selfie", "Friday's attack was …"; not "a
  /// plan they say was sound", "what critics believe is …", "people say").
  static func isNounBeforeVerb(_ paragraph: ParagraphText, at index: Int) -> Bool {
    guard index > 0, index + 1 < paragraph.tokens.count else { return false }
    let next = paragraph.tokens[index + 1]
    guard next.kind == .word, next.quote == nil, Attributor.finiteVerbs.contains(next.lower) else { return false }
    let previous = paragraph.tokens[index - 1]
    return previous.kind == .word && previous.quote == nil && !previous.lower.hasSuffix("s")
      && !Attributor.subjectPronouns.contains(previous.lower) && !Lexicon.personalPronouns.contains(previous.lower)
      && !Lexicon.auxiliaries.contains(previous.lower) && !previous.classes.contains(.groupNoun)
      && !previous.classes.contains(.clauseWord)
  }

  /// Whether the -ing form at `index` is the noun that a determiner and its modifiers open, with no clause of
  /// content after it: "a heavy snowfall warning put a stop to …", "The orange warning issued by …".
  /// After "with" it is a participle whose noun speaks ("with officials warning …"), and so it is before
  /// "that", a quote, the subject of a clause or what it warns of ("a letter warning of …", "a report
  /// finding the border …").
  static func isModifiedNoun(_ paragraph: ParagraphText, at index: Int) -> Bool {
    guard index > 1, index + 1 < paragraph.tokens.count else { return false }
    let next = paragraph.tokens[index + 1]
    guard next.kind == .word, next.quote == nil, !next.isCapitalized, next.lower != "that",
      !next.classes.contains(.determiner), !Lexicon.personalPronouns.contains(next.lower),
      !Attributor.subjectPronouns.contains(next.lower), !["of", "about", "against"].contains(next.lower)
    else { return false }
    var determiner = index - 1
    while determiner > 0 && determiner >= index - 3 && !paragraph.tokens[determiner].classes.contains(.determiner) {
      let modifier = paragraph.tokens[determiner]
      guard modifier.kind == .word, modifier.quote == nil, !modifier.isCapitalized, !modifier.isPossessive,
        modifier.classes.isDisjoint(with: [.clauseWord, .groupNoun, .sourceNoun]),
        !Lexicon.prepositions.contains(modifier.lower), !Lexicon.auxiliaries.contains(modifier.lower),
        !Lexicon.formsOfBe.contains(modifier.lower), !modifier.lower.hasSuffix("ly")
      else { return false }
      determiner -= 1
    }
    guard determiner < index - 1, paragraph.tokens[determiner].classes.contains(.determiner) else { return false }
    return determiner == 0 || paragraph.tokens[determiner - 1].lower != "with"
  }

  /// Whether the word in "-s" at `index` is a plural noun after a name that a preposition opens: "in a string of
  /// Facebook posts", "11% of Republican claims" (not a name's "of": "the Court of Appeal answers"; nor "said",
  /// "says", "told", "tells").
  /// - Parameter clauseMakesVerb: a clause after the word makes it a verb (for a verb of saying; a word before a
  ///   quote is a noun before a relative "that" too).
  static func isPluralAfterNamedModifier(_ paragraph: ParagraphText, at index: Int, clauseMakesVerb: Bool = false)
    -> Bool
  {
    let lower = paragraph.tokens[index].lower
    guard lower.hasSuffix("s"), index > 1, paragraph.tokens[index - 1].isCapitalized, !verbsOnly.contains(lower) else {
      return false
    }
    // (a name of up to three words: "in Daily Ledger comments")
    var first = index - 1
    while first > 1 && index - first < 3 && paragraph.tokens[first - 1].isCapitalized
      && paragraph.tokens[first - 1].kind == .word
    {
      first -= 1
    }
    guard nounPrepositions.contains(paragraph.tokens[first - 1].lower),
      first == 1 || !paragraph.tokens[first - 2].isCapitalized
    else { return false }
    // (a clause after it makes it the verb of the phrase the name ends: "The president of Costa Rica claims the
    // deal is fair", "… notes that …")
    guard clauseMakesVerb, index + 1 < paragraph.tokens.count else { return true }
    let next = paragraph.tokens[index + 1]
    // ("that" with a verb after it is a relative pronoun: "banners outside LNF offices that read …"; the cues after
    // this word are not found yet, so the verb is told by its form)
    let relativeThat =
      next.lower == "that" && index + 2 < paragraph.tokens.count
      && (Attributor.isVerbLike(paragraph.tokens[index + 2], after: next)
        || Attributor.presentsOfSaying.contains(paragraph.tokens[index + 2].lower)
        || verbsOnly.contains(paragraph.tokens[index + 2].lower))
    return !((next.lower == "that" && !relativeThat) || Attributor.subjectPronouns.contains(next.lower)
      || next.classes.contains(.determiner))
  }

  /// Forms of verbs of saying that are never nouns nor adjectives.
  static let verbsOnly: WordSet = ["said", "says", "told", "tells"]

  /// Verbs that also set a price, which a number or a comparison after them tells: "charged them $300".
  static let pricingLemmas: WordSet = ["charge"]

  /// Verbs that are an act, not words, when one of their objects follows within four words: a court's dismissal
  /// ("the judge dismissed the lawsuit", "the charges against him"), crews answering an emergency ("firefighters
  /// responding to the blaze").
  static let actObjects: [String: WordSet] = [
    "dismiss": [
      "lawsuit", "lawsuits", "suit", "suits", "case", "cases", "charge", "charges", "appeal", "appeals", "motion",
      "motions", "complaint", "indictment", "petition", "jury", "juror", "jurors",
    ],
    "respond": [
      "fire", "fires", "wildfire", "wildfires", "blaze", "emergency", "emergencies", "alarm", "crash", "accident",
      "incident", "outbreak", "flooding", "disaster", "shooting", "explosion",
    ],
  ]

  /// The lemmas of `actObjects`.
  static let actLemmas = WordSet(actObjects.keys)

  /// Verbs that are an act, not words, with one of these particles after them: "ruled out a third term", "the
  /// numbers add up", "showed up at the rally", "wrote off the debt".
  static let actParticles: [String: WordSet] = [
    "rule": ["out"], "add": ["up"], "show": ["up", "off"], "write": ["off"],
  ]

  /// Verbs that convene something, before one of `convokedObjects` after "a" or "an".
  static let convokingLemmas: WordSet = ["call"]
  /// What is convened or called for all to act on: "a meeting", "a snap election", "a strike".
  static let convokedObjects: WordSet = [
    "meeting", "session", "election", "vote", "referendum", "strike", "halt", "recess", "conference", "summit",
    "ceasefire", "truce", "timeout", "hearing", "inquiry", "lockdown",
  ]

  /// Finds the cue at token `index` from the words themselves.
  static func compute(_ paragraph: ParagraphText, at index: Int) -> Cue? {
    // fields are read in place: copying a token copies its two strings
    guard paragraph.tokens[index].kind == .word, paragraph.tokens[index].quote == nil,
      paragraph.tokens[index].classes.contains(.cueWord)
    else { return nil }
    // a capitalised word inside a sentence is a name, not a verb ("the United States")
    // (and a capitalised verb opening a sentence is rare in news: "State Department", "Report:")
    if paragraph.tokens[index].isCapitalized { return nil }
    let lower = paragraph.tokens[index].lower
    // after a determiner or a possessive the word is a noun: "Crane’s comments", "the question" (but a
    // capitalised number word after a name ends the name: "Hydro One said", "Formula One says")
    // (not "said", "says", "told" after a name's possessive, which no noun is: a firm's name, "Sainsbury's said")
    if index > 0,
      paragraph.tokens[index - 1].isPossessive
        && !(paragraph.tokens[index - 1].isCapitalized && Self.verbsOnly.contains(lower))
      || (paragraph.tokens[index - 1].classes.contains(.determiner)
        && !(index > 1 && paragraph.tokens[index - 1].isCapitalized && paragraph.tokens[index - 2].kind == .word
          && paragraph.tokens[index - 2].isCapitalized
          && SpeakerPhraseParser.numberWords.contains(paragraph.tokens[index - 1].lower))
        && !opensWithIndefiniteSubject(paragraph, before: index)
        && !Attributor.isQuantifierOfNamesJoined(paragraph, index - 1, floor: 0)
        && !endsShareOfPeople(paragraph, before: index))
    {
      return nil
    }
    // after a name that "a" opens, too: "in a DW report", "a CNN poll"
    if index > 1, paragraph.tokens[index - 1].isCapitalized, paragraph.tokens[index - 2].lower == "a"
      || paragraph.tokens[index - 2].lower == "an"
    {
      return nil
    }
    // after a preposition too: "secretary of state", "in all 50 states", "for comment"
    if index > 0, nounPrepositions.contains(paragraph.tokens[index - 1].lower) { return nil }
    // is sure / convinced / confident (that)
    if beliefAdjectives.contains(lower), index > 0, copulas.contains(paragraph.tokens[index - 1].lower) {
      return Cue(
        first: index - 1, end: index + 1, lemma: "be-" + lower, category: .belief,
        text: paragraph.text(tokens: (index - 1)..<(index + 1)))
    }
    // (not a phrasal verb with its particle: "puts it down to the weather", "put it off"; "in" may tell where it was
    // said, "as she put it in her memoir")
    if index + 1 < paragraph.tokens.count,
      let (lemma, category) = phraseCues[lower]?[paragraph.tokens[index + 1].lower],
      index + 2 >= paragraph.tokens.count || !phrasalParticles.contains(paragraph.tokens[index + 2].lower)
    {
      let text = paragraph.text(tokens: index..<(index + 2))
      return Cue(first: index, end: index + 2, lemma: lemma, category: category, text: text)
    }
    // "made clear", "made it clear", "making the case", "made the point that": what is made clear or argued is
    // said (an "m" first: most cue words have none)
    if lower.utf8.first == 0x6D, Self.makingForms.contains(lower) {
      guard index + 2 < paragraph.tokens.count else { return nil }
      let second = paragraph.tokens[index + 1].lower
      let third = paragraph.tokens[index + 2].lower
      // (a point is made of a clause only: not "made the point again")
      let point =
        second == "the" && third == "point" && index + 3 < paragraph.tokens.count
        && paragraph.tokens[index + 3].lower == "that"
      let end =
        second == "clear"
        ? index + 2 : (second == "it" && third == "clear") || (second == "the" && third == "case") || point
          ? index + 3 : nil
      guard let end else { return nil }
      let lemma = point ? "make-point" : third == "case" ? "make-case" : "make-clear"
      return Cue(
        first: index, end: end, lemma: lemma, category: lemma == "make-clear" ? .statement : .argument,
        text: paragraph.text(tokens: index..<end))
    }
    if let (lemma, category) = extra[lower] {
      // (the verb of a phrase's lemma: "point" of "point-out"; no array made, as a split made one)
      let base = lemma.utf8.firstIndex(of: 0x2D).map { String(lemma[..<$0]) } ?? lemma
      if index + 1 < paragraph.tokens.count, let parts = particles[base],
        parts.contains(paragraph.tokens[index + 1].lower),
        // (what was fired back with is no content: "fired back with a statement saying …", whose participle frames
        // the words)
        !(parts.contains("back") && index + 2 < paragraph.tokens.count && paragraph.tokens[index + 2].lower == "with")
      {
        return Cue(
          first: index, end: index + 2, lemma: lemma, category: category,
          text: paragraph.text(tokens: index..<(index + 2)))
      }
      return nil
    }
    guard let (lemma, category) = CueLexicon.lookup(lower) else { return nil }
    // the bare form after a singular name that "the" opens is a noun: "citing the Walter Beck quote that
    // …", "on the MSNBC show “Early Start”" (not "the Smiths say", nor a verb with its object: "Biologists
    // from the Marine Trust Chile estimate the population")
    // (a place's name may end in "s": "the Paris attack would …")
    if index > 2, paragraph.tokens[index - 1].isCapitalized,
      !paragraph.tokens[index - 1].lower.hasSuffix("s")
        || WorldKnowledge.shared.places[nameKey(paragraph.tokens[index - 1].text)] != nil,
      lemma == lower,
      index + 1 >= paragraph.tokens.count || !paragraph.tokens[index + 1].classes.contains(.determiner)
        || paragraph.tokens[index + 1].isCapitalized  // (a title: "show The 411")
    {
      var first = index - 1
      while first > index - 4 && first > 0 && paragraph.tokens[first - 1].isCapitalized
        && paragraph.tokens[first - 1].kind == .word
      { first -= 1 }
      if first > 0, paragraph.tokens[first - 1].lower == "the", paragraph.tokens[first - 1].kind == .word,
        !paragraph.tokens[first - 1].isCapitalized
      {
        return nil
      }
      // (or a possessive, with a modifier or two in lower case between: "NBC’s Today show", "Vey’s upcoming
      // Apple Music show The 411", "the reality TV show “The Rink”"; not "Analysts in Cleveland say")
      var opener = first - 1
      while opener > 0, opener >= first - 2, case let word = paragraph.tokens[opener], word.kind == .word,
        !word.isCapitalized, word.quote == nil,
        word.classes.isDisjoint(with: [.determiner, .preposition, .clauseWord]),
        !Lexicon.auxiliariesAndBe.contains(word.lower), !Attributor.subjectPronouns.contains(word.lower)
      {
        opener -= 1
      }
      if opener >= 0, opener < first - 1 || paragraph.tokens[opener].isPossessive,
        case let word = paragraph.tokens[opener], word.quote == nil,
        word.isPossessive || (!word.isCapitalized && ["the", "a", "an"].contains(word.lower))
          || Self.possessivePronouns.contains(word.lower)
      {
        return nil
      }
      // (and "The" that opens the sentence: "The Hulu series, which is on break, sees …")
      if first < index - 1, paragraph.tokens[first].lower == "the" { return nil }
    }
    // a compound's head after a determiner and a singular noun: "my blog post", "the campaign tweet" (not
    // after people: "the people report …")
    if CueLexicon.pluralNouns.contains(lemma), lower == lemma, index > 1,
      case let modifier = paragraph.tokens[index - 1], modifier.kind == .word, !modifier.isCapitalized,
      !modifier.lower.hasSuffix("s"), !modifier.classes.contains(.groupNoun), !modifier.classes.contains(.clauseWord),
      paragraph.tokens[index - 2].classes.contains(.determiner)
    {
      return nil
    }
    if CueLexicon.pluralNouns.contains(lemma), isPluralNoun(paragraph, at: index) { return nil }
    // the bare form that ends the object of a preposition, before a comma, is its noun: "Tom Reed, host of the
    // morning show, said …" (not a subject's verb: "“…,” the women say, “…”")
    if lower == lemma, index + 1 < paragraph.tokens.count, paragraph.tokens[index + 1].scalar == ",", index > 2,
      case let modifier = paragraph.tokens[index - 1], modifier.kind == .word, !modifier.isCapitalized,
      modifier.quote == nil, modifier.classes.isDisjoint(with: [.clauseWord, .determiner]),
      ["the", "a", "an"].contains(paragraph.tokens[index - 2].lower),
      paragraph.tokens[index - 3].isListedAsWritten(.preposition)
    {
      return nil
    }
    // a verb of motion "into" something says nothing: "Storm Nadia slammed into the harbour"; nor does an act
    // that a particle makes of a verb: "ruled out a third term"
    // (the particle is told first: most words after a cue are none, and the table is then not asked)
    if index + 1 < paragraph.tokens.count, case let next = paragraph.tokens[index + 1].lower,
      next == "into"
        || ((next == "out" || next == "up" || next == "off") && Self.actParticles[lemma]?.contains(next) == true)
    {
      return nil
    }
    // an act says nothing: "the judge dismissed the lawsuit", "dismissing the charges", "crews responding to the
    // blaze"
    // (the lemma is told by its set before the table is looked up: every cue word asks)
    if Self.actLemmas.contains(lemma), let objects = Self.actObjects[lemma],
      ((index + 1)..<min(index + 5, paragraph.tokens.count)).contains(where: {
        objects.contains(paragraph.tokens[$0].lower)
      })
    {
      return nil
    }
    // a meeting or a vote called is an act: "called an emergency meeting", "called a snap election" (not "called
    // the election a fraud", which labels it)
    if Self.convokingLemmas.contains(lemma), index + 2 < paragraph.tokens.count,
      ["a", "an"].contains(paragraph.tokens[index + 1].lower),
      ((index + 2)..<min(index + 5, paragraph.tokens.count)).contains(where: {
        Self.convokedObjects.contains(paragraph.tokens[$0].lower)
      })
    {
      return nil
    }
    // a price charged says nothing: "charged students more than $300", "charging the campaign $10,000 for rent"
    if Self.pricingLemmas.contains(lemma),
      ((index + 1)..<min(index + 6, paragraph.tokens.count)).contains(where: {
        paragraph.tokens[$0].kind == .number || paragraph.tokens[$0].scalar == "$"
          || (paragraph.tokens[$0].lower == "than" && $0 > index + 1
            && ["more", "less"].contains(paragraph.tokens[$0 - 1].lower))
      })
    {
      return nil
    }
    if CueLexicon.pluralNouns.contains(lemma), lower != lemma,
      isPluralAfterNamedModifier(paragraph, at: index, clauseMakesVerb: true)
    {
      return nil
    }
    if CueLexicon.mostlyNouns.contains(lemma), lower != lemma, lower.hasSuffix("s"),
      !framesItsWords(paragraph, at: index)
    {
      return nil
    }
    if lower == lemma, isNounBeforeVerb(paragraph, at: index) { return nil }
    // so is the bare form after a possessive pronoun and one word that is no plural, before a comma or a
    // verb: "after his first tweet, Lowe …", "her latest post was …" (not "their leaders say", nor what
    // a body or "team" says: "our team propose to …", "sources close to her office say she …")
    if lower == lemma, index > 1, index + 1 < paragraph.tokens.count,
      Self.possessivePronouns.contains(paragraph.tokens[index - 2].lower),
      case let modifier = paragraph.tokens[index - 1], modifier.kind == .word, !modifier.isCapitalized,
      modifier.quote == nil, !modifier.lower.hasSuffix("s"),
      case let next = paragraph.tokens[index + 1], next.quote == nil,
      next.scalar == "," || next.scalar == "." || Attributor.finiteVerbs.contains(next.lower)
    {
      return nil
    }
    if CueLexicon.gerundNouns.contains(lemma), lower.hasSuffix("ing"), isModifiedNoun(paragraph, at: index) {
      return nil
    }
    // a participle with its agent describes a noun, it frames no one's words: "the trend noted by the team",
    // "the warning issued by the agency" ("as noted by S" is a frame of its own, and so is a passive with
    // its agent)
    if lower.hasSuffix("ed"), lemma != "ask", index + 2 < paragraph.tokens.count, paragraph.tokens[index + 1].lower == "by",
      !paragraph.tokens[index + 2].lower.hasSuffix("ing"), index > 0, paragraph.tokens[index - 1].kind == .word,
      !paragraph.tokens[index - 1].isCapitalized, !participleOpeners.contains(paragraph.tokens[index - 1].lower),
      !Lexicon.formsOfBe.contains(paragraph.tokens[index - 1].lower)  // a passive: "was confirmed by his son"
    {
      return nil
    }
    // a phrasal verb's passive frames no one's words either: "was jeered and shouted down by students"
    if lower.hasSuffix("ed"), index + 2 < paragraph.tokens.count, paragraph.tokens[index + 2].lower == "by",
      Self.passiveParticles.contains(paragraph.tokens[index + 1].lower)
    {
      return nil
    }
    // "All told, …" sums up: it frames nothing
    if lower == "told", index > 0, paragraph.tokens[index - 1].lower == "all", index + 1 < paragraph.tokens.count,
      paragraph.tokens[index + 1].scalar == ","
    {
      return nil
    }
    // "claim" with lives as its object counts the dead: "The storm claimed about 300 lives", "claimed the
    // lives of six children"
    if lemma == "claim",
      paragraph.tokens[(index + 1)..<min(paragraph.tokens.count, index + 6)].prefix(while: {
        $0.quote == nil && ($0.kind != .punct || $0.scalar == ",")
      }).contains(where: { $0.lower == "lives" || $0.lower == "life" || $0.lower == "victims" })
    {
      return nil
    }
    // a participle after a noun that "to be" or "to have" follows describes the noun: "A man suspected to
    // have stolen the van was held", "a woman believed to be in her 40s" (not after an adverb: "Lund
    // later claimed to have …")
    if lower.hasSuffix("ed"), index > 0, index + 2 < paragraph.tokens.count,
      case let noun = paragraph.tokens[index - 1], noun.kind == .word, !noun.isCapitalized, noun.quote == nil,
      !noun.classes.contains(.clauseWord), !noun.classes.contains(.cueModifier), !noun.lower.hasSuffix("ly"),
      paragraph.tokens[index + 1].lower == "to", ["be", "have"].contains(paragraph.tokens[index + 2].lower)
    {
      return nil
    }
    // an unnamed source's request is no claim: "who asked not to be named", "requested anonymity", "asked
    // CBC not to use her last name"
    if lemma == "ask" || lemma == "request" {
      var request = index + 1
      while request < paragraph.tokens.count && request <= index + 3
        && (paragraph.tokens[request].isCapitalized || paragraph.tokens[request].classes.contains(.objectWord))
      { request += 1 }
      if Lexicon.anonymityRequests.contains(where: { words in
        request + words.count <= paragraph.tokens.count
          && words.indices.allSatisfy { paragraph.tokens[request + $0].lower == words[$0] }
      }) {
        return nil
      }
    }
    if let parts = notReportingParticles[lemma], index + 1 < paragraph.tokens.count,
      parts.contains(paragraph.tokens[index + 1].lower),
      !(index + 2 < paragraph.tokens.count && paragraph.tokens[index + 2].lower == "to"),  // "sworn in to tell"
      // (what is added to someone is said to them: "Trump added to People", "added to reporters")
      !(lemma == "add" && index + 2 < paragraph.tokens.count
        && (paragraph.tokens[index + 2].isCapitalized
          || Lexicon.audienceNouns.contains(paragraph.tokens[index + 2].lower)))
    {
      return nil
    }
    // "you know" as a filler says nothing: "You know, I made a mistake", "…, you know, well, …", "You know what
    // they say"; nor does "as we know it"
    if lemma == "know", index >= 1,
      paragraph.tokens[index - 1].lower == "you" || paragraph.tokens[index - 1].lower == "we",
      index + 1 >= paragraph.tokens.count || paragraph.tokens[index + 1].kind == .punct
        || paragraph.tokens[index + 1].lower == "what"
        || (index >= 2 && paragraph.tokens[index - 2].lower == "as" && paragraph.tokens[index + 1].lower == "it")
    {
      return nil
    }
    // one instructs to act or that a thing is so, not a class: "instructed aides to send …", not "instructs the
    // choir every Sunday"
    if lemma == "instruct",
      !(index + 1..<min(paragraph.tokens.count, index + 14)).prefix(while: { paragraph.tokens[$0].kind != .punct })
        .contains(where: { position in
        paragraph.tokens[position].lower == "that"
          || (paragraph.tokens[position].lower == "to" && position + 1 < paragraph.tokens.count
            && ProposalDetector.opensInfinitive(paragraph.tokens[position + 1]))
      })
    {
      return nil
    }
    // one identified or named is said to be someone or something, with "as": "identified the driver as …", "named
    // the victim as …" (not "identify with", "a man named Tom Reed", "named five people to the board")
    if lemma == "identify" || lemma == "name",
      !((index + 2)..<min(paragraph.tokens.count, index + 9)).contains(where: { position in
        paragraph.tokens[position].lower == "as" && paragraph.tokens[position].quote == nil
          && (index + 1..<position).allSatisfy({ paragraph.tokens[$0].scalar != "," && paragraph.cues[$0] == nil })
          // (not a comparison nor a phrase of "as": "as early as 2019", "as soon as", "as well as", "as part of")
          && !(position >= 2 && paragraph.tokens[position - 2].lower == "as")
          && !(position + 2 < paragraph.tokens.count
            && (paragraph.tokens[position + 2].lower == "as"
              || ["well", "part", "soon", "long", "much", "many", "far", "if", "though"].contains(
                paragraph.tokens[position + 1].lower)))
      })
    {
      return nil
    }
    // what is bought is no order given: "ordered 30 jets", "ordered more stock"
    if lemma == "order", index + 1 < paragraph.tokens.count,
      paragraph.tokens[index + 1].kind == .number || SpeakerPhraseParser.numberWords.contains(paragraph.tokens[index + 1].lower)
        || ["more", "extra", "additional"].contains(paragraph.tokens[index + 1].lower)
    {
      return nil
    }
    if lemma == "call" || lemma == "point" {
      // "called Crane a liar": calling someone something is a statement about them
      // (the participle too: "…, calling Lund a “fair man”")
      if lemma == "call", lower == "called" || lower == "calls" || lower == "calling",
        index + 2 < paragraph.tokens.count,
        !particles[lemma]!.contains(paragraph.tokens[index + 1].lower), paragraph.tokens[index + 1].quote == nil,
        paragraph.tokens[index + 1].isCapitalized && hasComplement(paragraph, afterNameAt: index + 1)
          || Lexicon.personalPronouns.contains(paragraph.tokens[index + 1].lower)
          || (paragraph.tokens[index + 1].lower == "it" || paragraph.tokens[index + 1].lower == "them")
            // (not the idioms "called it quits", "called it a day")
            && !(paragraph.tokens[index + 2].lower == "quits"
              || (index + 3 < paragraph.tokens.count && paragraph.tokens[index + 3].lower == "day"))
          || paragraph.tokens[index + 1].classes.contains(.determiner)
      {
        return Cue(first: index, end: index + 1, lemma: "call-name", category: .statement, text: paragraph.tokens[index].text)
      }
      guard index + 1 < paragraph.tokens.count, particles[lemma]!.contains(paragraph.tokens[index + 1].lower) else {
        return nil
      }
      let name = lemma == "call" ? "call-" + paragraph.tokens[index + 1].lower : "point-out"
      return Cue(
        first: index, end: index + 2, lemma: name, category: lemma == "call" ? .proposal : .statement,
        text: paragraph.text(tokens: index..<(index + 2)))
    }
    return Cue(first: index, end: index + 1, lemma: lemma, category: category, text: paragraph.tokens[index].text)
  }
}

extension CueFinder {
  /// Whether words go on after the capitalised name at `index` that "called" takes: what it was called
  /// ("called Crane a liar", "called Tate “reckless”"), not a name a thing bears ("a festival called Harvest
  /// Day, but …") nor a call ("Moss called Hale.").
  static func hasComplement(_ paragraph: ParagraphText, afterNameAt index: Int) -> Bool {
    // (the name ends the clause or the sentence when a comma, a stop or a bracket follows it)
    var after = index
    while after < paragraph.tokens.count && paragraph.tokens[after].kind == .word
      && paragraph.tokens[after].isCapitalized && paragraph.tokens[after].quote == nil
    {
      after += 1
    }
    guard after < paragraph.tokens.count else { return false }
    let next = paragraph.tokens[after]
    return !(next.kind == .punct && next.quote == nil && Self.nameClosers.contains(next.scalar))
  }

  /// The marks that end a clause after a name.
  static let nameClosers: Set<Unicode.Scalar> = [",", ".", ";", ":", ")", "?", "!"]
}
