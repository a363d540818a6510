/// Finds reported speech in a paragraph with position templates on each sentence:
/// `Q, V S` · `Q, S V` · `S V (that) Q` · `according to S, Q` · `Q, according to S` · `As S V, Q`.
enum Attributor {
  static let objectWords: Set<String> = [
    "him", "her", "them", "us", "me", "you", "reporters", "journalists", "lawmakers", "supporters",
    "listeners", "viewers", "readers", "senators", "congress", "parliament", "voters", "students",
    "members", "delegates", "attendees", "investors", "officials", "colleagues", "police", "people", "staff",
  ]
  static let frameStops: Set<String> = [
    "in", "on", "at", "during", "who", "adding", "referring", "according", "as", "after", "before", "when",
    "while", "which", "to", "and", "but", "because", "since", "though", "although", "noting", "saying",
    "citing", "told", "said", "says", "explaining", "calling", "arguing", "pointing", "describing",
    "without", "with", "from", "via", "than", "that", "last", "this", "earlier", "later", "yesterday",
    "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "about",
  ]

  /// All attributions of one paragraph.
  static func attributions(in paragraph: ParagraphText) -> [Attribution] {
    var out: [Attribution] = []
    // (a headline's label ends with its line; a subheading may follow in the same paragraph)
    if let transcript = speakerLine(paragraph) {
      guard paragraph.role == .title else { return [transcript] }
      out.append(transcript)
    }
    for (sentenceIndex, sentence) in paragraph.sentences.enumerated()
    where out.first.map({ paragraph.tokens[sentence.lowerBound].start >= $0.end }) ?? true {
      let contentStart = Self.contentStart(paragraph, sentence)
      guard contentStart < sentence.upperBound, !opensWithLinkLabel(paragraph, sentence) else { continue }
      // "Asked whether he would run, Lund …": the question stands beside the sentence's own frame
      if let question = askedQuestion(paragraph, sentence, contentStart, sentenceIndex) { out.append(question) }
      if let attribution = relativeAnswer(paragraph, sentence, contentStart, sentenceIndex)
        ?? accordingTo(paragraph, sentence, contentStart, sentenceIndex)
        ?? inTheirView(paragraph, sentence, contentStart, sentenceIndex)
        ?? asClause(paragraph, sentence, contentStart, sentenceIndex)
        ?? asPutItBesideQuote(paragraph, sentence, contentStart, sentenceIndex)
        ?? postFrame(paragraph, sentence, contentStart, sentenceIndex)
        ?? passiveReport(paragraph, sentence, contentStart, sentenceIndex)
        ?? preFrame(paragraph, sentence, contentStart, sentenceIndex)
        ?? hearsayClause(paragraph, sentence, contentStart, sentenceIndex)
      {
        var attribution = withSubjectBeforeFrame(
          paragraph, narrowedToQuoteOfSaying(paragraph, attribution, sentence), contentStart)
        // "Police said Ann Vey fled; she drove north, according to witnesses": a clause before a semicolon with a
        // frame of its own is that frame's, and the source tells the clause after it
        if attribution.lemma == "according-to", let according = according(paragraph, from: contentStart, sentence),
          let clause = clauseAfterSemicolon(paragraph, contentStart, before: according), clause - 1 > contentStart + 2,
          case let before = sentence.lowerBound..<clause,
          let earlier = postFrame(paragraph, before, contentStart, sentenceIndex)
            ?? preFrame(paragraph, before, contentStart, sentenceIndex),
          let narrowed = clause == according ? attribution : accordingTo(paragraph, sentence, clause, sentenceIndex),
          earlier.end <= narrowed.start
        {
          out.append(earlier)
          attribution = narrowed
        }
        // "Vey claims Reed took gifts, which Reed denied": the answered clause's own frame stands, and the answer is
        // about what that frame reported
        if let earlier = frameBeforeAnswer(paragraph, attribution, sentence, contentStart, sentenceIndex) {
          out.append(earlier)
          attribution.start = earlier.start
        }
        // "Reed asserted that the port had lost its soul: “It is dead,” he claimed": the frame after the quote
        // takes only the quote, and the words before the colon have a frame of their own
        if attribution.frameAfter, let speaker = attribution.speaker,
          paragraph.tokens[speaker.tokens.lowerBound].start >= attribution.end,
          case let first = paragraph.firstToken(startingAtOrAfter: attribution.start),
          first > contentStart + 3, paragraph.tokens[first - 1].scalar == ":", paragraph.tokens[first - 1].quote == nil,
          let earlier = preFrame(paragraph, sentence, contentStart, sentenceIndex), earlier.end <= attribution.start,
          // (a clause, not a noun phrase, which is the writer's lead-in: "Hill stressed the need for patience: “…,”
          // she said"; with "that", a pronoun, or a name and its verb: "Vey said Lund was hurt by it: “…,” she said")
          case let openerIndex = paragraph.firstToken(startingAtOrAfter: earlier.start),
          case let opener = paragraph.tokens[openerIndex],
          opener.lower == "that" || subjectPronouns.contains(opener.lower)
            || (opener.isCapitalized && nameAndVerbOpen(paragraph, at: openerIndex, limit: first - 1))
        {
          out.append(earlier)
        }
        out.append(attribution)
        if let inner = frameInsideAccount(paragraph, attribution, sentence) { out.append(inner) }
        var last = attribution
        if !attribution.inRelativeClause, let second = coordinated(paragraph, after: attribution, sentence) {
          out.append(second)
          last = second
        }
        // the main clause's verb after a relative clause that reports: "Lowe, who said she votes Republican,
        // said one candidate she likes is Pruitt"
        if last.inRelativeClause, let resume = resumePoint(paragraph, after: last, sentence),
          let main = preFrame(paragraph, sentence, contentStart, sentenceIndex, cuesFrom: resume),
          main.start >= last.end
        {
          out.append(main)
          last = main
        }
        // "…, but she said she knew nothing of it": a sentence may report more than once, after the content
        // and the frame of the report before
        while let resume = resumePoint(paragraph, after: last, sentence), resume + 3 < sentence.upperBound,
          let next = preFrame(paragraph, sentence, resume, sentenceIndex), next.start >= last.end
        {
          out.append(next)
          last = next
        }
        // "The bridge is safe, according to the mayor; it is not, according to the engineer": each clause after a
        // semicolon may have a source of its own
        while last.lemma == "according-to", paragraph.hasAccording,
          let semicolon = (paragraph.firstToken(startingAtOrAfter: last.end)..<sentence.upperBound).first(where: {
            paragraph.tokens[$0].scalar == ";" && paragraph.tokens[$0].quote == nil
          }),
          semicolon + 3 < sentence.upperBound,
          let next = accordingTo(paragraph, sentence, semicolon + 1, sentenceIndex), next.start >= last.end
        {
          out.append(next)
          last = next
        }
      }
    }
    // an interviewer's question puts words to the one asked, who has not said them: "You said the plan was
    // dead?", "When confirming the planet was there, what did you feel?"
    // (asked first: nearly every paragraph has none to remove, and a removal writes to the array)
    if out.contains(where: { isReportInAQuestionToTheReader(paragraph, $0) }) {
      out.removeAll { isReportInAQuestionToTheReader(paragraph, $0) }
    }
    // what the interviewer thinks or says in a turn of the interview is the lead-in to a question, no claim of the
    // news: "((WN)) I just feel the panel was unfair to you. Was it?", "((WN)) You know the rule I mean …"
    if !out.isEmpty, opensWithSpeakerLabel(paragraph), bracketedLabel(paragraph) == nil {
      out.removeAll { isInterviewersLeadIn(paragraph, $0) }
    }
    return out
  }

