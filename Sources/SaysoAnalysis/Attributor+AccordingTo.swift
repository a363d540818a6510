import SaysoCore

/// The frame of "according to" (`According to S, CONTENT`, `CONTENT, according to S`) and the sources it
/// names.
extension Attributor {
  /// The source named after "according to": a speaker phrase, else any short phrase as a group, since
  /// the frame itself says it is a source ("according to figures released Monday", "a CNN tally").
  static func accordingSource(_ paragraph: ParagraphText, _ given: Range<Int>) -> SpeakerPhrase? {
    // (up to a spaced dash, after which the writer goes on: "… according to a Pollwise survey - far more than
    // expected")
    let range = given.lowerBound..<(given.dropFirst().first(where: { isSpacedDash(paragraph, $0) }) ?? given.upperBound)
    // without a time phrase at its end: "… Tom Ware on Sunday", "the ministry late today"
    var end = range.upperBound
    while end > range.lowerBound + 1
      && (paragraph.tokens[end - 1].classes.contains(.weekday) || paragraph.tokens[end - 1].classes.contains(.month)
        || paragraph.tokens[end - 1].kind == .number || sourceTimeWords.contains(paragraph.tokens[end - 1].lower))
    {
      end -= 1
    }
    if end < range.upperBound, end > range.lowerBound + 1, adjunctOpeners.contains(paragraph.tokens[end - 1].lower) {
      end -= 1
    }
    let whole = SpeakerPhraseParser.parse(paragraph, range, commonNouns: true)
    // (the whole when it names a body, "USA Today", or the time ends a participle's phrase: "a poll
    // released Wednesday", "a website from 2010")
    if end < range.upperBound, whole?.kind != .organisation, !paragraph.tokens[end - 1].lower.hasSuffix("ed"),
      !paragraph.tokens[end - 1].classes.contains(.preposition),
      let phrase = SpeakerPhraseParser.parse(paragraph, range.lowerBound..<end, commonNouns: true)
    {
      return phrase
    }
    if let whole { return whole }
    // a source names, it does not assert: "according to Lowe engineers have not yet …" is a clause
    guard !range.isEmpty, range.count <= 24, paragraph.tokens[range.lowerBound].kind == .word,
      !range.contains(where: {
        paragraph.tokens[$0].quote != nil || Lexicon.auxiliaries.contains(paragraph.tokens[$0].lower)
      })
    else { return nil }
    // (a day said by a word is no part of the group's name: "Johns Hopkins Center … late today")
    var named = range.upperBound
    while named > range.lowerBound + 1, dayWords.contains(paragraph.tokens[named - 1].lower) { named -= 1 }
    let text = paragraph.text(tokens: range.lowerBound..<named)
    return SpeakerPhrase(
      kind: .group, text: text, name: text, head: paragraph.tokens[named - 1].lower, tokens: range)
  }

  /// Words of time that may end the source of "according to": "according to the ministry late today".
  static let sourceTimeWords = dayWords.union(["last", "this", "week", "month", "year", "morning", "afternoon",
    "evening", "night"])
  /// Words that say a day with no date: "today", "late", "earlier".
  static let dayWords: Set<String> = ["today", "yesterday", "tonight", "late", "early", "earlier", "later"]

  /// Whether a source phrase names someone or something that can tell: a person, an organisation, or a
  /// noun of sources, groups, roles, documents or evidence ("officials", "a spokesperson", "the report").
  static func canTell(_ source: SpeakerPhrase, _ paragraph: ParagraphText) -> Bool {
    switch source.kind {
    case .person, .organisation: return true
    case .pronoun: return false
    case .group, .nominal:
      let head = paragraph.tokens[source.tokens.upperBound - 1]
      return head.kind == .word && !head.isCapitalized
        && (!head.classes.isDisjoint(with: [.sourceNoun, .groupNoun, .roleNoun, .documentNoun, .organisationWord])
          || evidenceNouns.contains(head.stemLower))
    }
  }

