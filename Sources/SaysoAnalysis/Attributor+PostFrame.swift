/// The frame after its content: `CONTENT, S V …` and `CONTENT, V S …` ("…,” said Poast", "…, he said").
extension Attributor {
  /// The quote mark that opens a quote after a spaced dash, when the quote closes in the words just before the
  /// frame's verb at `verb` ("- “We cannot pay,” she said"); nil otherwise.
  static func quoteAfterDash(_ paragraph: ParagraphText, _ contentStart: Int, _ verb: Int) -> Int? {
    guard let close = (max(contentStart, verb - 8)..<verb).last(where: { isClosingMark(paragraph, $0) }),
      close > contentStart + 1, let quote = paragraph.tokens[close].quote,
      let open = (contentStart..<close).first(where: { paragraph.tokens[$0].quote == quote }), open > contentStart,
      isDashMark(paragraph, open - 1)
    else { return nil }
    // (a dash of one mark or two: "-", "—", "--")
    var dash = open - 1
    while dash > contentStart, isDashMark(paragraph, dash - 1),
      paragraph.tokens[dash - 1].end == paragraph.tokens[dash].start
    {
      dash -= 1
    }
    // (not the dash that closes an aside inside the quote: "“I don't think …” -- that … -- “is going to last,”
    // he says")
    guard dash > contentStart, paragraph.tokens[dash].start > paragraph.tokens[dash - 1].end,
      !(contentStart + 1..<dash).contains(where: {
        isDashMark(paragraph, $0) && paragraph.tokens[$0].start > paragraph.tokens[$0 - 1].end
          && isClosingMark(paragraph, $0 - 1)
      })
    else { return nil }
    return open
  }

  /// Whether the token at `index` is a dash outside quotes.
  static func isDashMark(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    let token = paragraph.tokens[index]
    return token.kind == .punct && isDash(token.scalar) && token.quote == nil
  }

