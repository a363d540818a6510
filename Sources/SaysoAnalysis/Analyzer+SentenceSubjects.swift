import SaysoCore

/// Stage 5's reading of "she" and "he" at the head of a sentence.
extension Analyzer {
  /// The person a sentence-opening "she" or "he" stands for when the sentences before say it: the one
  /// named at the head of the last sentence before that does not open with the same pronoun, three
  /// sentences back at most (a pronoun that opens a sentence continues its topic: "Moss had one child …
  /// She was also married to A, B and C. She said …" is Moss's, not C's). Nil when the pronoun does not
  /// open its sentence, or no such sentence opens with a person of that gender.
  func sentenceSubject(forPronounAt token: Int, paragraph: Int, gender: WorldKnowledge.Gender?) -> Int? {
    let tokens = paragraphs[paragraph].tokens
    let pronoun = tokens[token].lower
    // (the pronoun of a sentence's first clause opens it too, and a later same pronoun is the same
    // person's: "When she was cast, “…,” she told an audience")
    // (and so does the pronoun of a frame after a quote that opens the sentence: "“…,” he said")
    guard let opening = paragraphs[paragraph].sentences.firstIndex(where: { $0.contains(token) }),
      let first = Self.firstWord(of: paragraphs[paragraph], opening),
      first == token || Self.wordAfterOpeningQuote(of: paragraphs[paragraph], opening) == token
        || (Attributor.subordinators.contains(tokens[first].lower) && first + 1 < token
          && tokens[first + 1].lower == pronoun)
        || Self.opensMainClause(paragraphs[paragraph], pronoun: token, after: first)
        // (or after a conjunction or an adverb that opens it: "But he reiterated …", "Still, she said …")
        || (tokens[first].classes.contains(.sentenceOpener) && tokens[first].quote == nil
          && (token == first + 1 || (token == first + 2 && tokens[first + 1].scalar == ",")))
    else { return nil }
    // (a quote that speaks of someone by the same pronoun speaks of the one named before, not as them:
    // "Lund met voters. “He was very articulate,” he said.")
    if first != token, let quote = tokens[first].quote,
      (first..<token).contains(where: { tokens[$0].quote == quote && Self.samePerson(pronoun, tokens[$0].lower) })
    {
      return nil
    }
    var place = (paragraph: paragraph, sentence: opening)
    for _ in 0..<3 {
      guard let before = sentence(before: place) else { return nil }
      place = before
      let text = paragraphs[place.paragraph]
      guard let first = Self.firstWord(of: text, place.sentence) else { return nil }
      if text.tokens[first].lower == pronoun { continue }
      if let after = Self.wordAfterOpeningQuote(of: text, place.sentence), text.tokens[after].lower == pronoun {
        continue
      }
      // (the subject of a sentence whose frame follows its words is the one who speaks them: "Cal Dunn is the
      // best candidate, Reed argues. He says …" is Reed's)
      if let id = postFramedSpeakers[EntityRegistry.position(place.paragraph, place.sentence)],
        gender == nil || registry.entities[id].gender == nil || registry.entities[id].gender == gender
      {
        return id
      }
      return namedSubject(paragraph: place.paragraph, sentence: place.sentence, gender: gender)
        ?? subjectOfReportedClause(paragraph: place.paragraph, sentence: place.sentence, gender: gender)
    }
    return nil
  }

  /// The person who opens the clause that a body's frame reports with "that" in sentence `sentence`: "The
  /// broadcaster revealed that in May, Governor Talin Orsk accepted the blame. … he said" is Orsk (the body is
  /// no "he"; a person's or a pronoun's report leaves the pronoun to its own subject).
  func subjectOfReportedClause(paragraph: Int, sentence index: Int, gender: WorldKnowledge.Gender?) -> Int? {
    guard let that = clausesReportedByBodies[EntityRegistry.position(paragraph, index)],
      that + 1 < paragraphs[paragraph].sentences[index].upperBound
    else { return nil }
    return namedSubject(paragraph: paragraph, sentence: index, gender: gender, from: that + 1)
  }