  /// The organisation named between `comma` and the next comma, when `noun` (a nominal or group phrase whose
  /// head is an organisation's noun: "the engineering firm", "the union") is what it names.
  static func organisationNamed(_ paragraph: ParagraphText, by noun: SpeakerPhrase, comma: Int, limit: Int)
    -> SpeakerPhrase?
  {
    guard noun.kind == .nominal || noun.kind == .group, !noun.tokens.isEmpty,
      paragraph.tokens[noun.tokens.upperBound - 1].classes.contains(.organisationWord)
        || EntityRegistry.firmNouns.contains(noun.head),
      comma + 2 < limit,
      let next = ((comma + 2)..<min(comma + 8, limit)).first(where: { paragraph.tokens[$0].scalar == "," }),
      isNameOfNoun(paragraph, (comma + 1)..<next),
      var named = SpeakerPhraseParser.parse(paragraph, (comma + 1)..<next), named.kind == .organisation
    else { return nil }
    named.tokens = (comma + 1)..<next
    return named
  }

  /// The comma that closes an appositive saying what kind of body a name before `comma` is: six words at
  /// most, whose last is a noun of bodies or firms ("a cybersecurity firm", "the country's largest union").
  static func bodyAppositiveEnd(_ paragraph: ParagraphText, after comma: Int, _ limit: Int) -> Int? {
    guard let words = appositive(paragraph, after: comma, limit, within: 7),
      case let head = paragraph.tokens[words.upperBound - 1], head.kind == .word, !head.isCapitalized,
      head.classes.contains(.organisationWord) || EntityRegistry.firmNouns.contains(head.stemLower)
    else { return nil }
    return words.upperBound
  }

  /// Words that a clause cannot end with, which open what follows them: "Monday was when, according to …, …",
  /// "… and, according to aides, approved …".
  static let unfinishedClauseWords: WordSet = [
    "that", "which", "who", "whom", "whose", "when", "where", "whether", "why", "how", "if", "because", "while",
    "whilst", "although", "though", "since", "until", "unless", "after", "before", "than", "and", "or", "but",
    "nor", "as", "the", "a", "an", "including",
  ]

  /// The frame of its own that the words of an account open, whose subject opens them: "According to Tarn News, Ann
  /// Vey said she met the minister" reports Ann Vey's words as the paper told them, and so do "Tarn News reported
  /// (that) Ann Vey said …" and "Ann Vey said …, Tarn News reported" (after a phrase of time or place too: "In
  /// March, an official said …, the Times reported"). A verb that states, not one of holding or showing, with a
  /// clause or a quote after it: not "According to the filing, Ford disclosed the matter …" nor "…, Time also
  /// considered …"; nor a body's name, which the source's words may open, nor a pronoun, which the source's own
  /// words may hold: "According to Tarn News, it said …". The source keeps its claim of the whole; what an outlet
  /// reported is `relayed`.
  static func frameInsideAccount(_ paragraph: ParagraphText, _ account: Attribution, _ sentence: Range<Int>)
    -> Attribution?
  {
    guard (account.lemma == "according-to" && !account.frameAfter) || account.lemma == "report",
      case let opening = paragraph.firstToken(startingAtOrAfter: account.start),
      case let first = opening + 1 < sentence.upperBound && paragraph.tokens[opening].lower == "that"
        ? opening + 1 : opening,
      first < sentence.upperBound,
      // (the words before a frame after them end with them: "Ann Vey said …, the Tarn News reported")
      case let words = account.frameAfter
        ? sentence.lowerBound..<min(sentence.upperBound, paragraph.firstToken(startingAtOrAfter: account.end)) : sentence,
      let inner = preFrame(paragraph, words, first, account.sentence), let speaker = inner.speaker,
      // (after a phrase of time or place that opens the words: "In March, a ministry official said …")
      speaker.tokens.lowerBound == first
        || (account.lemma == "report" && afterFrontedPhrase(paragraph, first, limit: words.upperBound) == speaker.tokens.lowerBound),
      speaker.kind != .organisation, speaker.kind != .pronoun,
      !(speaker.tokens.count == 1 && subjectPronouns.contains(paragraph.tokens[first].lower)),
      inner.category == .statement,
      let lemma = inner.lemma, !CueLexicon.weak.contains(lemma), inner.end <= account.end,
      opensReportedClause(paragraph, paragraph.firstToken(startingAtOrAfter: inner.start), limit: sentence.upperBound)
    else { return nil }
    // (what an outlet reported stays the outlet's story after it; the one a source told of is not)
    var relayed = inner
    relayed.relayed = account.lemma == "report"
    return relayed
  }

