import SaysoCore
/// A proposal found in a paragraph, before its proposer is resolved.
struct ProposalCandidate {
  var paragraph: Int
  var start: Int
  var end: Int
  var cue: String
  /// The phrase naming the proposer, when the proposal is stated in the narrative.
  var subject: SpeakerPhrase?
  /// The attribution whose speaker proposes (a proposal inside a quote or reported speech).
  var attribution: Int?
  /// No one named proposes it, and no one else in the paragraph does: a passive with no agent ("Residents were
  /// advised to …").
  var unnamed = false
}

/// Finds proposals: proposal verbs with their complement, nominal proposals ("a proposal to …"),
/// first-person proposals inside quotes ("I propose", "we call on"), "It is necessary to …", and
/// reported speech that says what somebody should do.
enum ProposalDetector {
  static let verbs: WordSet = [
    "propose", "suggest", "offer", "invite", "call-for", "call-on", "call-upon", "urge", "recommend",
    "put-forward", "push-for", "press-for", "appeal", "advocate", "demand", "request", "encourage", "implore",
    "advise",
  ]
  /// Verbs whose object is the one urged to act, before "to" and a verb: "urged residents to …".
  static let urgingLemmas: WordSet = ["invite", "urge", "call-on", "encourage", "implore", "advise"]

  /// Whether the word after "to" may open an infinitive: a lower-case word that is no determiner, pronoun or
  /// relative word ("to whom").
  static func opensInfinitive(_ token: Token) -> Bool {
    token.kind == .word && !token.isCapitalized && token.quote == nil
      && token.classes.isDisjoint(with: [.determiner, .objectWord])
      && !Attributor.relativePronouns.contains(token.lower)
  }

  static let nouns: Set<String> = ["proposal", "offer", "initiative", "proposals", "offers", "call"]
  static let negations: WordSet = ["not", "never", "n't", "no", "refused", "declined", "failed"]
  static let inanimate: WordSet = [
    "data", "evidence", "study", "studies", "research", "results", "figures", "numbers", "polls", "poll",
    "survey", "surveys", "statistics", "analysis", "findings", "report", "reports", "trends", "signs",
    "it", "this", "that", "which", "these", "those", "records", "documents", "experience", "history",
  ]
  /// Written works that can recommend something, and the verbs with which they do.
  static let writtenWorks: WordSet = ["report", "reports", "study", "studies", "analysis"]
  static let recommendingLemmas: WordSet = ["recommend", "propose", "call-for", "urge"]
  static let firstPersonCues: [[String]] = [
    ["i", "propose"], ["we", "propose"], ["i", "suggest"], ["we", "suggest"], ["we", "call", "on"],
    ["we", "call", "for"], ["i", "call", "on"], ["i", "call", "for"], ["we", "urge"], ["i", "urge"],
    ["let", "us"], ["let’s"], ["let's"], ["we", "need", "to"], ["we", "must"], ["we", "should"],
    ["it", "is", "necessary", "to"], ["it", "is", "essential", "to"], ["we", "offer"], ["i", "offer"],
    ["we", "invite"], ["i", "invite"], ["we", "have", "to"],
  ]
  static let firstWords: Set<String> = Set(firstPersonCues.map { $0[0] })
  /// `firstPersonCues` by their first word, each word's in their order: a word that opens none is ruled out
  /// by one look-up, and one that opens some is compared with those only.
  static let firstPersonCuesByFirstWord = byFirstWord(firstPersonCues)
  static let modals: [[String]] = [
    ["should"], ["must"], ["need", "to"], ["needs", "to"], ["have", "to"], ["has", "to"], ["ought", "to"],
    ["it", "is", "necessary", "to"],
  ]

  /// `modals` by their first word, as `firstPersonCuesByFirstWord`.
  static let modalsByFirstWord = byFirstWord(modals)

  /// Phrases by their first word, each word's in their order.
  static func byFirstWord(_ phrases: [[String]]) -> KeyTable<[[String]]> {
    var table = KeyTable<[[String]]>(capacity: phrases.count)
    for phrase in phrases {
      var first = phrase[0]
      first.withUTF8 { table.insert($0, [phrase], merge: { earlier, this in earlier + this }) }
    }
    return table
  }

  /// Whether each ASCII byte in lower case is the first letter of a modal's first word.
  static let modalInitials: [Bool] = (0..<128).map { byte in modals.contains { $0[0].utf8.first == UInt8(byte) } }

  /// Whether a token whose first scalar is `first` may open a modal, told by that letter (no string is
  /// compared, and the token is not copied with its strings): false only for a word whose lower case opens
  /// with an ASCII letter no modal opens with.
  @inline(__always) static func mayOpenModal(_ first: Unicode.Scalar) -> Bool {
    let value = first.value
    // (a capital's bit 0x20 makes it the small letter: "Should" opens as "should" does)
    return value >= 0x80 || modalInitials[Int(value | 0x20)]
  }

  /// Whether "do with" follows a modal's "to" at `index`: "it has to do with the size" says what something
  /// concerns and proposes nothing.
  static func concerns(_ paragraph: ParagraphText, after index: Int) -> Bool {
    index + 1 < paragraph.tokens.count && paragraph.tokens[index].lower == "do"
      && paragraph.tokens[index + 1].lower == "with"
  }