  /// Whether an attribution in an interviewer's turn is the interviewer's own: said or thought by "I" or "we", what
  /// "you" know or think, or supposed ("Let's say a guest sends back a dish …", "Imagine a supplier tells you …").
  static func isInterviewersLeadIn(_ paragraph: ParagraphText, _ attribution: Attribution) -> Bool {
    if let opener = supposition(paragraph, attribution.sentence),
      opener.count >= 2
        ? paragraph.firstToken(startingAtOrAfter: attribution.start) == opener.upperBound
        : attribution.speaker.map({ phrase in
          // (the phrase may hold the opener: "Suppose the council" before "says")
          (0...1).contains(phrase.tokens.lowerBound - opener.upperBound)
            || (phrase.tokens.lowerBound == opener.lowerBound
              && paragraph.tokens[opener.upperBound].classes.contains(.determiner))
        }) == true
    {
      return true
    }
    guard let speaker = attribution.speaker, speaker.kind == .pronoun else { return false }
    let pronoun = speaker.text.lowercasedQuickly()
    return pronoun == "i" || pronoun == "we" || (pronoun == "you" && attribution.category == .belief)
  }

  /// The imperatives that open a supposition: "Imagine a guest tells you …", "Suppose the city says …".
  static let suppositionOpeners: WordSet = ["imagine", "suppose", "say"]

  /// The words that open the sentence `sentence` as a supposition, after marks and a speaker's label in brackets,
  /// outside quotes: "Let's say" (two tokens; "Let us say", three), or an imperative of supposing before a noun
  /// phrase ("Imagine", "Suppose", "Say" before "a supplier tells you …"); nil if it opens otherwise. Its supposed
  /// speaker's phrase starts right after it; the words of "Let's say" right after it.
  static func supposition(_ paragraph: ParagraphText, _ sentence: Int) -> Range<Int>? {
    guard sentence < paragraph.sentences.count else { return nil }
    let tokens = paragraph.tokens
    let range = paragraph.sentences[sentence]
    var first = range.lowerBound
    var depth = 0
    while first < range.upperBound, tokens[first].kind == .punct || depth > 0 {
      if tokens[first].scalar == "(" { depth += 1 } else if tokens[first].scalar == ")" { depth = max(0, depth - 1) }
      first += 1
    }
    guard first + 2 < range.upperBound, tokens[first].quote == nil else { return nil }
    let opener = tokens[first].lower
    if opener == "let's" || opener == "let’s" { return tokens[first + 1].lower == "say" ? first..<(first + 2) : nil }
    if opener == "let" {
      return tokens[first + 1].lower == "us" && tokens[first + 2].lower == "say" ? first..<(first + 3) : nil
    }
    let next = tokens[first + 1]
    guard tokens[first].isCapitalized, suppositionOpeners.contains(opener), next.kind == .word,
      next.classes.contains(.determiner) || next.isCapitalized
    else { return nil }
    return first..<(first + 1)
  }

  /// Whether a name and its finite verb, an adverb maybe between, open the words at `start`: "Velland was hurt
  /// …" (not a name that a phrase or a clause goes on to describe: "Marle Council, which she led", "Velland in the
  /// years she lived there").
  static func nameAndVerbOpen(_ paragraph: ParagraphText, at start: Int, limit: Int) -> Bool {
    var nameEnd = start
    while nameEnd < limit, SpeakerPhraseParser.isNameToken(paragraph, nameEnd) { nameEnd += 1 }
    return nameEnd > start && isIndicativeClause(paragraph, after: nameEnd - 1, limit: min(limit, nameEnd + 2))
  }

