import SaysoCore

/// Subject finding, shared by the frames of quotes and of proposals: the words before a cue that may
/// hold its subject, and the subject in them (a name, a noun phrase, a pronoun, or the subject of the
/// clause a participle or a second verb continues).
extension Attributor {
  /// The demonstratives that may open a subject: "This witness said", "These officials say".
  static let demonstratives: WordSet = ["this", "these", "those"]

  /// Whether the verb at `index` opens a relative clause that "who" with no comma before it opens: "The officer who
  /// ordered the raid" (not ", who ordered", which adds to a subject named in full).
  static func isVerbOfRestrictiveRelative(_ paragraph: ParagraphText, _ index: Int, floor: Int) -> Bool {
    guard index - 2 >= floor, isRelativeWho(paragraph.tokens[index - 1]) else { return false }
    let before = paragraph.tokens[index - 2]
    // (a common noun that opens the sentence is capitalised there: "Residents who complained …")
    return before.kind == .word && before.quote == nil
      && (!before.isCapitalized
        || (index - 2 == floor && WorldKnowledge.shared.isCommonWord(before.stemLower)
          && !NameTyper.isGivenName(before.stemLower)))
  }

  /// The words before the verb's modifiers (which end at `subjectEnd`) that may hold its subject: back to
  /// the clause's start (`contentStart`), a quote, a comma or a clause word, over a bracket.
  static func subjectRegion(_ paragraph: ParagraphText, subjectEnd: Int, contentStart: Int) -> Range<Int> {
    var position = subjectEnd - 1
    var start = contentStart
    while position >= contentStart {
      let token = paragraph.tokens[position]
      // (nor a verb of saying: "The company denied claims that …" has no subject "The company denied"; but a
      // participle with its agent describes it: "A letter posted online by Senator Nora Pell said")
      // (but a verb of a relative clause with no comma before "who" picks the subject out, as any verb there does:
      // "The officer who ordered the raid said …")
      if token.quote != nil || (token.kind == .word && !token.isCapitalized
        && paragraph.cues[position].map({ paragraph.tokens[$0.first].lower.hasSuffix("ed") }) == true
        && !((position + 1)..<subjectEnd).contains(where: { paragraph.tokens[$0].lower == "by" })
        && !isVerbOfRestrictiveRelative(paragraph, position, floor: contentStart))
      {
        start = position + 1
        break
      }
      if token.scalar == ")",
        let open = stride(from: position - 1, through: max(contentStart, position - 7), by: -1).first(where: {
          paragraph.tokens[$0].scalar == "("
        })
      {
        position = open - 1
        continue
      }
      // (an appositive's comma too: `findSubject` goes on to the name before it)
      // (nor the ampersand of a firm's name: "Marks & Spencer said")
      // (nor the apostrophe of an initialism's possessive, straight or curly: "B.C.'s health officer")
      if token.kind == .punct
        && !(token.scalar == "." || token.scalar == "-" || token.scalar == "’"
          || (token.scalar == "'" && token.quote == nil))
        && !SpeakerPhraseParser.isPluralPossessive(paragraph, position)
        && !(token.scalar == "&" && position > contentStart && paragraph.tokens[position - 1].isCapitalized)
        // (nor the slash between two bodies' names of a joint poll: "A Ledger/Marlow poll found")
        && !isSlashJoiningNames(paragraph, position, floor: contentStart)
        // (nor the sign of a share: "26% say")
        && !(token.scalar == "%" && position > contentStart && paragraph.tokens[position - 1].kind == .number)
      {
        start = position + 1
        break
      }
      // (not the "and" inside a body's name: "Department of Parks and Wildlife Protection", nor the "to"
      // of "sources close to the prime minister", "an adviser to the president")
      // (nor the "than" of a count: "More than four in 10 said")
      // (nor "this" or "that" of a time: "This week Mr Sunak said", "Later that day the mayor said"; nor a
      // demonstrative of the subject: "This witness said", "These officials say" — "that officials said" is a
      // complementizer's)
      if token.classes.contains(.clauseWord) && !(token.lower == "the")
        && !((token.lower == "this" || token.lower == "that") && paragraph.tokens[position + 1].isTimeWord)
        && !(position + 1 < subjectEnd && demonstratives.contains(token.lower)
          && paragraph.tokens[position + 1].kind == .word)
        && !isNameNotModifier(paragraph, position, floor: contentStart, verb: subjectEnd)
        && !isTitleCaseWord(paragraph, position, floor: contentStart)
        && !(token.lower == "than" && position > contentStart
          && ["more", "fewer", "less"].contains(paragraph.tokens[position - 1].lower))
        && !SpeakerPhraseParser.joinsNames(paragraph, position)
        && !(position > contentStart && SpeakerPhraseParser.opensPostModifier(paragraph, position))
        && !joinsBodiesOfSourceNoun(paragraph, position, floor: contentStart)
      {
        start = position + 1
        break
      }
      position -= 1
    }
    var region = start..<subjectEnd
    // a place after a comma ends the affiliation of the name before it: "Rita Moss of the
    // University of Wisconsin, Madison disagreed", "Dana Fell of Macon, Georgia says"
    if start - 2 >= contentStart, region.count <= 3, paragraph.tokens[start - 1].scalar == ",",
      paragraph.tokens[start - 2].isCapitalized, paragraph.tokens[start].isCapitalized,
      WorldKnowledge.shared.places[nameKey(paragraph.text(tokens: region))] != nil,
      let named = namedBefore(paragraph, comma: start - 1, floor: contentStart), named.kind == .person,
      paragraph.tokens[named.tokens].contains(where: { $0.lower == "of" }),
      // a name, not a role: "Greg Lund, the former mayor of Dayton, Ohio, said"
      !paragraph.tokens[named.tokens.lowerBound].classes.contains(.determiner)
    {
      region = named.tokens.lowerBound..<(start - 1)
    }
    // a state's abbreviation after a place's comma ends the phrase of that place, whatever it is: "RCMP in
    // Surrey, B.C. said", "A spokesperson for the city of Regina, Sask. said"
    if start - 2 >= contentStart, paragraph.tokens[start - 1].scalar == ",", paragraph.tokens[start - 2].isCapitalized,
      !region.isEmpty, isPlaceAbbreviation(paragraph, region)
    {
      let before = subjectRegion(paragraph, subjectEnd: start - 1, contentStart: contentStart)
      if !before.isEmpty { region = before }
    }
    return region
  }

  /// Whether the token at `index` is a slash set between two names with no space: "Ledger/Marlow", "Tide/Gale".
  static func isSlashJoiningNames(_ paragraph: ParagraphText, _ index: Int, floor: Int) -> Bool {
    guard paragraph.tokens[index].scalar == "/", index > floor, index + 1 < paragraph.tokens.count else { return false }
    let before = paragraph.tokens[index - 1]
    let after = paragraph.tokens[index + 1]
    return before.end == paragraph.tokens[index].start && after.start == paragraph.tokens[index].end
      && before.isCapitalized && after.isCapitalized && before.quote == nil && after.quote == nil
  }