  static func matches(_ paragraph: ParagraphText, _ start: Int, _ words: [String]) -> Bool {
    guard start + words.count <= paragraph.tokens.count else { return false }
    for (offset, word) in words.enumerated() where paragraph.tokens[start + offset].lower != word { return false }
    return true
  }

  /// The proposals of `paragraph`, whose attributions are `attributions`: a slice of the article's, whose
  /// indices a proposal names (read in place: an array of them copied each attribution's strings).
  /// Whether the words that end at the offset `end` end a question: a question mark right after them, past closing
  /// quote marks. What a question asks is proposed by no one ("Should the city ban cars?", "“Why do we need to keep
  /// the old ferry?”"); a proposal before another clause's question is one ("called for a recount, asking “who …?”").
  /// (A tag question ends the words before it: "“We have to build more homes, don't we?”" proposes nothing.)
  static func endsQuestion(_ paragraph: ParagraphText, _ start: Int, _ end: Int) -> Bool {
    var position = paragraph.firstToken(startingAtOrAfter: end)
    // (the mark may end the words themselves, inside the quote they open in or outside quotes as they do: "Do we
    // need to reform?"; not a quoted question after them, "urged the council to act: “Why wait?”")
    var last = position - 1
    while last >= 0, Attributor.isClosingMark(paragraph, last) { last -= 1 }
    let first = paragraph.firstToken(startingAtOrAfter: start)
    if last >= 0, first < paragraph.tokens.count, paragraph.tokens[last].scalar == "?",
      paragraph.tokens[last].quote == paragraph.tokens[first].quote
    {
      return true
    }
    while position < paragraph.tokens.count, Attributor.isClosingMark(paragraph, position) { position += 1 }
    return position < paragraph.tokens.count && paragraph.tokens[position].scalar == "?"
  }

