/// Stage 5 for a pronoun that names the speaker: "he", "she", "who", "I", "you".
extension Analyzer {
  /// "I" and its forms: the writer's or an interviewee's, resolved only by a transcript's label.
  static let firstPersonPronouns: WordSet = ["i", "me", "i’m", "i'm"]

  /// Prepositions before the place or the body where someone works or lives: "an analyst at Barclays".
  static let placePrepositions: WordSet = ["at", "from", "in", "on"]

  /// The person a pronoun stands for, or no one: the name before ", who", the subject of the sentence "he" or
  /// "she" is in or follows, or the last person of its gender named before (`position`, outside the claim's own
  /// words `excluding`).
  mutating func resolvePronoun(
    _ phrase: SpeakerPhrase, paragraph: Int, content: Range<Int>, allowHead: Bool, cue: String?, position: Int,
    excluding: Range<Int>
  ) -> Resolution {
    // "I" in a frame is the writer or an interviewee the text does not name: no one to resolve to
    let pronoun = phrase.text.lowercasedQuickly()
    // ("you" is the one spoken to, never a person named before: "You know, if someone …"; in an interviewer's
    // turn, the one who answers it: "((WN)) You said the seeds came from three valleys.")
    // (what "you" know or think is the asker's lead-in, not a report: "((WN)) You know the analogy I prefer …")
    if pronoun == "you" {
      let reports = cue.flatMap { CueLexicon.table[$0.lowercasedQuickly()] }.map { $0.category != .belief } ?? false
      let answerer = reports ? interviewee(answering: paragraph, cue: cue)?.referent : nil
      return Resolution(referent: answerer ?? .unknown, mention: phrase.text)
    }
    // ", who" after a person's name stands for that person: "… the office of Prime Minister Tamang, who told …"
    // (not for a body or a place that ends an appositive: "Paul Dorsey, a senior analyst at Barclays, who",
    // "Nora Pell, 31, from Leeds, who")
    // (nor for a name that a noun of a person owns through "of": "a niece of Senate candidate Ann Vey, who" is the
    // niece)
    if pronoun == "who", let run = nameBefore(relative: phrase.tokens.lowerBound, paragraph: paragraph),
      let owner = Self.personOwning(run, in: paragraphs[paragraph]),
      let described = SpeakerPhraseParser.parse(paragraphs[paragraph], owner..<run.upperBound, commonNouns: true),
      described.kind != .person
    {
      return resolve(described, paragraph: paragraph, content: content, allowHead: allowHead, cue: cue)
    }
    if pronoun == "who", let run = nameBefore(relative: phrase.tokens.lowerBound, paragraph: paragraph),
      run.lowerBound == 0 || !Self.placePrepositions.contains(paragraphs[paragraph].tokens[run.lowerBound - 1].lower),
      let named = SpeakerPhraseParser.parse(paragraphs[paragraph], run), named.kind == .person,
      case let resolution = resolve(named, paragraph: paragraph, content: content, allowHead: allowHead, cue: cue),
      case .person = resolution.referent
    {
      return resolution
    }
    // ", who" after a noun of people or of a body stands for them: "… according to police, who said …"
    if pronoun == "who",
      let antecedent = Attributor.relativeAntecedent(paragraphs[paragraph], before: phrase.tokens.lowerBound, floor: 0)
    {
      return resolve(antecedent, paragraph: paragraph, content: content, allowHead: allowHead, cue: cue)
    }
    let firstPerson = Self.firstPersonPronouns.contains(pronoun)
    let gender: WorldKnowledge.Gender? =
      ["she", "her", "she’s", "she's"].contains(pronoun)
      ? .female : ["he", "him", "his", "he’s", "he's"].contains(pronoun) ? .male : nil
    if gender != nil,
      let id = sentenceSubject(forPronounAt: phrase.tokens.lowerBound, paragraph: paragraph, gender: gender)
    {
      return Resolution(person: id, mention: phrase.text)
    }
    // the subject of a relative clause is not its antecedent: "… at Greg Lund, whom he dubbed “…”" is said
    // by someone named before Rubio
    let tokens = paragraphs[paragraph].tokens
    var before = position
    if case let start = phrase.tokens.lowerBound, start >= 1,
      ["who", "whom", "which"].contains(tokens[start - 1].lower),
      let run = nameBefore(relative: start - 1, paragraph: paragraph)
    {
      before = EntityRegistry.position(paragraph, tokens[run.lowerBound].start)
    }
    // (nor is the one spoken to or with in the phrase that opens its sentence: "Speaking to Tom Reyes of Radio
    // Delta, he said …")
    if gender != nil,
      let opener = openerNamingAddressee(beforePronounAt: phrase.tokens.lowerBound, paragraph: paragraph)
    {
      before = min(before, EntityRegistry.position(paragraph, tokens[opener].start))
    }
    if !firstPerson, let id = registry.latestPerson(before: before, excluding: excluding, gender: gender) {
      return Resolution(person: id, mention: phrase.text)
    }
    return Resolution(referent: .unknown, mention: phrase.text)
  }

