import SaysoCore

/// The fixed frames: transcript lines, inverted subjects and "as … noted" ("according to" has a file of its own).
extension Attributor {
  /// A transcript line: "HOLT: Do you honestly think …" or "Mr. Smith: …" opening the paragraph.
  static let notSpeakers: WordSet = [
    "RPT", "UPDATE", "BREAKING", "ANALYSIS", "EXCLUSIVE", "WATCH", "VIDEO", "READ", "NOTE", "EDITOR", "PHOTO",
    "PHOTOS", "SOURCE", "SOURCES", "UPDATED", "CORRECTION", "Q", "A", "FACT", "CHECK", "WHAT", "WHY", "HOW",
  ]

  static func speakerLine(_ paragraph: ParagraphText) -> Attribution? {
    // a headline labels a quote with its speaker too: "Greg Lund: ‘We Won’t Back Down …’"
    if paragraph.role == .title || paragraph.role == .heading {
      return labelBeforeQuote(paragraph, 0) ?? (paragraph.role == .title ? headlineLabel(paragraph) : nil)
    }
    guard paragraph.role == .body else { return nil }
    var nameStart = 0
    while nameStart < paragraph.tokens.count && nameStart < 2
      && (paragraph.tokens[nameStart].scalar == "\"" || paragraph.tokens[nameStart].scalar == "“"
        || paragraph.tokens[nameStart].scalar == "‘")
    {
      nameStart += 1
    }
    // a transcript's label in double brackets: "((Omar Reyes)) I believe …"
    if let (name, first) = bracketedLabel(paragraph) { return transcriptLine(paragraph, name, first) }
    guard
      let colon = (nameStart..<min(paragraph.tokens.count, nameStart + 4)).first(where: {
        paragraph.tokens[$0].scalar == ":"
      }), colon > nameStart,
      colon + 2 < paragraph.tokens.count
    else { return labelBeforeQuote(paragraph, nameStart) }
    let nameTokens = paragraph.tokens[nameStart..<colon]
    let allCaps = isCapitalsLabel(nameTokens)
    if !allCaps { return labelBeforeQuote(paragraph, nameStart) }
    guard allCaps, !isSectionLabel(nameTokens),
      let parsed = SpeakerPhraseParser.parse(paragraph, nameStart..<colon)
        ?? Optional(
          SpeakerPhrase(
            kind: .person, text: paragraph.text(tokens: nameStart..<colon),
            name: paragraph.text(tokens: nameStart..<colon), tokens: nameStart..<colon))
    else { return nil }
    var speaker = parsed
    if speaker.kind == .organisation { speaker.kind = .person }
    speaker.isLabel = true
    let first = colon + 1
    var last = paragraph.tokens.count - 1
    while last > first && paragraph.tokens[last].kind == .punct && ["\"", "”"].contains(paragraph.tokens[last].text) {
      last -= 1
    }
    return Attribution(
      paragraph: paragraph.index, start: paragraph.tokens[first].start, end: paragraph.tokens[last].end, cue: ":",
      lemma: "say",
      category: .statement, speaker: speaker, sentence: 0, frameAfter: false, transcriptLine: true)
  }

  /// The name and the first word after a label in double brackets that opens a paragraph, when the name is
  /// a person's full name or given name: "((Omar Reyes))  I believe …", "((Anita))  So much has changed" (not
  /// an interviewer's initials, "((WN))", nor an outlet's name).
  static func bracketedLabel(_ paragraph: ParagraphText) -> (Range<Int>, Int)? {
    let tokens = paragraph.tokens
    guard tokens.count > 6, tokens[0].scalar == "(", tokens[1].scalar == "(",
      let close = (3..<min(tokens.count - 2, 9)).first(where: { tokens[$0].scalar == ")" }),
      tokens[close + 1].scalar == ")", close + 2 < tokens.count,
      (2..<close).allSatisfy({ tokens[$0].kind == .word || tokens[$0].scalar == "." || tokens[$0].scalar == "-" })
    else { return nil }
    let name = paragraph.text(tokens: 2..<close)
    let typing = NameTyper.typeRemembered(name, titled: false)
    let fullName = EntityRegistry.canonical(name).wordCount >= 2 && typing.kind == .person
    let givenName =
      close == 3 && name.contains(where: \.isLowercase) && NameTyper.isGivenName(nameKey(name))
      && typing.kind != .organisation && typing.kind != .place
    guard fullName || givenName else { return nil }
    return (2..<close, close + 2)
  }