  static func proposals(in paragraph: ParagraphText, attributions: ArraySlice<Attribution>) -> [ProposalCandidate] {
    var out: [ProposalCandidate] = []
    func attributionCovering(_ offset: Int) -> Int? {
      attributions.firstIndex { $0.start <= offset && offset < $0.end }
    }
    func localAttribution(_ offset: Int) -> Attribution? {
      attributions.first { $0.start <= offset && offset < $0.end }
    }
    for sentence in paragraph.sentences {
      let contentStart = Attributor.contentStart(paragraph, sentence)
      guard contentStart < sentence.upperBound else { continue }
      var index = contentStart
      while index < sentence.upperBound {
        defer { index += 1 }
        // most words can start nothing: skip them without copying the token
        if paragraph.cues[index] == nil && !paragraph.tokens[index].classes.contains(.proposalStart) { continue }
        // (the token's fields are read once, in place: copying a token copies its two strings)
        let tokenIndex = index
        let lower = paragraph.tokens[index].lower
        let quote = paragraph.tokens[index].quote
        let tokenStart = paragraph.tokens[index].start
        // 1. First person inside quotes, and "It is necessary to" anywhere.
        let initial = lower.utf8.first ?? 0
        if initial == 105 || initial == 119 || initial == 108, let cues = firstPersonCuesByFirstWord[lower],
          quote != nil || index == contentStart || paragraph.tokens[index - 1].scalar == ","
            || paragraph.tokens[index - 1].scalar == "“"
            || paragraph.tokens[index - 1].scalar == "\"" || paragraph.tokens[index - 1].scalar == "–"
            || paragraph.tokens[index - 1].quote != quote
        {
          for cue in cues where matches(paragraph, index, cue) && !concerns(paragraph, after: index + cue.count) {
            if quote == nil && cue.first != "it" { continue }
            // "let us" opens its clause to propose: not "… pair of late errors let us down"
            if cue.first == "let", index > contentStart, paragraph.tokens[index - 1].quote == quote,
              paragraph.tokens[index - 1].kind != .punct,
              !Attributor.clauseCoordinators.contains(paragraph.tokens[index - 1].lower)
            {
              continue
            }
            let inQuote = quote != nil
            let end = endOfClause(
              paragraph, from: index, sentence: sentence, attribution: localAttribution(tokenStart), inQuote: inQuote)
            // (and something is proposed after it: not "… we can't say yet. We ought to.")
            let after = index + cue.count
            guard end > tokenStart, after < paragraph.tokens.count, paragraph.tokens[after].kind != .punct,
              paragraph.tokens[after].start < end
            else { continue }
            out.append(
              ProposalCandidate(
                paragraph: paragraph.index, start: tokenStart, end: end,
                cue: paragraph.text(tokens: index..<(index + cue.count)),
                subject: nil, attribution: attributionCovering(tokenStart)))
            index = sentence.upperBound
            break
          }
        }
        guard index < sentence.upperBound, quote == nil else { continue }
        // 2. Verbs: "proposed to", "called for", "invited X to", "suggested that"
        if let cue = CueFinder.cue(paragraph, at: index), verbs.contains(cue.lemma) || cue.lemma == "call-upon" {
          if cue.lemma == "suggest" {
            guard cue.end < sentence.upperBound, paragraph.tokens[cue.end].lower == "that" else { continue }
          }
          // (an offer's test is `isOfferOrAppealOfAThing`: "offered the union a new deal" needs none)
          if urgingLemmas.contains(cue.lemma) {
            // needs "to" + verb within a few words, or for an urging a clause of what be done: "urged that the ban be
            // lifted", "urged the schools be closed"
            let window = wordsAfter(cue, sentenceEnd: sentence.upperBound)
            guard
              window.contains(where: { paragraph.tokens[$0].lower == "to" })
                || (cue.lemma == "urge" && isClauseOfWhatBeDone(paragraph, window))
            else { continue }
          }
          // an offer or an appeal is one to do something, or an appeal for something: not "offered her condolences
          // to the families", "appealed the ruling to the high court", "is appealing to younger voters"
          if isOfferOrAppealOfAThing(paragraph, cue, sentenceEnd: sentence.upperBound) { continue }
          // "offered no proof", "urged not to": nothing is proposed
          if cue.end < sentence.upperBound, ["no", "not", "nothing"].contains(paragraph.tokens[cue.end].lower) {
            continue
          }
          // the subject before the cue; participles ("calling for") take none
          let subjectEnd = Attributor.skipModifiersLeft(paragraph, cue.first, floor: contentStart)
          let between = (subjectEnd..<cue.first).map { paragraph.tokens[$0].lower }
          if between.contains(where: { negations.contains($0) }) { continue }
          if subjectEnd > contentStart && negations.contains(paragraph.tokens[subjectEnd - 1].lower) { continue }
          // a participle ("a statement calling for …") or a second verb ("thanked crews and urged residents to
          // …") takes the subject of the clause
          let secondVerb = cue.first > contentStart && ["and", "but"].contains(paragraph.tokens[cue.first - 1].lower)
          // (a passive's subject is the one urged or the thing proposed: the one who proposes is its agent, "Drivers
          // were urged by the police to …", or no one named for one urged: "Residents were advised to boil their
          // water", "She was invited to speak"; a thing proposed by no one named is no proposal: "The case was
          // appealed to a higher court")
          let passive = !lower.hasSuffix("ing") && between.contains(where: { Lexicon.formsOfBe.contains($0) })
          let subject =
            passive
            ? Attributor.passiveAgent(paragraph, after: cue.end, sentence.upperBound)
            : lower.hasSuffix("ing") || secondVerb
            ? (secondVerb ? subjectAfterThat(paragraph, sentence, before: cue.first, floor: contentStart) : nil)
              ?? clauseSubject(paragraph, sentence, contentStart)
            : Attributor.findSubject(
              paragraph, verb: cue.first, subjectEnd: subjectEnd,
              walked: Attributor.subjectRegion(paragraph, subjectEnd: subjectEnd, contentStart: contentStart),
              sentence: sentence, contentStart: contentStart, strong: false, opensClause: false)?.phrase
          // (but a written work that recommends, proposes or calls for something proposes it: "The report recommends
          // that the province hire 500 more nurses")
          if let proposer = subject,
            inanimate.contains(proposer.head) || inanimate.contains(proposer.text.lowercasedQuickly()),
            !(writtenWorks.contains(proposer.head) && recommendingLemmas.contains(cue.lemma))
          {
            continue
          }
          // (a thing proposed by its agent names no proposal in its words: "A ban was proposed by …"; nor does a
          // relative clause's passive with no agent, "X, who was invited to speak, urged …", whose clause's verb may)
          let unnamed = passive && subject == nil
          if passive
            && (!urgingLemmas.contains(cue.lemma)
              || (unnamed && subjectEnd > contentStart
                && Attributor.relativePronouns.contains(paragraph.tokens[subjectEnd - 1].lower)))
          {
            continue
          }
          if subject == nil && !lower.hasSuffix("ing") && !unnamed { continue }
          // inside someone's reported speech, a third-person proposal is reported, not proposed
          if let attribution = localAttribution(tokenStart), attribution.start < tokenStart { continue }
          let end = endOfClause(paragraph, from: cue.first, sentence: sentence, attribution: nil, inQuote: false)
          // a proposal says what is proposed: "proposed." alone is not one
          guard
            paragraph.tokens[
              paragraph.tokens(within: paragraph.tokens[cue.end - 1].end..<max(end, paragraph.tokens[cue.end - 1].end))
            ].filter({
              $0.kind != .punct
            }).count >= 2
          else { continue }
          out.append(
            ProposalCandidate(
              paragraph: paragraph.index, start: tokenStart, end: end, cue: cue.text, subject: subject,
              attribution: nil, unnamed: unnamed))
          index = sentence.upperBound
          continue
        }
        // 3. Nominal: "a proposal to", "Putin’s offer to"
        if initial == 112 || initial == 111 || initial == 105 || initial == 99,
          nouns.contains(paragraph.tokens[tokenIndex].stemLower),
          index + 1 < sentence.upperBound,
          paragraph.tokens[index + 1].lower == "to"
            || (paragraph.tokens[index + 1].lower == "for" && lower == "call"),
          // ("to" opens a verb, not whom it went to: "a call to CBS’s “Sunday Desk”", "an offer to the union")
          paragraph.tokens[index + 1].lower != "to" || index + 2 >= sentence.upperBound
            || Self.opensInfinitive(paragraph.tokens[index + 2])
        {
          let previous = index > contentStart ? paragraph.tokens[index - 1] : nil
          var startIndex = index
          var subject: SpeakerPhrase? = nil
          if let determiner = previous, determiner.isPossessive {
            // "Putin’s offer to …"
            if let run = SpeakerPhraseParser.nameRun(paragraph, endingAt: index, from: contentStart) {
              subject = SpeakerPhraseParser.parse(paragraph, run)
              startIndex = index
            }
          } else if let determiner = previous, ["a", "an", "its", "his", "her", "their"].contains(determiner.lower) {
            startIndex = index - 1
            if index >= 2,
              ["rejected", "rejects", "reject", "dismissed", "opposed", "refused", "against"].contains(
                paragraph.tokens[index - 2].lower)
            {
              continue
            }
            subject = clauseSubject(paragraph, sentence, contentStart)
          } else {
            continue
          }
          if let attribution = localAttribution(tokenStart), attribution.start < tokenStart { continue }
          let end = endOfClause(paragraph, from: index, sentence: sentence, attribution: nil, inQuote: false)
          out.append(
            ProposalCandidate(
              paragraph: paragraph.index, start: paragraph.tokens[startIndex].start, end: end,
              cue: paragraph.text(tokens: index..<(index + 2)),
              subject: subject, attribution: nil))
          index = sentence.upperBound
        }
      }
    }
    // 4. Reported speech that says what should be done
    for (attributionIndex, attribution) in zip(attributions.indices, attributions) where attribution.category != nil {
      guard !out.contains(where: { $0.start < attribution.end && attribution.start < $0.end }) else { continue }
      let first = paragraph.firstToken(startingAtOrAfter: attribution.start)
      guard first < paragraph.tokens.count else { continue }
      let inDirect = paragraph.tokens[first].quote != nil
      if inDirect { continue }
      var index = first
      while index < paragraph.tokens.count && paragraph.tokens[index].start < attribution.end {
        // (the cheap tests first: a modal is looked for only in the first words)
        if index - first <= 12 && paragraph.tokens[index].quote == nil && mayOpenModal(paragraph.tokens[index].scalar)
          && modalsByFirstWord[paragraph.tokens[index].lower]?.contains(where: {
            matches(paragraph, index, $0) && !concerns(paragraph, after: index + $0.count)
              && !isModalOfNoProposal(paragraph, index, length: $0.count)
          }) == true
        {
          // (what is proposed is in the modal's sentence: an answer of many sentences proposes in one of them)
          let sentence = paragraph.sentence(holding: paragraph.tokens[index].start).map { paragraph.sentences[$0] }
          let start = sentence.map { max(attribution.start, paragraph.tokens[$0.lowerBound].start) } ?? attribution.start
          let end = sentence.map { min(attribution.end, paragraph.tokens[$0.upperBound - 1].end) } ?? attribution.end
          out.append(
            ProposalCandidate(
              paragraph: paragraph.index, start: start, end: end,
              cue: paragraph.tokens[index].text, subject: nil,
              attribution: attributionIndex))
          break
        }
        if paragraph.tokens[index].scalar == "," && index - first > 12 { break }
        index += 1
      }
    }
    // (a question proposes nothing)
    out.removeAll { endsQuestion(paragraph, $0.start, $0.end) }
    return out.sorted { $0.start < $1.start }
  }