  /// `CONTENT, S V …` and `CONTENT, V S …`, with the content before the frame.
  static func postFrame(_ paragraph: ParagraphText, _ sentence: Range<Int>, _ contentStart: Int, _ sentenceIndex: Int)
    -> Attribution?
  {
    var cuePosition = contentStart + 1
    while cuePosition < sentence.upperBound {
      defer { cuePosition += 1 }
      guard let cue = CueFinder.cue(paragraph, at: cuePosition) else { continue }
      // the content is the clause the frame follows: after a semicolon that joins a clause before it ("…; the
      // fuel, officials said, spilled")
      // (or after a spaced dash that opens the quote the frame follows, an aside in the sentence: "… was
      // reckless - “We cannot pay,” she said - and warned …")
      let contentStart =
        (contentStart..<cue.first).last(where: {
          paragraph.tokens[$0].scalar == ";" && paragraph.tokens[$0].quote == nil
        }).map { $0 + 1 } ?? quoteAfterDash(paragraph, contentStart, cue.first) ?? contentStart
      guard contentStart < cue.first else { continue }
      // a participle frames no content before it: "…, with managers saying this is for cost reasons"
      if paragraph.tokens[cue.first].lower.hasSuffix("ing"),
        !Lexicon.formsOfBe.contains(paragraph.tokens[cue.first - 1].lower)
      { continue }
      // a proposing verb frames a quote before it ("“Quiet,” he demanded"), not other words
      guard cue.category != .proposal
        || (max(contentStart, cue.first - 4)..<cue.first).contains(where: { isClosingMark(paragraph, $0) })
      else { continue }
      // Inverted: "…, said Poast" / "…,” said Poast"
      let before = cue.first - 1
      if before > contentStart, paragraph.tokens[before].scalar == "," || isClosingMark(paragraph, before),
        CueLexicon.invertible.contains(cue.lemma)
      {
        // a name that a quote follows is the start of the content, not a speaker: "…, said Ferris
        // “gave everything to this town”"; nor is the verb's object (a subject of any noun first: "…, said the
        // surveyors")
        if let (speaker, subjectEnd) = nounSubjectAfter(paragraph, cue, sentence.upperBound)
          ?? subjectAfter(paragraph, cue.end, sentence.upperBound),
          !opensQuote(paragraph, subjectEnd, sentence.upperBound),
          !isObjectOfInvertedVerb(paragraph, endingAt: subjectEnd, sentence.upperBound)
        {
          let lastContent = paragraph.tokens[before].scalar == "," ? before - 1 : before
          // the sentence goes on after the frame: "The decision, said Jane Smith, was final."
          // (or its main clause after a subordinate one: "Because dry soil absorbs less rain, says the
          // report, it floods more quickly.")
          if paragraph.tokens[before].scalar == ",", subjectEnd + 2 < sentence.upperBound,
            paragraph.tokens[subjectEnd].scalar == ",", lastContent >= contentStart,
            !paragraph.tokens[contentStart...lastContent].contains(where: { $0.quote != nil || $0.scalar == "," }),
            case let next = paragraph.tokens[subjectEnd + 1],
            (opensPredicate(next) && lastContent - contentStart < 8)
              || (subordinators.contains(paragraph.tokens[contentStart].lower) && lastContent - contentStart < 16
                && next.quote == nil && (subjectPronouns.contains(next.lower) || next.classes.contains(.determiner)))
          {
            let last = trimmedTail(paragraph, subjectEnd + 1, sentence.upperBound - 1)
            return Attribution(
              paragraph: paragraph.index, start: paragraph.tokens[contentStart].start,
              end: contentEnd(paragraph, last, floor: subjectEnd + 1), cue: cue.text,
              lemma: cue.lemma, category: cue.category, speaker: speaker, sentence: sentenceIndex, frameAfter: true)
          }
          guard lastContent >= contentStart, substantial(paragraph, contentStart, lastContent) else { continue }
          // a subject and its relative clause are no content: "The researchers, who followed many adults,
          // said the effect held across age groups" (the verb's subject is before it)
          let quoted = paragraph.tokens[contentStart...lastContent].contains(where: { $0.quote != nil })
          let relative = (contentStart..<lastContent).contains(where: { index in
            paragraph.tokens[index].scalar == "," && ["who", "which"].contains(paragraph.tokens[index + 1].lower)
          })
          if paragraph.tokens[before].scalar == ",", !quoted, relative { continue }
          // nor is a subject with its appositive: "Tate's former campaign manager, Neil Rudd, said
          // the aide who replaced him …" ("said" and the noun after it are no inverted frame)
          if paragraph.tokens[before].scalar == ",", isNameNoContent(paragraph, contentStart, lastContent) { continue }
          let first = trimmedHead(paragraph, contentStart, lastContent)
          // "“A,” wrote Moss on Twitter, “B.”": the quote after the frame belongs to the same content
          let end =
            isClosingMark(paragraph, before) || isClosingMark(paragraph, before - 1)
            ? quoteAfterFrame(paragraph, subjectEnd, sentence.upperBound) : nil
          return Attribution(
            paragraph: paragraph.index, start: paragraph.tokens[first].start,
            end: end ?? contentEnd(paragraph, lastContent, floor: first), cue: cue.text,
            lemma: cue.lemma, category: cue.category, speaker: speaker, sentence: sentenceIndex, frameAfter: true)
        }
      }
      // Subject before the cue, after a comma or a closing quote mark; a frame that follows a quote may
      // be followed by its second piece ("“A,” he said, “B.”")
      let followsQuote = (max(contentStart, cue.first - 8)..<cue.first).contains { isClosingMark(paragraph, $0) }
      // (or a condition with a clause of its own: "If Hale is elected, Vey said, “he will cut the budget.”")
      // (the opener first: the comma is looked for only after "if" or "unless")
      let followsCondition =
        !followsQuote && conditionOpeners.contains(paragraph.tokens[contentStart].lower)
        && (contentStart..<cue.first).last(where: { paragraph.tokens[$0].scalar == "," }).map {
          isConditionClause(paragraph, contentStart..<$0)
        } == true
      guard frameTailOK(paragraph, cue, sentence.upperBound, quoteMayFollow: followsQuote || followsCondition)
      else { continue }
      // a passive's subject is what was said or the one told, no speaker: "…, the presence of water was
      // confirmed in …", "…, the workers were told on Monday"
      if isPassive(paragraph, before: cue.first, floor: contentStart) { continue }
      let subjectEnd = skipModifiersLeft(paragraph, cue.first, floor: contentStart)
      var position = subjectEnd - 1
      var commas = 0
      while position > contentStart {
        let token = paragraph.tokens[position]
        if token.scalar == "," && token.quote == nil || isClosingMark(paragraph, position) {
          let region = (position + 1)..<subjectEnd
          // (a conjunction opens a clause of its own, no frame: "Ashby noted that …, and some speculated"; so
          // does a contrast: "most voters back Vey …, while a third of Tories say the same of Reed")
          if !region.isEmpty, !clauseCoordinators.contains(paragraph.tokens[region.lowerBound].lower),
            !contrastOpeners.contains(paragraph.tokens[region.lowerBound].lower),
            !(isReducedRelative(paragraph, region) && !describesSpeaker(paragraph, cue, sentence.upperBound)),
            let speaker = SpeakerPhraseParser.firmByPossessive(paragraph, region, verb: cue.first)
              ?? SpeakerPhraseParser.parse(paragraph, region, commonNouns: !CueLexicon.weak.contains(cue.lemma))
              // (after a quote, a name and two appositives too: "“…,” Karen Hale, the attorney general of
              // Kansas, one of the states appealing, said")
              ?? (isClosingMark(paragraph, position) && paragraph.tokens[subjectEnd - 1].scalar == ","
                ? nameBeforeAppositives(paragraph, comma: subjectEnd - 1, floor: position + 1) : nil),
            cue.category != .evidence || isEvidenceSource(speaker)
          {
            let lastContent = paragraph.tokens[position].scalar == "," ? position - 1 : position
            // "These drivers, Wynn explained earlier, were “fairly treated,”": the frame sits inside
            // (not a long frame after a phrase of place, time or manner: "In an interview with CNN’s Dana
            // Fell, Lowe replied to a question about a report, first published …, that …"; "In the end, he said, …"
            // is one)
            // (nor a phrase of time, which tells when: "Over two days, police said, the crowd grew")
            if let resume = frameResumes(paragraph, after: cue, sentence.upperBound),
              paragraph.tokens[position].scalar == ",",
              resume - cue.end <= 4
                && !(contentStart..<position).contains(where: { paragraph.tokens[$0].isTimeWord })
                || !opensAdverbial(paragraph, contentStart..<position)
            {
              // "In Denver, Oakes wrote to his supporters, “It’s time …”": a quote after the frame is
              // the content; the words before the frame are the writer's
              // (but a condition with a clause of its own is the speaker's: "If Hale is elected, Vey said, “he
              // will cut the budget.”")
              let opensQuote =
                paragraph.tokens[resume].quote.map {
                  paragraph.quotes[$0].start == paragraph.tokens[resume].start
                    && !paragraph.tokens[contentStart..<position].contains { $0.quote != nil }
                } ?? false
                && !isConditionClause(paragraph, contentStart..<position)
              // (ending as a quote after any cue does: "…,” and posted a link to her blog")
              let last =
                opensQuote ? trimmedTail(paragraph, resume, sentence.upperBound - 1) : sentence.upperBound - 1
              // (an adverb that opens the sentence is the writer's link, no piece of the words: "Indeed, he said,
              // …", "In between, she testified, …")
              let afterOpener =
                opensQuote
                || (opensWithLinkOnly(paragraph, contentStart..<position)
                  // (not one that is the subject of the words after: "Now, he said, is the time to act")
                  && !Lexicon.auxiliariesAndBe.contains(paragraph.tokens[resume].lower))
              return Attribution(
                paragraph: paragraph.index, start: paragraph.tokens[afterOpener ? resume : contentStart].start,
                end: contentEnd(paragraph, last, floor: resume),
                cue: cue.text, lemma: cue.lemma, category: cue.category, speaker: speaker, sentence: sentenceIndex,
                frameAfter: true)
            }
            guard substantial(paragraph, contentStart, lastContent) else { break }
            // a name cut by a comma is no content: "Rita Moss of the University of Wisconsin, Madison
            // disagreed"
            if isNameNoContent(paragraph, contentStart, lastContent) { break }
            // a phrase of place, time or manner before the frame is no content: "In an interview with
            // CNN, Senator Ann Vey said the bill would pass", "Speaking on Morning Joe, …"
            if opensAdverbial(paragraph, contentStart..<(lastContent + 1)) { break }
            let first = trimmedHead(paragraph, contentStart, lastContent)
            var end = contentEnd(paragraph, lastContent, floor: first)
            // "“A,” he said, “B.”": the quote after the frame belongs to the same content
            if let after = quoteAfterFrame(paragraph, cue.end, sentence.upperBound) { end = after }
            return Attribution(
              paragraph: paragraph.index, start: paragraph.tokens[first].start, end: end, cue: cue.text,
              lemma: cue.lemma,
              category: cue.category, speaker: speaker, sentence: sentenceIndex, frameAfter: true)
          }
          // (the commas of a list in an appositive are not counted: "…,” Anne Rich, assistant secretary for
          // population, refugees, and migration, said")
          if !isListComma(paragraph, position, subjectEnd) { commas += 1 }
          // (a fourth comma back to the quote the frame follows: a name and two appositives)
          if isClosingMark(paragraph, position)
            || commas >= 3 && !(commas == 3 && (contentStart..<position).contains { isClosingMark(paragraph, $0) })
          { break }
        }
        if token.quote != nil && !isClosingMark(paragraph, position) { break }
        position -= 1
      }
    }
    return nil
  }