  /// Whether a body paragraph opens with a speaker's label, a person's or an interviewer's: "((WN))",
  /// "((Dana Veltri))", "HOLT:".
  static func opensWithSpeakerLabel(_ paragraph: ParagraphText) -> Bool {
    let tokens = paragraph.tokens
    guard paragraph.role == .body, tokens.count > 3 else { return false }
    if tokens[0].scalar == "(" && tokens[1].scalar == "(" { return true }
    guard let colon = (1..<min(tokens.count, 4)).first(where: { tokens[$0].scalar == ":" }) else { return false }
    return isCapitalsLabel(tokens[..<colon])
  }

  /// Whether a label before a colon is words in capitals: "HOLT", "NG".
  static func isCapitalsLabel(_ tokens: ArraySlice<Token>) -> Bool {
    tokens.allSatisfy { $0.kind == .word && $0.text.count >= 2 && $0.text.uppercased() == $0.text }
  }

  /// The whole paragraph after a transcript's label, said by the person it names.
  static func transcriptLine(_ paragraph: ParagraphText, _ name: Range<Int>, _ first: Int) -> Attribution {
    let text = paragraph.text(tokens: name)
    var speaker = SpeakerPhrase(kind: .person, text: text, name: text, tokens: name)
    speaker.isLabel = true
    return Attribution(
      paragraph: paragraph.index, start: paragraph.tokens[first].start,
      end: paragraph.tokens[paragraph.tokens.count - 1].end, cue: ":", lemma: "say", category: .statement,
      speaker: speaker, sentence: 0, frameAfter: false, transcriptLine: true)
  }

  /// Whether a paragraph is a line of a chart or a table, no one's words: no sentence's end, and two words at
  /// most or a label of six at most with its number ("██ Voles: 212", "██ Red deer (antlers): 24").
  static func isChartLine(_ paragraph: ParagraphText) -> Bool {
    guard let last = paragraph.tokens.last, ![".", "!", "?", "…"].contains(last.scalar), last.quote == nil else {
      return false
    }
    let words = paragraph.tokens.lazy.filter({ $0.kind == .word }).count
    return words < 3
      || (words <= 6 && last.kind == .number && paragraph.tokens.count >= 2
        && paragraph.tokens[paragraph.tokens.count - 2].scalar == ":")
  }

  /// The whole of a paragraph in which the answer of a transcript's line before goes on, with no label of its
  /// own: "((Ann Vey)) We began in 2019. ¶ Then the money came …" (its speaker is the last label's).
  static func answerGoingOn(_ paragraph: ParagraphText) -> Attribution? {
    guard paragraph.role == .body, let last = paragraph.tokens.indices.last, !opensWithSpeakerLabel(paragraph)
    else { return nil }
    return Attribution(
      paragraph: paragraph.index, start: paragraph.tokens[0].start, end: paragraph.tokens[last].end, cue: ":",
      lemma: "say", category: .statement, speaker: nil, sentence: 0, floating: true, transcriptLine: true)
  }

  /// Ends each attribution before the original words that a translation's marker opens after its sentence or its
  /// quote: "“We will appeal.” ((es))Spanish language: ‍Apelaremos." (the marker and the words after it are the
  /// original's, in another language, given beside the words said).
  static func endingBeforeTranslations(_ attributions: inout [Attribution], in paragraph: ParagraphText) {
    guard !attributions.isEmpty else { return }
    let tokens = paragraph.tokens
    // (the marker opens a sentence of its own after the sentence's end or its quote: only sentences are asked)
    for sentence in paragraph.sentences.dropFirst() where isTranslationMarker(paragraph, sentence.lowerBound) {
      let marker = sentence.lowerBound
      // (after a sentence's end, inside its quote or not: an inline word's original may come after a quoted word,
      // and the sentence goes on after it, "… “fully disarmed” ((hu))Hungarian language: ‍… by 2010")
      let before = tokens[marker - 1]
      let end = isClosingMark(paragraph, marker - 1) && marker >= 2 ? tokens[marker - 2] : before
      guard [".", "!", "?", "]"].contains(end.scalar) else { continue }
      for index in attributions.indices
      where attributions[index].start < tokens[marker].start && tokens[marker].start < attributions[index].end {
        attributions[index].end = before.end
      }
    }
  }

  /// Whether a translation's marker opens at token `index`: "((es))Spanish language:".
  static func isTranslationMarker(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    let tokens = paragraph.tokens
    guard index + 6 < tokens.count, tokens[index].scalar == "(", tokens[index + 1].scalar == "(",
      case let code = tokens[index + 2], code.kind == .word, !code.isCapitalized, (2...3).contains(code.text.count),
      tokens[index + 3].scalar == ")", tokens[index + 4].scalar == ")", tokens[index + 5].isCapitalized
    else { return false }
    return tokens[index + 6].lower == "language"
  }