  /// The one person the article does not name who opens the sentence before the one that the pronoun at
  /// `token` opens, of the pronoun's gender: "One of the nurses" of "One of the nurses let her story be told.
  /// She said …", "A local woman" (nil after a sentence with a claim of its own, which the claims read); for
  /// "they", the group of people that opens it: "Three economists studied wages. They concluded …".
  func unnamedPersonOpeningSentence(before token: Int, paragraph: Int, pronoun: String) -> SpeakerPhrase? {
    let text = paragraphs[paragraph]
    // (or opens its main clause after a short phrase with no subject of its own, or a clause of the same pronoun:
    // "Initially, they thought …", "As they marched, they chanted …"; not "When the managers arrived, they …")
    guard let opening = text.sentences.firstIndex(where: { $0.contains(token) }),
      let first = Self.firstWord(of: text, opening),
      first == token
        || (Attributor.subordinators.contains(text.tokens[first].lower) || text.tokens[first].lower == "as"
          ? text.tokens[first + 1].lower == pronoun && text.tokens[token - 1].scalar == ","
          : token - first <= 4 && Self.opensMainClause(text, pronoun: token, after: first)),
      let place = sentence(before: (paragraph, opening))
    else { return nil }
    let previous = paragraphs[place.paragraph]
    let range = previous.sentences[place.sentence]
    guard !range.isEmpty, !range.contains(where: { previous.cues[$0] != nil || previous.tokens[$0].quote != nil }),
      let subject = ProposalDetector.clauseSubject(previous, range, previous.contentStarts[range.lowerBound]),
      subject.kind == .group || subject.kind == .nominal,
      pronoun == "they"
        ? Self.isGroupOfPeople(subject)
        : (Self.isOneUnnamedPerson(subject.text) || Self.isOneOfPeople(subject.text))
          && Self.pronoun(pronoun, fits: subject.text)
    else { return nil }
    return subject
  }

  /// Whether a phrase names several people by a plural noun of people or a noun of a few together: "Three
  /// economists", "Local farmers", "The Montreal team" (not "Prices", nor "The company").
  static func isGroupOfPeople(_ subject: SpeakerPhrase) -> Bool {
    let head = subject.head.lowercasedQuickly()
    // (a noun of a few together ends the phrase: "The Tarn team", not "The crew of the ferry")
    if Analyzer.collectiveNouns.contains(head) { return subject.text.lastWord.lowercasedQuickly() == head }
    guard head.hasSuffix("s"), !head.hasSuffix("ss"), head.count > 3 else { return false }
    let singular = String(head.dropLast())
    return Lexicon.groupNouns.contains(head) || NameTyper.isOccupation(singular) || NameTyper.isOccupation(head)
  }

  /// Whether a group's words are one of a group of people: "One of the nurses", "one of the protesters".
  static func isOneOfPeople(_ group: String) -> Bool {
    let words = group.lowercasedQuickly().spaceSeparatedWords
    guard words.count >= 3, words[0] == "one", words[1] == "of", let last = words.last else { return false }
    return Lexicon.groupNouns.contains(String(last))
  }

  /// Whether the pronoun at `token` opens the main clause after a phrase that opens the sentence at `first` and
  /// ends at the comma before it: "Asked about his hopes, he said …", "Speaking to reporters, she said …", "After
  /// the match, he said …".
  static func opensMainClause(_ text: ParagraphText, pronoun token: Int, after first: Int) -> Bool {
    guard token >= first + 3, text.tokens[token - 1].scalar == "," else { return false }
    let opener = text.tokens[first].lower
    let participle = opener.hasSuffix("ed") && opener.count > 4 && text.tokens[first].quote == nil
      && !text.tokens[first..<(token - 1)].contains(where: { $0.quote != nil || $0.scalar == "," })
    return participle || Attributor.opensAdverbial(text, first..<(token - 1))
  }

  /// The person named at the head of sentence `sentence` of `paragraph`, of `gender` if given: the last
  /// name among the capitalised words and titles that open it ("Moss", "U.S. novelist Iris Lang",
  /// "Harbor Institute director Maria Holt"); a possessor is not the subject ("Mr. Park's
  /// arrest", "Moss's son").
  /// The person named at the head of the sentence that holds a quote no frame claims, when the quote does not
  /// open the sentence.
  func subjectOfSentence(around attribution: Attribution) -> Int? {
    guard let (sentence, _) = openingWord(around: attribution) else { return nil }
    return namedSubject(paragraph: attribution.paragraph, sentence: sentence, gender: nil)
  }