  /// Words that hedge what is said, which the speaker says with it: "Perhaps, she said, …".
  static let hedges: WordSet = ["perhaps", "maybe", "possibly", "probably"]

  /// Whether `range` (the words before a frame inside the sentence) is only words that link the sentence to the one
  /// before: "Indeed", "In between", "But then", "Even so" (no subject, which is a piece of the words: "The bridge").
  static func opensWithLinkOnly(_ paragraph: ParagraphText, _ range: Range<Int>) -> Bool {
    let words = range.filter { paragraph.tokens[$0].kind != .punct }
    return !words.isEmpty && words.count <= 3
      && words.allSatisfy { index in
        let token = paragraph.tokens[index]
        // (a hedge is the speaker's: "Perhaps, she said, …")
        return token.quote == nil && !hedges.contains(token.lower)
          && (token.classes.contains(.sentenceOpener) || introWords.contains(token.lower)
            || (token.isListedAsWritten(.preposition) && index > range.lowerBound)
            || token.lower == "even" || token.lower == "so")
      }
  }

  /// Whether `range` is a clause of condition with a subject of its own: "If Hale is elected", "Unless the
  /// council pays" (not "If asked", "If necessary").
  static func isConditionClause(_ paragraph: ParagraphText, _ range: Range<Int>) -> Bool {
    guard range.count >= 3, conditionOpeners.contains(paragraph.tokens[range.lowerBound].lower) else { return false }
    let subject = paragraph.tokens[range.lowerBound + 1]
    guard subject.quote == nil, subject.kind == .word, !subject.isListedAsWritten(.preposition),
      !subject.lower.hasSuffix("ing"), !subject.lower.hasSuffix("ed")
    else { return false }
    // (a verb after the subject: a form of "be", an auxiliary, or a word in the present or the past; the last word
    // in "-s" too: "If Dunn wins", "If the mill closes")
    return range.dropFirst(2).contains { index in
      let token = paragraph.tokens[index]
      return Lexicon.formsOfBe.contains(token.lower) || Lexicon.auxiliaries.contains(token.lower)
        || (token.kind == .word && !token.isCapitalized
          && (looksLikeVerb(token, after: paragraph.tokens[index - 1])
            || (index == range.upperBound - 1 && token.lower.hasSuffix("s") && !token.lower.hasSuffix("ss"))))
    }
  }