  /// The subject noun phrase that ends at token `end`.
  static func subjectPhrase(_ paragraph: ParagraphText, end: Int, floor: Int, commonNouns: Bool = false)
    -> SpeakerPhrase?
  {
    var best: SpeakerPhrase? = nil
    var start = end - 1
    // a participle's phrase that opens the sentence holds no subject: "Speaking to the BBC, Margaret
    // Hughes, 78, said"
    var floor = floor
    if let comma = openingParticiplePhraseEnd(paragraph, floor, limit: end) { floor = comma + 1 }
    while start >= floor && start >= end - 14 {
      let token = paragraph.tokens[start]
      if token.kind == .punct && token.scalar != "." && token.scalar != "-" && token.scalar != "’"
        && token.scalar != ","
      {
        break
      }
      if token.quote != nil { break }
      // (a person's phrase found ends at a comma before it: "…, a move Mayor Lena Fischer called “…”" has no role
      // "the branch, a move Mayor")
      if token.scalar == ",", best?.kind == .person { break }
      // (nor takes the noun of a relative clause with no "that" before it, right before the name: "a move Mayor
      // Lena Fischer called"; not "the local councillor Ann Vey")
      if best?.kind == .person, token.kind == .word, !token.isCapitalized, start > floor, start + 1 < end,
        paragraph.tokens[start + 1].isCapitalized, paragraph.tokens[start - 1].classes.contains(.determiner),
        token.classes.isDisjoint(with: [.title, .roleNoun])
      {
        break
      }
      // (a common noun after a preposition is its object, no subject: "Cyclists riding through the park")
      if canStartNounPhrase(token),
        !(commonNouns && start > floor && paragraph.tokens[start - 1].classes.contains(.preposition)),
        let phrase = SpeakerPhraseParser.parse(paragraph, start..<end, commonNouns: commonNouns)
      {
        best = phrase
      }
      if token.kind == .word && token.classes.contains(.clauseWord) && token.lower != "the" { break }
      start -= 1
    }
    return best
  }

