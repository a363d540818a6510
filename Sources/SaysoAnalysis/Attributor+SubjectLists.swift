import SaysoCore

/// Subjects of several: inserts that list or count some of those a noun names, and names joined by "and".
extension Attributor {
  /// Words that open an insert listing some of those the noun before it names.
  static let listOpeners: WordSet = ["including", "among", "such", "notably", "especially"]

  /// The comma that opens an insert of a list of names ("including A, B, and C", "among them A, B and C")
  /// whose later items end at the comma `comma`; nil when the words back to it are not such a list.
  static func listInsertComma(_ paragraph: ParagraphText, before comma: Int, floor: Int) -> Int? {
    var index = comma - 1
    while index > floor && index > comma - 30 {
      let token = paragraph.tokens[index]
      guard token.quote == nil else { return nil }
      if token.scalar == ",", listOpeners.contains(paragraph.tokens[index + 1].lower) { return index }
      guard token.scalar == "," || token.scalar == "." || token.isCapitalized || token.lower == "and"
        || token.lower == "or" || token.classes.contains(.title) || token.classes.contains(.groupNoun)
        || listOpeners.contains(token.lower)
        || token.lower == "them" || token.lower == "as"
      else { return nil }
      index -= 1
    }
    return nil
  }

  /// Whether the insert at `index` opens with a part of those the noun before it names: "some of whom", "many
  /// of them", "two of which" ("Residents, some of whom had fled twice, said …").
  static func opensWithPartOfThem(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard index + 2 < paragraph.tokens.count, paragraph.tokens[index + 1].lower == "of",
      ["whom", "them", "which"].contains(paragraph.tokens[index + 2].lower)
    else { return false }
    let first = paragraph.tokens[index]
    return first.kind == .number || CueFinder.isCount(first) || first.classes.contains(.determiner)
  }

  /// The words that open a relative clause about someone or something named before: ", who …", ", whose …".
  static let relativePronouns: WordSet = ["who", "whose", "whom", "which"]

  /// The comma before a relative pronoun whose relative clause holds an appositive's commas and ends with
  /// the predicate after the comma `predicate`: "Tom Bell, whose hometown, Leeds, is sinking, argues" (the
  /// subject is the name before it, not Leeds), or with a phrase of time or place: "Ann Vey, who moved to
  /// Dayton, Ohio, in 2012, said"; nil when there is none, or a quote or a verb of saying is in it.
  static func relativeClauseComma(_ paragraph: ParagraphText, predicate: Int, floor: Int, _ end: Int) -> Int? {
    let next = paragraph.tokens[predicate + 1]
    guard opensPredicate(next) || next.isListedAsWritten(.preposition),
      let relative = stride(from: predicate - 1, through: floor, by: -1).first(where: {
        paragraph.tokens[$0].scalar == "," && relativePronouns.contains(paragraph.tokens[$0 + 1].lower)
      }),
      !(relative..<end).contains(where: { paragraph.tokens[$0].quote != nil || paragraph.cues[$0] != nil })
    else { return nil }
    return relative
  }

  /// The group of names joined by "and" (after commas between the first ones) whose last is the subject
  /// `last`, which starts at `start`: "Ann Vey and Tom Reed said", "Reed, Lind, and Holt argued", "Deutsche
  /// Bahn, Siemens and Daimler have announced". Each is a person's or an organisation's name; the group is
  /// the longest such list that `opens` its clause ("On CNN, Ann Vey, Tom Reed and Joe Lind said" is three).
  /// Nil when the words before `start` are no such list, or when the whole is one listed company ("Procter
  /// and Gamble").
  static func namesJoinedByAnd(
    _ paragraph: ParagraphText, before start: Int, last: SpeakerPhrase, floor: Int, opens: (Int) -> Bool
  ) -> SpeakerPhrase? {
    // (the word before first, which is "and" for few subjects; the name's kind after)
    guard start - 2 >= floor, paragraph.tokens[start - 1].lower == "and", paragraph.tokens[start - 1].quote == nil,
      isPlainName(paragraph, last)
    else { return nil }
    var end = start - 1
    // (a comma before "and" closes a list of three or more; after one name it joins two clauses: "… in Saqqara,
    // and Egyptologists have reported …")
    let commaBeforeAnd = paragraph.tokens[end - 1].scalar == ","
    if commaBeforeAnd { end -= 1 }
    var first: (phrase: Int, text: Int)? = nil
    for count in 2..<10 {
      guard let run = SpeakerPhraseParser.nameRun(paragraph, endingAt: end, from: floor),
        let name = SpeakerPhraseParser.parse(paragraph, run), isPlainName(paragraph, name),
        // (after a titled name, one that opens with a given name: "Senator Ray Colt and Governor Ana Weiss", not
        // "Roads and Ports Minister Ali Quamar", "President and CEO Andy Vey")
        last.role == nil || (name.kind == .person && opensWithGivenName(name.name)),
        // (one with a possessive inside is part of a longer name: "Turkey's Disaster and Emergency … Presidency")
        !paragraph.tokens[run.dropLast()].contains(where: { $0.isPossessive })
      else { break }
      // (without the word that opens the sentence or says "both": "But Ann Vey and …", "Both Ann Vey and …",
      // "While Ann Vey and …")
      var nameStart = name.tokens.lowerBound
      while nameStart + 1 < end, paragraph.tokens[nameStart].lower == "both"
        || subordinators.contains(paragraph.tokens[nameStart].lower)
        || paragraph.tokens[nameStart].classes.contains(.sentenceOpener)
      {
        nameStart += 1
      }
      // ("both" in lower case before the first name opens the list: "Afterwards both Holt and Aziz said")
      var opener = name.tokens.lowerBound
      if opener - 1 >= floor, paragraph.tokens[opener - 1].lower == "both", paragraph.tokens[opener - 1].quote == nil {
        opener -= 1
      }
      if opens(opener), count >= 3 || !commaBeforeAnd { first = (opener, nameStart) }
      guard nameStart - 2 >= floor, paragraph.tokens[nameStart - 1].scalar == ",",
        SpeakerPhraseParser.isNameToken(paragraph, nameStart - 2)
      else { break }
      end = nameStart - 1
    }
    guard let first else { return nil }
    let upper = last.tokens.upperBound
    let text = paragraph.text(tokens: first.text..<upper)
    guard !WorldKnowledge.shared.companies.contains(nameKey(text)) else { return nil }
    return SpeakerPhrase(kind: .group, text: text, name: text, head: last.head, tokens: first.phrase..<upper)
  }