  /// Whether an attribution's words run to a question mark of the writer's that ends them, with a verb that
  /// asks nothing, said by "you", by a participle's subject, or by no one in a question put to "you". (A third
  /// person's report in a question is the writer's question about it, which still reports: "Does she feel
  /// compelled to speak out?")
  static func isReportInAQuestionToTheReader(_ paragraph: ParagraphText, _ attribution: Attribution) -> Bool {
    guard attribution.end > attribution.start, paragraph.scalars[attribution.end - 1] == "?",
      !questioningLemmas.contains(attribution.lemma ?? ""),
      case let mark = paragraph.firstToken(startingAtOrAfter: attribution.end - 1),
      mark < paragraph.tokens.count, paragraph.tokens[mark].quote == nil
    else { return false }
    if (attribution.cue ?? "").hasSuffix("ing") { return true }
    guard let speaker = attribution.speaker else {
      let sentence = paragraph.sentences[attribution.sentence]
      return sentence.contains { index in
        paragraph.tokens[index].quote == nil && ["you", "your"].contains(paragraph.tokens[index].lower)
      }
    }
    return speaker.text.lowercasedQuickly() == "you"
  }

  /// The lemmas of verbs whose words are a question: "asked", "wondered".
  static let questioningLemmas: Set<String> = ["ask", "wonder", "question", "inquire", "query"]

  /// The content widened to the subject that opens its sentence before a frame, when the quote after the frame
  /// goes on from it in lower case: "The town's spending on parks, Lund said, “is a perfect example of waste.”" is
  /// one utterance of two pieces (not a phrase of place or time: "In Leeds, Lund said, “…”").
  static func withSubjectBeforeFrame(_ paragraph: ParagraphText, _ attribution: Attribution, _ contentStart: Int)
    -> Attribution
  {
    guard !attribution.frameAfter, let speaker = attribution.speaker, speaker.tokens.lowerBound > contentStart + 2,
      case let comma = speaker.tokens.lowerBound - 1, paragraph.tokens[comma].scalar == ",",
      paragraph.tokens[comma].quote == nil,
      case let first = paragraph.firstToken(startingAtOrAfter: attribution.start), first > 0,
      first < paragraph.tokens.count,
      let quote = paragraph.tokens[first].quote, paragraph.quotes[quote].start == attribution.start,
      paragraph.tokens[first - 1].scalar == ",",
      // (the first word inside the marks, after a second mark of a doubled one: ''is …'')
      let word = (first + 1..<min(first + 3, paragraph.tokens.count)).first(where: {
        paragraph.tokens[$0].kind == .word
      }),
      !paragraph.tokens[word].isCapitalized, paragraph.tokens[word].quote == quote,
      // (a noun phrase: no phrase of time or manner, "Minutes later", "Early in his term", "Particularly in …")
      !paragraph.tokens[contentStart].lower.hasSuffix("ly"),
      !(contentStart..<comma).contains(where: { index in
        let token = paragraph.tokens[index]
        return token.quote != nil || paragraph.cues[index] != nil || token.kind == .punct
          || token.classes.contains(.clauseWord) || token.isTimeWord || sourceTimeWords.contains(token.lower)
      }),
      !subordinators.contains(paragraph.tokens[contentStart].lower),
      !opensAdverbial(paragraph, contentStart..<comma)
    else { return attribution }
    var widened = attribution
    widened.start = paragraph.tokens[contentStart].start
    return widened
  }

  /// The content narrowed to the quote that ends it when the words before that quote report it with a verb
  /// of saying of their own, then a comma or a colon: "replied Friday to one of Tate's posts by saying,
  /// “Honestly, just stop whining.”", "Holt chimed in as well, telling Vox in an interview, “…,” she said"
  /// (the quote alone is what was said).
  /// A finite verb with a subject of its own frames the quote for that subject: "Ann Lee reported that she had a
  /// tape on which Tom Hart says: “…”" is Tom Hart's quote (a pronoun's, "…, which, he said, “…”", stays the
  /// frame's: it is most often the frame's own speaker).
  static func narrowedToQuoteOfSaying(
    _ paragraph: ParagraphText, _ attribution: Attribution, _ sentence: Range<Int>
  ) -> Attribution {
    guard let quoteIndex = paragraph.quotes.lastIndex(where: { $0.end == attribution.end }),
      case let quote = paragraph.quotes[quoteIndex], quote.start > attribution.start,
      // (found by halving, not by walking the paragraph's tokens for each claim)
      case let first = paragraph.firstToken(startingAtOrAfter: attribution.start),
      case let opening = paragraph.firstToken(startingAtOrAfter: quote.start), opening < paragraph.tokens.count,
      opening >= first + 3,
      // (or a participle of saying after "by": "underlined the demand by saying “we will not sign …”")
      case let saying = isParticipleOfSaying(paragraph, opening - 1),
      saying || paragraph.tokens[opening - 1].scalar == "," || paragraph.tokens[opening - 1].scalar == ":",
      !(first..<opening).contains(where: { paragraph.tokens[$0].quote != nil }),
      // (a condition before the frame stays the speaker's: "If Hale is elected, Vey said, “he will …”")
      !(attribution.frameAfter && conditionOpeners.contains(paragraph.tokens[first].lower)
        && (first..<opening).first(where: { paragraph.tokens[$0].scalar == "," }).map {
        isConditionClause(paragraph, first..<$0)
      } == true),
      // (a verb, not a noun of saying: "a simple explanation:"; nor "goes on" of time: "once the Assembly goes on
      // break, “…”")
      let verb = saying ? opening - 1 : (first..<(opening - 1)).last(where: { index in
        paragraph.cues[index].map { cue in
          cue.category == .statement && cue.first == index && cue.lemma != "go-on"
            && (looksLikeVerb(paragraph.tokens[index]) || irregularPasts.contains(paragraph.tokens[index].lower)
              || presentsOfSaying.contains(paragraph.tokens[index].lower))
        } ?? false
      }),
      // (the comma closes the phrase of that verb, no clause of the content: "said that if she won, “…”")
      saying || !((verb + 1)..<(opening - 1)).contains(where: {
        paragraph.tokens[$0].classes.contains(.clauseWord) || subordinators.contains(paragraph.tokens[$0].lower)
      })
    else { return attribution }
    if !paragraph.tokens[verb].lower.hasSuffix("ing"),
      let inner = preFrame(paragraph, sentence, first, attribution.sentence, cuesFrom: verb),
      inner.start == quote.start, let speaker = inner.speaker, speaker.kind != .pronoun
    {
      return inner
    }
    var narrowed = attribution
    narrowed.start = quote.start
    return narrowed
  }