  /// The "he" or "she" that opens the sentence holding a quote no frame claims, when the quote does not open the
  /// sentence: the quote is that person's ("He also voiced a wish to work with Rusk to “…”", not Rusk's).
  func pronounSubjectOfSentence(around attribution: Attribution) -> SpeakerPhrase? {
    guard let (_, first) = openingWord(around: attribution),
      case let word = paragraphs[attribution.paragraph].tokens[first], word.lower == "he" || word.lower == "she"
    else { return nil }
    return SpeakerPhrase(
      kind: .pronoun, text: word.text, name: word.text, head: word.lower, tokens: first..<(first + 1))
  }

  /// The role that opens the sentence holding a quote no frame claims, "the" and up to four words of a title
  /// or a role, when the quote does not open the sentence: the quote is the person's in that role ("The Prime
  /// Minister spoke of “a difficult week”", not the spokesman quoted before).
  func roleSubjectOfSentence(around attribution: Attribution) -> SpeakerPhrase? {
    guard let (_, first) = openingWord(around: attribution) else { return nil }
    let text = paragraphs[attribution.paragraph]
    guard text.tokens[first].lower == "the" else { return nil }
    var end = first + 1
    while end < min(text.tokens.count, first + 5), text.tokens[end].kind == .word, text.tokens[end].quote == nil,
      !text.tokens[end].isPossessive,
      !text.tokens[end].classes.isDisjoint(with: [.title, .roleNoun])
    {
      end += 1
    }
    // (the role is the whole subject, its verb after it: not "The judge and jury heard …", "The spokesperson for
    // the prime minister …")
    guard end > first + 1, end < text.tokens.count, text.tokens[end].kind == .word, !text.tokens[end].isCapitalized,
      text.tokens[end].start < attribution.start,
      text.tokens[end].classes.isDisjoint(with: [.preposition, .clauseWord]),
      !Attributor.clauseCoordinators.contains(text.tokens[end].lower), text.tokens[end].lower != "or",
      let phrase = SpeakerPhraseParser.parse(text, first..<end, commonNouns: true), phrase.kind == .nominal
    else { return nil }
    return phrase
  }

  /// The sentence that holds a quote no frame claims, and its first word, when the quote does not open it.
  func openingWord(around attribution: Attribution) -> (sentence: Int, first: Int)? {
    let text = paragraphs[attribution.paragraph]
    guard let sentence = text.sentence(holding: attribution.start), let first = Self.firstWord(of: text, sentence),
      text.tokens[first].quote == nil, text.tokens[first].start < attribution.start
    else { return nil }
    return (sentence, first)
  }

  /// The person named at the head of the sentence before the one a floating quote opens, in its paragraph.
  func subjectOfSentenceBefore(quoteOpening attribution: Attribution) -> Int? {
    let text = paragraphs[attribution.paragraph]
    guard let sentence = text.sentence(holding: attribution.start), sentence > 0,
      let first = text.sentences[sentence].first, text.tokens[first].quote != nil,
      text.tokens[first].start >= attribution.start - 1,
      // (not a sentence that a frame ends, whose subject is no one's name at its head: "Or maybe Jeb Hale, consultant
      // Pia Mott says.")
      let lastWord = text.sentences[sentence - 1].last(where: { text.tokens[$0].kind == .word }),
      text.cues[lastWord] == nil
    else { return nil }
    return namedSubject(paragraph: attribution.paragraph, sentence: sentence - 1, gender: nil)
  }