  /// Adverbs of time that may stand between a verb and a phrase before its content.
  static let timeAdverbs: WordSet = ["earlier", "later", "again", "previously", "recently", "repeatedly", "today"]

  /// Question words after a verb that open its own content, not a frame's tail ("when" may tell when the words
  /// before were said: "…,” she said when asked").
  static let ownContentOpeners: WordSet = ["whether", "how", "what", "who", "whom", "why"]

  /// Words that open a clause of condition (not of concession, which is most often the writer's background:
  /// "Although the agency tracks no figures, Vey said, “…”").
  static let conditionOpeners: WordSet = ["if", "unless"]

  /// Whether the words `first...last` before a frame are a name (a person's or an organisation's, with an
  /// appositive or cut by a comma), no content: "Rita Moss of the University of Wisconsin, Madison
  /// disagreed", "Tate's former campaign manager, Neil Rudd, said …", "Omar Reyes, a
  /// spokesman for the Crane campaign, said …" (read with the comma that closes its appositive), after a
  /// time or a phrase that opens the sentence.
  static func isNameNoContent(_ paragraph: ParagraphText, _ first: Int, _ last: Int) -> Bool {
    guard last - first < 18, !paragraph.tokens[first...last].contains(where: { $0.quote != nil }) else { return false }
    // (a predicate after the appositive's comma makes a clause of it: "Smith, the mayor, has resigned, the council
    // said")
    let predicateAfterComma = (first..<last).contains(where: {
      paragraph.tokens[$0].scalar == "," && opensPredicate(paragraph.tokens[$0 + 1])
    })
    if predicateAfterComma { return false }
    // after a time or a phrase that opens the sentence: "Yesterday, Aerolux, the Belgian airline,
    // announced the death of …"
    let opener =
      first + 2 <= last && paragraph.tokens[first].classes.contains(.sentenceOpener)
        && paragraph.tokens[first + 1].scalar == "," ? first + 2 : nil
    if let after = opener ?? ProposalDetector.afterFrontedTime(paragraph, first, limit: last + 1)
      ?? afterFrontedPhrase(paragraph, first, limit: last + 1), after <= last, isNameNoContent(paragraph, after, last)
    {
      return true
    }
    if let named = SpeakerPhraseParser.parse(paragraph, first..<(last + 1)),
      named.kind == .person || named.kind == .organisation
    {
      return true
    }
    guard last + 1 < paragraph.tokens.count, paragraph.tokens[last + 1].scalar == ",",
      paragraph.tokens[first...last].contains(where: { $0.scalar == "," }),
      let named = SpeakerPhraseParser.parse(paragraph, first..<(last + 2))
    else { return false }
    return named.kind == .person || named.kind == .organisation
  }

