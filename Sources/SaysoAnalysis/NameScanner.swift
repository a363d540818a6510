import SaysoCore

/// Registers every person named in a paragraph (outside quotes), with the title before the name
/// ("French President Paul Dorsey") and an appositive after it ("Ruth Keel, an assistant professor …,").
enum NameScanner {
  /// Nouns of a part played, whose name after "of" is a fictional person: "the character of Molly Tarr" (not
  /// "role" or "part", which news uses of real people: "the role of Vice President Hale").
  static let playedRoleNouns: WordSet = ["character", "characters"]

  /// Participles before "as" that give a body's former name: "was founded in 1980 as the Dock Workers Party".
  static let formerNameParticiples: WordSet = ["founded", "formed", "established", "created", "launched", "started"]
  /// Words before a body's former name: "formerly the Railmen's Union", "once called …", "originally known as …".
  static let formerNameMarkers: WordSet = ["formerly", "previously", "originally"]

  /// Whether the name whose words start at `start` (after "the" or not) and end before `end` is a body's former
  /// name, which "the party" or "the union" after it does not stand for: "The Green Harbor Party was founded in 1980
  /// as the Dock Workers Party", "The Rail Union, formerly the Railmen's Union, …", "…, once called the Railmen's
  /// Union", "…, formerly known as …" (not "Once the Kestrel Union signed …", nor "as" of a clause: "The strike was
  /// started as the Harbor Union walked out").
  static func isFormerName(_ paragraph: ParagraphText, at start: Int, end: Int) -> Bool {
    let tokens = paragraph.tokens
    if end < tokens.count, tokens[end].kind == .word, !tokens[end].isCapitalized,
      !tokens[end].isListedAsWritten(.preposition)
    {
      return false
    }
    var index = start - 1
    if index >= 0, tokens[index].lower == "the" { index -= 1 }
    guard index >= 1 else { return false }
    func marks(_ index: Int) -> Bool {
      index >= 0 && (formerNameMarkers.contains(tokens[index].lower) || tokens[index].lower == "once")
    }
    let word = tokens[index].lower
    if formerNameMarkers.contains(word) { return true }
    if word == "called" || word == "named" { return marks(index - 1) }
    guard word == "as" else { return false }
    if ["known", "called", "named"].contains(tokens[index - 1].lower) { return marks(index - 2) }
    // (a participle of founding in the passive or after a comma, up to four words of time or place between)
    return (max(1, index - 5)..<index).contains { participle in
      formerNameParticiples.contains(tokens[participle].lower)
        && (Lexicon.formsOfBe.contains(tokens[participle - 1].lower) || tokens[participle - 1].scalar == ",")
    }
  }

  static let notNames: Set<String> = [
    "the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "as", "for", "with", "by", "from", "to",
    "of", "after", "before", "when", "while", "since", "despite", "although", "though", "however", "this",
    "that", "these", "those", "it", "its", "his", "her", "their", "our", "we", "he", "she", "they", "i",
    "there", "then", "now", "so", "yet", "still", "even", "also", "unfortunately", "nevertheless",
    "instead", "thus", "meanwhile", "according", "apart", "addressing", "especially", "whether", "what",
    "who", "how", "why", "where", "read", "rpt", "analysis", "update", "breaking", "mr", "mrs", "ms",

    "along", "over", "about", "above", "across", "against", "among", "around", "behind", "below", "beside",
    "between", "beyond", "during", "except", "inside", "near", "off", "outside", "through", "throughout",
    "toward", "towards", "under", "until", "upon", "within", "without", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundreds", "thousands", "many",
    "most", "some", "several", "both", "each", "every", "all", "any", "few", "more", "less", "other", "others",
    "first", "last", "next", "later", "yes", "no", "not", "only", "just", "like", "unlike", "following",
  ]

  /// Whether the "of", "for" or "on" at `index` goes on with a body's name after its head: "Bank of Canada",
  /// "Ministry of Health", "Office for Budget Responsibility", "Commission on Water Safety" (so that "the bank",
  /// "the ministry" said later find it; not a day: "the Council on Monday").
  static func joinsBodysName(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    // (the first letter, read from the token, rules out most words before any string is compared)
    guard index > 0, index + 1 < paragraph.tokens.count,
      paragraph.tokens[index].scalar == "o" || paragraph.tokens[index].scalar == "f"
    else { return false }
    let word = paragraph.tokens[index].lower
    guard word == "of" || word == "for" || (word == "on" && !paragraph.tokens[index + 1].isTimeWord) else {
      return false
    }
    let head = paragraph.tokens[index - 1]
    return head.isCapitalized
      && (head.classes.contains(.organisationWord)
        || (paragraph.tokens[index].lower == "for" && SpeakerPhraseParser.isCommonHeadOfBody(paragraph, index - 1)))
      && SpeakerPhraseParser.isNameToken(paragraph, index + 1) && paragraph.tokens[index + 1].quote == nil
  }