  /// Whether a paragraph tells of someone by `familyName` (lower case) outside quotes, and no one in it speaks as
  /// "I" or "we": "Vey, who has run the farm …" (not "… a name that stands for me, Ann Vey").
  static func names(_ paragraph: ParagraphText, familyName: String?) -> Bool {
    guard let familyName else { return false }
    // (a family name that is a common word, at a sentence's start, may be the word: "Young people leave …"; it is
    // the name before a verb of saying or a comma: "White said …", "Young, who …")
    return paragraph.tokens.indices.contains { index in
      let token = paragraph.tokens[index]
      guard token.quote == nil, token.isCapitalized, token.stemLower == familyName else { return false }
      guard !token.isPossessive, index + 1 < paragraph.tokens.count,
        paragraph.sentences.contains(where: { $0.lowerBound == index }),
        WorldKnowledge.shared.isCommonWord(familyName, within: 10000)
      else { return true }
      return paragraph.cues[index + 1] != nil || paragraph.tokens[index + 1].scalar == ","
    }
      && !paragraph.tokens.contains { $0.quote == nil && Lexicon.firstPersonWords.contains($0.lower) }
  }

  /// Whether `sentence` opens with the label of a link, a video or a photo, one or two words and a colon or a
  /// bar: "Read more: “We will fight,” says mayor", "WATCH | Minister explains the rules" (the title of
  /// something else, no claim of the article's).
  static func opensWithLinkLabel(_ paragraph: ParagraphText, _ sentence: Range<Int>) -> Bool {
    let first = sentence.lowerBound
    guard let mark = (first + 1..<min(first + 3, sentence.upperBound)).first(where: {
      paragraph.tokens[$0].scalar == ":" || paragraph.tokens[$0].scalar == "|"
    }) else { return false }
    return Lexicon.linkLabels.contains(paragraph.tokens[mark - 1].lower)
      && (first..<mark).allSatisfy { paragraph.tokens[$0].kind == .word && paragraph.tokens[$0].quote == nil }
  }

  /// A section label is made of common words that name no one ("MARKETS:", "BOTTOM LINE:", "News Guide:"),
  /// or holds a word of the wire's labels ("UPDATE", "EXCLUSIVE").
  static func isSectionLabel(_ tokens: ArraySlice<Token>) -> Bool {
    tokens.contains(where: { notSpeakers.contains($0.text.uppercased()) })
      || tokens.allSatisfy { NameTyper.isPlainWord($0.lower) }
  }

  /// A name, and its outlet or role, as the label of a quote: `Jane Doe, The Ledger: "…"`; or the speaker
  /// of a verb of saying that opens the paragraph, before a colon or a comma and the quote: "Said resident
  /// Ellen Varley: “…”", "Added Mr Hollis, “…”".
  static func labelBeforeQuote(_ paragraph: ParagraphText, _ labelStart: Int) -> Attribution? {
    // (before a colon, a bare word after "Said" may be a name's second word: "Said Jalili: “…”")
    let inverted =
      opensWithInvertedCue(paragraph, labelStart)
      && !(labelStart + 2 < paragraph.tokens.count && paragraph.tokens[labelStart + 2].scalar == ":"
        && paragraph.tokens[labelStart + 1].isCapitalized
        && !paragraph.tokens[labelStart + 1].classes.contains(.title)
        && !paragraph.tokens[labelStart + 1].classes.contains(.honorific))
    let nameStart = inverted ? labelStart + 1 : labelStart
    let limit = min(paragraph.tokens.count, nameStart + 12)
    guard
      let colon = (nameStart..<limit).first(where: {
        paragraph.tokens[$0].scalar == ":"
          || (inverted && paragraph.tokens[$0].scalar == "," && Attributor.opensQuote(paragraph, $0 + 1, limit))
      }), colon > nameStart,
      Attributor.opensQuote(paragraph, colon + 1, paragraph.tokens.count),
      !(nameStart..<colon).contains(where: { paragraph.tokens[$0].quote != nil || paragraph.cues[$0] != nil }),
      // the label of a link, a photo or a video: "Watch: “…”", "Read more: “…”"
      colon - nameStart > 2 || !Lexicon.linkLabels.contains(paragraph.tokens[colon - 1].lower)
    else { return nil }
    // the name ends at a comma, or in a headline at "on" before the topic: "Pruitt on Crane's
    // emails: ‘…’"
    let headline = paragraph.role != .body
    guard !inverted || !headline else { return nil }
    let comma =
      (nameStart..<colon).first(where: {
        paragraph.tokens[$0].scalar == "," || (headline && $0 > nameStart && paragraph.tokens[$0].lower == "on")
      }) ?? colon
    guard var speaker = SpeakerPhraseParser.parse(paragraph, nameStart..<comma), speaker.kind == .person,
      speaker.tokens.lowerBound == nameStart,
      // a headline's capitals make words of a sentence look like a name: "Moss Slams Harbor Bank CEO"
      !headline || speaker.name.wordCount <= 3
    else { return nil }
    if comma + 1 < colon { speaker.role = speaker.role ?? paragraph.text(tokens: (comma + 1)..<colon) }
    speaker.tokens = nameStart..<colon
    let quote = paragraph.quotes[paragraph.tokens[colon + 1].quote!]
    return Attribution(
      paragraph: paragraph.index, start: quote.start, end: quote.end, cue: ":", lemma: "say", category: .statement,
      speaker: speaker, sentence: 0, frameAfter: false)
  }