  /// Whether the token at `index` is a dash with a space before it, outside quotes: " — ", " - " (not the
  /// hyphen of "re-train").
  static func isSpacedDash(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    index > 0 && paragraph.tokens[index].kind == .punct && isDash(paragraph.tokens[index].scalar)
      && paragraph.tokens[index].quote == nil && paragraph.tokens[index].start > paragraph.tokens[index - 1].end
  }

  /// The spaced dash that opens an insert whose closing spaced dash is at `closing`, up to 14 tokens before it,
  /// with no quote between: "— among them poets, cooks and sailors —".
  static func openingDash(_ paragraph: ParagraphText, closing: Int, floor: Int) -> Int? {
    guard closing - 2 > floor, isSpacedDash(paragraph, closing) else { return nil }
    for index in stride(from: closing - 2, through: max(floor + 1, closing - 14), by: -1) {
      if paragraph.tokens[index].quote != nil { return nil }
      if isSpacedDash(paragraph, index) { return index }
    }
    return nil
  }

  /// Whether `token` is the relative "who" (a capitalised "Who" inside a sentence is a name's word: "Doctor Who
  /// star X said").
  static func isRelativeWho(_ token: Token) -> Bool { token.lower == "who" && !token.isCapitalized }

  /// Whether the word at `index`, a clause word, is written with a capital inside a sentence after a capitalised
  /// word, as the words of a name in title case are: "Doctor Who star X said", "The Who singer X said" (not in
  /// a headline, which capitalises every word).
  static func isTitleCaseWord(_ paragraph: ParagraphText, _ index: Int, floor: Int) -> Bool {
    index > floor && paragraph.role != .title && paragraph.tokens[index].isCapitalized
      && paragraph.tokens[index - 1].isCapitalized && paragraph.tokens[index - 1].kind == .word
  }

  /// Whether the "and" at `position` joins two names after a source noun's preposition: "Scientists at Harvard
  /// and Yale said", "Researchers from the University of Kent and the College of Ashby reported".
  static func joinsBodiesOfSourceNoun(_ paragraph: ParagraphText, _ position: Int, floor: Int) -> Bool {
    guard paragraph.tokens[position].lower == "and", position - 2 >= floor,
      SpeakerPhraseParser.isNameToken(paragraph, position - 1),
      position + 1 < paragraph.tokens.count,
      SpeakerPhraseParser.isNameToken(paragraph, position + 1)
        || (paragraph.tokens[position + 1].lower == "the" && position + 2 < paragraph.tokens.count
          && SpeakerPhraseParser.isNameToken(paragraph, position + 2))
    else { return false }
    // back over the first name (and the words of a body's name: "University of Colorado") to the preposition
    var index = position - 1
    while index > floor, SpeakerPhraseParser.isNameToken(paragraph, index) || paragraph.tokens[index].lower == "of"
      || paragraph.tokens[index].lower == "the"
    {
      index -= 1
    }
    guard index > floor, ["from", "at", "with", "in"].contains(paragraph.tokens[index].lower) else { return false }
    let noun = paragraph.tokens[index - 1]
    return !noun.classes.isDisjoint(with: [.groupNoun, .sourceNoun, .roleNoun])
  }

  /// Whether `range` is two roles or more with no article, joined by "and", whose last word is a noun of a
  /// person: "Water expert and former navy officer" (before the name they describe: "…, Ana Ruiz, said").
  static func isBareRoles(_ paragraph: ParagraphText, _ range: Range<Int>) -> Bool {
    guard range.count >= 3, range.count <= 10,
      !paragraph.tokens[range.upperBound - 1].classes.isDisjoint(with: [.title, .roleNoun]),
      range.contains(where: { paragraph.tokens[$0].lower == "and" })
    else { return false }
    return range.allSatisfy { index in
      let token = paragraph.tokens[index]
      return token.kind == .word && token.quote == nil && paragraph.cues[index] == nil && !token.isPossessive
        && (token.lower == "and" || !token.classes.contains(.clauseWord)) && !opensPredicate(token)
        && token.classes.isDisjoint(with: [.preposition, .determiner, .objectWord])
    }
  }

  /// Whether `range` is a name, with "the" before it, that an appositive gives to the noun before it: "the
  /// Red Lion", "Hatch Ltd." (not a place, which says where: "a plumber from Dothan, Alabama, said"). With
  /// `joined`, a body's longer name whose capitalised words "of", "and", "the" or "for" join: "the Army of
  /// the North and the Coast".
  static func isNameOfNoun(_ paragraph: ParagraphText, _ range: Range<Int>, joined: Bool = false) -> Bool {
    var first = range.lowerBound
    if first < range.upperBound, paragraph.tokens[first].lower == "the" { first += 1 }
    // (with its short form in brackets: "the Coastal Growers Alliance (CGA)")
    var end = range.upperBound
    if end - first >= 4, paragraph.tokens[end - 1].scalar == ")", paragraph.tokens[end - 3].scalar == "(",
      NameTyper.isAcronym(paragraph.tokens[end - 2].text)
    {
      end -= 3
    }
    return first < end && end - first <= (joined ? 10 : 5)
      && SpeakerPhraseParser.isNameToken(paragraph, first) && SpeakerPhraseParser.isNameToken(paragraph, end - 1)
      && (first..<end).allSatisfy {
        SpeakerPhraseParser.isNameToken(paragraph, $0) || (joined && nameJoiners.contains(paragraph.tokens[$0].lower))
      }
      && WorldKnowledge.shared.places[nameKey(paragraph.text(tokens: first..<end))] == nil
  }

  /// The lower-case words that may stand inside a body's name: "the Army of the North and the Coast".
  static let nameJoiners: WordSet = ["of", "and", "the", "for"]

  /// Where the comma before a parenthetical stands when token `comma` closes one: "Student groups[,]
  /// meanwhile, said …", "The union[,] for its part, said …"; nil otherwise.
  static func parentheticalBefore(_ paragraph: ParagraphText, comma: Int, floor: Int) -> Int? {
    guard comma - 2 > floor, paragraph.tokens[comma].scalar == ",", paragraph.tokens[comma].quote == nil,
      let opening = stride(from: comma - 1, through: max(floor + 1, comma - 4), by: -1).first(where: {
        paragraph.tokens[$0].kind == .punct
      }), paragraph.tokens[opening].scalar == ",", opening + 1 < comma,
      Lexicon.parentheticals.contains(
        ((opening + 1)..<comma).map { paragraph.tokens[$0].lower }.joined(separator: " "))
    else { return nil }
    return opening
  }