  /// Whether the "and" at `index` goes on with the name of a body whose "of" or "for" came before it in the
  /// run from `start`: "Department of Parks and Recreation", "Institute for Rivers and
  /// Wetlands" (not before a given name or a title: "the Ministry of Health and Greg Lund").
  static func goesOnWithAnd(_ paragraph: ParagraphText, _ index: Int, bodyFrom start: Int) -> Bool {
    // (the first letter rules out nearly every word before its text is compared)
    guard paragraph.tokens[index].scalar == "a", paragraph.tokens[index].lower == "and",
      index + 1 < paragraph.tokens.count,
      SpeakerPhraseParser.isNameToken(paragraph, index + 1), paragraph.tokens[index + 1].quote == nil
    else { return false }
    let next = paragraph.tokens[index + 1]
    guard next.classes.isDisjoint(with: [.title, .honorific]), !NameTyper.isGivenName(nameKey(next.text)) else {
      return false
    }
    return (start..<index).contains { joinsBodysName(paragraph, $0) }
  }

  static func register(_ paragraph: ParagraphText, into registry: inout EntityRegistry) {
    var runStart = 0
    let count = paragraph.tokens.count
    while runStart < count {
      guard paragraph.tokens[runStart].quote == nil, SpeakerPhraseParser.isNameToken(paragraph, runStart),
        paragraph.tokens[runStart].kind == .word
      else {
        runStart += 1
        continue
      }
      var runEnd = runStart
      while runEnd < count && paragraph.tokens[runEnd].quote == nil
        && (SpeakerPhraseParser.isNameToken(paragraph, runEnd)
          || (runEnd + 1 < count && paragraph.tokens[runEnd].classes.contains(.nameParticle)
            && (SpeakerPhraseParser.isNameToken(paragraph, runEnd + 1)
              // (two particles: "Juan de la Cruz")
              || (runEnd + 2 < count && paragraph.tokens[runEnd + 1].classes.contains(.nameParticle)
                && SpeakerPhraseParser.isNameToken(paragraph, runEnd + 2))))
          || Self.joinsBodysName(paragraph, runEnd)
          || (runEnd > runStart && Self.goesOnWithAnd(paragraph, runEnd, bodyFrom: runStart)))
      {
        runEnd += 1
      }
      var nameStart = runStart
      while nameStart < runEnd && paragraph.tokens[nameStart].classes.contains(.notName)
        && !paragraph.tokens[nameStart].classes.contains(.honorific)
      { nameStart += 1 }
      // lower-case title words before the run: "pollster Pat Hale"
      var titleStart = nameStart
      while titleStart - 1 >= 0 && paragraph.tokens[titleStart - 1].kind == .word
        && !paragraph.tokens[titleStart - 1].isCapitalized
        && paragraph.tokens[titleStart - 1].classes.contains(.title) && paragraph.tokens[titleStart - 1].quote == nil
      {
        titleStart -= 1
      }
      // (with the club whose role it is: "Chelsea boss Ivan Brandt")
      if titleStart < nameStart, titleStart >= 1, paragraph.tokens[titleStart - 1].isCapitalized,
        paragraph.tokens[titleStart - 1].quote == nil, Self.isClubByUse(paragraph, titleStart - 1)
      {
        titleStart -= 1
      }
      // an office named with "of" before the name: "Secretary of State Paul Dorsey", "Premier of the Yukon
      // Ann Vey"
      let of = titleStart >= 3 && paragraph.tokens[titleStart - 1].lower == "the" ? titleStart - 2 : titleStart - 1
      if titleStart == nameStart, of >= 1, paragraph.tokens[of].lower == "of",
        paragraph.tokens[of - 1].isCapitalized, paragraph.tokens[of - 1].classes.contains(.title),
        paragraph.tokens[of - 1].quote == nil
      {
        titleStart = of - 1
        // with the title words before it: "Premier of New Brunswick Paul Dorsey"
        while titleStart >= 1, paragraph.tokens[titleStart - 1].isCapitalized,
          paragraph.tokens[titleStart - 1].classes.contains(.title), paragraph.tokens[titleStart - 1].quote == nil
        {
          titleStart -= 1
        }
      }
      if runEnd - nameStart == 1 && titleStart == nameStart && paragraph.tokens[nameStart].kind == .word {
        // a single capitalised word: only a mention of someone already known ("Putin"), or an organisation
        // that a kind of organisation before it names ("investment bank Lazard", "retailer Tesco") or a club's
        // role after it ("Chelsea boss", "Arsenal captain")
        if nameStart >= 1 && paragraph.tokens[nameStart - 1].kind == .word
          && !paragraph.tokens[nameStart - 1].isCapitalized
          && Lexicon.organisationKinds.contains(paragraph.tokens[nameStart - 1].lower)
          || isClubByUse(paragraph, nameStart)
        {
          registry.noteOrganisation(
            paragraph.tokens[nameStart].stem,
            at: EntityRegistry.position(paragraph.index, paragraph.tokens[nameStart].start))
        } else if let id = registry.resolveSurname(word: paragraph.tokens[nameStart], before: Int.max) {
          registry.addMention(id, at: EntityRegistry.position(paragraph.index, paragraph.tokens[nameStart].start))
        }
      } else if nameStart < runEnd, let phrase = SpeakerPhraseParser.parse(paragraph, titleStart..<runEnd) {
        let position = EntityRegistry.position(paragraph.index, paragraph.tokens[nameStart].start)
        if phrase.kind == .organisation {
          // remembered for "the ministry said" (not a former name)
          if !isFormerName(paragraph, at: titleStart, end: runEnd) { registry.noteOrganisation(phrase.name, at: position) }
        } else if phrase.kind == .person {
          // (a part someone plays is no one who speaks: "the character of Molly Tarr")
          let playedRole =
            nameStart >= 2 && paragraph.tokens[nameStart - 1].lower == "of"
            && Self.playedRoleNouns.contains(paragraph.tokens[nameStart - 2].lower)
          if let organisation = organisationByUse(phrase, runEnd: runEnd, in: paragraph) {
            registry.noteOrganisation(organisation, at: position)
          } else if !playedRole {
            registerPerson(phrase, at: position, runEnd: runEnd, in: paragraph, into: &registry)
          }
        }
      }
      runStart = max(runEnd, runStart + 1)
    }
  }