  /// Whether the token at `index` is a participle of a verb of saying after "by", the manner of the verb before
  /// it, that a quote follows: "underlined the demand by saying “…”" (not one inside what was said: "he would be
  /// yelling at people saying “…”").
  static func isParticipleOfSaying(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard index >= 1, paragraph.tokens[index - 1].lower == "by", let cue = paragraph.cues[index], cue.first == index,
      cue.end == index + 1, cue.category == .statement
    else { return false }
    return paragraph.tokens[index].lower.hasSuffix("ing")
  }

  /// Present forms of the commonest verbs of saying, which no verb ending marks: "say", "tells" …
  static let presentsOfSaying: WordSet = ["say", "says", "tell", "tells", "write", "writes"]

  /// The first token after an attribution's content and its frame: past the speaker and the cue when
  /// the frame follows the content ("…,” he said, …").
  static func resumePoint(_ paragraph: ParagraphText, after attribution: Attribution, _ sentence: Range<Int>) -> Int? {
    guard
      var resume = (sentence.lowerBound..<sentence.upperBound).first(where: {
        paragraph.tokens[$0].start >= attribution.end
      })
    else { return nil }
    if attribution.frameAfter {
      if let speaker = attribution.speaker { resume = max(resume, speaker.tokens.upperBound) }
      // (past the comma between a place and its state or country: "Hale said at an Albany, New York town hall
      // event Monday, hinting …")
      while resume < sentence.upperBound
        && (paragraph.tokens[resume].scalar != "," && paragraph.tokens[resume].scalar != ";"
          || regionAfter(paragraph, comma: resume, limit: sentence.upperBound) != nil)
      { resume += 1 }
    }
    return resume < sentence.upperBound ? resume : nil
  }

  /// The frame of the clause that a relative answer at the sentence's end answers (`relativeAnswer`): "Vey
  /// claims Reed took gifts, which Reed denied" has Vey's claim of what she claims. A main clause's frame only,
  /// whose words run to the answer's comma (no relative pronoun, subordinator or semicolon before its subject), and
  /// not a charge in the passive, which is the answer's whole subject: "Reed was accused of taking gifts, which he
  /// denied".
  static func frameBeforeAnswer(
    _ paragraph: ParagraphText, _ answer: Attribution, _ sentence: Range<Int>, _ contentStart: Int, _ sentenceIndex: Int
  ) -> Attribution? {
    guard answer.frameAfter, let lemma = answer.lemma, answeringLemmas.contains(lemma),
      case let comma = paragraph.firstToken(startingAtOrAfter: answer.end), comma > contentStart,
      let earlier = preFrame(paragraph, sentence.lowerBound..<comma, contentStart, sentenceIndex),
      earlier.start > answer.start, earlier.end == answer.end,
      let frame = earlier.speaker?.tokens, frame.upperBound < paragraph.tokens.count,
      case let verbStart = paragraph.tokens[frame.upperBound].start, verbStart <= earlier.start,
      !(sentence.lowerBound..<frame.lowerBound).contains(where: {
        relativePronouns.contains(paragraph.tokens[$0].lower) || subordinators.contains(paragraph.tokens[$0].lower)
          || paragraph.tokens[$0].scalar == ";"
      }),
      !paragraph.tokens(within: verbStart..<earlier.start).contains(where: {
        Lexicon.formsOfBe.contains(paragraph.tokens[$0].lower)
      })
    else { return nil }
    return earlier
  }