  /// Whether token `index` stands in a relative clause that a comma and "who" or "which" open before it, with no
  /// comma closing it before the token.
  static func isInRelativeClause(_ paragraph: ParagraphText, _ index: Int, floor: Int) -> Bool {
    relativePronounOpening(paragraph, clauseOf: index, floor: floor) != nil
  }

  /// The relative pronoun that opens, after a comma, the relative clause that token `index` stands in (no comma
  /// between them); nil when the token stands in none.
  static func relativePronounOpening(_ paragraph: ParagraphText, clauseOf index: Int, floor: Int) -> Int? {
    var position = index - 1
    while position > floor {
      if paragraph.tokens[position].scalar == "," && paragraph.tokens[position].quote == nil {
        return relativePronouns.contains(paragraph.tokens[position + 1].lower) ? position + 1 : nil
      }
      position -= 1
    }
    return nil
  }

  /// The first word of the last clause that a comma and "and" or "but" open before `end`, from `floor` on: "…,
  /// and the league denounced his rhetoric" (nil when there is none); or "while" or "whereas" with the clause's
  /// own subject: "Jo Hale signed the order, while Tom Reed, the former mayor, proposed a vote and said …".
  static func coordinatedClauseStart(_ paragraph: ParagraphText, before end: Int, floor: Int) -> Int? {
    stride(from: end - 3, through: floor + 1, by: -1).first(where: {
      paragraph.tokens[$0].scalar == "," && paragraph.tokens[$0].quote == nil
        && (paragraph.tokens[$0 + 1].lower == "and" || paragraph.tokens[$0 + 1].lower == "but"
          || ((paragraph.tokens[$0 + 1].lower == "while" || paragraph.tokens[$0 + 1].lower == "whereas")
            && opensClauseWithNoThat(paragraph.tokens[$0 + 2]) && closesMainClause(paragraph, comma: $0, floor: floor)
            // (not a clause that a comma closes before the second verb: "Jo Hale signed the bill, while his deputy
            // was abroad, and told …")
            && paragraph.tokens[end - 1].scalar != ","))
    }).map { $0 + 2 }
  }

  /// Whether the words from `floor` to the comma at `comma` hold a verb, so that a clause after the comma is
  /// one of its own: "Jo Hale signed the order, while …" (not an aside inside the subject: "Tom Reed, while
  /// Governor Hale looked on, signed …").
  static func closesMainClause(_ paragraph: ParagraphText, comma: Int, floor: Int) -> Bool {
    (floor..<comma).contains { index in
      let token = paragraph.tokens[index]
      return token.kind == .word && !token.isCapitalized && token.quote == nil
        && (paragraph.cues[index] != nil || finiteVerbs.contains(token.lower) || Lexicon.irregularPasts.contains(token.lower)
          || (token.lower.hasSuffix("ed") && index > floor && !paragraph.tokens[index - 1].classes.contains(.determiner)))
    }
  }

  /// The first word after "when", "as" or "while" of a clause that a comma opens and the comma at `comma` closes:
  /// "…, when [union protesters interrupted her speech]," (nil when there is none, another comma is inside, or
  /// its verb is a passive or a form of "be").
  static func subordinateClauseBefore(_ paragraph: ParagraphText, comma: Int, floor: Int) -> Int? {
    guard comma > floor, paragraph.tokens[comma].scalar == "," else { return nil }
    var index = comma - 1
    while index > floor && index > comma - 16 {
      let token = paragraph.tokens[index]
      if token.scalar == "," || token.quote != nil { return nil }
      // (a clause of the same time, whose subject acts: not "…, after his claim was proved to be wrong,
      // stating …", the main clause's)
      if ["when", "as", "while"].contains(token.lower), paragraph.tokens[index - 1].scalar == "," {
        let passive = (index + 1..<comma).contains { Lexicon.formsOfBe.contains(paragraph.tokens[$0].lower) }
        return index + 2 < comma && !passive ? index + 1 : nil
      }
      index -= 1
    }
    return nil
  }

  /// Whether the words of `range` may be a noun phrase that a participle's phrase describes: words with no
  /// verb of saying, clause word (but a determiner), pronoun, auxiliary or contraction ("Another police
  /// source" of "… speaking to CNN said"; not "You're" of "You're thinking of people who say …").
  static func isNounPhraseBeforeParticiple(_ paragraph: ParagraphText, _ range: Range<Int>) -> Bool {
    range.allSatisfy { index in
      let token = paragraph.tokens[index]
      return token.kind == .word && token.quote == nil && paragraph.cues[index] == nil
        && (!token.classes.contains(.clauseWord) || token.classes.contains(.determiner))
        && !Lexicon.personalPronouns.contains(token.lower) && !Lexicon.auxiliariesAndBe.contains(token.lower)
        && (token.isPossessive || !(token.lower.contains("’") || token.lower.contains("'")))
    }
  }

  /// Prepositions between a noun of people and the names whose they are: "Aides to …", "Strategists for …".
  static let namesOwnerPrepositions: WordSet = ["to", "for", "of"]

  /// The noun of people or of a source (a group or a role, up to four words with no clause word) whose
  /// preposition at `preposition` names whom they are of or for: "Aides" of "Aides to Ann Vey and Tom Reed".
  static func groupOfNames(_ paragraph: ParagraphText, preposition: Int, floor: Int) -> SpeakerPhrase? {
    var start = preposition
    while start - 1 >= floor, preposition - start < 4, paragraph.tokens[start - 1].kind == .word,
      paragraph.tokens[start - 1].quote == nil, paragraph.cues[start - 1] == nil,
      !paragraph.tokens[start - 1].classes.contains(.clauseWord)
        || paragraph.tokens[start - 1].classes.contains(.determiner)
    {
      start -= 1
    }
    guard start < preposition,
      let phrase = SpeakerPhraseParser.parse(paragraph, start..<preposition, commonNouns: true),
      phrase.kind == .group || phrase.kind == .nominal
    else { return nil }
    return phrase
  }

  /// Conjunctions that open a clause whose subject follows them: "…, while Cole said …".
  static let clauseOpeners: WordSet = [
    "and", "but", "that", "while", "whereas", "as", "because", "so", "when", "although", "though", "where",
  ]

  /// Words that open a subordinate clause inside a sentence, whose subject follows them: "Prices rose after
  /// Saudi Arabia said …" (opening the sentence, their clause gives way to the main clause's frame: "Before
  /// the interview ended, Ashby stated …").
  static let innerClauseOpeners: WordSet = ["after", "before", "since", "until", "once", "if", "unless", "whilst"]