  /// The first token of the phrase that opens the sentence of the pronoun at `token`, up to the comma before
  /// it, when the phrase names someone spoken to or with: "Speaking to Tom Reyes of Radio Delta, he …", "In an
  /// interview with the BBC's Ann Vey, she …" (a participle or a preposition, then "to" or "with" and a
  /// capitalised word within three words).
  func openerNamingAddressee(beforePronounAt token: Int, paragraph: Int) -> Int? {
    let text = paragraphs[paragraph]
    guard token >= 4, text.tokens[token - 1].scalar == ",",
      let sentence = text.sentences.first(where: { $0.contains(token) })
    else { return nil }
    let first = Attributor.contentStart(text, sentence)
    guard first + 2 < token - 1, case let opener = text.tokens[first], opener.kind == .word,
      opener.lower.hasSuffix("ing") || opener.classes.contains(.preposition),
      !(first..<(token - 1)).contains(where: { text.tokens[$0].kind == .punct && text.tokens[$0].scalar != "." }),
      (first..<(token - 2)).contains(where: { index in
        ["to", "with"].contains(text.tokens[index].lower)
          && ((index + 1)...min(index + 3, token - 2)).contains(where: { text.tokens[$0].isCapitalized })
      })
    else { return nil }
    return first
  }

  /// The one who answers the interviewer's turn `paragraph` (a paragraph under a label that names no one:
  /// "((WN))", "Q:"), as the label of the answer after it names them: "((Ada Moss)) …". Nil when the paragraph
  /// is no such turn, or another turn comes first.
  mutating func interviewee(answering paragraph: Int, cue: String?) -> Resolution? {
    guard Attributor.opensWithSpeakerLabel(paragraphs[paragraph]),
      Attributor.bracketedLabel(paragraphs[paragraph]) == nil
    else { return nil }
    for next in (paragraph + 1)..<min(paragraphs.endIndex, paragraph + 4) {
      if let (name, _) = Attributor.bracketedLabel(paragraphs[next]) {
        let text = paragraphs[next].text(tokens: name)
        var label = SpeakerPhrase(kind: .person, text: text, name: text, tokens: name)
        label.isLabel = true
        return resolve(label, paragraph: next, content: 0..<0, allowHead: false, cue: cue)
      }
      if Attributor.opensWithSpeakerLabel(paragraphs[next]) { return nil }
    }
    return nil
  }

  /// The first token of the phrase whose head, a noun of a person, owns the name at `run` through "of", up to four
  /// words of the name's role or owner between: "a niece of Senate candidate Ann Vey", "the son of Tom Reed" (not
  /// "the office of Prime Minister Tamang", nor "a member of Congress Tom Reed"). Nil when there is none.
  static func personOwning(_ run: Range<Int>, in paragraph: ParagraphText) -> Int? {
    var of = run.lowerBound - 1
    while of >= 0 && run.lowerBound - of <= 5, case let token = paragraph.tokens[of], token.lower != "of" {
      guard token.quote == nil, token.kind == .word || token.kind == .number || token.scalar == "’" || token.scalar == "'",
        !token.classes.contains(.clauseWord) || token.lower == "the"
      else { return nil }
      of -= 1
    }
    guard of >= 2, paragraph.tokens[of].lower == "of", case let head = paragraph.tokens[of - 1].lower,
      !paragraph.tokens[of - 1].isCapitalized,
      Lexicon.roleClasses[head] != nil || Lexicon.gender(ofPersonNoun: head) != nil,
      paragraph.tokens[of - 2].classes.contains(.determiner)
    else { return nil }
    return of - 2
  }

  /// The name that a relative pronoun at `relative` follows after a comma or a dash: "Greg Lund" of "… at Greg Lund,
  /// whom he dubbed …".
  func nameBefore(relative: Int, paragraph: Int) -> Range<Int>? {
    guard relative >= 2, case let mark = paragraphs[paragraph].tokens[relative - 1],
      mark.scalar == "," || (mark.kind == .punct && Attributor.isDash(mark.scalar))
    else { return nil }
    return SpeakerPhraseParser.nameRun(paragraphs[paragraph], endingAt: relative - 1, from: 0)
  }
}