  /// `According to S, CONTENT` and `CONTENT, according to S`.
  static func accordingTo(_ paragraph: ParagraphText, _ sentence: Range<Int>, _ contentStart: Int, _ sentenceIndex: Int)
    -> Attribution?
  {
    guard paragraph.hasAccording, let according = according(paragraph, from: contentStart, sentence) else { return nil }
    let sourceStart = according + 2
    // (a clause after a semicolon opens as a sentence does: "The sky was grey; according to police, the man …")
    if according == contentStart
      || (according == contentStart + 1 && paragraph.tokens[contentStart].classes.contains(.sentenceOpener))
      || (according > contentStart && paragraph.tokens[according - 1].scalar == ";")
    {
      // (not a date's comma: "According to a June 3, 2021 EU press release, …")
      let comma = (sourceStart..<sentence.upperBound).first(where: {
        paragraph.tokens[$0].scalar == "," && !isDateComma(paragraph, $0)
      })
      // with no comma after the source, the clause after it: "According to the coastguard it sank …"
      guard var comma else {
        guard let clause = clauseAfterSource(paragraph, from: sourceStart, limit: sentence.upperBound) else { return nil }
        return accountAfterSource(paragraph, sourceStart..<clause, sentence, sentenceIndex)
      }
      // the state or country of a place in the source goes with it: "According to police in Odessa, Texas, …"
      if let next = regionAfter(paragraph, comma: comma, limit: sentence.upperBound), next < sentence.upperBound,
        paragraph.tokens[next].scalar == ","
      {
        comma = next
      }
      guard var source = accordingSource(paragraph, sourceStart..<comma) else { return nil }
      // a name after a role between commas is the source: "According to the first selectman, Ben
      // Hale, there were six bidders" (not after a document: "According to an FBI summary, Gail
      // Pruitt, a top aide, sent …")
      if let named = SpeakerPhraseParser.nameAfterRole(paragraph, source, comma: comma, limit: sentence.upperBound) {
        source = named
        comma = named.tokens.upperBound
      } else if let named = organisationNamed(paragraph, by: source, comma: comma, limit: sentence.upperBound) {
        // and a firm's or a body's name after the noun it names: "According to the engineering firm, Hatch
        // Ltd., the trusses could fail"
        source = named
        comma = named.tokens.upperBound
      } else if source.kind == .person, let roleEnd = appositiveRoleEnd(paragraph, after: comma, sentence.upperBound) {
        // a person's role between commas after the name: "According to Vera Lang, formerly the head of
        // the FDA, the shortage …"
        source.role = source.role ?? paragraph.text(tokens: (comma + 1)..<roleEnd)
        comma = roleEnd
      } else if paragraph.tokens[comma - 1].isCapitalized,
        let kindEnd = bodyAppositiveEnd(paragraph, after: comma, sentence.upperBound)
      {
        // what kind of body the name is, between commas: "According to a study by Veritrax, a consulting
        // firm, two suppliers …"); a name with no more words is the body's ("According to Hatch, the
        // engineering firm, …")
        if source.kind == .group || source.kind == .person,
          source.tokens.allSatisfy({ SpeakerPhraseParser.isNameToken(paragraph, $0) })
        {
          source = SpeakerPhrase(kind: .organisation, text: source.text, name: source.text, tokens: source.tokens)
        }
        comma = kindEnd
      } else if comma + 1 < sentence.upperBound, ["who", "whose", "which"].contains(paragraph.tokens[comma + 1].lower),
        let clauseEnd = ((comma + 2)..<min(sentence.upperBound, comma + 40)).first(where: {
          paragraph.tokens[$0].scalar == "," && paragraph.tokens[$0].quote == nil
        }),
        !((comma + 1)..<clauseEnd).contains(where: { paragraph.tokens[$0].quote != nil })
      {
        // a relative clause describes the source, whatever its verb: "According to Professor Ivan Brandt, who is
        // co-chairman of the panel, in the United Kingdom …", "According to Reuters, which cited two officials,
        // the merger …"
        comma = clauseEnd
      }
      let first = comma + 1
      guard first + 2 < sentence.upperBound - 1 else { return nil }
      return Attribution(
        paragraph: paragraph.index, start: paragraph.tokens[first].start,
        end: contentEnd(paragraph, lastBeforeNextFrame(paragraph, first, sentence.upperBound - 1), floor: first),
        cue: "according to", lemma: "according-to", category: .statement, speaker: source, sentence: sentenceIndex)
    }
    guard according - 1 > contentStart else { return nil }
    // (the source ends at a semicolon, after which another clause goes on: "…, according to the mayor; police
    // said …")
    var end =
      (sourceStart..<sentence.upperBound).first(where: {
        paragraph.tokens[$0].scalar == ";" && paragraph.tokens[$0].quote == nil
      }) ?? sentence.upperBound
    while end > sourceStart && paragraph.tokens[end - 1].kind == .punct && paragraph.tokens[end - 1].scalar != "’" {
      end -= 1
    }
    let marked = [",", "–", "—"].contains(paragraph.tokens[according - 1].text)
    // a verb of saying before it waits for its words after the source: "The Ledger reported, according to court
    // records, there were nine arrests" (the paper reports, as the records show; not a frame after its quote,
    // "“…,” Hale said, according to CNN", which the source tells)
    if marked, according >= 2, let cue = paragraph.cues[according - 2], cue.end == according - 1,
      !(contentStart..<according).contains(where: { paragraph.tokens[$0].quote != nil }),
      let close = (sourceStart..<end).first(where: { paragraph.tokens[$0].scalar == "," }), close + 2 < end
    {
      return nil
    }
    // after "and" or "but" with no comma, the clause after a source with no comma is the source's, and the words
    // before are the writer's: "… for weeks and according to her manager she died at home"
    if !marked, ["and", "but"].contains(paragraph.tokens[according - 1].lower),
      let clause = clauseAfterSource(paragraph, from: sourceStart, limit: end)
    {
      return accountAfterSource(paragraph, sourceStart..<clause, sentence, sentenceIndex)
    }
    // with no comma before it, "according to" ends the sentence with a source that can tell ("Sales fell
    // according to the company"), not a rule or a plan that things go by ("built according to the plan");
    // words with a frame of their own before it are that frame's ("Francis made clear …, saying that …")
    if !marked {
      // (a relative clause or a share of the content after the source and its comma is no part of the source:
      // "… injured according to hospital officials, most of them children", "… according to the governor, who
      // toured the area")
      if let comma = (sourceStart..<end).first(where: { paragraph.tokens[$0].scalar == "," }), comma > sourceStart,
        comma + 1 < end, opensTailAfterSource(paragraph, comma + 1, limit: end)
      {
        end = comma
      }
      guard according - contentStart >= 3, sourceStart < end,
        !(sourceStart..<end).contains(where: {
          paragraph.tokens[$0].kind == .punct && paragraph.tokens[$0].scalar != "."
        }),
        !(contentStart..<according).contains(where: {
          paragraph.cues[$0] != nil && paragraph.tokens[$0].quote == nil
        }),
        let source = accordingSource(paragraph, sourceStart..<end), canTell(source, paragraph)
      else { return nil }
      return Attribution(
        paragraph: paragraph.index, start: paragraph.tokens[contentStart].start,
        end: contentEnd(paragraph, according - 1, floor: contentStart), cue: "according to",
        lemma: "according-to", category: .statement, speaker: source, sentence: sentenceIndex, frameAfter: true)
    }
    var contentLast = according - 2
    var contentAfter: Int? = nil
    var role: (text: String, end: Int)? = nil
    if var comma = (sourceStart..<end).first(where: {
      paragraph.tokens[$0].scalar == "," && !isDateComma(paragraph, $0)
    }) {
      end = comma
      // a verb of saying after the source is the words before it's own: "Neighbours, according to The
      // Guardian, said a van stopped …" (the witnesses speak, as the paper reports)
      if paragraph.tokens[according - 1].scalar == ",", comma + 1 < sentence.upperBound,
        paragraph.cues[comma + 1] != nil, paragraph.tokens[comma + 1].quote == nil
      {
        return nil
      }
      // (past the source's role between commas: "according to Leon Falk, a former envoy, was …")
      if let roleEnd = appositiveRoleEnd(paragraph, after: comma, sentence.upperBound),
        roleEnd + 3 < sentence.upperBound, Lexicon.auxiliariesAndBe.contains(paragraph.tokens[roleEnd + 1].lower)
      {
        role = (paragraph.text(tokens: (comma + 1)..<roleEnd), roleEnd)
        comma = roleEnd
      }
      // the content's verb comes after the source: "The delay, according to engineers, was caused by
      // frost", "The fire, according to police, started in the kitchen" (two pieces); not an appositive
      // ("according to Nora Pell, head of …")
      // (or the words before it cannot end a clause: "Monday was when, according to the plans, crews were to
      // clear the site")
      if comma + 3 < sentence.upperBound, paragraph.tokens[according - 1].scalar == ",",
        contentGoesOnAfterSource(paragraph, according: according, comma: comma, contentStart: contentStart)
      {
        // (up to a frame of its own: "…, halves hospital stays, but Ann Vey said the trial was small")
        contentLast = trimmedTail(paragraph, comma + 1, lastBeforeNextFrame(paragraph, comma + 1, sentence.upperBound - 1))
        // (after a comma and a conjunction the clause before is a statement of its own: "…, but, according to
        // her manager, Vey had cancelled the tour", "…, because, according to Crane, the banks would …")
        // (and after "and", "but" or "including" with no comma: "… since 1998 and, according to the labour office,
        // paid the lowest wages", "…, including, according to the fire service, 40 in the old town")
        if according - 3 >= contentStart, case let conjunction = paragraph.tokens[according - 2].lower,
          paragraph.tokens[according - 3].scalar == ","
            && (["and", "but", "or", "nor"].contains(conjunction) || subordinators.contains(conjunction))
            || ["and", "but", "including"].contains(conjunction)
        {
          contentAfter = comma + 1
        }
      }
    }
    // an opening word before it is no content, the clause after it is ("But, according to the survey, Crane
    // leads …"); a subordinate clause before it goes on after it ("While …, according to X, some were …")
    var contentFirst = contentAfter ?? contentStart
    // (not before a relative clause about the source: "Crime fell, according to police, who credited …")
    if paragraph.tokens[according - 1].scalar == ",", end + 3 < sentence.upperBound,
      paragraph.tokens[end].scalar == ",", contentLast == according - 2,
      !["who", "whose", "which"].contains(paragraph.tokens[end + 1].lower),
      contentStart == sentence.lowerBound || paragraph.tokens[contentStart - 1].scalar == ";",
      appositiveRoleEnd(paragraph, after: end, sentence.upperBound) == nil
    {
      // (nor is a phrase of time or place that opens the sentence, with no verb: "Over the coming years, according to
      // the office, the deficit …", "In addition, according to …", "As a result of the storm, according to …",
      // "Late on Tuesday in Ravenna, according to firefighters, …")
      let opener = paragraph.tokens[contentStart]
      if !substantial(paragraph, contentStart, according - 2)
        || ((opener.isListedAsWritten(.preposition)
          || (opener.lower == "as" && paragraph.tokens[contentStart + 1].classes.contains(.determiner))
          || opener.isTimeWord || dayWords.contains(opener.lower))
          && !((contentStart + 1)..<(according - 1)).contains(where: { index in
            let token = paragraph.tokens[index]
            return token.scalar == "," || Lexicon.auxiliariesAndBe.contains(token.lower)
              || isVerbLike(token, after: paragraph.tokens[index - 1])
          }))
      {
        contentFirst = end + 1
        contentLast = sentence.upperBound - 1
      } else if subordinators.contains(paragraph.tokens[contentStart].lower),
        !(contentStart..<(according - 1)).contains(where: {
          paragraph.tokens[$0].scalar == "," && paragraph.tokens[$0].quote == nil
        })
      {
        contentLast = sentence.upperBound - 1
      }
    }
    guard var source = accordingSource(paragraph, sourceStart..<end) else { return nil }
    // (the role is the frame's, which the content's pieces stand around)
    if source.kind == .person, let role {
      source.role = source.role ?? role.text
      source.tokens = source.tokens.lowerBound..<role.end
    }
    return Attribution(
      paragraph: paragraph.index, start: paragraph.tokens[contentFirst].start,
      end: contentEnd(paragraph, contentLast, floor: contentFirst), cue: "according to",
      lemma: "according-to", category: .statement, speaker: source, sentence: sentenceIndex,
      frameAfter: contentFirst == contentStart)
  }