  /// (From token `start` on when given: the head of a clause inside the sentence.)
  func namedSubject(paragraph: Int, sentence index: Int, gender: WorldKnowledge.Gender?, from start: Int? = nil)
    -> Int?
  {
    let text = paragraphs[paragraph]
    guard var first = start ?? Self.firstWord(of: text, index) else { return nil }
    let sentence = text.sentences[index]
    // (past a time or a phrase that opens the sentence: "Wednesday, Ashby endorsed …", "After the vote,
    // Reed said …")
    // (and the phrase that says which day it was: "Thursday, the same day that she stepped down, …")
    if first + 1 < sentence.upperBound, text.tokens[first].isTimeWord, text.tokens[first + 1].scalar == "," {
      first += 2
      if first < sentence.upperBound, text.tokens[first].classes.contains(.determiner),
        let comma = (first..<min(sentence.upperBound, first + 10)).first(where: { text.tokens[$0].scalar == "," })
      {
        first = comma + 1
      }
    } else if let clause = Attributor.afterFrontedPhrase(text, first, limit: sentence.upperBound) {
      first = clause
    }
    guard first < sentence.upperBound else { return nil }
    var end = first
    while end < min(sentence.upperBound, first + 8) {
      let word = text.tokens[end]
      // (lower-case words of a role, up to the name after them: "Crane communications director Janet
      // Wynn said", where "Hale held a rally" ends at its verb)
      guard word.isCapitalized || word.scalar == "." || word.classes.contains(.title)
        || (end > first && Self.roleWordsBeforeName(text, from: end, limit: sentence.upperBound))
      else { break }
      // (a possessive is no subject, but "’s" before "been" is "has": "Reed’s been making the case …")
      if word.isPossessive {
        guard end + 1 < sentence.upperBound, text.tokens[end + 1].lower == "been" else { return nil }
        end += 1
        break
      }
      end += 1
    }
    // a role noun and the name between commas: "Another stage actor, Mira Dole, would name …"
    if end == first || (end == first + 1 && text.tokens[first].classes.contains(.determiner)),
      let comma = (first..<min(sentence.upperBound, first + 6)).first(where: { text.tokens[$0].scalar == "," }),
      comma + 2 < sentence.upperBound,
      let close = ((comma + 2)..<min(sentence.upperBound, comma + 6)).first(where: { text.tokens[$0].scalar == "," }),
      ((comma + 1)..<close).allSatisfy({ SpeakerPhraseParser.isNameToken(text, $0) })
    {
      let positions =
        EntityRegistry.position(paragraph, text.tokens[comma + 1].start)
        ..< EntityRegistry.position(paragraph, text.tokens[close - 1].end)
      return registry.latestPerson(
        before: positions.upperBound, within: positions.upperBound - positions.lowerBound, gender: gender)
    }
    guard end > first else { return nil }
    let positions =
      EntityRegistry.position(paragraph, text.tokens[first].start)
      ..< EntityRegistry.position(paragraph, text.tokens[end - 1].end)
    let within = positions.upperBound - positions.lowerBound
    if let id = registry.latestPerson(before: positions.upperBound, within: within, gender: gender) { return id }
    // a person whose given name the lists give the other gender, when the sentence itself says the subject's
    // gender, by a pronoun that can only be the subject's: "Brandt had his own view on the issue.
    // He …" (Leon Brandt); "himself", "herself" too (not a "her" that may be someone else's)
    guard let gender,
      (end..<sentence.upperBound).contains(where: { index in
        let word = text.tokens[index].lower
        guard text.tokens[index].quote == nil else { return false }
        if word == (gender == .male ? "himself" : "herself") { return true }
        return word == (gender == .male ? "his" : "her") && index + 1 < sentence.upperBound
          && text.tokens[index + 1].lower == "own"
      })
    else { return nil }
    return registry.latestPerson(before: positions.upperBound, within: within, gender: nil)
  }

  /// The person named at the head of the sentence before the one holding token `token` of `paragraph`
  /// (in this paragraph or at the end of the one before), for an epithet: "Brighton manager Jonas
  /// Falk praised his defenders. “…,” the German said."
  func previousSentenceSubject(before token: Int, paragraph: Int) -> Int? {
    guard let holding = paragraphs[paragraph].sentences.firstIndex(where: { $0.contains(token) }),
      let before = sentence(before: (paragraph, holding))
    else { return nil }
    return namedSubject(paragraph: before.paragraph, sentence: before.sentence, gender: nil)
  }

  /// The one capitalised word no list knows that opens the sentence before the one holding token `token` of
  /// `paragraph`, before a word in lower case: the firm that "the company" or "the airline" stands for
  /// ("Ryanair cancelled 200 flights. The airline said …"); nil for a person, a place or a common word.
  func firmNamedAtHead(ofSentenceBefore token: Int, paragraph: Int) -> String? {
    guard let (_, before) = sentenceBefore(holding: token, paragraph: paragraph) else { return nil }
    let text = paragraphs[before.paragraph]
    guard let first = Self.firstWord(of: text, before.sentence), first + 1 < text.sentences[before.sentence].upperBound,
      text.tokens[first].isCapitalized, !text.tokens[first].isPossessive, text.tokens[first + 1].kind == .word,
      !text.tokens[first + 1].isCapitalized, NameTyper.isUnknownWord(nameKey(text.tokens[first].text))
    else { return nil }
    return text.tokens[first].text
  }