  /// Whether the single capitalised word at `index` is used as a club's or a team's name: before one of its
  /// roles in lower case ("Chelsea boss", "Arsenal captain") or a verb in the plural ("Chelsea have").
  static func isClubByUse(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard index + 1 < paragraph.tokens.count, case let next = paragraph.tokens[index + 1], next.kind == .word,
      !next.isCapitalized, next.quote == nil
    else { return false }
    if Lexicon.clubRoles.contains(next.lower) { return true }
    // or with a verb in the plural, as British news writes of a team or a firm: "Chelsea have confirmed …",
    // "Arsenal are …", "Williams have …" (not a plural noun, a frequent word, or the last name of a list: "Smith
    // and Jones have"; a family name in "-s" is no plural when the word without it is a name or no frequent
    // word: "William", "Jone")
    guard next.lower == "have" || next.lower == "are", case let word = paragraph.tokens[index], word.quote == nil
    else { return false }
    let world = WorldKnowledge.shared
    if word.lower.hasSuffix("s") {
      let singular = String(word.stemLower.dropLast())
      guard world.surnames.contains(word.stemLower),
        world.givenNames.contains(singular) || !world.isCommonWord(singular, within: 3000)
      else { return false }
    } else if world.isCommonWord(word.stemLower, within: 3000) {
      return false
    }
    return index == 0 || !["and", "&", ",", "or", "nor"].contains(paragraph.tokens[index - 1].lower)
  }

  /// A name shaped like a person's that the sentence uses as an organisation's: an appositive after it
  /// names a kind of organisation ("Jack Wills, the clothing brand"), its possessive has what only an
  /// organisation has ("John Lewis's stores"), or it does something to "itself" ("Nora Bright describes
  /// itself as …"). Nil for a name with a title or a role.
  static func organisationByUse(_ phrase: SpeakerPhrase, runEnd: Int, in paragraph: ParagraphText) -> String? {
    // (fields are read in place: copying a token copies its two strings)
    guard phrase.role == nil, runEnd + 1 < paragraph.tokens.count else { return nil }
    var used = false
    if paragraph.tokens[runEnd - 1].isPossessive {
      used = Lexicon.organisationHoldings.contains(paragraph.tokens[runEnd].lower)
    } else if paragraph.tokens[runEnd].kind == .word, !paragraph.tokens[runEnd].isCapitalized,
      paragraph.tokens[runEnd + 1].lower == "itself"
    {
      // a verb whose object is "itself": "Nora Bright describes itself as …"
      used = true
    } else if paragraph.tokens[runEnd].scalar == ",", ["the", "a", "an"].contains(paragraph.tokens[runEnd + 1].lower) {
      // "the clothing brand", "the UK's biggest fashion retailer"
      for index in (runEnd + 2)..<min(paragraph.tokens.count, runEnd + 7) {
        guard paragraph.tokens[index].kind == .word, paragraph.tokens[index].quote == nil,
          !paragraph.tokens[index].classes.contains(.preposition),
          !paragraph.tokens[index].classes.contains(.clauseWord)
        else { break }
        // (the kind heads the appositive: not "the agency chief")
        if !paragraph.tokens[index].isCapitalized && Lexicon.organisationKinds.contains(paragraph.tokens[index].lower),
          !isPersonNoun(paragraph, index + 1)
        {
          used = true
          break
        }
      }
    }
    guard used, !EntityRegistry.hasHonorific(phrase.name) else { return nil }
    let name = EntityRegistry.canonical(phrase.name)
    return name.wordCount >= 2 ? name : nil
  }