  /// Where the clause starts after a time that opens it, set off by a comma: "The next day, …", "Last
  /// week, …", "Earlier this month, …". Nil when no such time does.
  static func afterFrontedTime(_ paragraph: ParagraphText, _ start: Int, limit: Int) -> Int? {
    var index = start
    var sawTime = false
    while index < min(limit, start + 6) {
      let token = paragraph.tokens[index]
      guard token.quote == nil else { return nil }
      if token.scalar == "," { return sawTime && index + 1 < limit ? index + 1 : nil }
      if token.isTimeWord && !token.isPossessive {
        sawTime = true
      } else if !(token.kind == .number || token.classes.contains(.determiner)
        || Lexicon.timeOpeners.contains(token.lower) || frontedTimeWords.contains(token.lower))
      {
        return nil
      }
      index += 1
    }
    return nil
  }

  /// Words that a time opening a sentence holds besides its time word: "The next day", "Later that week".
  static let frontedTimeWords: WordSet = ["next", "following", "same", "later", "previous", "that"]

  /// The comma that ends a participle's phrase opening a clause at `start` ("Speaking to reporters,", "Hastily
  /// blaming the council,"), if one does within twelve tokens before `limit`; or the dash that closes an
  /// aside after it ("Blaming the council ― much like he did last spring ― Hale cast …").
  static func openingParticiplePhraseEnd(_ paragraph: ParagraphText, _ start: Int, limit: Int) -> Int? {
    let first = start + 1 < limit && SpeakerPhraseParser.isSentenceAdverb(paragraph, start) ? start + 1 : start
    func isDash(_ index: Int) -> Bool {
      paragraph.tokens[index].kind == .punct
        && (paragraph.tokens[index].scalar == "―" || Attributor.isDash(paragraph.tokens[index].scalar))
        && paragraph.tokens[index].start > paragraph.tokens[index - 1].end
    }
    guard first < limit, isOpeningParticiple(paragraph, first),
      let comma = (first..<min(limit, first + 12)).first(where: { paragraph.tokens[$0].scalar == "," || isDash($0) })
    else { return nil }
    if paragraph.tokens[comma].scalar != "," {
      return ((comma + 1)..<min(limit, comma + 25)).first(where: isDash) ?? comma
    }
    // a state or country after a place is inside the phrase: "Speaking at a school hall in Dover, New Hampshire, …"
    if comma + 2 < limit,
      let next = ((comma + 2)..<min(limit, comma + 5)).first(where: { paragraph.tokens[$0].scalar == "," }),
      ((comma + 1)..<next).allSatisfy({ paragraph.tokens[$0].isCapitalized }),
      Attributor.isStateAfterPlace(paragraph, (comma + 1)..<next)
    {
      return next
    }
    return comma
  }

  /// Whether a word that may open a sentence is a participle ("Speaking", "Echoing"), not a name that ends
  /// as one does ("Fleming", "Beijing", "Pickering").
  static func isOpeningParticiple(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    // (the token's fields are read in place: copying a token copies its two strings)
    let lower = paragraph.tokens[index].lower
    guard paragraph.tokens[index].kind == .word, lower.hasSuffix("ing"), lower.utf8.count > 5 else { return false }
    guard paragraph.tokens[index].isCapitalized else { return true }
    // a name's verb follows it, not a participle's object: "Airbus did not disclose …"
    if index + 1 < paragraph.tokens.count, Lexicon.auxiliariesAndBe.contains(paragraph.tokens[index + 1].lower) {
      return false
    }
    let key = nameKey(paragraph.tokens[index].text)
    let world = WorldKnowledge.shared
    return !world.surnames.contains(key) && !NameTyper.isGivenName(key) && world.places[key] == nil
  }

  /// The subject of the clause that a "that" opens before a second verb, when a verb follows it: "the
  /// announcement that Walter Beck planned to donate … and offered to cover …".
  static func subjectAfterThat(
    _ paragraph: ParagraphText, _ sentence: Range<Int>, before verb: Int, floor: Int
  ) -> SpeakerPhrase? {
    guard
      let that = stride(from: verb - 1, through: floor, by: -1).first(where: {
        paragraph.tokens[$0].lower == "that" && paragraph.tokens[$0].quote == nil
      }),
      that + 1 < verb, let phrase = clauseSubject(paragraph, sentence, that + 1),
      phrase.tokens.upperBound < verb,
      Attributor.looksLikeVerb(
        paragraph.tokens[phrase.tokens.upperBound], after: paragraph.tokens[phrase.tokens.upperBound - 1])
    else { return nil }
    return phrase
  }