  /// The organisation whose name opens the sentence before the one holding token `token` of `paragraph`,
  /// with "the" or not, and is no place's: what "It" that opens a sentence stands for ("The Marle Council
  /// voted to shut the pool. It said costs were too high.").
  func bodyOpening(sentenceBefore token: Int, paragraph: Int) -> String? {
    guard let (holding, before) = sentenceBefore(holding: token, paragraph: paragraph),
      Self.firstWord(of: paragraphs[paragraph], holding) == token
    else { return nil }
    let text = paragraphs[before.paragraph]
    guard var first = Self.firstWord(of: text, before.sentence) else { return nil }
    if text.tokens[first].lower == "the", first + 1 < text.sentences[before.sentence].upperBound { first += 1 }
    let position = EntityRegistry.position(before.paragraph, text.tokens[first].start)
    guard let name = registry.organisation(at: position),
      WorldKnowledge.shared.places[nameKey(EntityRegistry.canonical(name))] == nil
    else { return nil }
    return name
  }

  /// The body or document that a common noun names at the opening of the sentence before the one whose first word
  /// is token `token` of `paragraph`, as its subject: "the", up to three words in lower case, a noun of a source
  /// that is no person's role, "of" and up to two words after it, then a verb. What "It" that opens the next
  /// sentence stands for ("The state health department released a statement. It read: …", "The ministry of health
  /// met. It said …"; not "The storm damaged the roof. It said …").
  func commonBodyOpening(sentenceBefore token: Int, paragraph: Int) -> String? {
    guard let (holding, before) = sentenceBefore(holding: token, paragraph: paragraph),
      Self.firstWord(of: paragraphs[paragraph], holding) == token
    else { return nil }
    let text = paragraphs[before.paragraph]
    let sentence = text.sentences[before.sentence]
    guard let first = Self.firstWord(of: text, before.sentence), text.tokens[first].lower == "the" else { return nil }
    func isLowerWord(_ index: Int) -> Bool {
      index < sentence.upperBound && text.tokens[index].kind == .word && !text.tokens[index].isCapitalized
        && text.tokens[index].quote == nil && !text.tokens[index].isPossessive
    }
    guard
      let head = ((first + 1)..<min(sentence.upperBound, first + 5)).prefix(while: isLowerWord).first(where: { index in
        let word = text.tokens[index]
        return (Lexicon.sourceNouns.contains(word.lower) || Lexicon.organisationKinds.contains(word.lower))
          && !word.classes.contains(.roleNoun)
      })
    else { return nil }
    var end = head + 1
    if end + 1 < sentence.upperBound, text.tokens[end].lower == "of" {
      let words = ((end + 1)..<min(sentence.upperBound, end + 3)).prefix(while: { index in
        text.tokens[index].kind == .word && text.tokens[index].quote == nil
          && !Attributor.isVerbLike(text.tokens[index], after: text.tokens[index - 1])
      })
      guard let last = words.last else { return nil }
      end = last + 1
    }
    guard end < sentence.upperBound, Attributor.isVerbLike(text.tokens[end], after: text.tokens[end - 1]) else {
      return nil
    }
    return text.text(tokens: first..<end)
  }

  /// Whether `claim` stands in the sentence before the one whose first word is token `token` of `paragraph`, and
  /// that sentence names a document the claim was made in, outside its words and outside quotes: what "It" that
  /// opens the next sentence stands for ("Ann Vey wrote in the report …. It continued …"; not "Rubio's release
  /// does not mention the clause Obama said he would veto").
  func isDocumentOfClaim(_ claim: Attribution, inSentenceBefore token: Int, paragraph: Int) -> Bool {
    guard let (holding, before) = sentenceBefore(holding: token, paragraph: paragraph),
      Self.firstWord(of: paragraphs[paragraph], holding) == token,
      claim.paragraph == before.paragraph, claim.sentence == before.sentence
    else { return false }
    let text = paragraphs[before.paragraph]
    return text.sentences[before.sentence].contains { index in
      let word = text.tokens[index]
      guard word.quote == nil, !(claim.start..<claim.end).contains(word.start),
        SpeakerPhraseParser.documentNouns.contains(word.lower)
      else { return false }
      // ("in a statement", "in the report", "in his long letter")
      return (max(text.sentences[before.sentence].lowerBound, index - 5)..<index).contains { text.tokens[$0].lower == "in" }
    }
  }