  /// Whether token `index` is a capitalised verb of saying in a tense that puts its subject after it
  /// ("Said", "Added", "Says"), not a participle ("Saying …") and not a verb whose object is the one told.
  static func opensWithInvertedCue(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard index + 1 < paragraph.tokens.count, paragraph.tokens[index].isCapitalized,
      paragraph.tokens[index].kind == .word, paragraph.tokens[index + 1].kind == .word,
      let cue = CueLexicon.lookup(paragraph.tokens[index].lower), CueLexicon.invertible.contains(cue.lemma),
      !CueLexicon.takingAddressee.contains(cue.lemma), paragraph.tokens[index].lower != cue.lemma,
      !paragraph.tokens[index].lower.hasSuffix("ing")
    else { return false }
    return true
  }

  /// The speaker phrase after an inverted cue: "said Ruth Keel, an assistant professor …".
  /// Whether the word at `index` is a capitalised small word between two capitalised words, a part of a
  /// name: "Without" of "Reporters Without Borders" (not a weekday, nor a word before a time: "said Jane Smith
  /// Tuesday", "said Jane Smith On Tuesday").
  static func isInsideName(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard index > 0, index + 1 < paragraph.tokens.count else { return false }
    let token = paragraph.tokens[index]
    guard token.kind == .word, token.isCapitalized, !token.classes.contains(.weekday), !token.isTimeWord else {
      return false
    }
    let before = paragraph.tokens[index - 1]
    let after = paragraph.tokens[index + 1]
    return before.kind == .word && before.isCapitalized && after.kind == .word && after.isCapitalized
      && after.classes.isDisjoint(with: [.weekday, .month]) && !after.isTimeWord
  }

  /// The subject after an inverted verb of saying that is not weak, whatever its noun, when an article opens it:
  /// a short phrase with no preposition or verb in it and a mark after it ("…, said the surveyors.", "…, reads
  /// the petition."; not "…, said the rumours were false", "…, says the mayor knew.", nor the object of "alleges a
  /// long list of violations, …"). Nil when there is none: `subjectAfter` reads the names and nouns it knows.
  static func nounSubjectAfter(_ paragraph: ParagraphText, _ cue: Cue, _ limit: Int) -> (SpeakerPhrase, Int)? {
    // (the article's first letter, read from the token, rules out most words before any string is compared)
    guard cue.end < limit, case let first = paragraph.tokens[cue.end].scalar,
      first == "a" || first == "t" || first == "A" || first == "T",
      ["a", "an", "the", "another"].contains(paragraph.tokens[cue.end].lower),
      !paragraph.tokens[cue.end - 1].classes.contains(.preposition), !CueLexicon.weak.contains(cue.lemma),
      let (phrase, end) = subjectAfter(paragraph, cue.end, limit, commonNouns: true),
      end >= limit || paragraph.tokens[end].kind == .punct, end - cue.end <= 5,
      !((cue.end + 1)..<end).contains(where: { index in
        let token = paragraph.tokens[index]
        return token.classes.contains(.preposition) || paragraph.cues[index] != nil
          || isVerbLike(token, after: paragraph.tokens[index - 1])
      })
    else { return nil }
    return (phrase, end)
  }

  /// Adjectives after a source's noun whose phrase says who the source is: "familiar with the talks", "close to
  /// the campaign".
  static let postModifyingAdjectives: WordSet = [
    "familiar", "close", "closer", "allied", "linked", "connected", "loyal", "sympathetic", "opposed",
  ]

