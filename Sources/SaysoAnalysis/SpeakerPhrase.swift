import SaysoCore

/// The words that name who speaks, as found in a frame, before resolution to a person.
struct SpeakerPhrase: Equatable {
  enum Kind: Equatable {
    /// A capitalised personal name ("Paul Poast", "Poast", "Mr. Ashby").
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
  /// The phrase's strings, in one object that the copies of the phrase share, as tokens share theirs
  /// (`TokenStrings`): a phrase is copied with each attribution and each optional phrase handed on, and a
  /// copy then retains one reference, where it retained five. The object never changes: setting one of
  /// the strings makes a new one.
  private var strings: Strings
  /// Token range of the phrase in its paragraph.
  var tokens: Range<Int>
  /// The layout itself says a person speaks here (a transcript label "WALLACE:"), whatever the name.
  var isLabel = false
  /// A definite noun that stands for a person the article has just named, as a pronoun does: "the
  /// 34-year-old", "the German" (`SpeakerPhraseParser.epithet`).
  var isEpithet = false

  /// The strings of a phrase (`SpeakerPhrase.strings`).
  struct Fields: Equatable {
    var text: String
    var name: String
    var role: String?
    var head: String
    var modifiers: [String]
  }

  /// The shared, unchanging holder of a phrase's `Fields`.
  final class Strings: Sendable {
    let fields: Fields
    init(_ fields: Fields) { self.fields = fields }
  }

  init(
    kind: Kind, text: String, name: String, role: String? = nil, head: String = "", modifiers: [String] = [],
    tokens: Range<Int>, isLabel: Bool = false, isEpithet: Bool = false
  ) {
    self.kind = kind
    strings = Strings(Fields(text: text, name: name, role: role, head: head, modifiers: modifiers))
    self.tokens = tokens
    self.isLabel = isLabel
    self.isEpithet = isEpithet
  }

  /// The whole phrase as it stands: the mention.
  var text: String {
    get { strings.fields.text }
    set { change { $0.text = newValue } }
  }
  /// The name for `.person` (without role words), else the phrase without a leading determiner.
  var name: String {
    get { strings.fields.name }
    set { change { $0.name = newValue } }
  }
  /// The role from a title or an appositive ("Russian President", "an assistant professor …").
  var role: String? {
    get { strings.fields.role }
    set { change { $0.role = newValue } }
  }
  /// Lower-cased head noun and its modifiers, for role-noun resolution ("leader", ["russian"]).
  var head: String {
    get { strings.fields.head }
    set { change { $0.head = newValue } }
  }
  var modifiers: [String] {
    get { strings.fields.modifiers }
    set { change { $0.modifiers = newValue } }
  }

  /// Sets some of the strings: a new object holds them.
  private mutating func change(_ body: (inout Fields) -> Void) {
    var fields = strings.fields
    body(&fields)
    strings = Strings(fields)
  }

  static func == (one: SpeakerPhrase, other: SpeakerPhrase) -> Bool {
    one.kind == other.kind && one.tokens == other.tokens && one.isLabel == other.isLabel
      && one.isEpithet == other.isEpithet
      && (one.strings === other.strings || one.strings.fields == other.strings.fields)
  }
}

/// Parses token ranges into speaker phrases.
enum SpeakerPhraseParser {
  /// Document nouns whose possessor is the speaker: "the Russian leader’s address".
  static let documentNouns: Set<String> = [
    "address", "statement", "speech", "words", "remarks", "letter", "article", "op-ed", "message", "tweet",
    "post", "interview", "testimony", "comments", "email", "e-mail", "memo", "memorandum", "release", "report",
    "filing", "notice", "motion", "lawsuit", "suit", "complaint", "petition", "appeal", "website", "database",
    "note", "essay", "editorial", "column", "affidavit", "ruling", "verdict", "judgment", "judgement",
  ]

  /// The kinds of place named with "of": "the state of Texas", "the city of Boston".
  static let placeKinds: WordSet = [
    "state", "city", "town", "province", "region", "county", "country", "village", "island", "republic",
  ]