  /// The sentence of `paragraph` that holds token `token`, and the sentence before it (`sentence(before:)`).
  func sentenceBefore(holding token: Int, paragraph: Int)
    -> (holding: Int, before: (paragraph: Int, sentence: Int))?
  {
    guard let holding = paragraphs[paragraph].sentences.firstIndex(where: { $0.contains(token) }),
      let before = sentence(before: (paragraph, holding))
    else { return nil }
    return (holding, before)
  }

  /// The sentence before `place`: in its paragraph, or the last of the paragraph before. Nil at the
  /// article's start or after a paragraph with no sentence.
  func sentence(before place: (paragraph: Int, sentence: Int)) -> (paragraph: Int, sentence: Int)? {
    if place.sentence > 0 { return (place.paragraph, place.sentence - 1) }
    guard place.paragraph > paragraphs.startIndex, !paragraphs[place.paragraph - 1].sentences.isEmpty else {
      return nil
    }
    return (place.paragraph - 1, paragraphs[place.paragraph - 1].sentences.count - 1)
  }

  /// The first word token of sentence `index` of `paragraph` (past opening quote marks and dashes).
  static func firstWord(of paragraph: ParagraphText, _ index: Int) -> Int? {
    paragraph.sentences[index].first { paragraph.tokens[$0].kind == .word }
  }

  /// Whether the lower-case words from `start` are at most two words of a role with a capitalised name
  /// after them, no verb, clause word or mark among them ("communications director" before "Janet
  /// Wynn").
  static func roleWordsBeforeName(_ paragraph: ParagraphText, from start: Int, limit: Int) -> Bool {
    var index = start
    while index < min(limit, start + 3) {
      let token = paragraph.tokens[index]
      if token.isCapitalized { return index > start }
      // (nor a past tense that is no participle: "Ann Vey met Nora Pell")
      guard token.kind == .word, token.quote == nil, paragraph.cues[index] == nil, !Attributor.opensPredicate(token),
        !token.classes.contains(.clauseWord), !token.classes.contains(.preposition),
        !token.classes.contains(.determiner), !Lexicon.pastOnlyForms.contains(token.lower)
      else { return false }
      index += 1
    }
    return false
  }

  /// Whether two pronouns of the third person singular stand for one gender ("he" and "his").
  static func samePerson(_ pronoun: String, _ word: String) -> Bool {
    (malePronouns.contains(pronoun) && malePronouns.contains(word))
      || (femalePronouns.contains(pronoun) && femalePronouns.contains(word))
  }

  /// The pronouns of a man and of a woman, as `samePerson` compares them.
  static let malePronouns: WordSet = ["he", "him", "his", "himself"]
  static let femalePronouns: WordSet = ["she", "her", "hers", "herself"]

  /// The first word after the quote that opens sentence `index` of `paragraph` ("he" of "“…,” he said"), nil
  /// when the sentence opens with no quote or the quote runs to its end.
  static func wordAfterOpeningQuote(of paragraph: ParagraphText, _ index: Int) -> Int? {
    let sentence = paragraph.sentences[index]
    guard let opening = sentence.first, let quote = paragraph.tokens[opening].quote,
      paragraph.quotes[quote].start == paragraph.tokens[opening].start
    else { return nil }
    let after = paragraph.firstToken(startingAtOrAfter: paragraph.quotes[quote].end)
    return (after..<sentence.upperBound).first { paragraph.tokens[$0].kind == .word }
  }

  /// Whether the sentence after the one holding token `token` of `paragraph` opens with "he" or "she".
  func nextSentenceOpensWithPersonalPronoun(after token: Int, paragraph: Int) -> Bool {
    guard let sentence = paragraphs[paragraph].sentences.firstIndex(where: { $0.contains(token) }) else { return false }
    var place = (paragraph: paragraph, sentence: sentence + 1)
    if place.sentence >= paragraphs[paragraph].sentences.count {
      guard paragraph + 1 < paragraphs.endIndex, !paragraphs[paragraph + 1].sentences.isEmpty else { return false }
      place = (paragraph + 1, 0)
    }
    guard let first = Self.firstWord(of: paragraphs[place.paragraph], place.sentence) else { return false }
    return ["he", "she"].contains(paragraphs[place.paragraph].tokens[first].lower)
  }

  /// The pronouns after a name in its sentence that make it a person's: "Wynn explained …, he insisted",
  /// "Hale said his players were tired".
  static let personalPronounsAfterName: WordSet = ["he", "she", "his", "himself", "herself"]