  static func subjectAfter(
    _ paragraph: ParagraphText, _ from: Int, _ limit: Int, commonNouns: Bool = false
  ) -> (SpeakerPhrase, Int)? {
    var end = from
    while end < limit {
      let token = paragraph.tokens[end]
      if token.kind == .punct && token.scalar != "." && token.scalar != "-" && token.scalar != "’"
        && !(token.scalar == "&" && SpeakerPhraseParser.isNameToken(paragraph, end))
      {
        break
      }
      if token.scalar == "." && !SpeakerPhraseParser.isNameToken(paragraph, end) { break }
      if end > from && token.classes.contains(.frameStop) && !(token.lower == "of") && !isInsideName(paragraph, end)
        // (an adjective's phrase that says who the source is goes on: "a person familiar with the talks", "a
        // source close to the campaign")
        && !(postModifyingAdjectives.contains(paragraph.tokens[end - 1].lower)
          && (token.lower == "with" || token.lower == "to"))
      {
        break
      }
      end += 1
    }
    // a subject never opens with a preposition: "…, said in a statement: …" has its subject before the cue
    guard end > from,
      !(paragraph.tokens[from].isListedAsWritten(.preposition)
        && Lexicon.adjunctPrepositions.contains(paragraph.tokens[from].lower)),
      var phrase = SpeakerPhraseParser.parse(paragraph, from..<end, commonNouns: commonNouns)
    else { return nil }
    // a role, then the name: "said its chair, Margaret Hollis." (role "chair")
    if let named = SpeakerPhraseParser.nameAfterRole(paragraph, phrase, comma: end, limit: limit, closed: false) {
      return (named, named.tokens.upperBound)
    }
    // a body whose name has a comma in it, its role, then the name: "said University of Texas, El
    // Paso's provost, Ivan Orr." (role "El Paso's provost")
    if phrase.kind == .organisation, end + 3 < limit, paragraph.tokens[end].scalar == ",",
      let comma = ((end + 2)..<min(limit, end + 8)).first(where: { paragraph.tokens[$0].scalar == "," }),
      ((end + 1)..<comma).contains(where: { paragraph.tokens[$0].isPossessive }),
      let role = SpeakerPhraseParser.parse(paragraph, (end + 1)..<comma),
      let named = SpeakerPhraseParser.nameAfterRole(paragraph, role, comma: comma, limit: limit, closed: false)
    {
      return (named, named.tokens.upperBound)
    }
    // an age between commas before the role: "says Margaret Yee, 71, a retired nurse" (not before a
    // hometown: "said Vera Lang, 63, of East Cleveland")
    if phrase.kind == .person, end + 4 < limit, paragraph.tokens[end].scalar == ",",
      paragraph.tokens[end + 1].kind == .number, paragraph.tokens[end + 1].text.count <= 3,
      paragraph.tokens[end + 2].scalar == ",", paragraph.tokens[end + 3].classes.contains(.determiner)
    {
      end += 2
      phrase.tokens = from..<end
    }
    // appositive after a comma: role up to the next comma, "who", or the end
    // (not a time or a place of the saying: "said Yıldız, Tuesday during the closing session"; but a
    // role noun after a determiner: "said Brandt, a spokesman for the union")
    if end < limit, paragraph.tokens[end].scalar == ",", phrase.kind == .person, end + 1 < limit,
      paragraph.tokens[end + 1].quote == nil, !opensPredicate(paragraph.tokens[end + 1]),
      !["and", "but", "or"].contains(paragraph.tokens[end + 1].lower),
      !paragraph.tokens[end + 1].classes.contains(.month),
      paragraph.tokens[end + 1].kind != .number,
      // (nor a participle's clause: "said Tom Smith, adding that …", "said Ann Vey, speaking at a rally")
      !isParticipleAfterName(paragraph, end + 1)
    {
      var roleEnd = end + 1
      // (a relative clause is no role: "asked Melanie Roy, whose two sons play in the league")
      while roleEnd < limit && paragraph.tokens[roleEnd].scalar != ","
        && !relativePronouns.contains(paragraph.tokens[roleEnd].lower)
        && !(paragraph.tokens[roleEnd].scalar == "." && roleEnd == limit - 1)
      {
        roleEnd += 1
      }
      if roleEnd > end + 1,
        !paragraph.tokens[end + 1].classes.contains(.cueAdjunct)
          || (paragraph.tokens[end + 1].classes.contains(.determiner)
            && roleHeadIsTitle(paragraph, (end + 1)..<roleEnd))
      {
        phrase.role = paragraph.text(tokens: (end + 1)..<roleEnd)
        phrase.tokens = from..<roleEnd
        end = roleEnd
      }
    }
    return (phrase, end)
  }

  /// Whether the word at `index` is a participle in lower case, no title ("acting", "outgoing"): a clause of
  /// its own after a name, no role.
  static func isParticipleAfterName(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    let token = paragraph.tokens[index]
    guard token.kind == .word, !token.isCapitalized, token.lower.hasSuffix("ing"), token.lower.utf8.count > 4 else {
      return false
    }
    return paragraph.cues[index] != nil
      || !(Lexicon.officeTimeWords.contains(token.lower) || Lexicon.titles.contains(token.lower))
  }