  /// The end offset of a quote that follows a frame in the same sentence: "…,” he said, “B.”"
  /// The frame may name a channel or an addressee before it: "…,” wrote Moss on Twitter, “and …”", "…,”
  /// he told Wired, “suggesting …”".
  static func quoteAfterFrame(_ paragraph: ParagraphText, _ from: Int, _ to: Int) -> Int? {
    var index = from
    var named = false
    while index < to && index < from + 8 {
      let token = paragraph.tokens[index]
      if opensQuote(paragraph, index, to) {
        // (a work's quoted name is the addressee's, not more words: "told CBS’s “Sunrise” on Friday")
        if isNamedWork(paragraph, index) { return nil }
        return contentEnd(paragraph, to - 1, floor: index)
      }
      // a name after the verb or after a preposition of the frame, once
      let isName = token.kind == .word && token.isCapitalized && token.quote == nil
        && (index == from || paragraph.tokens[index - 1].isCapitalized
          || paragraph.tokens[index - 1].classes.contains(.cueAdjunct))
      if isName && named && !paragraph.tokens[index - 1].isCapitalized { return nil }
      named = named || isName
      guard token.scalar == "," || token.scalar == ":" || token.classes.contains(.cueAdjunct) || isName else {
        return nil
      }
      index += 1
    }
    return nil
  }

  /// Whether `region`, before a verb, is a thing and the one who says something of it, with no "that":
  /// "…, a process Quill described as …", "a move Smith called …" (the thing is no role of the name, as
  /// "a spokesman" or "the coach" would be).
  static func isReducedRelative(_ paragraph: ParagraphText, _ region: Range<Int>) -> Bool {
    guard region.count >= 3, region.count <= 6, ["a", "an"].contains(paragraph.tokens[region.lowerBound].lower),
      let name = region.dropFirst().first(where: { paragraph.tokens[$0].isCapitalized }),
      name > region.lowerBound + 1, name + 3 >= region.upperBound,
      (name..<region.upperBound).allSatisfy({ SpeakerPhraseParser.isNameToken(paragraph, $0) })
    else { return false }
    return ((region.lowerBound + 1)..<name).allSatisfy { index in
      let token = paragraph.tokens[index]
      return token.kind == .word && token.quote == nil && (!token.lower.hasSuffix("s") || token.lower.hasSuffix("ss"))
        && token.classes.isDisjoint(with: [.title, .roleNoun, .organisationWord, .preposition, .clauseWord])
    }
  }