  /// Whether the word at `index` opens the sentence (at `contentStart`) with one of `innerClauseOpeners` that is no
  /// condition: "After the mayor said that the bridge would close, residents …" (not "If he said that, he erred").
  static func opensSentenceClause(_ paragraph: ParagraphText, _ index: Int, _ contentStart: Int) -> Bool {
    guard index == contentStart, case let word = paragraph.tokens[index].lower else { return false }
    return innerClauseOpeners.contains(word) && word != "if" && word != "unless"
  }

  /// The comma that closes a phrase opening the sentence at `contentStart` before the subject, if one does, before
  /// `end`: a sentence adverb ("However,") or what the other readers of fronted phrases find, a preposition's or a
  /// subordinator's (`afterFrontedPhrase`: "On Friday,"), a time (`afterFrontedTime`: "Last week,") or a
  /// participle's (`openingParticiplePhraseEnd`: "Leaving the court,").
  static func introductoryPhraseEnd(_ paragraph: ParagraphText, _ contentStart: Int, before end: Int) -> Int? {
    let comma =
      paragraph.tokens[contentStart].classes.contains(.sentenceOpener)
        && paragraph.tokens[contentStart + 1].scalar == ","
      ? contentStart + 1
      : (afterFrontedPhrase(paragraph, contentStart, limit: end)
        ?? ProposalDetector.afterFrontedTime(paragraph, contentStart, limit: end)).map { $0 - 1 }
        ?? ProposalDetector.openingParticiplePhraseEnd(paragraph, contentStart, limit: end)
    guard let comma, comma + 2 < end, paragraph.tokens[comma].quote == nil else { return nil }
    return comma
  }

  /// Whether the word at `index` is one of `innerClauseOpeners` after a word of the main clause, or after its
  /// comma ("The club kept him, after he said he wanted to stay"), not at the start of a clause (`contentStart`,
  /// "but": "…, but before officials had weighed in, Crane said").
  static func opensInnerClause(_ paragraph: ParagraphText, _ index: Int, _ contentStart: Int) -> Bool {
    guard index - 1 >= contentStart, innerClauseOpeners.contains(paragraph.tokens[index].lower) else { return false }
    let before = paragraph.tokens[index - 1]
    if before.scalar == ",", before.quote == nil, index - 2 >= contentStart {
      return paragraph.tokens[index - 2].kind == .word
    }
    return before.kind == .word && !clauseCoordinators.contains(before.lower) && before.lower != "or"
  }

  /// The group that a restrictive "who" right before the verb describes: "Critics who argue …", "some who
  /// advocate …" (not the last person named).
  static func restrictiveGroup(_ paragraph: ParagraphText, who: Int, floor: Int) -> SpeakerPhrase? {
    guard paragraph.tokens[who].lower == "who", who - 1 >= floor, paragraph.tokens[who - 1].kind == .word else {
      return nil
    }
    let before = paragraph.tokens[who - 1]
    if Lexicon.indefiniteGroups.contains(before.lower) {
      return SpeakerPhrase(
        kind: .group, text: before.text, name: before.text, head: before.lower, tokens: (who - 1)..<who)
    }
    guard let phrase = restrictiveAntecedent(paragraph, who: who, floor: floor),
      phrase.kind == .group || phrase.kind == .nominal
    else { return nil }
    return phrase
  }

  /// The restrictive "who" within eight words before `end`, with no punctuation, quote, verb of saying or
  /// capitalised word between them ("officials who asked not to be named said"), or a "that" whose verb
  /// follows it ("farm groups that have backed the plan say"); nil when there is none.
  static func restrictiveWho(_ paragraph: ParagraphText, before end: Int, floor: Int) -> Int? {
    var index = end - 1
    // (a clause's subject or a conjunction after a verb of saying there is that verb's clause, or a second verb's:
    // "critics who say he must step down and said …")
    var clauseAfter = false
    while index > floor && index >= end - 8 {
      let token = paragraph.tokens[index]
      if isRelativeWho(token) { return index }
      if token.lower == "that", index + 1 < end, opensPredicate(paragraph.tokens[index + 1]) { return index }
      if token.kind != .word || token.quote != nil || token.isCapitalized
        || (paragraph.cues[index] != nil && (clauseAfter || !isVerbOfRestrictiveRelative(paragraph, index, floor: floor)))
      {
        return nil
      }
      clauseAfter = clauseAfter || subjectPronouns.contains(token.lower) || clauseCoordinators.contains(token.lower)
        || token.lower == "or"
      index -= 1
    }
    return nil
  }