  /// Whether a word opens a predicate: an auxiliary, a form of "be" or a verb in the past ("was final",
  /// "had failed", "warned"), as a sentence that a frame interrupts goes on: "The decision, said Jane
  /// Smith, was final."
  static func opensPredicate(_ token: Token) -> Bool {
    token.kind == .word && token.quote == nil && !token.isCapitalized
      && (Lexicon.auxiliariesAndBe.contains(token.lower) || (isPastTense(token) && !token.lower.contains("-")))
  }

  /// The words of an appositive after the comma at `comma`, from the determiner or possessive name that
  /// opens it (after an adverb: "formerly the head of the FDA,", "Keel's former spokesman,") to the
  /// comma that closes it within `length` words, with no quote or verb of saying among them and words after
  /// it. Nil when there is none.
  static func appositive(_ paragraph: ParagraphText, after comma: Int, _ limit: Int, within length: Int)
    -> Range<Int>?
  {
    var start = comma + 1
    if start + 1 < limit, paragraph.tokens[start].lower.hasSuffix("ly") { start += 1 }
    guard start < limit,
      paragraph.tokens[start].classes.contains(.determiner)
        || (paragraph.tokens[start].isPossessive && paragraph.tokens[start].isCapitalized),
      let end = (start..<min(limit, start + length)).first(where: { paragraph.tokens[$0].scalar == "," }),
      end + 2 < limit,
      !(start..<end).contains(where: { paragraph.tokens[$0].quote != nil || paragraph.cues[$0] != nil })
    else { return nil }
    return start..<end
  }

  /// The comma that ends a role after the comma at `comma`: an appositive of sixteen words at most with a
  /// title as its head noun, or one of twelve with no article ("president of the union", "union president").
  /// Nil when the words are no such role ("the plan, unveiled Monday,", "prices will rise,").
  static func appositiveRoleEnd(_ paragraph: ParagraphText, after comma: Int, _ limit: Int) -> Int? {
    if let words = appositive(paragraph, after: comma, limit, within: 16) {
      return roleHeadIsTitle(paragraph, (words.lowerBound + 1)..<words.upperBound) ? words.upperBound : nil
    }
    let start = comma + 1
    guard start < limit, paragraph.tokens[start].kind == .word,
      let end = (start..<min(limit, start + 12)).first(where: { paragraph.tokens[$0].scalar == "," }), end > start,
      end + 2 < limit,
      !(start..<end).contains(where: { paragraph.tokens[$0].quote != nil || paragraph.cues[$0] != nil }),
      roleHeadIsTitle(paragraph, start..<end)
    else { return nil }
    return end
  }

  /// Whether the head noun of the role in `range` is a title: `NameTyper.roleHead`'s rule read on the
  /// tokens' own word classes, where the tokens are at hand ("said Brandt, a spokesman for the union").
  static func roleHeadIsTitle(_ paragraph: ParagraphText, _ range: Range<Int>) -> Bool {
    var head: Int? = nil
    for index in range.prefix(6) {
      let token = paragraph.tokens[index]
      guard token.kind == .word, token.classes.isDisjoint(with: [.preposition, .clauseWord]) else { break }
      head = index
    }
    guard let head else { return false }
    let token = paragraph.tokens[head]
    if token.classes.contains(.title) { return true }
    for prefix in NameTyper.roleHeadPrefixes where token.lower.hasPrefix(prefix) {
      return Lexicon.titles.contains(String(token.lower.dropFirst(prefix.count)))
    }
    return false
  }

  /// Words that open a reported question: "asked whether …", "asked who …".
  static let questionWords: WordSet = [
    "whether", "if", "who", "whom", "what", "how", "why", "when", "where", "about",
  ]