  /// Where a clause starts after the source of "according to" that opens at `sourceStart`, with no comma between
  /// them: a subject pronoun and its verb ("According to the coastguard it sank …", "… and according to her manager
  /// she died …"); nil when a mark, a quote or a verb of saying comes first, or no clause starts within eight words.
  /// (Not an article or a possessive, which may open a relative clause of the source: "According to a poll the
  /// paper commissioned the mayor trails …")
  static func clauseAfterSource(_ paragraph: ParagraphText, from sourceStart: Int, limit: Int) -> Int? {
    for index in (sourceStart + 1)..<max(sourceStart + 1, min(limit - 1, sourceStart + 8)) {
      let token = paragraph.tokens[index]
      guard token.kind == .word, token.quote == nil, paragraph.cues[index] == nil else { return nil }
      // (after the source's last noun: not an object of a verb or a preposition in it, "voters leaving the polls
      // carried out …", nor inside a clause of its own, "those who say he was …")
      let before = paragraph.tokens[index - 1]
      guard !before.lower.hasSuffix("ing"), !before.classes.contains(.preposition),
        !before.classes.contains(.clauseWord), !isVerbLike(before, after: paragraph.tokens[index - 2])
      else { continue }
      // (a verb in the past of four letters too: "she died")
      let next = paragraph.tokens[index + 1]
      if speakingPronouns.contains(token.lower) || token.lower == "it",
        opensMainPredicate(next) || (!next.isCapitalized && next.lower.utf8.count > 3 && next.lower.hasSuffix("ed"))
      {
        return index
      }
    }
    return nil
  }