  /// Whether the frame's cue says nothing of a thing, with no predicate after it: "an angry Vey said".
  static func describesSpeaker(_ paragraph: ParagraphText, _ cue: Cue, _ limit: Int) -> Bool {
    // (a verb that takes no thing as its object, `CueLexicon.wordsOnly`, so that "a" and a word before the name
    // that says it describe the one who speaks: "“…,” a visibly moved Ann Vey told reporters"; not a reduced
    // relative, "a plan Vey said would fail")
    CueLexicon.wordsOnly.contains(cue.lemma) && (cue.end >= limit || !opensPredicate(paragraph.tokens[cue.end]))
  }

  /// Whether the comma at `comma` joins the items of a list that goes on with "and" or "or" before `limit`:
  /// "population, refugees, and migration" (both of its commas).
  static func isListComma(_ paragraph: ParagraphText, _ comma: Int, _ limit: Int) -> Bool {
    var index = comma
    while index + 1 < limit && index <= comma + 4 {
      if paragraph.tokens[index].scalar == "," && paragraph.tokens[index].quote == nil {
        // (compared one by one: an array literal is a heap allocation at each call, and this asks at each comma)
        if paragraph.tokens[index + 1].lower == "and" || paragraph.tokens[index + 1].lower == "or" { return true }
        if index > comma { return false }
      }
      index += 1
    }
    return false
  }

  /// When a frame stands inside its sentence ("X, S V on Monday, Y"), the token where the content resumes.
  static func frameResumes(_ paragraph: ParagraphText, after cue: Cue, _ limit: Int) -> Int? {
    var index = cue.end
    while index < limit && index < cue.end + 8 && paragraph.tokens[index].quote == nil
      && paragraph.tokens[index].scalar != ","
      && !["that", "which", "who", "whether", "if"].contains(paragraph.tokens[index].lower)
      && paragraph.cues[index] == nil
    {
      index += 1
    }
    guard index < limit, paragraph.tokens[index].scalar == ",", index + 3 < limit else { return nil }
    let resume = index + 1
    // the rest must be a predicate, not a new clause opened by a participle or a conjunction
    let first = paragraph.tokens[resume]
    // (nor a clause of the writer's: "…, Vey said on Tuesday, as she set out new forecasts"; but a second
    // predicate of what was said goes on with it: "The fire started in a kitchen, the chief said, and was spread by
    // the wind")
    if first.lower == "and" || first.lower == "but", resume + 2 < limit, case let verb = paragraph.tokens[resume + 1],
      verb.quote == nil, paragraph.cues[resume + 1] == nil, Lexicon.auxiliariesAndBe.contains(verb.lower)
    {
      return resume
    }
    if first.lower.hasSuffix("ing") || ["and", "but", "adding", "who", "which", "as"].contains(first.lower) {
      return nil
    }
    return resume
  }

  /// Whether `range` is one phrase of place, time or manner that opens a sentence, with no quote and no
  /// comma in it: it starts with a preposition or a participle ("In an interview with CNN", "Speaking to
  /// reporters"; not "In order to ensure …, Chile and Peru have to agree …").
  static func opensAdverbial(_ paragraph: ParagraphText, _ range: Range<Int>) -> Bool {
    guard let first = range.first,
      !paragraph.tokens[range].contains(where: { $0.quote != nil || ($0.kind == .punct && $0.scalar == ",") })
    else { return false }
    let word = paragraph.tokens[first].lower
    // a participle opens a phrase, not a clause with its own verb: "Shifting monsoon patterns could affect …"
    let participle =
      word.hasSuffix("ing") && word.count > 5
      && !paragraph.tokens[range].contains(where: { Lexicon.auxiliariesAndBe.contains($0.lower) })
    // a short clause of time or cause: "As the hearing went on, Cobb tweeted about …"
    let subordinate = (subordinators.contains(word) || word == "as") && range.count <= 16
    // (a preposition before a count is an approximator, a subject's: "About 300 people were arrested, …"; not
    // before a count of time: "Over two days, …")
    let count =
      first + 2 < range.upperBound && SpeakerPhraseParser.approximators.contains(word)
      && (paragraph.tokens[first + 1].kind == .number
        || SpeakerPhraseParser.numberWords.contains(paragraph.tokens[first + 1].lower))
      && !paragraph.tokens[first + 2].isTimeWord
    return !count && (Lexicon.adjunctPrepositions.contains(word) || Lexicon.leadInPrepositions.contains(word))
      || participle
      || subordinate
      // a time: "Earlier this week on Tuesday on the state radio, President Marsh said …"
      || (Lexicon.timeOpeners.contains(word) && range.count > 1 && range.count <= 12
        && ((first + 1)..<min(range.upperBound, first + 3)).contains(where: { paragraph.tokens[$0].isTimeWord }))
  }