  /// `(When) asked (by S) (ADJUNCT) whether|if|who … ,`: the question that was put, up to its comma, with
  /// the asker when the frame names one.
  static func askedQuestion(
    _ paragraph: ParagraphText, _ sentence: Range<Int>, _ contentStart: Int, _ sentenceIndex: Int
  ) -> Attribution? {
    // (every sentence is read: the first letter, read from the token, rules out most words before any
    // string is compared)
    var found: Int? = nil
    for index in contentStart..<sentence.upperBound
    where (paragraph.tokens[index].scalar == "a" || paragraph.tokens[index].scalar == "A")
      && paragraph.tokens[index].lower == "asked" && paragraph.tokens[index].quote == nil
      && (index == contentStart || ["when", "after", "once", "if"].contains(paragraph.tokens[index - 1].lower))
    {
      found = index
      break
    }
    guard let asked = found else { return nil }
    var questionStart = asked + 1
    var asker: SpeakerPhrase? = nil
    if questionStart < sentence.upperBound && paragraph.tokens[questionStart].lower == "by" {
      var end = questionStart + 1
      while end < sentence.upperBound && end < questionStart + 7 && paragraph.tokens[end].kind != .punct
        && !questionWords.contains(paragraph.tokens[end].lower) && !paragraph.tokens[end].classes.contains(.cueAdjunct)
      {
        end += 1
      }
      asker = SpeakerPhraseParser.parse(paragraph, (questionStart + 1)..<end, commonNouns: true)
      questionStart = end
    }
    while questionStart < sentence.upperBound && questionStart < asked + 12
      && !questionWords.contains(paragraph.tokens[questionStart].lower)
      && paragraph.tokens[questionStart].kind != .punct && paragraph.tokens[questionStart].quote == nil
    {
      questionStart += 1
    }
    guard questionStart < sentence.upperBound, questionWords.contains(paragraph.tokens[questionStart].lower) else {
      return nil
    }
    let stop =
      (questionStart..<sentence.upperBound).first(where: {
        paragraph.tokens[$0].scalar == "," && paragraph.tokens[$0].quote == nil
      }) ?? sentence.upperBound
    guard stop > questionStart + 2 else { return nil }
    return Attribution(
      paragraph: paragraph.index, start: paragraph.tokens[questionStart].start,
      end: contentEnd(paragraph, stop - 1, floor: questionStart), cue: "asked",
      lemma: "ask", category: .argument, speaker: asker, sentence: sentenceIndex)
  }

  /// Prepositions that take a verb's object after it ("hints at its plans", "spoke about the war"), not a time or
  /// a place it was said at.
  static let objectPrepositions: WordSet = ["at", "about", "of", "to", "for", "against", "with", "on"]

  /// `…, as S puts it, “QUOTE” …` and `“QUOTE,” as S put it.` inside a sentence: the quote beside the aside is the
  /// speaker's words ("That is because, as Tom Reyes puts it, “the cheapest road is …” and …"). Nil when no quote
  /// stands right before or right after it (`asClause` reads the aside that opens its sentence).
  static func asPutItBesideQuote(
    _ paragraph: ParagraphText, _ sentence: Range<Int>, _ contentStart: Int, _ sentenceIndex: Int
  ) -> Attribution? {
    // (asked of every sentence of a paragraph with quotes: its cues, few, first)
    guard !paragraph.quotes.isEmpty,
      (contentStart..<sentence.upperBound).contains(where: { paragraph.cues[$0]?.lemma == "put-it" })
    else { return nil }
    var index = contentStart + 1
    while index + 3 < sentence.upperBound {
      defer { index += 1 }
      let token = paragraph.tokens[index]
      guard token.lower == "as", token.quote == nil else { continue }
      // (a verb that says only words before the aside frames the sentence, the quote in it: "Ann Vey said the reform
      // was “a historic step,” as she put it")
      if (contentStart..<index).contains(where: { position in
        paragraph.tokens[position].quote == nil
          && paragraph.cues[position].map { CueLexicon.wordsOnly.contains($0.lemma) } ?? false
      }) {
        return nil
      }
      let before = paragraph.tokens[index - 1]
      guard (before.scalar == "," && before.quote == nil) || isClosingMark(paragraph, index - 1),
        let cue = ((index + 2)..<min(sentence.upperBound, index + 9)).lazy.compactMap({ paragraph.cues[$0] }).first,
        cue.lemma == "put-it", cue.end < sentence.upperBound,
        case let subjectEnd = skipModifiersLeft(paragraph, cue.first, floor: index + 1), subjectEnd > index + 1,
        let speaker = SpeakerPhraseParser.parse(paragraph, (index + 1)..<subjectEnd)
      else { continue }
      // the quote that ends right before the aside (its comma inside the marks or after them), or else the one
      // that opens right after it
      var quote: Int? = nil
      var after = false
      if isClosingMark(paragraph, index - 1) {
        quote = before.quote
      } else if index >= 2, isClosingMark(paragraph, index - 2) {
        quote = paragraph.tokens[index - 2].quote
      } else if cue.end + 1 < sentence.upperBound, [",", ":"].contains(paragraph.tokens[cue.end].scalar),
        let opened = paragraph.tokens[cue.end + 1].quote,
        paragraph.quotes[opened].start == paragraph.tokens[cue.end + 1].start
      {
        quote = opened
        after = true
      }
      guard let quote else { continue }
      return Attribution(
        paragraph: paragraph.index, start: paragraph.quotes[quote].start, end: paragraph.quotes[quote].end,
        cue: "as … " + cue.text, lemma: cue.lemma, category: cue.category, speaker: speaker, sentence: sentenceIndex,
        frameAfter: !after)
    }
    return nil
  }