  /// The subject of the verb at token `verb` in `walked` (from `subjectRegion`), and the words it spans; nil
  /// when there is none or it does not open its clause.
  /// - Parameters:
  ///   - strong: a reporting verb that is not weak: any noun phrase opened by a determiner may be its
  ///     subject ("the NFL legend said"), and "it" may be.
  ///   - opensClause: the subject must open its clause (after the sentence's start, a comma, a conjunction
  ///     or an opener word); a proposal's may stand in a subordinate clause ("after she urged …").
  static func findSubject(
    _ paragraph: ParagraphText, verb: Int, subjectEnd: Int, walked: Range<Int>, sentence: Range<Int>,
    contentStart: Int, strong: Bool, opensClause: Bool = true
  ) -> (phrase: SpeakerPhrase, region: Range<Int>)? {
    // (a participle's "those" is its clause's: "Those who run again defending their seats …")
    if !paragraph.tokens[verb].lower.hasSuffix("ing"),
      let those = SpeakerPhraseParser.thoseGroup(paragraph, before: subjectEnd, floor: contentStart)
    {
      return (those, those.tokens)
    }
    // an insert between spaced dashes before the verb describes the subject before it: "Many guests at the
    // wake — among them poets, cooks and sailors — said …"
    if walked.isEmpty, let open = openingDash(paragraph, closing: subjectEnd - 1, floor: contentStart),
      case let before = subjectRegion(paragraph, subjectEnd: open, contentStart: contentStart), !before.isEmpty,
      let phrase = SpeakerPhraseParser.parse(paragraph, before, commonNouns: strong)
    {
      return (phrase, before.lowerBound..<subjectEnd)
    }
    var region = walked
    var speaker = region.isEmpty ? nil : SpeakerPhraseParser.parse(paragraph, region, commonNouns: strong)
    // a weak verb takes a noun phrase of a person too: "The former congressman thinks …" (not "The data show …")
    if speaker == nil, !strong, !region.isEmpty {
      speaker = SpeakerPhraseParser.personNounPhrase(paragraph, region)
    }
    // (a thing, then the one who says something of it: "a process Quill described as …" gives Quill no
    // role "process")
    if speaker?.kind == .person, isReducedRelative(paragraph, region),
      let name = region.dropFirst().first(where: { paragraph.tokens[$0].isCapitalized })
    {
      speaker?.role = nil
      speaker?.text = paragraph.text(tokens: name..<region.upperBound)
    }
    if let firm = SpeakerPhraseParser.firmByPossessive(paragraph, region, verb: verb) { speaker = firm }
    // a state or a country after a place's comma is part of the place, which the phrase before it ends with:
    // "The city council of Springfield, Illinois said", "the Parliament of Victoria (PoV), Australia said"
    // (a smaller place, before its bracketed initials or not: not two countries, "… and Russia, Germany has …")
    if speaker?.kind == .organisation, region.lowerBound - 2 > contentStart,
      paragraph.tokens[region.lowerBound - 1].scalar == ",",
      let tail = WorldKnowledge.shared.places[nameKey(paragraph.text(tokens: region))], tail >= .state,
      case let placeEnd = paragraph.tokens[region.lowerBound - 2].scalar == ")" && region.lowerBound - 5 > contentStart
        && paragraph.tokens[region.lowerBound - 4].scalar == "(" ? region.lowerBound - 4 : region.lowerBound - 1,
      let place = SpeakerPhraseParser.nameRun(paragraph, endingAt: placeEnd, from: contentStart),
      let kind = WorldKnowledge.shared.places[nameKey(paragraph.text(tokens: place))], kind < tail,
      case let before = subjectRegion(paragraph, subjectEnd: region.lowerBound - 1, contentStart: contentStart),
      before.count >= 3, var phrase = SpeakerPhraseParser.parse(paragraph, before, commonNouns: true),
      phrase.kind == .organisation || phrase.kind == .group || phrase.kind == .nominal
    {
      phrase.tokens = before.lowerBound..<region.upperBound
      speaker = phrase
      region = phrase.tokens
    }
    // a participle's phrase after the subject describes it: "Another police source speaking to CNN
    // said" is the source's, not CNN's
    if region.lowerBound > contentStart + 1,
      paragraph.tokens[verb - 1].lower != "to", !paragraph.tokens[verb].lower.hasSuffix("ing"),
      let participle = (contentStart + 1..<region.lowerBound).first(where: { index in
        paragraph.tokens[index].lower.hasSuffix("ing") && isParticiple(paragraph.tokens[index])
          && paragraph.tokens[index + 1].isListedAsWritten(.preposition) && !paragraph.tokens[index - 1].isPossessive
      }),
      // (the phrase has no clause of its own: "Emails … began leaking after it disclosed …")
      !((participle + 2)..<subjectEnd).contains(where: { index in
        let token = paragraph.tokens[index]
        return subjectPronouns.contains(token.lower) || subordinators.contains(token.lower)
          || (token.kind == .word && !token.isCapitalized && token.lower.hasSuffix("ed"))
      }),
      isNounPhraseBeforeParticiple(paragraph, contentStart..<participle),
      !(participle..<subjectEnd).contains(where: {
        paragraph.tokens[$0].quote != nil || (paragraph.tokens[$0].kind == .punct && paragraph.tokens[$0].scalar != ".")
      }),
      let phrase = SpeakerPhraseParser.parse(paragraph, contentStart..<participle, commonNouns: true),
      phrase.kind != .pronoun
    {
      speaker = phrase
      region = contentStart..<subjectEnd
    }
    // an appositive whose closing comma is missing: "Ellen Kerr, Dean of Tulane School of Nursing said
    // …" (the role alone is no subject; the name before its comma is)
    if let phrase = speaker, phrase.kind == .group || phrase.kind == .nominal, region.lowerBound - 2 >= contentStart,
      paragraph.tokens[region.lowerBound - 1].scalar == ",", paragraph.tokens[region.lowerBound].isCapitalized,
      SpeakerPhraseParser.isTitle(paragraph, region.lowerBound),
      let run = SpeakerPhraseParser.nameRun(paragraph, endingAt: region.lowerBound - 1, from: contentStart),
      var named = SpeakerPhraseParser.parse(paragraph, run), named.kind == .person
    {
      named.role = named.role ?? phrase.text
      named.tokens = run.lowerBound..<region.upperBound
      speaker = named
      region = run.lowerBound..<region.upperBound
    }
    // a relative or neuter pronoun as subject: "Labor Secretary Ruth Keel, who said …", "It said …"
    if speaker == nil, region.isEmpty, subjectEnd - 1 >= contentStart,
      let kind = pronounSubjects[paragraph.tokens[subjectEnd - 1].lower], strong || kind == .pronoun
    {
      let word = paragraph.tokens[subjectEnd - 1]
      region = (subjectEnd - 1)..<subjectEnd
      speaker =
        relativeAntecedent(paragraph, before: subjectEnd - 1, floor: contentStart)
        ?? restrictiveGroup(paragraph, who: subjectEnd - 1, floor: contentStart)
        ?? SpeakerPhrase(kind: kind, text: word.text, name: word.text, head: word.lower, tokens: region)
    }
    // a restrictive relative clause between the subject and the verb: "Residents who live nearby said …",
    // "Engineers who have worked with him say …"
    var who = region.lowerBound - 1
    while who > region.lowerBound - 3, who > contentStart,
      Lexicon.auxiliariesAndBe.contains(paragraph.tokens[who].lower)
    {
      who -= 1
    }
    // (a name in the clause is its object or its subject, not the verb's: "Engineers who have worked with
    // Paul Dorsey say")
    if !region.isEmpty, region.upperBound - who <= 9, who - 1 >= contentStart,
      isRelativeWho(paragraph.tokens[who]),
      // (the clause's own verb may be one of saying: "The officer who ordered the raid said …")
      region.allSatisfy({
        (paragraph.tokens[$0].kind != .punct || paragraph.tokens[$0].scalar == "-")
          && (paragraph.cues[$0] == nil || $0 == who + 1)
      }),
      let antecedent = restrictiveAntecedent(paragraph, who: who, floor: contentStart)
    {
      region = antecedent.tokens.lowerBound..<subjectEnd
      speaker = antecedent
    }
    // a longer restrictive clause with no name in it: "Two officials who asked not to be named said …"
    if speaker == nil, let who = restrictiveWho(paragraph, before: subjectEnd, floor: contentStart),
      let antecedent = restrictiveAntecedent(paragraph, who: who, floor: contentStart)
    {
      region = antecedent.tokens.lowerBound..<subjectEnd
      speaker = antecedent
    }
    // a participle after a place that a preposition opens (with its state after a comma or not) has the
    // clause's subject, not the place's: "… issued a statement at her home in Toronto saying …"
    if let found = speaker, found.kind == .organisation, paragraph.tokens[verb].lower.hasSuffix("ing"),
      region.upperBound == verb,
      let place = SpeakerPhraseParser.nameRun(paragraph, endingAt: region.upperBound, from: region.lowerBound),
      isPlaceAfterPreposition(paragraph, place, floor: contentStart),
      let subject = ProposalDetector.clauseSubject(paragraph, sentence, contentStart),
      subject.tokens.upperBound < place.lowerBound
    {
      speaker = subject
      region = contentStart..<contentStart
    }
    // a participle or a second verb after the main clause: "Rival Joan Tate had dismissed the
    // lawsuit, saying …", "Hale thanked Tulsa and said …"
    // (a participle after a comma may have its adverb: "…, recently telling one aide that …")
    let participle = paragraph.tokens[verb].lower.hasSuffix("ing")
    let adverbs = participle && subjectEnd < verb && subjectEnd - 1 > contentStart
      && paragraph.tokens[subjectEnd - 1].scalar == ","
      && (subjectEnd..<verb).allSatisfy({ index in
        let token = paragraph.tokens[index]
        return token.kind == .word && token.quote == nil
          && (token.lower.hasSuffix("ly") || token.classes.contains(.cueAdjunct))
      })
    // (an auxiliary or an adverb may stand between "and" and the verb: "… calls herself a hawk and has said …";
    // not inside a relative clause, whose verb is no main clause's: "Pompeo, who has seen them but would say
    // nothing, agreed …")
    let auxiliaries =
      !participle && subjectEnd < verb && subjectEnd - 1 > contentStart
      && ["and", "but"].contains(paragraph.tokens[subjectEnd - 1].lower)
      && !isInRelativeClause(paragraph, subjectEnd - 1, floor: contentStart)
    let beforeVerb = adverbs || auxiliaries ? subjectEnd - 1 : verb - 1
    if speaker == nil, verb > contentStart,
      participle
        || (["and", "but"].contains(paragraph.tokens[beforeVerb].lower)
          // (a weak verb with the clause it reports: "… opposed the levy and suggested there was little appetite")
          && (strong
            || paragraph.cues[verb].map({ cue in
                cue.end < sentence.upperBound
                  && (paragraph.tokens[cue.end].lower == "that"
                    ? isIndicativeClause(paragraph, after: cue.end, limit: sentence.upperBound)
                    : opensPlainClause(paragraph, at: cue.end, limit: sentence.upperBound)
                      || opensBarePluralClause(paragraph, at: cue.end, limit: sentence.upperBound))
              }) == true)),
      [",", "and", "but", "by", "for", "after", "before", "while", "when", "as"].contains(
        paragraph.tokens[beforeVerb].lower)
    {
      // (a second verb's clause may be the second of the sentence: "Parents called for a strike, and the
      // union condemned the cuts and said …")
      // (a participle after a subordinate clause that ends at its comma has that clause's subject: "… during a
      // speech, when union protesters interrupted her, shouting “…”")
      let clauseStart =
        participle
        ? subordinateClauseBefore(paragraph, comma: beforeVerb, floor: contentStart) ?? contentStart
        : coordinatedClauseStart(paragraph, before: beforeVerb, floor: contentStart) ?? contentStart
      // (the clause may be a subordinate one: "When Hale thanked Tulsa and said it was good to be back, a
      // woman shouted …", "…, and when Hale thanked Tulsa and said …")
      let inSubordinateClause =
        paragraph.tokens[beforeVerb].lower == "and" && subordinators.contains(paragraph.tokens[clauseStart].lower)
        && !(clauseStart..<verb).contains(where: { paragraph.tokens[$0].scalar == "," })
      // (a second verb in a relative clause between commas has the relative pronoun as its subject: "… young voters,
      // who distrust banks and feel the economy is rigged")
      // (its words end with the clause, as `inRelativeClause` tells)
      if !participle, let who = relativePronounOpening(paragraph, clauseOf: beforeVerb, floor: contentStart),
        paragraph.tokens[who].lower == "who"
      {
        speaker = SpeakerPhrase(
          kind: .pronoun, text: paragraph.tokens[who].text, name: paragraph.tokens[who].text, tokens: who..<(who + 1))
        region = who..<(who + 1)
      } else {
        speaker = ProposalDetector.clauseSubject(
          paragraph, sentence, inSubordinateClause ? clauseStart + 1 : clauseStart)
        if speaker != nil { region = contentStart..<contentStart }
      }
    }
    var placeOfRole: (phrase: SpeakerPhrase, region: Range<Int>)? = nil
    if speaker == nil, subjectEnd - 1 > contentStart, paragraph.tokens[subjectEnd - 1].scalar == "," {
      // NAME, APPOSITIVE, V
      if var lastComma = stride(from: subjectEnd - 2, through: contentStart, by: -1).first(where: {
        paragraph.tokens[$0].scalar == ","
      }) {
        // (a relative clause with an appositive's commas: "Tom Bell, whose hometown, Leeds, is sinking, argues")
        lastComma = relativeClauseComma(paragraph, predicate: lastComma, floor: contentStart, subjectEnd) ?? lastComma
        // a list after "including" is one insert: "Fifty officials, including A, B, and C, said"
        let appositiveComma = listInsertComma(paragraph, before: lastComma, floor: contentStart) ?? lastComma
        var nameBoundary = phraseBoundary(paragraph, before: appositiveComma, floor: contentStart)
        // a conjunction opens the clause, not the name: "…, while Sen. Dana Cole, R-Maine, said"
        if nameBoundary + 2 < appositiveComma, clauseOpeners.contains(paragraph.tokens[nameBoundary + 1].lower) {
          nameBoundary += 1
        }
        region = (nameBoundary + 1)..<subjectEnd
        speaker = SpeakerPhraseParser.parse(paragraph, region)
        // a parenthetical is no role: "Tom Reed, meanwhile, said"; nor are others named with the speaker: "Tom Reed,
        // along with two nurses, said"
        if let role = speaker?.role,
          Lexicon.parentheticals.contains(role.lowercasedQuickly())
            || companionOpeners.contains(role.prefix(while: { $0 != " " }).lowercased())
        {
          speaker?.role = nil
        }
        // a role and its place describe a name before them, whose they are: "Greg Lund, the former mayor
        // of Dayton, Ohio, said" (read below; the place speaks only when no name does)
        // (a region no gazetteer knows after the role's place: "Ivan Orr, the mayor of Malvar, Rio
        // Seco, announced")
        if let found = speaker, nameBoundary > contentStart,
          paragraph.tokens[nameBoundary + 1].classes.contains(.determiner),
          found.kind == .organisation && WorldKnowledge.shared.places[nameKey(found.name)] != nil
            || (found.kind == .organisation || found.kind == .person)
              && isRegionOfPlace(paragraph, (appositiveComma + 1)..<(subjectEnd - 1), floor: contentStart)
        {
          placeOfRole = (found, region)
          speaker = nil
        }
        // NAME, of ORGANISATION, APPOSITIVE, V: a phrase that opens with a preposition describes the
        // name before it ("Hugh Penn, of CNN, one of her sons, stated")
        if nameBoundary > contentStart, paragraph.tokens[nameBoundary].scalar == ",",
          paragraph.tokens[nameBoundary + 1].isListedAsWritten(.preposition),
          var named = namedBefore(paragraph, comma: nameBoundary, floor: contentStart), named.kind == .person
        {
          region = named.tokens.lowerBound..<subjectEnd
          if named.role == nil { named.role = paragraph.text(tokens: (nameBoundary + 1)..<(subjectEnd - 1)) }
          speaker = named
        }
        // SUBJECT, who/which … , V · SUBJECT, in …, V: the clause or phrase between commas describes it
        // (or the name of what it names: "A spokesman for the pub, the Red Lion, said"; a person's name is the
        // speaker, the words before it the role: "one of the family's lawyers, Owen Falk, said")
        let appositive = (appositiveComma + 1)..<(subjectEnd - 1)
        if speaker == nil, appositiveComma + 1 < subjectEnd,
          insertOpeners.contains(paragraph.tokens[appositiveComma + 1].lower)
            || listOpeners.contains(paragraph.tokens[appositiveComma + 1].lower)
            || opensWithPartOfThem(paragraph, appositiveComma + 1)
            || isParticiple(paragraph.tokens[appositiveComma + 1]) || isNameOfNoun(paragraph, appositive),
          !paragraph.tokens[nameBoundary + 1].classes.contains(.preposition),
          let named = SpeakerPhraseParser.parse(paragraph, (nameBoundary + 1)..<appositiveComma, commonNouns: strong)
        {
          speaker = named
          // (a role after a person's name is the name's: "Leon Brandt, a painter in Tucson, who runs a small
          // gallery, recalled …")
          if named.kind == .nominal, paragraph.tokens[nameBoundary + 1].classes.contains(.determiner),
            nameBoundary > contentStart, paragraph.tokens[nameBoundary].scalar == ",",
            var person = namedBefore(paragraph, comma: nameBoundary, floor: contentStart), person.kind == .person
          {
            person.role = person.role ?? named.text
            region = person.tokens.lowerBound..<subjectEnd
            speaker = person
          }
          if named.kind != .person, isNameOfNoun(paragraph, appositive),
            var person = SpeakerPhraseParser.parse(paragraph, appositive), person.kind == .person
          {
            person.role = person.role ?? named.text
            speaker = person
          }
          // (a body named after a noun of its kind: "One of these groups, the Coastal Growers Alliance (CGA), said")
          if named.kind == .group || named.kind == .nominal, isNounOfBody(paragraph.tokens[appositiveComma - 1]),
            isNameOfNoun(paragraph, appositive),
            let body = SpeakerPhraseParser.parse(paragraph, appositive), body.kind == .organisation
          {
            speaker = body
          }
          // a document and its author between commas: "The report, released by the Fraser Institute, says"
          if named.kind != .person, case let head = named.head,
            SpeakerPhraseParser.documentNouns.contains(head) || evidenceNouns.contains(head),
            appositive.count >= 3, isAuthorshipParticiple(paragraph.tokens[appositive.lowerBound]),
            paragraph.tokens[appositive.lowerBound + 1].lower == "by",
            case let by = (appositive.lowerBound + 2)..<appositive.upperBound,
            var author = SpeakerPhraseParser.author(paragraph, by)
              ?? SpeakerPhraseParser.parse(paragraph, by, commonNouns: true)
          {
            // (the phrase's head is still the document's, which a verb of evidence asks for: "The survey,
            // conducted by the Lakeshore Policy Institute of Ohio, finds …")
            author.tokens = (nameBoundary + 1)..<(subjectEnd - 1)
            author.head = head
            speaker = author
          }
        } else if speaker == nil, appositiveComma + 1 < subjectEnd,
          paragraph.tokens[nameBoundary + 1].classes.contains(.determiner)
            || paragraph.tokens[nameBoundary + 1].isPossessive
            || isBareRoles(paragraph, (nameBoundary + 1)..<appositiveComma),
          isNameOfNoun(paragraph, appositive) || SpeakerPhraseParser.roleWordsAndName(paragraph, appositive) != nil,
          var person = SpeakerPhraseParser.parse(paragraph, appositive), person.kind == .person
        {
          // a noun phrase no parse reads (a participle's phrase in it) before a person's name: the name
          // speaks, the phrase is the role ("The engineer leading the inquiry, Tom Reed, said")
          person.role = person.role ?? paragraph.text(tokens: (nameBoundary + 1)..<appositiveComma)
          person.tokens = (nameBoundary + 1)..<(subjectEnd - 1)
          person.text = paragraph.text(tokens: person.tokens)
          speaker = person
        }
        // SUBJECT … PLACE, STATE, V: a state or country between commas after a place is part of it ("Officials
        // in Flint, Michigan, said", "A spokesman for the mayor of Austin, Texas, said")
        // (not an appositive of a name before it: "Janet Crane, the mayor of Fresno, California, said")
        if speaker == nil, placeOfRole == nil, subjectEnd - 1 - (appositiveComma + 1) <= 3,
          appositiveComma - 1 > nameBoundary + 1,
          nameBoundary < contentStart || paragraph.tokens[nameBoundary].scalar != ",",
          isStateAfterPlace(paragraph, (appositiveComma + 1)..<(subjectEnd - 1)),
          let named = SpeakerPhraseParser.parse(paragraph, (nameBoundary + 1)..<appositiveComma, commonNouns: strong),
          named.kind == .group || named.kind == .nominal
        {
          region = named.tokens.lowerBound..<subjectEnd
          speaker = named
        }
      }
    }
    if speaker == nil, subjectEnd - 1 > contentStart, paragraph.tokens[subjectEnd - 1].scalar == ",",
      var named = nameBeforeAppositives(paragraph, comma: subjectEnd - 1, floor: contentStart, commonNouns: strong)
        // (after a phrase that opens the sentence: "However, the victim, 23, told police …", "Last week, the
        // woman, 34, said …")
        ?? introductoryPhraseEnd(paragraph, contentStart, before: subjectEnd - 1).flatMap({ comma in
          nameBeforeAppositives(paragraph, comma: subjectEnd - 1, floor: comma + 1, commonNouns: strong)
        })
    {
      region = named.tokens.lowerBound..<subjectEnd
      named.tokens = region
      speaker = named
    }
    if speaker == nil, let placeOfRole { (speaker, region) = placeOfRole }
    // NAME, ROLE V, the comma that would close the role left out: "Maria Collis, a spokeswoman for the council
    // said …", "Ann Vey, president and CEO of the Dairy Council stated" (the name opens the clause; the role's head
    // is a noun of a person)
    if let found = speaker, found.kind == .nominal || found.kind == .group, region.lowerBound > contentStart + 1,
      case let head = found.head, Lexicon.roleClasses[head] != nil || Lexicon.titles.contains(head),
      let comma = (contentStart..<region.lowerBound).last(where: { paragraph.tokens[$0].scalar == "," }),
      case let role = (comma + 1)..<min(subjectEnd, verb), role.count <= 12,
      !role.contains(where: { index in
        paragraph.tokens[index].quote != nil || paragraph.cues[index] != nil || opensPredicate(paragraph.tokens[index])
          || (paragraph.tokens[index].kind == .punct && paragraph.tokens[index].scalar != "-"
            && paragraph.tokens[index].scalar != "’" && paragraph.tokens[index].scalar != "'")
      }),
      var named = namedBefore(paragraph, comma: comma, floor: contentStart), named.kind == .person,
      named.tokens.lowerBound == contentStart
    {
      named.role = named.role ?? paragraph.text(tokens: role)
      region = named.tokens.lowerBound..<subjectEnd
      named.tokens = region
      speaker = named
    }
    // a parenthetical between commas after the subject: "Student groups, meanwhile, said …"
    if speaker == nil, strong,
      let comma = parentheticalBefore(paragraph, comma: subjectEnd - 1, floor: contentStart)
    {
      let walked = subjectRegion(paragraph, subjectEnd: comma, contentStart: contentStart)
      if !walked.isEmpty, let phrase = SpeakerPhraseParser.parse(paragraph, walked, commonNouns: strong) {
        (speaker, region) = (phrase, walked)
      }
    }
    guard var subject = speaker else { return nil }
    // the subject must open its clause: sentence start, opener words or an introductory phrase
    func opensItsClause(_ start: Int) -> Bool {
      guard start > contentStart else { return true }
      let previous = paragraph.tokens[start - 1]
      return previous.scalar == "," || previous.scalar == ";" || previous.scalar == ":" || previous.scalar == "("
        || isClosingMark(paragraph, start - 1)
        // (a dash with spaces: "Fiorina was a planner — a former aide said she …"; not an aside between dashes,
        // "The plan — officials said — was doomed")
        || (isSpacedDash(paragraph, start - 1)
          && !(verb + 1 < paragraph.tokens.count && isDash(paragraph.tokens[verb + 1].scalar)))
        || clauseOpeners.contains(previous.lower) || previous.lower == "which" || previous.lower == "whom"
        || opensInnerClause(paragraph, start - 1, contentStart)
        || previous.classes.contains(.sentenceOpener)
        || opensSentenceClause(paragraph, start - 1, contentStart)
    }
    // (a restrictive "who" opens its own clause after an object, "… from shop owners who say the levy …";
    // not after the sentence's subject, whose own verb the content would run into: "Critics who say the law is
    // unfair have protested")
    if opensClause, region.count == 1, paragraph.tokens[region.lowerBound].lower == "who",
      subject.tokens.upperBound == region.lowerBound, subject.kind != .pronoun
    {
      // (with the words before its head, "and other people who think …", and the head of a subject it is part
      // of: "A majority of those who said …")
      var start = subject.tokens.lowerBound
      func walkModifiers() {
        let head = start
        while start - 1 >= contentStart, head - start < 4,
          case let word = paragraph.tokens[start - 1], word.kind != .punct, word.quote == nil,
          !word.isCapitalized || word.classes.contains(.determiner),
          word.classes.isDisjoint(with: [.clauseWord, .preposition]) || word.lower == "the",
          !["ed", "ly", "ing"].contains(where: { word.lower.hasSuffix($0) })
        {
          start -= 1
        }
      }
      walkModifiers()
      if start - 2 >= contentStart, paragraph.tokens[start - 1].lower == "of" {
        start -= 1
        walkModifiers()
      }
      return opensItsClause(start) ? nil : (subject, region)
    }
    // a participle right after a body that is the object of the clause's verb has the clause's subject: "Ann
    // Vey left the Labour Party saying …", "Cyberwatch emailed Harbour Web Services informing them …" (not a
    // person, who may be the participle's own subject: "a speech that included Tom Reed vowing …")
    if subject.kind == .organisation, region.upperBound == verb,
      paragraph.tokens[verb].lower.hasSuffix("ing"),
      let name = SpeakerPhraseParser.nameRun(paragraph, endingAt: verb, from: contentStart),
      isObjectOfClausesVerb(paragraph, name.lowerBound, floor: contentStart),
      let clauseSubject = ProposalDetector.clauseSubject(paragraph, sentence, contentStart),
      clauseSubject.tokens.upperBound < name.lowerBound, clauseSubject.kind != .pronoun || strong
    {
      return (clauseSubject, contentStart..<contentStart)
    }
    // the last of several names joined by "and" is no subject alone: "Ann Vey and Tom Reed said"
    if let joined = namesJoinedByAnd(
      paragraph, before: region.lowerBound, last: subject, floor: contentStart, opens: opensItsClause)
    {
      subject = joined
      region = joined.tokens.lowerBound..<region.upperBound
    } else if let joined = groupsJoinedByAnd(
      paragraph, before: region.lowerBound, last: subject, floor: contentStart, opens: opensItsClause)
    {
      subject = joined
      region = joined.tokens.lowerBound..<region.upperBound
    } else if let joined = namesJoinedByAnd(
      paragraph, before: region.lowerBound, last: subject, floor: contentStart,
      opens: { $0 - 2 >= contentStart && namesOwnerPrepositions.contains(paragraph.tokens[$0 - 1].lower) }),
      let group = groupOfNames(paragraph, preposition: joined.tokens.lowerBound - 1, floor: contentStart),
      opensItsClause(group.tokens.lowerBound)
    {
      // the names after a noun of people and its preposition are theirs: "Aides to Ann Vey and Tom Reed said"
      let tokens = group.tokens.lowerBound..<region.upperBound
      let text = paragraph.text(tokens: tokens)
      subject = SpeakerPhrase(kind: .group, text: text, name: text, head: group.head, tokens: tokens)
      region = tokens
    }
    if opensClause && !opensItsClause(region.lowerBound) {
      // (a phrase that does not open its clause may be the object of a restrictive relative clause's verb, whose
      // antecedent is the subject: "Parents who spoke to the board said …"; people, whom "who" picks out, not the
      // things of "that", which a weak verb would not take: "The plans that went to the board predict …")
      guard let who = restrictiveWho(paragraph, before: subjectEnd, floor: contentStart), who < region.lowerBound,
        isRelativeWho(paragraph.tokens[who]),
        let antecedent = restrictiveAntecedent(paragraph, who: who, floor: contentStart),
        opensItsClause(antecedent.tokens.lowerBound)
      else { return nil }
      return (antecedent, antecedent.tokens.lowerBound..<subjectEnd)
    }
    return (subject, region)
  }
}