  /// Whether one of `personalPronounsAfterName` (outside quotes) follows token `token` in its sentence, or "he"
  /// or "she" opens the next one: the name before it is a person's ("… Greggs said. He …").
  func personalPronounFollows(_ token: Int, paragraph: Int) -> Bool {
    let text = paragraphs[paragraph]
    if let sentence = text.sentences.first(where: { $0.contains(token) }),
      ((token + 1)..<sentence.upperBound).contains(where: {
        text.tokens[$0].quote == nil && Self.personalPronounsAfterName.contains(text.tokens[$0].lower)
      })
    {
      return true
    }
    return nextSentenceOpensWithPersonalPronoun(after: token, paragraph: paragraph)
  }

  /// Whether the article treats the capitalised word `word` as one person's name: it never writes the word in
  /// lower case, and "he" or "she" follows one of its mentions that opens a clause, outside quotes ("…, Lowe
  /// went on to praise …, note that he had just sold …"; not "Hale's campaign said he …", "a Brightwell
  /// worker, said she …", "talking about Brightwell, all she could do …").
  mutating func articleCallsHeOrShe(_ word: String) -> Bool {
    if let known = heOrSheAnswers[word] { return known }
    let called = scanCallsHeOrShe(word)
    heOrSheAnswers[word] = called
    return called
  }

  /// Whether the article writes the capitalised word `lower` (lower-cased) as a body's name, not a person's nor a
  /// sentence's word: never in lower case, never right after another capitalised word (a name's last word: "Dorvak"
  /// of "Ann Pal Dorvak"), and, when it is a common word too, once at least inside a sentence ("contacted Kovrex").
  mutating func articleWritesAsBodyName(_ lower: String, commonWord: Bool) -> Bool {
    if let known = bodyNameAnswers[lower] { return known }
    let answer = scanWritesAsBodyName(lower, commonWord: commonWord)
    bodyNameAnswers[lower] = answer
    return answer
  }

  /// `articleWritesAsBodyName`, read from the paragraphs (a word no list of common words has is looked up in
  /// capitals only, in the index of capitalised words: its lower case is not looked for).
  private mutating func scanWritesAsBodyName(_ lower: String, commonWord: Bool) -> Bool {
    if commonWord && articleWritesInLowerCase(lower) { return false }
    guard let first = lower.unicodeScalars.first.flatMap({ $0.properties.uppercaseMapping.unicodeScalars.first })
    else { return false }
    var insideSentence = false
    for place in places(ofWordsOpeningWith: first) {
      let tokens = paragraphs[place.paragraph].tokens
      let index = place.token
      guard tokens[index].stemLower == lower, tokens[index].isCapitalized, index > 0 else { continue }
      let before = tokens[index - 1]
      if before.kind == .word && before.isCapitalized && !before.isPossessive && !before.classes.contains(.determiner) {
        return false
      }
      if before.kind == .word && !before.isCapitalized || before.scalar == "," || before.scalar == "(" {
        insideSentence = true
      }
    }
    return insideSentence || !commonWord
  }

  /// Whether the words of a claim (`content`, offsets in `paragraph`) speak as one person or of one: "I", "me",
  /// "my", "his", "her" … ("“I hope my sister wins the race,” Drabbet said").
  func contentSpeaksOfOnePerson(_ paragraph: Int, _ content: Range<Int>) -> Bool {
    let text = paragraphs[paragraph]
    var index = text.firstToken(startingAtOrAfter: content.lowerBound)
    while index < text.tokens.count, text.tokens[index].start < content.upperBound {
      if text.tokens[index].text == "I" || Lexicon.onePersonsWords.contains(text.tokens[index].lower) { return true }
      index += 1
    }
    return false
  }

  /// Whether a word of the article outside quotes is `lower` in lower case: "poll" of "a new poll shows".
  func articleWritesInLowerCase(_ lower: String) -> Bool {
    paragraphs.contains { paragraph in
      paragraph.tokens.contains { $0.kind == .word && !$0.isCapitalized && $0.quote == nil && $0.lower == lower }
    }
  }