  /// The subject of the sentence's main clause, for nominal proposals: "the Russian side … with a proposal to".
  static func clauseSubject(_ paragraph: ParagraphText, _ sentence: Range<Int>, _ contentStart: Int) -> SpeakerPhrase? {
    guard contentStart < sentence.upperBound else { return nil }
    var start = contentStart
    // skip introductory phrases: "In this regard, …", "The next day, with talks stalled, …"
    var fronted = 0
    while fronted < 3, start < sentence.upperBound,
      let after = Attributor.afterFrontedPhrase(paragraph, start, limit: sentence.upperBound)
        ?? afterFrontedTime(paragraph, start, limit: sentence.upperBound)
    {
      start = after
      fronted += 1
    }
    // (a time with no comma after it, as a subject's phrase reads it: "By 9:00 am CET (0800 UTC) the council
    // issued …")
    if fronted == 0, paragraph.tokens[start].classes.contains(.preposition),
      let after = SpeakerPhraseParser.afterLeadingTime(paragraph, start..<sentence.upperBound)
    {
      start = after
      fronted = 1
    }
    if fronted == 0, let comma = openingParticiplePhraseEnd(paragraph, contentStart, limit: sentence.upperBound)
      ?? (contentStart..<min(sentence.upperBound, contentStart + 8)).first(where: {
        paragraph.tokens[$0].scalar == "," && !paragraph.tokens[contentStart].isCapitalized
      })
    {
      start = comma + 1  // "Speaking to reporters, …", "in this regard, …"
    }
    // a quote that opens the sentence is what was said, not who said it: "“Hold on, brother …,” Moss sings"
    if start == contentStart, let quote = paragraph.tokens[start].quote {
      while start < sentence.upperBound && paragraph.tokens[start].quote == quote { start += 1 }
      while start < sentence.upperBound && paragraph.tokens[start].scalar == "," { start += 1 }
    }
    guard start < sentence.upperBound, canStartNounPhrase(paragraph.tokens[start]) else { return nil }
    var best: SpeakerPhrase? = nil
    var end = start + 1
    let opener = paragraph.tokens[start]
    let countsNamed =
      (CueFinder.isCount(opener) || Lexicon.indefiniteGroups.contains(opener.lower))
      && start + 1 < sentence.upperBound && paragraph.tokens[start + 1].isCapitalized
    while end <= min(sentence.upperBound, start + 7) {
      // a past tense after a name is the clause's verb: "US Secretary of Labor Ruth Keel posted …"
      let last = paragraph.tokens[end - 1]
      // (or any word between a name and a determiner: "The Bank of Canada held its key rate")
      // (or a word between two names that is no title: "Democrats see Lund as …", not "Turkish president
      // Yıldız")
      // (after a common noun too: "Dozens of nurses marched through Old Market …, chanting …", where
      // the noun phrase before it is the subject, whatever its head)
      if best == nil, end - 2 > start, last.kind == .word, !last.isCapitalized, last.quote == nil,
        last.lower.hasSuffix("ed"), last.lower.count > 4, paragraph.tokens[end - 2].kind == .word,
        !paragraph.tokens[end - 2].isCapitalized, paragraph.tokens[end - 2].classes.isDisjoint(with: [.determiner]),
        let phrase = SpeakerPhraseParser.parse(paragraph, start..<(end - 1), commonNouns: true),
        phrase.kind == .group || phrase.kind == .nominal
      {
        best = phrase
        break
      }
      if best != nil, end - 2 >= start, last.kind == .word, !last.isCapitalized, last.quote == nil,
        (last.lower.hasSuffix("ed") && last.lower.count > 4
          && !paragraph.tokens[end - 2].classes.contains(.determiner))
          // (an irregular past after a name too: "Secretary of State Ann Vey spoke, defending …")
          || (paragraph.tokens[end - 2].isCapitalized && Lexicon.irregularPasts.contains(last.lower))
          || (paragraph.tokens[end - 2].isCapitalized && end < sentence.upperBound
            && (paragraph.tokens[end].classes.contains(.determiner)
              || (paragraph.tokens[end].isCapitalized && paragraph.tokens[end].kind == .word
                && last.classes.isDisjoint(with: [.nameParticle, .title]) && !last.isListedAsWritten(.roleNoun)))
            && last.classes.isDisjoint(with: [.preposition, .determiner, .postModifier])
            && !["and", "or"].contains(last.lower))
      {
        break
      }
      // the longest phrase that parses; a noun phrase ends on a word
      if paragraph.tokens[end - 1].kind != .punct || paragraph.tokens[end - 1].scalar == ")" {
        // (a noun phrase of a person too: "The Texas oilman has praised Marsh, saying …")
        // (a name after a count is a modifier of the plural noun after it: "Several Perth councils have …",
        // "Three Leeds schools")
        let counted =
          countsNamed
          ? SpeakerPhraseParser.parse(paragraph, start..<end, commonNouns: true).flatMap { phrase in
            phrase.kind == .group || phrase.kind == .nominal ? phrase : nil
          } : nil
        // (a place's or a body's name before a noun of people modifies it: "The Dayton crowd cheered …", "Acme
        // workers marched …")
        let namedGroup =
          best?.kind == .organisation
            && (!paragraph.tokens[end - 1].classes.isDisjoint(with: [.groupNoun, .roleNoun])
              || Lexicon.audienceNouns.contains(paragraph.tokens[end - 1].lower))
          ? SpeakerPhraseParser.parse(paragraph, start..<end, commonNouns: true).flatMap { phrase in
            phrase.kind == .group || phrase.kind == .nominal ? phrase : nil
          } : nil
        if let phrase = counted ?? namedGroup ?? SpeakerPhraseParser.parse(paragraph, start..<end)
          ?? SpeakerPhraseParser.personNounPhrase(paragraph, start..<end)
        {
          best = phrase
        } else if let found = best, found.tokens.count > 1 || paragraph.tokens[end - 1].kind != .word,
          // (a lower-case modifier after a capitalised one goes on with the noun: "Over 40 Republican
          // state party officials")
          !isModifierAfterName(paragraph, end - 1, sentence: sentence)
        {
          // (one word found may be a modifier of a longer name: "Republican presidential nominee Joan
          // Tate")
          break
        }
      }
      end += 1
    }
    // a time after the subject is no part of it: "The council on Monday approved the budget and said …"
    if let found = best, found.tokens.count > 2, found.kind != .person,
      case let trimmed = Attributor.skipModifiersLeft(
        paragraph, found.tokens.upperBound, floor: found.tokens.lowerBound + 1),
      trimmed < found.tokens.upperBound,
      (trimmed..<found.tokens.upperBound).contains(where: { paragraph.tokens[$0].isTimeWord }),
      let shorter = SpeakerPhraseParser.parse(paragraph, found.tokens.lowerBound..<trimmed, commonNouns: true)
    {
      best = shorter
    }
    // (and a preposition that the time after it was cut from: "The Harbour Council on [Friday] met … and
    // pledged …")
    if let found = best, found.tokens.count > 2, found.kind != .person,
      case let last = paragraph.tokens[found.tokens.upperBound - 1], last.kind == .word, !last.isCapitalized,
      last.isListedAsWritten(.preposition), found.tokens.upperBound < sentence.upperBound,
      paragraph.tokens[found.tokens.upperBound].isTimeWord,
      let shorter = SpeakerPhraseParser.parse(paragraph, found.tokens.lowerBound..<(found.tokens.upperBound - 1))
    {
      best = shorter
    }
    // names joined by "and" are the subject together: "The Acme Union and the Beta Fund filed a suit, saying …"
    if let first = best, case let and = first.tokens.upperBound, and + 2 < sentence.upperBound,
      paragraph.tokens[and].lower == "and", paragraph.tokens[and].quote == nil,
      case let nameStart = paragraph.tokens[and + 1].lower == "the" ? and + 2 : and + 1,
      case let nameEnd = (nameStart..<min(nameStart + 5, sentence.upperBound)).first(where: {
        !SpeakerPhraseParser.isNameToken(paragraph, $0)
      }) ?? min(nameStart + 5, sentence.upperBound), nameEnd > nameStart,
      // (not a possessive, whose noun follows: "Baloch and Waseem's mother, Anwar, …")
      !paragraph.tokens[nameEnd - 1].isPossessive,
      let second = SpeakerPhraseParser.parse(paragraph, (and + 1)..<nameEnd),
      let joined = Attributor.namesJoinedByAnd(
        paragraph, before: second.tokens.lowerBound, last: second, floor: contentStart,
        opens: { $0 == start || ($0 == start + 1 && paragraph.tokens[start].lower == "the") })
    {
      return joined
    }
    // a role noun, then the name between commas: "The mayor of Leeds, Zubair Osei, gave …, adding …"
    if let role = best,
      let named = SpeakerPhraseParser.nameAfterRole(
        paragraph, role, comma: role.tokens.upperBound, limit: sentence.upperBound)
    {
      return named
    }
    return best
  }