  /// Whether what follows a cue can close a frame that stands after its content: nothing, a comma,
  /// an addressee, or a short adjunct ("in a statement", "on Monday") — not a clause of its own.
  static func frameTailOK(_ paragraph: ParagraphText, _ cue: Cue, _ limit: Int, quoteMayFollow: Bool = false) -> Bool {
    var index = cue.end
    // (the one told with a participle or a relative clause of their own: "told those waiting to see")
    if cue.lemma == "tell" && isModifiedAudience(paragraph, index, limit) { return true }
    // (the one told: "told him", "told Reuters", "told analysts on a call", "told a news conference in
    // Ottawa", "told her audience")
    if index < limit && cue.lemma == "tell", let audience = audienceNoun(paragraph, after: index, limit: limit) {
      index = audience + 1
    } else if index < limit && cue.lemma == "tell" && isBarePlural(paragraph.tokens[index])
      && paragraph.cues[index] == nil
    {
      index += 1
    } else if index < limit && cue.lemma == "tell", let audience = bareAudience(paragraph, index, limit) {
      // ("told state media", "told local television")
      index = audience + 1
    } else if index < limit && cue.lemma == "tell"
      && (paragraph.tokens[index].classes.contains(.objectWord) || paragraph.tokens[index].isCapitalized)
    {
      while index < limit
        && (SpeakerPhraseParser.isNameToken(paragraph, index) || paragraph.tokens[index].classes.contains(.objectWord))
      { index += 1 }
    }
    // (with the programme's quoted name: "told the radio show “Open Line” after the match")
    if index > cue.end && index < limit && isQuotedTitle(paragraph, index), let quote = paragraph.tokens[index].quote {
      index = paragraph.firstToken(startingAtOrAfter: paragraph.quotes[quote].end)
    }
    if index >= limit { return true }
    // the one told, a time, then what was told: "told supporters Wednesday that …"
    if index > cue.end {
      var that = index
      while that < limit && that < index + 3 && paragraph.tokens[that].isTimeWord { that += 1 }
      if that < limit && paragraph.tokens[that].lower == "that" { return false }
    }
    let token = paragraph.tokens[index]
    if token.kind == .punct {
      if token.scalar == "," || token.scalar == ":", opensQuote(paragraph, index + 1, limit) {
        return quoteMayFollow && token.scalar == ","
      }
      return token.scalar != ":" && (token.quote == nil || isClosingMark(paragraph, index))
    }
    // what one commits to is after the verb: "…, the editors committed to giving him a column"
    if committingLemmas.contains(cue.lemma) && token.lower == "to" { return false }
    // the verb's own content follows a phrase: "… confirmed with the firm that the two were separate"
    if token.lower == "that" || thatAfterPrepositionalPhrase(paragraph, index, limit) != nil { return false }
    // (after an adverb of time first: "…, Morrow said earlier on Monday during a briefing that …")
    if timeAdverbs.contains(token.lower), index + 1 < limit,
      paragraph.tokens[index + 1].lower == "that" || thatAfterPrepositionalPhrase(paragraph, index + 1, limit) != nil
    {
      return false
    }
    // or a question word: "And when he asked for a lawyer, I didn't know who to call" frames nothing before it
    // (right after the verb: "told reporters who had gathered" names the ones told)
    if index == cue.end, ownContentOpeners.contains(token.lower) { return false }
    if token.classes.contains(.frameStop) || token.classes.contains(.month) || token.kind == .number { return true }
    // (after an adverb of manner too: "…,” Reyes said happily as results came in.")
    if Attributor.isMannerAdverb(paragraph, index, floor: cue.end), index + 1 < limit,
      case let next = paragraph.tokens[index + 1], next.quote == nil, next.lower != "that",
      next.classes.contains(.frameStop) || Lexicon.framePrepositions.contains(next.lower)
    {
      return true
    }
    // a place, a time or a circumstance after the verb: "…,” she exclaimed upon seeing him", "… he said
    // outside the court" (not "to", "of", "about", which may open what was said)
    if Lexicon.framePrepositions.contains(token.lower) { return true }
    // whom it was said of, or where or how, and the frame ends: "…,” Paul Dorsey said of Lowe. “…”", "… said
    // of Mrs. Tate's plan.", "… said by telephone.", "… told Sam Quinn of CNN this week." (a cue
    // or "that" after it opens what was said)
    if opensPhraseOfSaying(paragraph, cue, at: index) {
      var end = index + 1
      while end < limit && end < index + 9 && paragraph.tokens[end].kind != .punct
        && paragraph.tokens[end].quote == nil && paragraph.cues[end] == nil
        && !["that", "whether", "if", "who", "which"].contains(paragraph.tokens[end].lower)
      { end += 1 }
      if end > index + 1, end >= limit || paragraph.tokens[end].kind == .punct && paragraph.tokens[end].quote == nil {
        return true
      }
    }
    // an adverb of manner that ends the frame: "…,” Nash said sarcastically."
    if Attributor.isMannerAdverb(paragraph, index, floor: cue.end),
      index + 1 >= limit || paragraph.tokens[index + 1].kind == .punct && paragraph.tokens[index + 1].quote == nil
    {
      return true
    }
    // after a quote, a phrase with no clause of its own to the sentence's end: "…,” Beck said onstage Friday
    // night.", "…,” he said shortly after midnight on CNN." (a show's title may be quoted in it: "on NBC's
    // “Meet the Press.”")
    if quoteMayFollow, isPhraseToTheEnd(paragraph, from: index, limit) { return true }
    guard token.classes.contains(.cueAdjunct) else { return false }
    // a verb that frames only words before it takes an object after it, no time: "… went on a spending spree"
    if CueLexicon.onlyAfterContent.contains(cue.lemma) && token.classes.contains(.determiner) { return false }
    // "said the next day" is a frame; "said the recent wave of burglaries demands …" is not
    // (nor "said the government must act": an auxiliary makes the words a clause)
    var end = index
    while end < limit && paragraph.tokens[end].scalar != "," && paragraph.tokens[end].scalar != "." { end += 1 }
    guard end - index <= 4 else { return !token.classes.contains(.determiner) }
    return !(index..<end).contains(where: { Lexicon.auxiliariesAndBe.contains(paragraph.tokens[$0].lower) })
  }