  /// "X said A and warned B", "X said A, adding B", "“A,” X said, adding B": the words after the second
  /// reporting verb are X's too.
  static func coordinated(_ paragraph: ParagraphText, after attribution: Attribution, _ sentence: Range<Int>)
    -> Attribution?
  {
    guard
      var conjunction = attribution.frameAfter
        ? resumePoint(paragraph, after: attribution, sentence)
        : (sentence.lowerBound..<(sentence.upperBound - 1)).first(where: {
          paragraph.tokens[$0].start >= attribution.end
        })
    else { return nil }
    // (the one a source quoted has no second verb: "The Post cited the mayor as saying …, and added …" is the
    // source's claim, which `quotedAsSaying` no longer names)
    // (the first letter read first: "quoted", "cited", "paraphrased")
    if let quoted = attribution.speaker?.tokens, quoted.lowerBound > 0,
      case let initial = paragraph.tokens[quoted.lowerBound - 1].scalar, initial == "q" || initial == "c" || initial == "p",
      quotingVerbs.contains(paragraph.tokens[quoted.lowerBound - 1].lower)
    {
      return nil
    }
    // ", but warned …": the comma before a conjunction; after a frame too, when its verb's subject goes on
    // in the past ("“A,” the coach said, and added: …"; not after "according to", nor "he promises, and say …")
    if conjunction + 2 < sentence.upperBound, paragraph.tokens[conjunction].scalar == ",",
      ["and", "but"].contains(paragraph.tokens[conjunction + 1].lower),
      !attribution.frameAfter
        || (attribution.lemma != "according-to" && isPastTense(paragraph.tokens[conjunction + 2]))
    {
      conjunction += 1
    }
    // (the comma may close the quoted words: "…, “on track to carry this county,” adding that …")
    let participleAfterQuote =
      !attribution.frameAfter && conjunction > sentence.lowerBound && paragraph.tokens[conjunction].lower.hasSuffix("ing")
      && isClosingMark(paragraph, conjunction - 1) && commaBefore(paragraph, conjunction - 1)
    var verb = participleAfterQuote ? conjunction : conjunction + 1
    // (an adverb may stand between the comma and the participle: "…, recently telling aides that …", "…, specially
    // asking voters to …"; not "only", whose participle tells what came of it, ", only adding to the confusion",
    // nor one of a guess, whose participle is no one's act yet: ", possibly highlighting …")
    let adverbBeforeParticiple =
      !participleAfterQuote && paragraph.tokens[conjunction].scalar == "," && verb + 1 < sentence.upperBound
      && paragraph.tokens[verb].kind == .word && paragraph.tokens[verb].quote == nil
      && !Self.adverbsOfConsequenceOrGuess.contains(paragraph.tokens[verb].lower)
      && (paragraph.tokens[verb].lower.hasSuffix("ly") || participleAdverbs.contains(paragraph.tokens[verb].lower))
      && paragraph.tokens[verb + 1].lower.hasSuffix("ing")
    if adverbBeforeParticiple { verb += 1 }
    // (after a word that opens a second predicate: "… but did note that …", "and also warned")
    if !participleAfterQuote, verb + 1 < sentence.upperBound,
      secondPredicateStarts.contains(paragraph.tokens[verb].lower), paragraph.cues[verb + 1] != nil
    {
      verb += 1
    }
    guard verb < sentence.upperBound, paragraph.tokens[conjunction].quote == nil,
      participleAfterQuote || paragraph.tokens[conjunction].lower == "and"
        || (paragraph.tokens[conjunction].lower == "but" && !attribution.frameAfter)
        || (paragraph.tokens[conjunction].scalar == "," && paragraph.tokens[conjunction + 1].lower.hasSuffix("ing"))
        || adverbBeforeParticiple,
      let cue = paragraph.cues[verb],
      cue.category != .belief || beliefTakesClause(paragraph, cue, limit: sentence.upperBound),
      cue.category != .proposal,
      // (a verb's bare form goes on with the content of a verb in another tense: "said the agency would
      // “review the options” and report back", not "say the rules are unfair and warn that …")
      participleAfterQuote || paragraph.tokens[verb].lower != cue.lemma || Self.isPastTense(paragraph.tokens[verb])
        || opensWithItsLemma(attribution),
      // (a verb that frames only words before it opens none: "… left the building and continued to shout …")
      !CueLexicon.onlyAfterContent.contains(cue.lemma),
      // (nor a verb of an act that goes on with a reported clause: "said the driver left the car and attacked a guard")
      attribution.frameAfter || participleAfterQuote
        || !actGoesOnWithClause(
          paragraph, cue, contentStart: paragraph.firstToken(startingAtOrAfter: attribution.start),
          limit: sentence.upperBound)
          && !endsVerbSeriesOfClause(
            paragraph, cue, contentStart: paragraph.firstToken(startingAtOrAfter: attribution.start)),
      let (first, _) = contentAfterCue(paragraph, cue, sentence.upperBound), first + 2 < sentence.upperBound,
      // (a verb in the past that reports only a clause needs one: "an able and determined opponent" is no second
      // report; a participle's phrase may be one, "answering questions about …")
      !CueLexicon.clauseOnly.contains(cue.lemma) || paragraph.tokens[verb].lower.hasSuffix("ing")
        || opensReportedClause(paragraph, first, limit: sentence.upperBound, verbRequired: false)
    else { return nil }
    let last = trimmedTail(paragraph, first, sentence.upperBound - 1)
    return Attribution(
      paragraph: paragraph.index, start: paragraph.tokens[first].start, end: contentEnd(paragraph, last, floor: first),
      cue: cue.text,
      lemma: cue.lemma, category: cue.category, speaker: attribution.speaker, sentence: attribution.sentence)
  }

  /// Adverbs before a participle that make it no second report: "only adding to …", "possibly highlighting …".
  static let adverbsOfConsequenceOrGuess: WordSet = [
    "only", "possibly", "probably", "likely", "perhaps", "potentially", "presumably", "maybe",
  ]

  /// Whether the attribution's cue opens with its lemma, a verb's bare form ("say", "say in a statement"; after the
  /// negation `preFrame` shows in it: "would not say"): read on the bytes, ASCII case aside.
  static func opensWithItsLemma(_ attribution: Attribution) -> Bool {
    guard var cue = attribution.cue?.utf8[...], let lemma = attribution.lemma?.utf8 else { return false }
    if let negation = attribution.cue.flatMap(negationLength) { cue = cue.dropFirst(negation) }
    guard cue.count >= lemma.count, zip(cue, lemma).allSatisfy({ $0 | 0x20 == $1 }) else { return false }
    return cue.count == lemma.count || cue.dropFirst(lemma.count).first == UInt8(ascii: " ")
  }