  /// Whether the lower-case word at `index`, after a capitalised one or a title, may modify a noun after it: no
  /// verb, preposition, determiner or clause word, and a lower-case word follows ("state" of "Republican state
  /// party officials", "administrative" of "the city's chief administrative officer").
  static func isModifierAfterName(_ paragraph: ParagraphText, _ index: Int, sentence: Range<Int>) -> Bool {
    let token = paragraph.tokens[index]
    guard index > sentence.lowerBound, index + 1 < sentence.upperBound,
      paragraph.tokens[index - 1].isCapitalized || paragraph.tokens[index - 1].classes.contains(.title),
      token.kind == .word, !token.isCapitalized, token.quote == nil, paragraph.cues[index] == nil,
      token.classes.isDisjoint(with: [.preposition, .determiner, .clauseWord]),
      !Attributor.looksLikeVerb(token, after: paragraph.tokens[index - 1])
    else { return false }
    let next = paragraph.tokens[index + 1]
    return next.kind == .word && !next.isCapitalized && paragraph.cues[index + 1] == nil
  }

  /// Whether a noun phrase can start with this word: a capital, a determiner, a title, a pronoun, or a
  /// source noun ("experts", "officials").
  static func canStartNounPhrase(_ token: Token) -> Bool {
    if token.kind != .word {
      return token.scalar == "“" || token.scalar == "\"" || token.scalar == "–" || token.scalar == "—"
        || token.scalar == "("
    }
    if token.isCapitalized || token.classes.contains(.determiner) || token.classes.contains(.title) { return true }
    let stem = token.stemLower
    return Lexicon.personalPronouns.contains(stem) || Lexicon.groupPronouns.contains(stem)
      || Lexicon.groupNouns.contains(stem)
      || Lexicon.sourceNouns.contains(stem) || Lexicon.sentenceOpeners.contains(stem)
  }

