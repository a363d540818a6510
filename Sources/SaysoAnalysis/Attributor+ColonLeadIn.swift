/// A sentence whose subject is a person and that ends in a colon before a quote: "Hale took a last
/// swipe on Twitter: “…”", "Mayor de Souza, a member of the party, made the announcement: “…”".
extension Attributor {
  /// The speaker of a quote that opens right after the colon at token `colon` (in its paragraph, or
  /// ending the paragraph before the quote's: "Tom Reed, the finance chair, was blunt:" ¶ "“We cannot
  /// afford it.”"), when the colon's sentence starts with a person's name (with titles, and an appositive
  /// after it) or a personal pronoun.
  /// A comma leads in as a colon does when the quote after it ends the sentence and a person's name or a
  /// pronoun opens it: "Senator Greg Lund spoke on CNN, “Rents will climb again by spring.”"
  static func colonLeadIn(_ paragraph: ParagraphText, colon: Int) -> SpeakerPhrase? {
    let quoteToken = colon + 1
    guard quoteToken >= 2, quoteToken - 1 < paragraph.tokens.count,
      paragraph.tokens[quoteToken - 1].scalar == ":" || paragraph.tokens[quoteToken - 1].scalar == ",",
      let sentenceIndex = paragraph.sentence(holding: paragraph.tokens[quoteToken - 1].start)
    else { return nil }
    let sentence = paragraph.sentences[sentenceIndex]
    guard !sentence.isEmpty else { return nil }
    if paragraph.tokens[quoteToken - 1].scalar == "," {
      guard quoteToken < paragraph.tokens.count, let quote = paragraph.tokens[quoteToken].quote,
        !(quoteToken..<sentence.upperBound).contains(where: {
          paragraph.tokens[$0].quote != quote && paragraph.tokens[$0].kind != .punct
        })
      else { return nil }
    }
    var start = paragraph.contentStarts[sentence.lowerBound]
    // past a fronted phrase: "With Republican donors worried about …, President Marsh is rolling out a fresh
    // message: “…”"
    // (or a time: "Earlier this week, Vey shared her worries with a crowd, “…”")
    if start < quoteToken,
      let after = afterFrontedPhrase(paragraph, start, limit: quoteToken - 1)
        ?? ProposalDetector.afterFrontedTime(paragraph, start, limit: quoteToken - 1)
    {
      start = after
    }
    // a verb of saying before its speaker: "Stated Keel:", "Said the mayor:" ¶ "“…”"
    if paragraph.tokens[quoteToken - 1].scalar == ":", start + 1 < quoteToken - 1,
      opensWithInvertedCue(paragraph, start),
      let speaker = SpeakerPhraseParser.parse(paragraph, (start + 1)..<(quoteToken - 1), commonNouns: true),
      speaker.kind != .pronoun, speaker.tokens.lowerBound == start + 1
    {
      return speaker
    }
    if let from = statementSource(paragraph, start, colon: quoteToken - 1) { return from }
    var end = start
    // (a personal pronoun opens it as a name does: "In his letter, he appreciated Dorsey's career: “…”")
    let pronoun = start < quoteToken - 1 && speakingPronouns.contains(paragraph.tokens[start].lower)
    if pronoun { end += 1 }
    while !pronoun && end < quoteToken - 1
      && (SpeakerPhraseParser.isNameToken(paragraph, end)
        || (end > start && paragraph.tokens[end].classes.contains(.nameParticle)))
      && paragraph.tokens[end].quote == nil
    {
      end += 1
    }
    // (lower-case words of a role, then the name: "Former Democratic presidential candidate Alma Brandt broke down
    // …:", "Former presidential candidate Alma Brandt was blunt:")
    // (after capitalised words with no possessive, and no verb among the lower-case ones: not "In his letter, he
    // appreciated Dorsey's …:", "The club's Home page features …")
    var role = end
    while end > start, role < min(quoteToken - 1, end + 4), paragraph.tokens[role].kind == .word,
      !paragraph.tokens[role].isCapitalized, paragraph.tokens[role].quote == nil,
      !paragraph.tokens[role].classes.contains(.clauseWord), !paragraph.tokens[role].isPossessive,
      !Lexicon.personalPronouns.contains(paragraph.tokens[role].lower),
      !looksLikeVerb(paragraph.tokens[role], after: paragraph.tokens[role - 1])
    { role += 1 }
    if role > end, !(start..<role).contains(where: { paragraph.tokens[$0].isPossessive }),
      role < quoteToken - 1, SpeakerPhraseParser.isNameToken(paragraph, role)
    {
      var name = role
      while name < quoteToken - 1 && SpeakerPhraseParser.isNameToken(paragraph, name) { name += 1 }
      // (the whole a person's name with its role: "Former Crane speechwriter Neil Rudd")
      if paragraph.tokens[role - 1].classes.contains(.roleNoun)
        || SpeakerPhraseParser.parse(paragraph, start..<name).map({ $0.kind == .person && $0.role != nil }) == true
      {
        end = name
      }
    }
    guard end < quoteToken - 1 else { return nil }
    // (a comma leads in from a person only: "Part of Tate's post included the statement, “…”" is Tate's)
    let colon = quoteToken - 1
    return nameLeadIn(paragraph, start, end, colon: colon)
      ?? (paragraph.tokens[colon].scalar == ":"
        ? statementLeadIn(paragraph, start, colon: colon) ?? verbLeadIn(paragraph, start, colon: colon) : nil)
  }