  /// The account of "according to" whose source is `source` and whose words are the clause after it, to the
  /// sentence's end (or a semicolon before a frame of its own).
  static func accountAfterSource(
    _ paragraph: ParagraphText, _ source: Range<Int>, _ sentence: Range<Int>, _ sentenceIndex: Int
  ) -> Attribution? {
    let first = source.upperBound
    guard first + 2 < sentence.upperBound - 1, let speaker = accordingSource(paragraph, source) else { return nil }
    return Attribution(
      paragraph: paragraph.index, start: paragraph.tokens[first].start,
      end: contentEnd(paragraph, lastBeforeNextFrame(paragraph, first, sentence.upperBound - 1), floor: first),
      cue: "according to", lemma: "according-to", category: .statement, speaker: speaker, sentence: sentenceIndex)
  }

  /// Where "according to" stands outside quotes in `sentence`, from `start` on: its "according".
  static func according(_ paragraph: ParagraphText, from start: Int, _ sentence: Range<Int>) -> Int? {
    (start..<(sentence.upperBound - 1)).first(where: {
      paragraph.tokens[$0].lower == "according" && paragraph.tokens[$0 + 1].lower == "to" && paragraph.tokens[$0].quote == nil
    })
  }

  /// The first token after the last semicolon from `start` to `end`, outside quotes and brackets: where the
  /// clause that holds `end` opens ("Police said Ann Vey fled; [according] to witnesses, she …"); nil if none.
  /// Not the last of a list's items that semicolons part, which the source tells with the others: "A was
  /// paid $9; B was paid $7; and C was paid $5, according to the records".
  static func clauseAfterSemicolon(_ paragraph: ParagraphText, _ start: Int, before end: Int) -> Int? {
    guard
      let semicolon = (start..<end).last(where: {
        paragraph.tokens[$0].scalar == ";" && paragraph.tokens[$0].quote == nil
          && !isInsideBrackets(paragraph, $0, from: start)
      }), !["and", "or"].contains(paragraph.tokens[semicolon + 1].lower)
    else { return nil }
    return semicolon + 1
  }