  /// Whether the words from `start` to `limit` (and a full stop) are a phrase of up to twelve words with no
  /// clause: no "that", "whether", verb of saying, auxiliary, subject pronoun or past tense, and any quote
  /// in it a title.
  static func isPhraseToTheEnd(_ paragraph: ParagraphText, from start: Int, _ limit: Int) -> Bool {
    guard limit - start <= 20 else { return false }
    var words = 0
    var titleChecked: Int?  // the quote whose words were read as a title (each once)
    for index in start..<limit {
      let token = paragraph.tokens[index]
      if let quote = token.quote {
        guard quote != titleChecked else { continue }
        let span = paragraph.quotes[quote]
        guard TitleCase.isTitleCase(paragraph.text(span.innerStart, span.innerEnd)) else { return false }
        titleChecked = quote
        continue
      }
      if token.kind == .punct {
        if token.scalar == "," || token.scalar == ";" || token.scalar == ":" { return false }
        continue
      }
      // ("being" with its participle describes a noun: "a town meeting being held in a school")
      if paragraph.cues[index] != nil || ["that", "whether", "if"].contains(token.lower)
        || (Lexicon.auxiliariesAndBe.contains(token.lower) && token.lower != "being")
        || subjectPronouns.contains(token.lower) || isPastTense(token)
      {
        return false
      }
      words += 1
    }
    return words <= 12
  }

  /// Whether the phrase after an inverted verb, before token `end`, is the verb's object, not a speaker: "as" and a
  /// noun phrase follow it ("…, announced Dana Moss as his deputy"; not "…, said Hale as he wrapped up"), or
  /// "to be" does ("…, declared river levels across the region to be the worst on record").
  static func isObjectOfInvertedVerb(_ paragraph: ParagraphText, endingAt end: Int, _ limit: Int) -> Bool {
    guard end + 1 < limit else { return false }
    let next = paragraph.tokens[end + 1]
    switch paragraph.tokens[end].lower {
    case "as": return next.classes.contains(.determiner) || CueFinder.possessivePronouns.contains(next.lower)
    case "to": return next.lower == "be"
    default: return false
    }
  }
}