  /// The length in bytes of the negation that opens a cue, up to its verb ("would not " of "would not say", "did not
  /// publicly " of "did not publicly say"); nil when it opens with none.
  static func negationLength(_ cue: String) -> Int? {
    let words = cue.split(separator: " ")
    guard let last = words.prefix(3).lastIndex(where: { isNegationWord($0) }) else { return nil }
    let verb = last + 1 < words.count - 1 && words[last + 1].hasSuffix("ly") ? last + 2 : last + 1
    guard verb < words.count else { return nil }
    return words[..<verb].reduce(0) { $0 + $1.utf8.count + 1 }
  }

  /// First token of a sentence's content: past a dateline "MOSCOW (Outlet - date)" and a leading dash.
  static func contentStart(_ paragraph: ParagraphText, _ sentence: Range<Int>) -> Int {
    paragraph.contentStarts[sentence.lowerBound]
  }

  /// Computes the first content token of a sentence; `ParagraphText` keeps the answers.
  static func computeContentStart(_ paragraph: ParagraphText, _ sentence: Range<Int>) -> Int {
    var start = sentence.lowerBound
    if paragraph.index <= 2, start == 0 {
      // dateline: CAPS words then "(" … ")" or " – "
      var capsEnd = start
      while capsEnd < sentence.upperBound && paragraph.tokens[capsEnd].kind == .word
        && paragraph.tokens[capsEnd].isCapitalized
        && paragraph.tokens[capsEnd].text.uppercased() == paragraph.tokens[capsEnd].text
      {
        capsEnd += 1
      }
      // (with the date after a comma, as the wire writes it: "DETROIT, May 4 (Reuters) - ")
      if capsEnd > start, capsEnd + 2 < sentence.upperBound, paragraph.tokens[capsEnd].scalar == ",",
        paragraph.tokens[capsEnd + 1].classes.contains(.month),
        let open = ((capsEnd + 2)..<min(sentence.upperBound, capsEnd + 6)).first(where: {
          paragraph.tokens[$0].scalar == "("
        }),
        ((capsEnd + 2)..<open).allSatisfy({ paragraph.tokens[$0].kind == .number })
      {
        capsEnd = open
      }
      // (or with the state or country after a comma: "MANCHESTER, N.H. - ", "SPRINGFIELD, Ill. (AP) — ")
      if capsEnd > start, capsEnd + 2 < sentence.upperBound, paragraph.tokens[capsEnd].scalar == ",",
        let mark = ((capsEnd + 2)..<min(sentence.upperBound, capsEnd + 5)).first(where: {
          paragraph.tokens[$0].kind == .punct && paragraph.tokens[$0].scalar != "."
        }),
        paragraph.tokens[mark].scalar == "(" || isDash(paragraph.tokens[mark].scalar),
        ((capsEnd + 1)..<mark).allSatisfy({
          paragraph.tokens[$0].scalar == "."
            || (paragraph.tokens[$0].kind == .word && paragraph.tokens[$0].isCapitalized)
        })
      {
        capsEnd = mark
      }
      if capsEnd > start && capsEnd < sentence.upperBound {
        if paragraph.tokens[capsEnd].scalar == "(",
          let close = (capsEnd..<min(sentence.upperBound, capsEnd + 30)).first(where: {
            paragraph.tokens[$0].scalar == ")"
          })
        {
          start = close + 1
        } else if isDash(paragraph.tokens[capsEnd].scalar) && paragraph.tokens[capsEnd].kind == .punct
          && capsEnd - start <= 4
        {
          start = capsEnd + 1
        }
      }
    }
    // (the article reader's dateline, whatever its shape: "WASHINGTON, Dec. 8 (UPI) — ")
    if sentence.lowerBound == 0, let datelineEnd = paragraph.datelineEnd,
      let first = sentence.first(where: { paragraph.tokens[$0].start >= datelineEnd }), first > start
    {
      start = first
    }
    while start < sentence.upperBound && paragraph.tokens[start].kind == .punct && paragraph.tokens[start].quote == nil
      && (isDash(paragraph.tokens[start].scalar) || paragraph.tokens[start].scalar == "•"
        || paragraph.tokens[start].scalar == "*")
    {
      start += 1
    }
    return start
  }

  @inline(__always) static func isDash(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "–" || scalar == "—" || scalar == "-"
  }

  /// Scalar offset where the content of a sentence ends: before its final full stop, keeping closing quotes.
  static func contentEnd(_ paragraph: ParagraphText, _ lastToken: Int, floor: Int) -> Int {
    var index = lastToken
    while index >= floor {
      let token = paragraph.tokens[index]
      if token.kind == .punct && [".", ",", ";", ":", "–", "—", "-"].contains(token.text) && token.quote == nil {
        index -= 1
        continue
      }
      break
    }
    guard index >= floor else { return paragraph.tokens[floor].start }
    // a closing quote ends content whole: include the mark
    if let quote = paragraph.tokens[index].quote {
      return max(paragraph.tokens[index].end, min(paragraph.quotes[quote].end, paragraph.tokens[index].end))
    }
    return paragraph.tokens[index].end
  }

  /// Whether the token at `index` (before `limit`) opens a quote.
  static func opensQuote(_ paragraph: ParagraphText, _ index: Int, _ limit: Int) -> Bool {
    guard index < limit, let quote = paragraph.tokens[index].quote else { return false }
    return paragraph.quotes[quote].start == paragraph.tokens[index].start
  }

  static func isClosingMark(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard let quote = paragraph.tokens[index].quote else { return false }
    return paragraph.tokens[index].end == paragraph.quotes[quote].end && paragraph.quotes[quote].style != .dash
  }