  /// Whether token `index` is a noun of a person's title or role, which a kind of organisation before it
  /// qualifies: "chief" of "the agency chief", "editor" of "a veteran newspaper editor".
  static func isPersonNoun(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard index < paragraph.tokens.count, paragraph.tokens[index].kind == .word else { return false }
    return paragraph.tokens[index].classes.contains(.title) || paragraph.tokens[index].classes.contains(.roleNoun)
  }

  /// Registers the person a name phrase names (when the name is typed a person), with the role its
  /// title and an appositive after it give.
  static func registerPerson(
    _ phrase: SpeakerPhrase, at position: Int, runEnd: Int, in paragraph: ParagraphText,
    into registry: inout EntityRegistry
  ) {
    let typing = registry.typing(of: EntityRegistry.canonical(phrase.name), titled: NameTyper.isTitled(phrase))
    guard typing.kind == .person else { return }
    let name = typing.name
    var role = phrase.role
    // (a word in lower case before the title places the office in time: "former Premier of Westmarch Alan Coyle")
    if let title = role, case let before = phrase.tokens.lowerBound - 1, before >= 0,
      case let word = paragraph.tokens[before], !word.isCapitalized, Lexicon.officeTimeWords.contains(word.lower),
      title.hasPrefix(paragraph.tokens[phrase.tokens.lowerBound].text)
    {
      role = word.text + " " + title
    }
    if runEnd + 1 < paragraph.tokens.count, paragraph.tokens[runEnd].scalar == ",",
      let roleEnd = appositiveEnd(paragraph, runEnd + 1)
    {
      role = [role, paragraph.text(tokens: (runEnd + 1)..<roleEnd)].compactMap { $0 }.joined(separator: ", ")
    }
    if name.wordCount >= 2 {
      registry.register(name, role: role, at: position)
    } else if let id = registry.resolveSurname(
      name, before: Int.max, gender: EntityRegistry.honorificGender(phrase.text))
    {
      registry.addMention(id, at: position)
      if let role { registry.register(registry.entities[id].name, role: role, at: position) }
    }
  }

  /// The end of an appositive starting at `from` ("an assistant professor … of Chicago"), if it is one.
  static func appositiveEnd(_ paragraph: ParagraphText, _ from: Int) -> Int? {
    // (the tokens' fields are read in place: copying a token copies its two strings)
    let tokens = paragraph.tokens
    guard from < tokens.count else { return nil }
    let firstLower = tokens[from].lower
    let startsRole = firstLower == "a" || firstLower == "an" || firstLower == "the"
      || tokens[from].classes.contains(.title)
    guard startsRole else { return nil }
    var end = from
    var sawRole = false
    while end < tokens.count && end < from + 30 {
      if tokens[end].scalar == "," || tokens[end].scalar == ";"
        || (tokens[end].scalar == "." && end + 1 < tokens.count && tokens[end + 1].isCapitalized)
        || tokens[end].quote != nil
      {
        break
      }
      // the clause's verb ends it: "Ellen Kerr, Dean of Tulane School of Nursing called it …"
      if !tokens[end].isCapitalized, tokens[end].lower.hasSuffix("ed"),
        Attributor.labelVerbs.contains(tokens[end].lower)
      {
        break
      }
      if tokens[end].isListedAsWritten(.roleNoun) || tokens[end].classes.contains(.title) { sawRole = true }
      if tokens[end].classes.contains(.clauseWord)
        && (tokens[end].lower == "who" || tokens[end].lower == "which" || tokens[end].lower == "that")
        || paragraph.cues[end].map({ $0.lemma == "say" || $0.lemma == "tell" }) == true
        // (or another verb of saying in the past: "Ann Vey, president of the Dairy Council stated, …")
        || (paragraph.cues[end] != nil && !tokens[end].isCapitalized && Attributor.isPastTense(tokens[end]))
      {
        return nil
      }
      end += 1
    }
    return sawRole && end > from ? end : nil
  }
}