  /// `articleCallsHeOrShe`, read from the paragraphs.
  private func scanCallsHeOrShe(_ word: String) -> Bool {
    let lower = word.lowercasedQuickly()
    // (a word whose first letter is another ASCII letter is passed over before its text is compared)
    let letter = lower.utf8.first.flatMap { $0 >= 0x61 && $0 <= 0x7A ? UInt32($0) : nil }
    var called = false
    for paragraph in paragraphs.indices {
      let tokens = paragraphs[paragraph].tokens
      for index in tokens.indices where tokens[index].kind == .word {
        if let letter, case let first = tokens[index].scalar, first.isASCII, first.value | 0x20 != letter { continue }
        guard tokens[index].stemLower == lower else { continue }
        if !tokens[index].isCapitalized { return false }
        if !called, tokens[index].quote == nil, !tokens[index].isPossessive,
          index == 0 || tokens[index - 1].kind == .punct || Attributor.clauseOpeners.contains(tokens[index - 1].lower),
          personalPronounFollows(index, paragraph: paragraph)
        {
          called = true
        }
      }
    }
    return called
  }

  /// Whether "its" (or, with `orIt`, "it" too) follows token `token` outside quotes in its sentence: the name
  /// before it is a firm's or a body's ("Aldi said its sales rose", "Dell says it started …").
  func impersonalPossessiveFollows(_ token: Int, paragraph: Int, orIt: Bool = false) -> Bool {
    let text = paragraphs[paragraph]
    guard let sentence = text.sentences.first(where: { $0.contains(token) }) else { return false }
    return ((token + 1)..<sentence.upperBound).contains {
      text.tokens[$0].quote == nil && (text.tokens[$0].lower == "its" || (orIt && text.tokens[$0].lower == "it"))
    }
  }

  /// The subject of the sentence whose colon a quote follows (that `Attributor.colonLeadIn` found no speaker
  /// in), when one opens it that is no pronoun (whose quote goes on from the last speaker).
  func subjectOfColonSentence(before attribution: Attribution) -> SpeakerPhrase? {
    let text = paragraphs[attribution.paragraph]
    let opening = text.firstToken(startingAtOrAfter: attribution.start)
    // (a headline's capitals make its words look like a name: "Moss Slams Bank Chief: ‘…’")
    guard text.role == .body, opening >= 2, opening < text.tokens.count, text.tokens[opening - 1].scalar == ":",
      let index = text.sentence(holding: text.tokens[opening - 1].start), let first = Self.firstWord(of: text, index),
      first < opening - 1, text.tokens[first].quote == nil, !Lexicon.personalPronouns.contains(text.tokens[first].lower)
    else { return nil }
    let sentence = text.sentences[index]
    guard
      let subject = ProposalDetector.clauseSubject(
        text, sentence.lowerBound..<(opening - 1), text.contentStarts[sentence.lowerBound])
    else { return nil }
    // a body's name, a person's, or a document or a source a noun names ("The study found …:"); no heading in
    // capitals ("ECONOMY WATCH:"), nor a pronoun, nor words of a quoted title
    let head = subject.head.lowercasedQuickly()
    guard subject.name != subject.name.uppercased(), !Lexicon.personalPronouns.contains(head),
      !text.tokens[subject.tokens].contains(where: { $0.quote != nil }),
      subject.kind == .organisation || subject.kind == .person
        || (subject.kind == .nominal || subject.kind == .group)
          && !WordClass.of(head).isDisjoint(
            with: [.documentNoun, .sourceNoun, .groupNoun, .roleNoun, .organisationWord])
    else { return nil }
    return subject
  }

  /// Whether a claim's content after the speaker's phrase opens with "its" ("said its sales rose", "said that its
  /// …"), or the frame between them holds it ("contended in its letter that …"), which no person's words do of
  /// the person.
  func contentOpensWithIts(_ paragraph: Int, _ content: Range<Int>, after phrase: SpeakerPhrase) -> Bool {
    let text = paragraphs[paragraph]
    guard phrase.tokens.upperBound <= text.tokens.count, phrase.tokens.upperBound > 0,
      content.lowerBound >= text.tokens[phrase.tokens.upperBound - 1].end
    else { return false }
    var first = text.firstToken(startingAtOrAfter: content.lowerBound)
    if text.tokens[phrase.tokens.upperBound..<first].contains(where: { $0.lower == "its" }) { return true }
    if first < text.tokens.count, text.tokens[first].lower == "that" { first += 1 }
    return first < text.tokens.count && text.tokens[first].lower == "its"
      && text.tokens[first].start < content.upperBound
  }
}