  /// Marks dropped before a subject: – — - “ ” " ( (a punctuation token is one scalar).
  @inline(__always) static func isLeadingMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "–", "—", "-", "“", "”", "\"", "(": return true
    default: return false
    }
  }

  /// The author of a document after "from" or "by": a name ("Tesco", "the Ministry of Health", "Senator
  /// Nora Pell") or a possessive and a noun of people ("her family", "his lawyers").
  static func author(_ paragraph: ParagraphText, _ range: Range<Int>) -> SpeakerPhrase? {
    // the owner of the account posted from: "Ann Vey's Twitter account", "the ministry's website"
    if let owner = accountOwner(paragraph, range) { return owner }
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

  /// The one whose account `range` names, a possessive and up to one word before an account noun: "Ann
  /// Vey's Twitter account" is Ann Vey's.
  static func accountOwner(_ paragraph: ParagraphText, _ range: Range<Int>) -> SpeakerPhrase? {
    guard range.count >= 2, Lexicon.postingAccounts.contains(paragraph.tokens[range.upperBound - 1].lower),
      let possessor = range.dropLast().lastIndex(where: { paragraph.tokens[$0].isPossessive }),
      range.upperBound - 1 - possessor <= 2,
      var owner = parse(paragraph, range.lowerBound..<(possessor + 1), commonNouns: true),
      owner.kind == .person || owner.kind == .organisation || owner.kind == .group
    else { return nil }
    owner.name = NameTyper.stripPossessive(owner.name)
    return owner
  }

  /// Words that start a modifier after a source noun's head.
  static let postModifiers: Set<String> = [
    "of", "at", "with", "from", "for", "interviewed", "polled", "surveyed", "familiar", "close", "in", "on",
    "quoted", "cited", "contacted", "asked", "briefed", "involved", "working", "published", "conducted",
    "commissioned", "within",
  ]

  /// Whether the token at `index` opens a modifier of the noun before it: "of", "for", "close" … ("a
  /// spokesman for the Kremlin"), or "to" after a noun of people ("an adviser to the president", "aides to
  /// Crane"; not "said to", "went to").
  static func opensPostModifier(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    let token = paragraph.tokens[index]
    if token.classes.contains(.postModifier) { return true }
    if index > 0, index + 1 < paragraph.tokens.count, participleOrAdjectiveOfPeople(paragraph, index) { return true }
    // (a noun phrase follows: a determiner, a possessive pronoun or a name; not a verb: "requires candidates
    // to disclose")
    guard token.lower == "to", index > 0, index + 1 < paragraph.tokens.count else { return false }
    let next = paragraph.tokens[index + 1]
    let before = paragraph.tokens[index - 1]
    // (or a verb after a noun that an article or a possessive opens: "the push to boycott the speech", "a bid to
    // block it"; not "three days to explain")
    if index >= 2, next.kind == .word, next.quote == nil, !next.isCapitalized,
      next.classes.isDisjoint(with: [.determiner, .preposition, .clauseWord]), before.kind == .word,
      !before.isCapitalized, before.quote == nil, !before.lower.hasSuffix("ed"), !before.lower.hasSuffix("ing"),
      ["the", "a", "an"].contains(paragraph.tokens[index - 2].lower)
        || CueFinder.possessivePronouns.contains(paragraph.tokens[index - 2].lower)
    {
      return true
    }
    guard next.quote == nil, next.classes.contains(.determiner) || next.isCapitalized else { return false }
    return before.lower == "close" || (index >= 2 && participleOrAdjectiveOfPeople(paragraph, index - 1))
      || (before.kind == .word && before.quote == nil
        && !before.classes.isDisjoint(with: [.groupNoun, .sourceNoun, .roleNoun, .title]))
  }

  /// Adjectives that take "to" or "with" after a noun of people: "sources privy to the talks", "lawmakers
  /// opposed to the bill", "groups allied with the party".
  static let adjectivesWithObject: WordSet = [
    "privy", "opposed", "loyal", "allied", "sympathetic", "linked", "connected", "tied", "friendly", "hostile",
    "aligned", "affiliated",
  ]

  /// Whether the word at `index`, after a plural noun of people, is a participle with its object or an adjective
  /// with "to" or "with", which describe the noun: "Officials investigating the crash", "Residents living near
  /// the plant", "lawmakers opposed to the bill" (not a verb of saying: "Officials saying …").
  static func participleOrAdjectiveOfPeople(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    // (the word classes and the last letters first: this is asked at most words of a subject's scan)
    let before = paragraph.tokens[index - 1]
    guard !before.classes.isDisjoint(with: [.groupNoun, .sourceNoun, .roleNoun]), before.kind == .word,
      before.quote == nil, !before.isPossessive, before.lower.utf8.last == 0x73, !before.lower.hasSuffix("ss")
    else { return false }
    let token = paragraph.tokens[index]
    guard token.kind == .word, token.quote == nil, !token.isCapitalized, paragraph.cues[index] == nil else {
      return false
    }
    let next = paragraph.tokens[index + 1]
    if adjectivesWithObject.contains(token.lower) { return next.lower == "to" || next.lower == "with" }
    guard token.lower.utf8.last == 0x67, token.lower.count > 5, token.lower.hasSuffix("ing"), next.quote == nil
    else { return false }
    // (its object or where: "investigating the crash", "living near the plant", "backing Vey")
    return next.classes.contains(.determiner) || next.isPossessive || next.isCapitalized
      || ((next.isListedAsWritten(.preposition) || next.lower == "near") && next.lower != "to")
  }

  /// The index of "in" when `range` ends with "in" (or "in the") and a place of the gazetteer, after words of
  /// its own: "the College of Marin in California", "researchers from Ohio State in the U.S." (a country's
  /// short name is a seat of power's: "U.S."). "from" after a lower-case noun too, and either before the kind
  /// of the place: "farm owners from the coastal state of Oregon".
  static func locativePlace(_ paragraph: ParagraphText, _ range: Range<Int>) -> Int? {
    guard let run = nameRun(paragraph, endingAt: range.upperBound, from: range.lowerBound) else { return nil }
    var preposition = run.lowerBound - 1
    if preposition > range.lowerBound, paragraph.tokens[preposition].lower == "the" { preposition -= 1 }
    if preposition - 2 > range.lowerBound, paragraph.tokens[preposition].lower == "of",
      placeKinds.contains(paragraph.tokens[preposition - 1].lower),
      let opening = stride(from: preposition - 2, through: max(range.lowerBound + 1, preposition - 4), by: -1)
        .first(where: { ["in", "from"].contains(paragraph.tokens[$0].lower) }),
      ((opening + 1)..<(preposition - 1)).allSatisfy({
        paragraph.tokens[$0].kind == .word && !paragraph.tokens[$0].isCapitalized
      })
    {
      preposition = opening
    }
    guard preposition > range.lowerBound, case let word = paragraph.tokens[preposition].lower,
      word == "in"
        || (word == "from" && paragraph.tokens[preposition - 1].kind == .word
          && !paragraph.tokens[preposition - 1].isCapitalized),
      paragraph.tokens[preposition - 1].kind == .word || paragraph.tokens[preposition - 1].scalar == ")",
      case let key = nameKey(paragraph.text(tokens: run)),
      WorldKnowledge.shared.places[key] != nil || WorldKnowledge.shared.country(ofPolity: key) != nil
    else { return nil }
    return preposition
  }

  /// The name of a body that the whole of `range` spells, as the acronym in brackets after it says: "Notes
  /// from Poland (NFP)", "the Competition and Markets Authority (CMA)"; the initials of its capitalised words,
  /// and of small words that the acronym spells too, are the acronym's letters (not a person's name:
  /// "John Fitzgerald Kennedy (JFK)").
  static func nameSpelledByAcronym(_ paragraph: ParagraphText, _ range: Range<Int>, acronym: Range<Int>) -> String? {
    guard acronym.count == 1, case let letters = Array(paragraph.tokens[acronym.lowerBound].text.utf8),
      letters.count >= 2, letters.count <= 6, letters.allSatisfy({ $0 >= 65 && $0 <= 90 })
    else { return nil }
    var first = range.lowerBound
    if range.count > 1, paragraph.tokens[first].lower == "the" { first += 1 }
    var letter = letters.count - 1
    var index = range.upperBound - 1
    while index >= first {
      let token = paragraph.tokens[index]
      guard token.kind == .word, let initial = token.text.utf8.first else { return nil }
      let upper = initial >= 97 && initial <= 122 ? initial - 32 : initial
      if letter >= 0 && upper == letters[letter] {
        letter -= 1
      } else if token.isCapitalized || !acronymLinks.contains(token.lower) {
        return nil
      }
      index -= 1
    }
    guard letter < 0, paragraph.tokens[first].isCapitalized else { return nil }
    let name = paragraph.text(tokens: first..<range.upperBound)
    return NameTyper.typeRemembered(name, titled: false).kind == .person ? nil : name
  }

  /// The small words a body's name may hold between the words its acronym spells: "Competition and Markets
  /// Authority (CMA)".
  static let acronymLinks: WordSet = ["of", "for", "and", "from", "the", "on", "in", "to"]

  /// A common noun phrase of people, read where names alone are looked for: its head is a title or a noun of
  /// people ("The former congressman", "The New York billionaire", "Critics"; not "The data").
  static func personNounPhrase(_ paragraph: ParagraphText, _ range: Range<Int>) -> SpeakerPhrase? {
    guard let phrase = parse(paragraph, range, commonNouns: true),
      Lexicon.titles.contains(phrase.head) || Lexicon.groupNouns.contains(phrase.head)
    else { return nil }
    return phrase
  }

  /// An apostrophe after a plural, before a word: "Hollis' lawyers", "the Ontario Nurses’ Association".
  static func isPluralPossessive(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard paragraph.tokens[index].scalar == "'" || paragraph.tokens[index].scalar == "’",
      paragraph.tokens[index].quote == nil, index > 0,
      index + 1 < paragraph.tokens.count
    else { return false }
    return paragraph.tokens[index - 1].lower.hasSuffix("s") && paragraph.tokens[index + 1].kind == .word
  }

  /// Parses a range that should be exactly a subject noun phrase. Returns nil when it is not one.
  /// - Parameter commonNouns: also accept any noun phrase opened by a determiner ("the NFL legend"), for
  ///   the subject of a strong reporting verb.
  /// Ordinals that open a sentence to order it: "First, …", "Secondly, …".
  static let orderingWords: WordSet = ["first", "second", "third", "firstly", "secondly", "thirdly", "lastly"]

  static func parse(_ paragraph: ParagraphText, _ range: Range<Int>, commonNouns: Bool = false) -> SpeakerPhrase? {
    var start = range.lowerBound
    let end = range.upperBound
    guard start < end else { return nil }
    // drop leading openers ("But", "And") and quote marks / dashes
    // (and an ordinal that orders the sentence, with its comma: "First, he and other Republicans objected …")
    while start < end {
      if paragraph.tokens[start].classes.contains(.sentenceOpener)
        || (paragraph.tokens[start].kind == .punct && isLeadingMark(paragraph.tokens[start].scalar))
        // (with the comma after an opener: "Later, the Prime Minister" is "the Prime Minister")
        || (start > range.lowerBound && paragraph.tokens[start].scalar == ","
          && paragraph.tokens[start - 1].classes.contains(.sentenceOpener))
      {
        start += 1
      } else if start + 1 < end, paragraph.tokens[start + 1].scalar == ",",
        Self.orderingWords.contains(paragraph.tokens[start].lower)
      {
        start += 2
      } else {
        break
      }
    }
    // (and an aside in brackets closed before the subject: "((WN)) You mentioned", "(AP) He said")
    if let close = (start..<end).last(where: { paragraph.tokens[$0].scalar == ")" }), close + 1 < end,
      !(start..<close).contains(where: { paragraph.tokens[$0].scalar == "(" })
    {
      start = close + 1
    }
    guard start < end else { return nil }
    if let rest = subjectAfterOpening(paragraph, start..<end) {
      return rest.isEmpty ? nil : parse(paragraph, rest, commonNouns: commonNouns)
    }
    // (the last token is read once: in a function this long each read of a token is a call that copies it)
    let last = paragraph.tokens[end - 1]
    // a party or place in brackets: "Gov. Pat Hale (R)", "Rep. Ann Vey (D-Calif.)"
    if last.scalar == ")",
      let open = stride(from: end - 2, through: max(start, end - 8), by: -1).first(where: {
        paragraph.tokens[$0].scalar == "("
      }),
      open > start
    {
      if let body = nameSpelledByAcronym(paragraph, start..<open, acronym: (open + 1)..<(end - 1)) {
        return SpeakerPhrase(kind: .organisation, text: body, name: body, tokens: start..<end)
      }
      guard var inner = parse(paragraph, start..<open) else { return nil }
      inner.tokens = start..<end
      // a description in brackets is a role: "Greywolf (one of the lead designers)"
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
    // a participle and its object name no one: "Echoing a text from Dale Ferris's phone", "Citing the
    // report"
    if end - start >= 3, ProposalDetector.isOpeningParticiple(paragraph, start),
      !paragraph.tokens[start + 1].classes.isDisjoint(with: [.determiner, .preposition])
    {
      return nil
    }
    if end - start == 1 && last.kind == .word {
      // a noun of evidence alone, capitalised at the start of a sentence: "Research suggests", "Analysis shows"
      // (not a headline's label: "Poll: …")
      if last.isCapitalized, paragraph.role != .title, Attributor.evidenceNouns.contains(last.lower),
        paragraph.sentences.contains(where: { $0.lowerBound == start })
      {
        return SpeakerPhrase(kind: .group, text: last.text, name: last.text, head: last.lower, tokens: start..<end)
      }
      var lower = last.lower
      // (the last byte first: an array of the two endings was made for every word)
      if lower.utf8.last == 0x73, lower.hasSuffix("’s") || lower.hasSuffix("'s"),
        Token.contractionStems.contains(String(lower.dropLast(2)))
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
      // (not a comma inside brackets: "The head of the FTU union (Federation of Tram, Ferry and Transit
      // Unions), Sam Boyd,")
      var depth = 0
      if let comma = (start..<(end - 1)).first(where: { index in
        let scalar = paragraph.tokens[index].scalar
        if scalar == "(" { depth += 1 } else if scalar == ")" { depth = max(0, depth - 1) }
        return scalar == "," && depth == 0
      }), comma > start {
        // a role noun, then the name: "the mayor, Tom Reed," (not the place of the role's body: "a professor
        // at the University of Wisconsin, Madison,")
        // (any noun before a full name: "Pike's barrister, Simon Csoka,", "his mother, Donna Rhodes,")
        // (or one of several: "One of the authors, geologist Mara Lind,")
        // (the words before the comma read once as a phrase of common nouns, for the first two shapes)
        let nounPhrase = parse(paragraph, start..<comma, commonNouns: true)
        if let role = nounPhrase ?? possessedNoun(paragraph, start..<comma),
          role.kind == .nominal
            || (role.kind == .group && paragraph.tokens[start].lower == "one" && paragraph.tokens[start + 1].lower == "of"),
          // (the name may carry a role of its own: "The report's lead author, doctoral student Iris Lang,")
          case let named = (comma + 1)..<(end - 1),
          var person = parse(paragraph, named) ?? roleWordsAndName(paragraph, named),
          person.kind == .person,
          Lexicon.roleClasses[role.head] != nil || Lexicon.titles.contains(role.head)
            ? person.name.contains(" ") || WorldKnowledge.shared.places[nameKey(person.name)] == nil
              // (one's kin is named by a given name that may be a place's too: "his wife, Ann,")
              || (Lexicon.roleClasses[role.head] == "family" && NameTyper.isGivenName(nameKey(person.name)))
            : person.name.contains(" ") && NameTyper.typeRemembered(person.name, titled: false).kind == .person
        {
          person.role = person.role.map { role.text + ", " + $0 } ?? role.text
          person.tokens = start..<end
          person.text = paragraph.text(tokens: start..<(end - 1))
          return person
        }
        // a plural noun, then the names it stands for joined by "and": "The lead authors, Ann Vey and Tom
        // Reed," (their group, as "Ann Vey and Tom Reed said" gives)
        if let nouns = nounPhrase, nouns.kind == .group,
          let lastRun = nameRun(paragraph, endingAt: end - 1, from: comma + 1),
          let lastName = parse(paragraph, lastRun),
          var names = Attributor.namesJoinedByAnd(
            paragraph, before: lastRun.lowerBound, last: lastName, floor: comma + 1, opens: { $0 == comma + 1 })
        {
          names.tokens = start..<end
          return names
        }
        // a capitalised office, then the name: "The Senate Majority Whip, Carl Pruitt,"
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
            let describes = Attributor.relativePronouns.contains(opener) || adjunct
            // (nor the state of the place the name ends with: "Ann Vey of Salem, Ore.,", "… of Albany, New York,";
            // asked last, as it looks the words up)
            if person.kind == .person && !describes && !Attributor.isParticiple(paragraph.tokens[comma + 1]),
              !(paragraph.tokens[comma + 1].isCapitalized && end - 1 - (comma + 1) <= 3
                && Attributor.isStateAfterPlace(paragraph, (comma + 1)..<(end - 1)))
            {
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
          // (a body's name and a noun's head without the possessive: "the Institute for Rail Safety's database",
          // "the party's website" of the party named before; a group is the whole phrase: "A Treasury Department
          // inspector general's report" is no unnamed person who speaks again as "he")
          if inner.kind != .person {
            inner.name = NameTyper.stripPossessive(inner.name)
            inner.head = NameTyper.stripPossessive(inner.head)
            inner.text =
              inner.kind == .organisation
              ? NameTyper.stripPossessive(inner.text) : paragraph.text(tokens: start..<end)
          }
          return inner
        }
      }
    }
    // The author of a document: "a statement from the Ministry of Health", "a letter from Tesco"
    var document = start
    while document < end - 3 && paragraph.tokens[document].classes.contains(.determiner) { document += 1 }
    // (after a word that says its kind: "a news release from the police", "a joint statement by")
    if document + 3 < end, !paragraph.tokens[document].isListedAsWritten(.documentNoun),
      paragraph.tokens[document].kind == .word, !paragraph.tokens[document].isCapitalized,
      paragraph.tokens[document + 1].isListedAsWritten(.documentNoun)
    {
      document += 1
    }
    // (a participle of authorship and an adverb may stand between: "a letter posted online by Senator Nora Pell",
    // "a statement issued by his family"; not "a report funded by the province")
    var by = document + 1
    while by < document + 3, by < end, Attributor.isAuthorshipParticiple(paragraph.tokens[by])
      || (by > document + 1 && (paragraph.tokens[by].lower == "online" || paragraph.tokens[by].lower.hasSuffix("ly")))
    { by += 1 }
    // (and the time it came out: "a report on Monday by Kelvar", "a statement late Friday from the palace")
    while by + 1 < end, paragraph.tokens[by].isTimeWord
      || (Lexicon.timeOpeners.contains(paragraph.tokens[by].lower) && paragraph.tokens[by + 1].isTimeWord)
    { by += 1 }
    // (or on the account it was posted on: "a post on Ann Vey's Facebook page")
    if by + 1 < end, paragraph.tokens[document].isListedAsWritten(.documentNoun),
      ["from", "by"].contains(paragraph.tokens[by].lower)
        || (paragraph.tokens[by].lower == "on" && Lexicon.postingAccounts.contains(paragraph.tokens[end - 1].lower)),
      var author = Self.author(paragraph, (by + 1)..<end)
    {
      author.tokens = start..<end
      // (a group's text is its name: "her family")
      if author.kind == .person || author.kind == .organisation { author.text = paragraph.text(tokens: start..<end) }
      return author
    }
    // letters after a name belong to the person: "Ruth Keel QC", "Martin Luther King Jr"; a son's "Jr" (or a
    // father's "Sr") is part of his name, which tells him from his father
    let lastWord = last.scalar == "." ? end - 2 : end - 1
    if lastWord - start >= 2,
      paragraph.tokens[lastWord].isListedAsWritten(.postnominal), paragraph.tokens[lastWord - 1].isCapitalized,
      var person = parse(paragraph, start..<lastWord), person.kind == .person
    {
      person.tokens = start..<end
      person.text = paragraph.text(tokens: start..<end)
      if EntityRegistry.isGenerationalSuffix(paragraph.tokens[lastWord].lower) {
        person.name += " " + paragraph.text(tokens: lastWord..<lastWord + 1)
      }
      return person
    }
    // an office with its place or body before the name: "Mayor of Leeds Zubair Osei", "Ambassador to Canada
    // Karen Hale"
    let officeStart = start + 1 < end && paragraph.tokens[start].lower == "the" ? start + 1 : start
    var office = officeStart
    // after the words that qualify the office: "Current Prime Minister of Nepal Ravi Tamang", "Former UK
    // Ambassador to the United Nations Karen Hale"
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
    // (after a determiner, up to two modifiers: "A senior aide to Crane", "The U.S. ambassador to the UN")
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
      // (an adverb may stand before the modifier: "researchers mostly from Ohio State")
      && (opensPostModifier(paragraph, firstNoun + 1)
        || (firstNoun + 2 < end && Attributor.isMannerAdverb(paragraph, firstNoun + 1, floor: firstNoun + 1)
          && opensPostModifier(paragraph, firstNoun + 2)))
      // (a capitalised body's head opens the body's name: "The Ministry of Foreign Affairs", "Bank of England",
      // "The Office for Budget Responsibility")
      && !(paragraph.tokens[firstNoun].isCapitalized && paragraph.tokens[firstNoun].classes.contains(.organisationWord)
        && ["of", "for", "on"].contains(paragraph.tokens[firstNoun + 1].lower)
        && firstNoun + 2 < end && paragraph.tokens[firstNoun + 2].isCapitalized)
    // A place the phrase's body or people are in is no speaker: "the College of Marin in California", "Ohio
    // State in the U.S."
    if !startsWithSourceNoun, let located = locativePlace(paragraph, start..<end),
      var inner = parse(paragraph, start..<located, commonNouns: commonNouns)
    {
      inner.tokens = start..<end
      return inner
    }
    // A person at a body: "Dr. Ellen Kerr at Saint Joseph", "Ann Roy at St. Mary's Hospital"
    if !startsWithSourceNoun, let person = personAtBody(paragraph, start..<end) { return person }
    // A capitalised run at the end: a person or an organisation.
    if !startsWithSourceNoun, let run = nameRun(paragraph, endingAt: end, from: start) {
      return namedRun(paragraph, start..<end, run)
    }
    // A share of people: "Nearly seven in 10 Republican voters", "six of 10 respondents", "all but two"
    if commonNouns, let share = shareOfPeople(paragraph, start..<end) { return share }
    // A noun phrase: determiner + modifiers + head noun (+ "of …" / participle phrase)
    return commonNounPhrase(paragraph, start..<end, commonNouns: commonNouns)
  }
}