  /// The "and" or "but" before a second verb of the subject, which ends what is proposed: "called for a ban on night
  /// flights and met with residents", "proposed a tax on sugar and claimed obesity had doubled" (a past tense that is
  /// no participle or noun, or a verb of saying in "-ed"). Nil when there is none before `last`, or only inside a
  /// relative clause that no comma has closed ("staff who worked nights and took fewer breaks"); nor is a noun or a
  /// verb of the proposal itself one: "a ban on flights and a cap on noise", "to stay home and call the hotline".
  static func secondVerbOfSubject(_ paragraph: ParagraphText, from: Int, before last: Int) -> Int? {
    guard from + 2 < last,
      let conjunction = (from + 2..<last).first(where: { index in
        let word = paragraph.tokens[index + 1]
        return (paragraph.tokens[index].lower == "and" || paragraph.tokens[index].lower == "but")
          && paragraph.tokens[index].quote == nil && word.kind == .word && !word.isCapitalized
          && (Lexicon.pastOnlyForms.contains(word.lower)
            || (word.lower.hasSuffix("ed") && CueFinder.cue(paragraph, at: index + 1) != nil))
      })
    else { return nil }
    if let relative = (from..<conjunction).last(where: { Attributor.relativePronouns.contains(paragraph.tokens[$0].lower) }),
      !((relative + 1)..<conjunction).contains(where: { paragraph.tokens[$0].scalar == "," })
    {
      return nil
    }
    return conjunction
  }

  /// Nouns of words that a quote after a colon gives: "proposed new wording for the charter: “…”".
  static let wordingNouns: WordSet = [
    "language", "wording", "words", "text", "amendment", "motion", "resolution", "slogan", "pledge", "clause",
  ]

  /// Where a proposal's words end: the end of the sentence, the end of the enclosing quote, or the
  /// start of the frame of the attribution the sentence carries.
  static func endOfClause(
    _ paragraph: ParagraphText, from: Int, sentence: Range<Int>, attribution: Attribution?, inQuote: Bool
  ) -> Int {
    var last = sentence.upperBound - 1
    if inQuote, let quote = paragraph.tokens[from].quote {
      // up to the end of the quoted sentence
      var index = from
      while index + 1 < sentence.upperBound && paragraph.tokens[index + 1].quote == quote
        && paragraph.tokens[index + 1].start < paragraph.quotes[quote].innerEnd
      {
        let token = paragraph.tokens[index + 1]
        if (token.scalar == "." || token.scalar == "!" || token.scalar == "?") && index + 2 < sentence.upperBound
          && (paragraph.tokens[index + 2].isCapitalized
            || paragraph.tokens[index + 2].end >= paragraph.quotes[quote].innerEnd)
        {
          break
        }
        index += 1
      }
      last = index
    } else {
      // a semicolon outside quotes ends the clause: "they would appeal; Ferris wept …"; so does a colon before a
      // quote after what is proposed, which quotes the proposer's reasons: "called for a ban on vapes: “Children
      // are targeted.”" (not a colon before a list: "called for three things: a ban, …"; nor one after a few words,
      // which point to the quote as the proposal: "proposed: “I ask all leaders to …”", "recommended the
      // following: “…”", "called for calm: “…”"; nor after words the quote gives: "proposed new wording for the
      // charter: “…”")
      if let end = (from..<sentence.upperBound).first(where: {
        paragraph.tokens[$0].quote == nil
          && (paragraph.tokens[$0].scalar == ";"
            || (paragraph.tokens[$0].scalar == ":" && $0 > from + 6 && $0 + 1 < sentence.upperBound
              && paragraph.tokens[$0 + 1].quote != nil
              && !(from..<$0).contains(where: { wordingNouns.contains(paragraph.tokens[$0].lower) })))
      }), end > from {
        last = end - 1
      }
      if let second = secondVerbOfSubject(paragraph, from: from, before: last) { last = second - 1 }
      // a frame after the content: "…, the Kremlin believes."
      for index in stride(from: last, to: from, by: -1)
      where paragraph.tokens[index].scalar == "," && paragraph.tokens[index].quote == nil {
        let tail = (index + 1)..<(last + 1)
        if tail.contains(where: { CueFinder.cue(paragraph, at: $0).map { !verbs.contains($0.lemma) } ?? false })
          && tail.count <= 14
        {
          last = index - 1
        }
        break
      }
    }
    while last > from {
      let token = paragraph.tokens[last]
      // (the mark that closes a quote the words open stays: "urged ministers to “think again”.")
      if let quote = token.quote, Attributor.isClosingMark(paragraph, last),
        paragraph.quotes[quote].start >= paragraph.tokens[from].start
      {
        break
      }
      if token.kind == .punct && (token.quote != nil || [".", ",", ";", ":", "!", "?", "–", "—"].contains(token.text)) {
        last -= 1
        continue
      }
      break
    }
    return paragraph.tokens[last].end
  }
}