  /// Whether the words before ", according to S," go on after the comma at `comma` that closes the source:
  /// the content's verb comes after it ("The delay, according to engineers, was caused by frost", "The fire,
  /// according to police, started in the kitchen", "The new drug, according to researchers, reduces stays by
  /// half"), or the words before cannot end a clause ("Monday was when, according to the plans, crews were to
  /// clear the site"), or a clause of time or cause finishes the sentence ("The ship sank, according to the
  /// coastguard, after its engine failed"), or the words before are a noun and its verb alone ("Sales rose,
  /// according to the firm, in all regions"). Not an appositive ("according to Nora Pell, head of …"), nor a word
  /// in "-s" that is no verb ("…, according to Tarn Holdings, operators of the line").
  static func contentGoesOnAfterSource(_ paragraph: ParagraphText, according: Int, comma: Int, contentStart: Int)
    -> Bool
  {
    // a noun and its verb, two words alone before it: "Sales rose, according to the firm, in all regions", "Kestrel
    // earns, according to its filings, $80 million a year"
    // (its object or its phrase after the source: a preposition or a number, not a relative clause about the source,
    // "…, according to police, who credited …")
    let opener = paragraph.tokens[contentStart]
    if according - 2 == contentStart + 1, opener.kind == .word, !opener.isTimeWord,
      opener.classes.isDisjoint(with: [.preposition, .determiner, .sentenceOpener, .clauseWord]),
      isVerbLike(paragraph.tokens[contentStart + 1], after: opener),
      case let resume = paragraph.tokens[comma + 1], resume.quote == nil,
      resume.isListedAsWritten(.preposition) || resume.kind == .number || ["$", "£", "€"].contains(resume.text)
    {
      return true
    }
    let after = paragraph.tokens[comma + 1]
    if Lexicon.auxiliariesAndBe.contains(after.lower) { return true }
    let lowerCaseWord = after.kind == .word && !after.isCapitalized && paragraph.cues[comma + 1] == nil
    // (a verb after the source when the words before have no verb of their own: not "… denounced the deal,
    // which would …, according to its leaders, compared with …")
    // (a word in "-s" before "of" or of people is a noun: "…, according to Tarn Holdings, operators of the line";
    // so is one before a verb, the subject of a clause of its own: "Yesterday, according to the firm, prices rose")
    let presentVerb =
      isPresentVerbForm(paragraph, comma + 1, limit: paragraph.tokens.count)
      && !after.classes.contains(.groupNoun) && paragraph.tokens[comma + 2].lower != "of"
      && !isVerbLike(paragraph.tokens[comma + 2], after: after)
      && !Lexicon.auxiliariesAndBe.contains(paragraph.tokens[comma + 2].lower)
    if lowerCaseWord, isPastTense(after) || Lexicon.irregularPasts.contains(after.lower) || presentVerb,
      !(contentStart..<(according - 1)).contains(where: { index in
        let token = paragraph.tokens[index]
        return token.kind == .word && !token.isCapitalized
          && (isPastTense(token) || Lexicon.auxiliariesAndBe.contains(token.lower))
      })
    {
      return true
    }
    if lowerCaseWord, clausesOfTimeOrCause.contains(after.lower) { return true }
    guard according - 2 > contentStart else { return false }
    let before = paragraph.tokens[according - 2]
    return before.quote == nil
      && (unfinishedClauseWords.contains(before.lower) || before.classes.contains(.preposition)
        // (or a verb "be" with nothing after it: "Two guards were, according to the union, among the injured")
        || Lexicon.formsOfBe.contains(before.lower))
  }