  /// Whether a comma stands just before the token at `index`, inside the quote it closes: "…,”".
  static func commaBefore(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    // (one scalar compared, with no string made: only U+002C is canonically a comma alone)
    paragraph.scalars[paragraph.tokens[index].start - 1] == ","
  }

  /// Skips auxiliaries and adverbs leftwards from `exclusiveEnd` (exclusive), returning the new exclusive end.
  /// Time and channel phrases are skipped too: "Crane on Tuesday said", "The ministry in a statement said".
  static func skipModifiersLeft(_ paragraph: ParagraphText, _ exclusiveEnd: Int, floor: Int) -> Int {
    var end = exclusiveEnd
    while true {
      while end - 1 >= floor
        // ("now" right before the verb too, not as a word of the class, which would end a subject: "Those now in
        // charge said")
        && (paragraph.tokens[end - 1].classes.contains(.cueModifier) || paragraph.tokens[end - 1].lower == "now"
          || isMannerAdverb(paragraph, end - 1, floor: floor)
          || isQuantifierOfNamesJoined(paragraph, end - 1, floor: floor))
        && !["and", "who", "which", "that"].contains(paragraph.tokens[end - 1].lower)
        && !isNameNotModifier(paragraph, end - 1, floor: floor, verb: exclusiveEnd)
      {
        end -= 1
      }
      // a verb that goes on to the verb of saying: "Vey went on to say …", "Vey continued to warn …"
      if let onTo = goingOnTo(paragraph, before: end, floor: floor) {
        end = onTo
        continue
      }
      // "as of" a time, after a word of the subject: "Reports as of Wednesday said …"
      if end - 3 > floor, paragraph.tokens[end - 1].isTimeWord, paragraph.tokens[end - 2].lower == "of",
        paragraph.tokens[end - 3].lower == "as", paragraph.tokens[end - 4].kind == .word
      {
        end -= 3
        continue
      }
      // an adjunct run that opens with a preposition or a time word, after a word of the subject
      var adjunctStart = end
      while adjunctStart - 1 > floor && end - adjunctStart < 5 && paragraph.tokens[adjunctStart - 1].quote == nil
        && (paragraph.tokens[adjunctStart - 1].classes.contains(.cueAdjunct)
          || paragraph.tokens[adjunctStart - 1].classes.contains(.month))
      {
        adjunctStart -= 1
      }
      // a document's participle of release before its time, after the document's noun: "A Marlow poll released
      // Sunday showed", "a survey conducted last week found", "A poll out this week shows"
      // (the participle may be one of the adjunct's words: "out")
      if adjunctStart < end, case let participle = releaseParticiples.contains(paragraph.tokens[adjunctStart].lower)
        ? adjunctStart : adjunctStart - 1,
        participle - 1 > floor, releaseParticiples.contains(paragraph.tokens[participle].lower),
        case let noun = paragraph.tokens[participle - 1].lower,
        evidenceNouns.contains(noun) || SpeakerPhraseParser.documentNouns.contains(noun),
        (participle..<end).contains(where: { paragraph.tokens[$0].isTimeWord })
      {
        end = participle
        continue
      }
      // (a capital word other than a day's or a month's goes on with the name: "USA Today noted"; the word
      // before may close an appositive: "Ann Vey, the fire chief, on Sunday said")
      guard adjunctStart < end, adjunctOpeners.contains(paragraph.tokens[adjunctStart].lower),
        !paragraph.tokens[adjunctStart].isCapitalized || paragraph.tokens[adjunctStart].isTimeWord,
        paragraph.tokens[adjunctStart - 1].kind == .word
          || (paragraph.tokens[adjunctStart - 1].scalar == "," && paragraph.tokens[adjunctStart - 1].quote == nil
            && (adjunctStart..<end).contains(where: { paragraph.tokens[$0].isTimeWord })),
        !paragraph.tokens[adjunctStart - 1].classes.contains(.cueAdjunct)
      else { return end }
      end = adjunctStart
    }
  }

  /// Where the words that go on to a verb end before it start, after a word of the subject: "went on to",
  /// "goes on to", "continued to", "proceeded to", "sought to" (not a refusal: "declined to say" reports
  /// nothing).
  static func goingOnTo(_ paragraph: ParagraphText, before end: Int, floor: Int) -> Int? {
    guard end - 3 > floor, paragraph.tokens[end - 1].lower == "to", paragraph.tokens[end - 1].quote == nil else {
      return nil
    }
    let before = paragraph.tokens[end - 2].lower
    if before == "on", end - 4 >= floor, goingVerbs.contains(paragraph.tokens[end - 3].lower) { return end - 3 }
    return goingOnVerbs.contains(before) ? end - 2 : nil
  }

  /// The forms of "go" before "on to": "went on to say".
  static let goingVerbs: WordSet = ["went", "goes", "go", "going", "gone"]
  /// Verbs that go on to another with "to": "continued to say", "sought to reassure".
  static let goingOnVerbs: WordSet = [
    "continued", "continues", "proceeded", "proceeds", "sought", "seeks", "hastened", "hastens",
  ]