  /// The subject of a verb of saying whose sentence (or its last clause) ends in the colon, any noun phrase: "The
  /// committee said about its platform:" ¶ "“…”" (a person's name is read by `nameLeadIn`).
  static func verbLeadIn(_ paragraph: ParagraphText, _ opening: Int, colon: Int) -> SpeakerPhrase? {
    // (the last clause's: "The Daily Mail made these claims in March, and Reuters responded:")
    let start = coordinatedClauseStart(paragraph, before: colon, floor: opening) ?? opening
    guard
      let verb = (start + 1..<min(colon, start + 8)).first(where: { paragraph.cues[$0]?.first == $0 }),
      let cue = paragraph.cues[verb], cue.category != .belief, cue.category != .proposal,
      !paragraph.tokens[verb].lower.hasSuffix("ing"),
      !(start..<colon).contains(where: { paragraph.tokens[$0].quote != nil }),
      let phrase = SpeakerPhraseParser.parse(paragraph, start..<verb, commonNouns: true),
      phrase.tokens.lowerBound == start, phrase.kind != .pronoun || phrase.text.lowercasedQuickly() != "it"
    else { return nil }
    return phrase
  }

  /// The person or pronoun that opens a colon's sentence, its name running from `start` to `end`.
  static func nameLeadIn(_ paragraph: ParagraphText, _ start: Int, _ end: Int, colon: Int) -> SpeakerPhrase? {
    let quoteToken = colon + 1
    guard end > start else { return nil }
    var verb = end
    // an appositive after the name: "Mayor de Souza, a member of the Republican Party, spoke"
    if paragraph.tokens[end].scalar == "," {
      guard let close = (end + 1..<(quoteToken - 1)).first(where: { paragraph.tokens[$0].scalar == "," }) else {
        return nil
      }
      verb = close + 1
    }
    // (an auxiliary may open the verb: "President Marsh is rolling out a fresh message: “…”")
    let word = paragraph.tokens[verb].lower
    guard verb < quoteToken - 1, paragraph.tokens[verb].kind == .word, !paragraph.tokens[verb].isCapitalized,
      !paragraph.tokens[verb].classes.contains(.clauseWord) || Lexicon.formsOfBe.contains(word)
        || Lexicon.auxiliaries.contains(word),
      // ("of" after a common word makes it a noun's head: "Part of Tate's post included …"; not after a name:
      // "Owen Falk of NASA spoke of …")
      word != "of" || end - start > 1 || !WorldKnowledge.shared.isCommonWord(paragraph.tokens[start].lower),
      paragraph.tokens[verb].quote == nil,
      let phrase = SpeakerPhraseParser.parse(paragraph, start..<end),
      phrase.kind == .person || phrase.kind == .pronoun
    else { return nil }
    return phrase
  }

  /// The subject of a sentence that issues a statement before a colon, a body or a role as well as a person:
  /// "The embassy issued the following statement from its ambassador: “…”", "The ministry released a statement:
  /// “…”" (a verb, then a noun of a statement within a few words of it).
  static func statementLeadIn(_ paragraph: ParagraphText, _ opening: Int, colon: Int) -> SpeakerPhrase? {
    // (past a time that opens the sentence: "Earlier this week, the ministry made …")
    let start = SpeakerPhraseParser.afterLeadingTime(paragraph, opening..<colon) ?? opening
    // (the first verb: "A verified Facebook page made the following announcement:", "The campaign
    // reused a statement it first issued in May:")
    guard
      let verb = (start + 1..<min(colon, start + 10)).first(where: {
        issuingVerbs.contains(paragraph.tokens[$0].lower)
          || looksLikeVerb(paragraph.tokens[$0], after: paragraph.tokens[$0 - 1])
      }),
      ((verb + 1)..<min(colon, verb + 5)).contains(where: { statementNouns.contains(paragraph.tokens[$0].lower) }),
      !(start..<colon).contains(where: { paragraph.tokens[$0].quote != nil }),
      let phrase = SpeakerPhraseParser.parse(paragraph, start..<verb, commonNouns: true),
      phrase.tokens.lowerBound == start
    else { return nil }
    return phrase
  }

  /// Nouns of a statement after the verb: a document's ("a statement", "the following message") and a few more.
  static let statementNouns = WordSet(
    SpeakerPhraseParser.documentNouns.union(["statements", "announcement", "note", "response", "reply"]))
}

extension Attributor {
  /// The person a statement is from, named last before the colon at `colon`: "The club issued a statement from its
  /// chairman, Piet Vann: “…”", "… released a message from Ann Vey:". Nil unless a channel noun
  /// (`channelNouns`) stands right before "from" and a person's name, alone or after a role and a comma, ends the
  /// lead-in.
  static func statementSource(_ paragraph: ParagraphText, _ start: Int, colon: Int) -> SpeakerPhrase? {
    guard paragraph.tokens[colon].scalar == ":",
      let from = (start..<colon).last(where: { paragraph.tokens[$0].lower == "from" }), from > start,
      channelNouns.contains(paragraph.tokens[from - 1].lower), from + 1 < colon,
      let run = SpeakerPhraseParser.nameRun(paragraph, endingAt: colon, from: from + 1),
      run.lowerBound == from + 1 || paragraph.tokens[run.lowerBound - 1].scalar == ",",
      var named = SpeakerPhraseParser.parse(paragraph, run), named.kind == .person
    else { return nil }
    // (the role between "from" and the comma: "its chairman")
    if run.lowerBound > from + 2, named.role == nil {
      named.role = paragraph.text(tokens: (from + 1)..<(run.lowerBound - 1))
    }
    return named
  }
}