  /// Words that open a clause of time or cause that finishes the sentence after ", according to S,".
  static let clausesOfTimeOrCause: WordSet = ["after", "before", "because", "when", "until", "since"]

  /// The last token of the content of "According to S," from `first` to `last`: the whole sentence, the
  /// source's account, up to a semicolon after which a clause of its own frames other words ("…, the ferry
  /// sank; coast guard officials called it “a tragedy”"), not one that goes on with the account ("…; the
  /// agency has been fined twice"), or before a comma and a conjunction after which a frame of its own follows ("…,
  /// and officials said the crew was safe"; not a pronoun's, which the account tells of: "…, and she asked …").
  static func lastBeforeNextFrame(_ paragraph: ParagraphText, _ first: Int, _ last: Int) -> Int {
    var index = first + 2
    while index < last {
      defer { index += 1 }
      if paragraph.tokens[index].scalar == ",", index + 2 < last, paragraph.tokens[index].quote == nil,
        clauseCoordinators.contains(paragraph.tokens[index + 1].lower),
        !subjectPronouns.contains(paragraph.tokens[index + 2].lower), secondFrameFollows(paragraph, index + 1, last)
      {
        return index - 1
      }
      guard paragraph.tokens[index].scalar == ";", paragraph.tokens[index].quote == nil,
        !isInsideBrackets(paragraph, index, from: first)
      else { continue }
      let clause = (index + 2)..<min(last + 1, index + 10)
      if let verb = clause.first(where: { paragraph.tokens[$0].scalar == ";" || paragraph.cues[$0] != nil }),
        let cue = paragraph.cues[verb], cue.category != .belief, paragraph.tokens[verb].quote == nil
      {
        return index - 1
      }
    }
    return last
  }