  /// Whether the word at `index` is "both", "all" or "each" after names joined by "and": "Ann Vey and Tom Reed
  /// both said", "Reed, Vey and Lund all agreed", "the Ledger and the Post each called it …" (not after other
  /// words: "… all said", "… both said" may be the subject itself or a quantifier of something else; "as they
  /// both offer flights" offers nothing).
  static func isQuantifierOfNamesJoined(_ paragraph: ParagraphText, _ index: Int, floor: Int) -> Bool {
    // (the first letter read first: this is asked of every word left of a verb)
    let lead = paragraph.tokens[index].scalar
    guard lead == "b" || lead == "a" || lead == "e", case let word = paragraph.tokens[index].lower,
      word == "both" || word == "all" || word == "each",
      index - 3 >= floor, paragraph.tokens[index].quote == nil,
      SpeakerPhraseParser.isNameToken(paragraph, index - 1)
    else { return false }
    var position = index - 1
    while position > floor && SpeakerPhraseParser.isNameToken(paragraph, position) { position -= 1 }
    return paragraph.tokens[position].lower == "and" && position < index - 1
  }

  /// Whether the capitalised word at `index`, which is also an auxiliary or an adverb, is a name's: inside
  /// its clause ("Theresa May said", "George Will wrote", "Huey Long said"), opening it as a given name
  /// before a family name ("Will Smith said"), or right before a verb in the past or the third person,
  /// which no auxiliary stands before ("May said", "Will writes").
  static func isNameNotModifier(_ paragraph: ParagraphText, _ index: Int, floor: Int, verb: Int) -> Bool {
    // (a headline capitalises every word: "Council May Back a Levy")
    guard paragraph.tokens[index].isCapitalized, paragraph.role != .title else { return false }
    let lower = paragraph.tokens[index].lower
    let world = WorldKnowledge.shared
    guard world.givenNames.contains(lower) || world.surnames.contains(lower) else { return false }
    if index > floor { return true }
    guard index + 1 < verb || (index + 1 == verb && verb < paragraph.tokens.count) else { return false }
    let next = paragraph.tokens[index + 1]
    if index + 1 < verb {
      return next.isCapitalized && next.classes.isEmpty && world.givenNames.contains(lower)
    }
    return isPastTense(next) || (next.lower.hasSuffix("s") && !next.lower.hasSuffix("ss"))
  }

  /// Whether the word at `index` is an adverb of manner before a verb: lower case, ending in "-ly", and after
  /// no determiner or possessive, which would make it a noun ("Moss jokingly said", "he angrily added"; not
  /// "the family said", "her ally said").
  static func isMannerAdverb(_ paragraph: ParagraphText, _ index: Int, floor: Int) -> Bool {
    let word = paragraph.tokens[index].lower
    guard word.utf8.count >= 5, word.hasSuffix("ly"), paragraph.tokens[index].kind == .word,
      !paragraph.tokens[index].isCapitalized, !Lexicon.notMannerAdverbs.contains(word)
    else { return false }
    return index == floor || !Lexicon.nounOpeners.contains(paragraph.tokens[index - 1].lower)
  }

  /// Words that open a time or channel phrase between a subject and its verb.
  static let adjunctOpeners: WordSet = [
    "on", "in", "at", "during", "last", "this", "earlier", "later", "yesterday", "today", "tonight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  // MARK: Templates

  /// Sources that show or find things: polls, studies, reports, data.
  static let evidenceNouns: WordSet = [
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data", "analysis", "research",
    "figures", "numbers", "results", "documents", "document", "records", "investigation", "review", "audit",
    "test", "tests", "footage", "video", "videos", "evidence", "estimate", "estimates", "census", "statistics",
    "memo", "letter", "filing", "complaint", "ruling", "indictment", "assessment", "probe", "inquiry",
    "email", "emails", "e-mail", "transcript", "transcripts", "recording", "recordings", "average", "tally",
    "model", "models", "photos", "images",
    // (and the work that yields them: "polling by local groups indicated …", "Testing by the agency showed …")
    "polling", "testing", "modelling", "modeling", "imaging", "sampling", "monitoring", "screening", "mapping",
  ]

  /// Participles that tell when a document came out: "a poll released Sunday", "a survey conducted in May".
  static let releaseParticiples: WordSet = [
    "released", "conducted", "published", "taken", "issued", "unveiled", "out", "fielded",
  ]

  static func isEvidenceSource(_ phrase: SpeakerPhrase) -> Bool {
    (phrase.kind == .nominal || phrase.kind == .group || phrase.kind == .organisation)
      && evidenceNouns.contains(phrase.head)
  }

  /// Words that open a fronted subordinate clause: "Despite the fact that critics consider X, …".
  static let subordinators: WordSet = [
    "despite", "although", "though", "while", "whilst", "if", "when", "because", "since", "even", "unless", "whereas",
    "after", "before", "once",
  ]

  static let introWords: WordSet = [
    "in", "on", "at", "for", "after", "before", "during", "with", "by", "from", "since", "however",
    "nevertheless", "meanwhile", "moreover", "still", "yet", "but", "and", "so", "also", "then", "now",
    "today", "yesterday", "earlier", "later", "instead", "unfortunately", "fortunately", "indeed",
  ]

  /// Whether tokens `first...last` can be reported content: a quote, or at least a few words that are not
  /// only an introductory phrase ("On Friday", "In this regard", "However").
  static func substantial(_ paragraph: ParagraphText, _ first: Int, _ last: Int) -> Bool {
    guard first <= last else { return false }
    if (first...last).contains(where: { paragraph.tokens[$0].quote != nil }) { return true }
    let words = (first...last).filter { paragraph.tokens[$0].kind != .punct }
    if words.count < 3 { return false }
    if words.count <= 4 && introWords.contains(paragraph.tokens[first].lower) { return false }
    return true
  }

}

extension String {
  func trimmingCharacters(in set: String) -> String {
    var trimmed = Substring(self)
    while let first = trimmed.first, set.contains(first) { trimmed = trimmed.dropFirst() }
    while let last = trimmed.last, set.contains(last) { trimmed = trimmed.dropLast() }
    return String(trimmed)
  }
}