  /// A group of people or bodies with another phrase joined to it by "and", all the subject: "Many experts
  /// and some lawmakers say", "RNC members and officials", "Current and former officials", "They and their
  /// supporters" (the conjunct before "and" opens its clause, holds no verb and is no clause of its own).
  static func groupsJoinedByAnd(
    _ paragraph: ParagraphText, before start: Int, last: SpeakerPhrase, floor: Int, opens: (Int) -> Bool
  ) -> SpeakerPhrase? {
    guard last.kind == .group, start - 2 >= floor, paragraph.tokens[start - 1].lower == "and",
      paragraph.tokens[start - 1].quote == nil
    else { return nil }
    let and = start - 1
    var first = and
    while first - 1 >= floor, and - first < 6, case let token = paragraph.tokens[first - 1], token.quote == nil,
      token.kind != .punct || token.scalar == ".",
      paragraph.cues[first - 1] == nil,
      !token.classes.contains(.clauseWord) || token.classes.contains(.determiner)
        || speakingPronouns.contains(token.lower),
      !looksLikeVerb(token)
    {
      first -= 1
    }
    guard first < and, opens(first) else { return nil }
    let conjunct = first..<and
    // (a phrase of people, a body, a person or a pronoun; or one word of a modifier the last shares: "Current
    // and former officials")
    if conjunct.count > 1 || paragraph.tokens[first].classes.contains(.determiner) {
      guard let phrase = SpeakerPhraseParser.parse(paragraph, conjunct, commonNouns: true),
        phrase.tokens.lowerBound == first
      else { return nil }
    } else if last.tokens.count < 2, !speakingPronouns.contains(paragraph.tokens[first].lower),
      // (a noun of people alone is a conjunct too: "Doctors and nurses said", "Police and firefighters")
      SpeakerPhraseParser.parse(paragraph, conjunct, commonNouns: true).map({ $0.kind != .group }) ?? true
    {
      return nil
    }
    let text = paragraph.text(tokens: first..<last.tokens.upperBound)
    return SpeakerPhrase(kind: .group, text: text, name: text, head: last.head, tokens: first..<last.tokens.upperBound)
  }

  /// Whether the first word of `name` is a given name the lists know.
  static func opensWithGivenName(_ name: String) -> Bool {
    guard let first = name.spaceSeparatedWords.first else { return false }
    return WorldKnowledge.shared.givenNames.contains(first.lowercasedQuickly())
  }

  /// Whether a phrase is a name and nothing else, as a list of speakers joined by "and" gives each: a person
  /// with no role ("Ann Vey", not "CEO Andy Vey", whose title may be the second of two: "President and CEO
  /// Andy Vey"), or an organisation, one of whose single words the lists know ("Siemens", "Russia", not
  /// "Education" of "Research and Education").
  static func isPlainName(_ paragraph: ParagraphText, _ phrase: SpeakerPhrase) -> Bool {
    switch phrase.kind {
    case .person:
      // (or a title before the name in the name's own capitals: "Senator Ray Colt and Governor Ana Weiss said")
      return phrase.role == nil
        || (phrase.name.wordCount >= 2 && phrase.tokens.allSatisfy { SpeakerPhraseParser.isNameToken(paragraph, $0) })
    case .organisation:
      guard phrase.name.wordCount == 1 else { return true }
      let key = nameKey(NameTyper.stripPossessive(phrase.name))
      let world = WorldKnowledge.shared
      return world.places[key] != nil || world.outlets.contains(key) || world.companies.contains(key)
    default: return false
    }
  }

  /// Whether the name at `start` is the object of the clause's verb, in the past tense, or of a preposition
  /// after it that a thing done takes, with or without "the": "emailed Harbour Web Services", "played for the
  /// Chess Federation" (not "with", "by", "from" or "about", whose name may speak: "with managers saying …", "a
  /// letter from the union saying", "asked about the firm saying").
  static func isObjectOfClausesVerb(_ paragraph: ParagraphText, _ start: Int, floor: Int) -> Bool {
    var before = start - 1
    if before > floor, paragraph.tokens[before].lower == "the" { before -= 1 }
    guard before > floor else { return false }
    let word = paragraph.tokens[before]
    guard word.kind == .word, !word.isCapitalized, word.quote == nil else { return false }
    if word.isListedAsWritten(.preposition) {
      guard ["for", "to", "at", "in", "into", "against"].contains(word.lower), before - 1 > floor else { return false }
      // (a verb in the past, or a bare one after "to": "decided not to play for the …")
      let verb = paragraph.tokens[before - 1]
      return verb.kind == .word && !verb.isCapitalized
        && (isPastTense(verb) || (before - 2 >= floor && paragraph.tokens[before - 2].lower == "to"))
    }
    return isPastTense(word) && paragraph.cues[before] == nil
  }
}