  /// Words before "of" that open a share of what was told: "…, most of them children".
  static let sharesBeforeOf: WordSet = ["most", "many", "some", "all", "half", "both", "none", "several", "one", "two"]

  /// Whether the words at `index`, after a source and its comma, are a relative clause, a share of what was told or
  /// a participle's phrase, after "and" or not: "…, who toured the area", "…, which cited two engineers", "…,
  /// including two children", "…, most of them children", "…, ranging in age from six to twelve", "…, and leaving
  /// hundreds homeless".
  static func opensTailAfterSource(_ paragraph: ParagraphText, _ index: Int, limit: Int) -> Bool {
    let word = paragraph.tokens[index].lower
    if relativePronouns.contains(word) || word == "including" { return true }
    let participle = word == "and" && index + 1 < limit ? index + 1 : index
    if paragraph.tokens[participle].kind == .word, paragraph.tokens[participle].quote == nil,
      !paragraph.tokens[participle].isCapitalized, paragraph.tokens[participle].lower.count > 5,
      paragraph.tokens[participle].lower.hasSuffix("ing"), paragraph.cues[participle] == nil,
      // (a noun in "-ing" opens a clause with a frame of its own: "…, building inspectors said")
      !(participle..<limit).contains(where: { paragraph.cues[$0] != nil })
    {
      return true
    }
    return sharesBeforeOf.contains(word) && index + 1 < limit && paragraph.tokens[index + 1].lower == "of"
  }

  /// Whether the comma at `comma` is a date's, between a month's day and its year: "June 3, 2021".
  static func isDateComma(_ paragraph: ParagraphText, _ comma: Int) -> Bool {
    comma >= 2 && comma + 1 < paragraph.tokens.count && paragraph.tokens[comma - 1].kind == .number
      && paragraph.tokens[comma - 2].classes.contains(.month) && paragraph.tokens[comma + 1].kind == .number
      && paragraph.tokens[comma + 1].text.count == 4
  }
}