  /// `As S noted, CONTENT` and `As explained by S, CONTENT`.
  static func asClause(_ paragraph: ParagraphText, _ sentence: Range<Int>, _ contentStart: Int, _ sentenceIndex: Int)
    -> Attribution?
  {
    guard paragraph.tokens[contentStart].lower == "as", contentStart + 3 < sentence.upperBound else { return nil }
    if let cue = CueFinder.cue(paragraph, at: contentStart + 1), contentStart + 2 < sentence.upperBound,
      paragraph.tokens[contentStart + 2].lower == "by"
    {
      // As explained by S, CONTENT — S may hold commas ("the professor …, historian Leon Falk,")
      var position = contentStart + 3
      var best: (SpeakerPhrase, Int)? = nil
      while position < sentence.upperBound {
        if paragraph.tokens[position].scalar == "," {
          if let run = SpeakerPhraseParser.nameRun(paragraph, endingAt: position, from: contentStart + 3),
            let speaker = SpeakerPhraseParser.parse(paragraph, run.lowerBound..<position), speaker.kind == .person,
            EntityRegistry.canonical(speaker.name).wordCount >= 2
          {
            var phrase = speaker
            let pre = paragraph.text(tokens: (contentStart + 3)..<run.lowerBound).trimmingCharacters(in: " ,")
            let titles = speaker.role.map { [$0] } ?? []
            phrase.role = ([pre] + titles).filter { !$0.isEmpty }.joined(separator: ", ")
            best = (phrase, position)
            break
          }
        }
        position += 1
      }
      if best == nil,
        let comma = (contentStart + 3..<sentence.upperBound).first(where: { paragraph.tokens[$0].scalar == "," }),
        let speaker = SpeakerPhraseParser.parse(paragraph, (contentStart + 3)..<comma)
      {
        best = (speaker, comma)
      }
      guard let (speaker, comma) = best, comma + 2 < sentence.upperBound else { return nil }
      return Attribution(
        paragraph: paragraph.index, start: paragraph.tokens[comma + 1].start,
        end: contentEnd(paragraph, sentence.upperBound - 1, floor: comma + 1),
        cue: "as " + cue.text + " by", lemma: cue.lemma, category: cue.category, speaker: speaker,
        sentence: sentenceIndex)
    }
    // As S V, CONTENT
    var index = contentStart + 2
    while index < sentence.upperBound && index < contentStart + 14 {
      if let cue = CueFinder.cue(paragraph, at: index) {
        let end = skipModifiersLeft(paragraph, cue.first, floor: contentStart + 1)
        guard let speaker = SpeakerPhraseParser.parse(paragraph, (contentStart + 1)..<end) else { return nil }
        var comma = cue.end
        while comma < sentence.upperBound && paragraph.tokens[comma].scalar != ","
          && paragraph.tokens[comma].scalar != ":"
        { comma += 1 }
        guard comma + 2 < sentence.upperBound else { return nil }
        // a verb with an object is an event, not a frame: "As Hale criticised Crane, the audience cheered"
        // ("As he noted on Monday,", "As he told reporters,", "As she put it," frame what follows)
        if comma > cue.end {
          let next = paragraph.tokens[cue.end]
          let adjunct =
            next.classes.contains(.preposition) || next.classes.contains(.objectWord) || next.lower == "it"
            || next.lower.hasSuffix("ly")
            || (next.isListedAsWritten(.cueAdjunct) && !Self.objectDeterminers.contains(next.lower))
          if next.kind == .word && !adjunct { return nil }
          // (nor the preposition that takes the verb's object: "As the council hints at its plans, …"; a time or
          // the channel or event it was said at is no object: "As he said at a news conference, …")
          if Self.objectPrepositions.contains(next.lower), cue.end + 1 < comma,
            !((cue.end + 1)..<comma).contains(where: {
              paragraph.tokens[$0].isTimeWord || channelNouns.contains(paragraph.tokens[$0].lower)
            }),
            !WorldKnowledge.shared.outlets.contains(nameKey(paragraph.text(tokens: (cue.end + 1)..<comma)))
          {
            return nil
          }
        }
        return Attribution(
          paragraph: paragraph.index, start: paragraph.tokens[comma + 1].start,
          end: contentEnd(paragraph, sentence.upperBound - 1, floor: comma + 1),
          cue: "as … " + cue.text, lemma: cue.lemma, category: cue.category, speaker: speaker, sentence: sentenceIndex)
      }
      index += 1
    }
    return nil
  }
}
