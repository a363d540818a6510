/// Where reported content stops: before the writer's clauses and others' frames after it.
extension Attributor {
  /// Reported content ends before a participle or a new clause that follows a comma:
  /// "… for Mrs. Tate, quietly staking his reputation on it" · "…, but he has also …" · "…, while
  /// Crane said …" (a "while" clause with no reporting verb of its own goes on: "… 44 to 39, while
  /// Hale would win 51 to 37").
  static func trimmedTail(_ paragraph: ParagraphText, _ first: Int, _ last: Int) -> Int {
    // a one-word object, then a contrast clause with its own frame: "… denied it, though Reed said …" (not
    // "that", whose clause may open with one: "said that, while 37 percent say …, 39 percent …")
    if contrastFrameAfter(paragraph, comma: first + 1, last), paragraph.tokens[first].lower != "that" {
      return first
    }
    // the writer's note of what the speaker left out: "…, without elaborating", "… without offering evidence"
    if let without = withheldDetailsTail(paragraph, first, last) {
      return paragraph.tokens[without - 1].scalar == "," ? without - 2 : without - 1
    }
    var index = first + 2
    var quotedBefore = false  // a quoted phrase has closed before `index`
    while index < last {
      // every rule below starts at a mark, a closing quote mark, "and"/"but" or "while"/"whereas": other words
      // are passed over without copying the token (a copy retains its two strings), and their first letter is
      // told before their text is compared (a word whose lower case is "and" starts with "a" or "A")
      let lead = paragraph.tokens[index].scalar
      if paragraph.tokens[index].kind != .punct && !isClosingMark(paragraph, index)
        && !((lead == "a" || lead == "A") && paragraph.tokens[index].lower == "and")
        && !((lead == "b" || lead == "B") && paragraph.tokens[index].lower == "but")
        && !(lead == "w" && (paragraph.tokens[index].lower == "while" || paragraph.tokens[index].lower == "whereas"))
      {
        index += 1
        continue
      }
      let token = paragraph.tokens[index]
      let next = paragraph.tokens[index + 1]
      let after = index + 2 <= last ? paragraph.tokens[index + 2].lower : ""
      let closing = isClosingMark(paragraph, index)
      defer { if closing { quotedBefore = true } }
      // a quote that opens the content, then only where or when it was said: "wrote “We will fight on” in a
      // Facebook post on Tuesday" (with no verb: "“dozens” of files were deleted" is a clause; nor what the words
      // are for: "“fine form” for a veteran")
      // (a time after a few words may be theirs: "predicted “a recession” in 2025")
      if closing, let quote = token.quote, quote == paragraph.tokens[first].quote, index + 1 <= last,
        quoteCircumstancePrepositions.contains(paragraph.tokens[index + 1].lower),
        QuoteScanner.countWords(paragraph.scalars, paragraph.quotes[quote].innerStart, paragraph.quotes[quote].innerEnd) >= 3
          || ((index + 2)...min(last, index + 6)).contains(where: { channelNouns.contains(paragraph.tokens[$0].lower) }),
        isCircumstanceToTheEnd(paragraph, index + 1, last + 1),
        !((index + 1)...last).contains(where: { opensPredicate(paragraph.tokens[$0]) })
      {
        return index
      }
      // a quote that is all the words, closed with its own comma, before a clause of time: the writer's ("says,
      // “Don't go,” until the door shuts")
      if closing, let quote = token.quote, quote == paragraph.tokens[first].quote, commaBefore(paragraph, index),
        quoteEndTimeOpeners.contains(next.lower), next.quote == nil
      {
        return index
      }
      // a noun phrase as the words, then "and" and a verb in the past: the subject's second act, no words of the
      // first ("declared a state of emergency and sent troops to the coast"; a clause's verb comes first in a clause:
      // "said the heat and rain could last")
      if token.lower == "and", token.quote == nil, next.quote == nil, next.kind == .word, !next.isCapitalized,
        objectDeterminers.contains(paragraph.tokens[first].lower), paragraph.tokens[index - 1].kind == .word,
        (next.lower.utf8.count > 4 && next.lower.hasSuffix("ed")) || Lexicon.irregularPasts.contains(next.lower),
        clauseVerb(paragraph, after: first - 1, limit: index) == nil,
        // (nor a verb no list knows before an object: "stated the bus overtook the van and struck a post")
        !((first + 1)..<index).contains(where: { position in
          paragraph.tokens[position].classes.contains(.determiner) && paragraph.tokens[position - 1].kind == .word
            && !paragraph.tokens[position - 1].classes.contains(.preposition)
            && !paragraph.tokens[position - 1].classes.contains(.determiner)
        }),
        // (not an adjective in "-ed" of a second noun that a verb follows: "the wind and unsettled seas might
        // linger")
        clauseVerb(paragraph, after: index + 1, limit: min(last + 1, index + 5)) == nil
      {
        return index - 1
      }
      // after the quoted words, a second predicate or a comment on them is the writer's:
      // "… offer “a blessing” to the winner but did not suggest …" · "… “rigged” against him, a charge …"
      if quotedBefore && token.quote == nil && next.quote == nil {
        // the quote that opens the content closes with its own comma, and "and" or "but" opens a clause with a
        // subject of its own: the writer's news after the words ("said “We did our best,” and the hall stayed shut")
        if (token.lower == "and" || token.lower == "but"), let quote = paragraph.tokens[first].quote,
          paragraph.tokens[index - 1].quote == quote, isClosingMark(paragraph, index - 1),
          commaBefore(paragraph, index - 1), index + 2 <= last,
          // (a group's noun with no article opens one too: "… and police have opened an investigation")
          opensIndicativeClauseWithNoThat(paragraph, at: index + 1, limit: last + 1)
            || (Lexicon.groupNouns.contains(next.lower) && isIndicativeClause(paragraph, after: index + 1, limit: last + 1)),
          !((index + 1)...last).contains(where: { paragraph.tokens[$0].quote != nil }),
          // (a modal or a past perfect goes on with what was said or found: "found “serious failings,” and the
          // hospital had ignored warnings", "announced “a new era,” and the firm would hire 200 staff"; not one after
          // a frame of its own: "… and officials said the road would reopen")
          ((index + 1)...min(last, index + 6)).first(where: {
            Self.reportedTenseAuxiliaries.contains(paragraph.tokens[$0].lower) || paragraph.cues[$0] != nil
          }).map({ paragraph.cues[$0] != nil }) ?? true
        {
          return index - 1
        }
        // (but not "and" with an auxiliary, no comma before it: "… it is “recruiting” and has hired …")
        if (token.lower == "and" || token.lower == "but")
          && (looksLikeVerb(next, after: token) || secondPredicateStarts.contains(next.lower))
          && !continuesWithoutVerb(paragraph, index, last)
          && (paragraph.tokens[index - 1].scalar == ","
            || !continuesWithAuxiliary(paragraph, and: index, limit: last + 1))
        {
          return index - 1
        }
        if token.scalar == "," && commentStarts.contains(next.lower) { return index - 1 }
        // "… “sarcasm” but, boy, that took …": "but" and a comma open the writer's aside
        if token.lower == "but" && next.scalar == "," { return index - 1 }
        // "… help “re-train” miners - and he makes sure …", "… “a weak currency” -- except that …": a
        // spaced dash that opens a clause
        if token.kind == .punct && isDash(token.scalar) && token.start > paragraph.tokens[index - 1].end {
          var word = index + 1
          while word < last && paragraph.tokens[word].kind == .punct && isDash(paragraph.tokens[word].scalar) {
            word += 1
          }
          if dashClauseOpeners.contains(paragraph.tokens[word].lower) { return index - 1 }
        }
      }
      if token.quote == nil && (token.scalar == "," || token.scalar == "–" || token.scalar == "—")
        || (closing && commaBefore(paragraph, index))
      {
        // ", putting …" · ", implicitly putting …" · ", further saying …"
        let adverb = next.lower.hasSuffix("ly") || participleAdverbs.contains(next.lower)
        let participle = adverb && after.hasSuffix("ing") && after.count > 5 ? after : next.lower
        if next.quote == nil && next.kind == .word && !next.isCapitalized && participle.hasSuffix("ing")
          && participle.count > 5 && !Lexicon.prepositionalParticiples.contains(participle)
          && !opensWithPhraseBeforeItsClause(paragraph, first, comma: index)
          && !(participle == next.lower && isListItem(paragraph, index + 1, last))
          && (Lexicon.consequenceParticiples.contains(participle)
            || !quotesWithoutFrame(paragraph, from: index + 1, last))
        {
          return index - (token.scalar == "," ? 1 : 0)
        }
        if closing && ["but", "which", "who"].contains(next.lower) && after != ","
          && !continuesWithoutVerb(paragraph, index + 1, last)
        {
          return index  // “… a costly mistake,” but declined to say …
        }
        // “…,” while speaking to fans · “…”, before leaving the hall: when the quote has closed, a participle's
        // subordinate clause tells the writer's circumstances
        if closing || (quotedBefore && isClosingMark(paragraph, index - 1)),
          participleClauseOpeners.contains(next.lower), after.hasSuffix("ing"), after.count > 5,
          paragraph.tokens[index + 1].quote == nil
        {
          return closing ? index : index - 1
        }
        // “… spent far more,” one of the auditors said …: a frame of its own after the quote's comma
        if closing && !opensWithSubordinateClause(paragraph, first) && secondFrameFollows(paragraph, index + 1, last) {
          return index
        }
        // (a labelling verb frames it too: "…, while LIDL, in an Instagram post, called it “temporary”")
        if contrastOpeners.contains(next.lower) && after != ",", contrastClauseReports(paragraph, index + 2, last) {
          return closing ? index : index - 1
        }
      }
      // ", which he called “a disaster”", ", whom she considers a friend": a relative clause whose own subject
      // reports on its antecedent is a claim of its own
      // (not an aside between dashes, after which the words go on: "commented on the matter — which the paper
      // noted as unusual — “However it is …”")
      if token.quote == nil && (token.scalar == "," || token.scalar == "—" || token.scalar == "–"), index >= first + 2,
        token.scalar == "," || !((index + 1)...last).contains(where: { paragraph.tokens[$0].scalar == token.scalar }),
        objectRelativeReports(paragraph, index + 1, last), !relativeClauseCloses(paragraph, index + 1, last)
      {
        return index - 1
      }
      // ", as did Radio Kestrel", ", as have other mayors": the writer's comparison with the frame's verb, after
      // the content (not with the content's own: "… are grown on the coast, as are most limes")
      // (and a speaker after it, a name or a noun of speakers: not "exports fell, as did imports")
      if token.quote == nil && token.scalar == "," && index >= first + 2 && next.lower == "as",
        framesComparedAuxiliaries.contains(after), index + 3 <= last,
        let compared = SpeakerPhraseParser.parse(
          paragraph, (index + 3)..<(lastBeforeMark(paragraph, from: index + 3, last) + 1), commonNouns: true),
        compared.tokens.lowerBound == index + 3, compared.kind != .pronoun
      {
        return index - 1
      }
      // ", with Tom Reed describing …", ", with officials reporting …": a clause of "with", a subject and a
      // participle, is the writer's
      if token.quote == nil && token.scalar == "," && index >= first + 2 && next.lower == "with",
        withClauseParticiple(paragraph, index + 2, last)
      {
        return index - 1
      }
      // a colon before a quote with a frame of its own: "asserted that the port had lost its soul: “It is dead,” he
      // claimed" (the quote is the second frame's)
      if token.quote == nil && token.scalar == ":" && index > first + 2, quoteWithFrameOfItsOwn(paragraph, index + 1) {
        return index - 1
      }
      // ", and when asked whether …, he said …": a subordinate clause with a frame of its own after a conjunction
      if token.quote == nil && token.scalar == "," && index > first + 2 && clauseCoordinators.contains(next.lower),
        askedClauseOpeners.contains(after), index + 3 <= last,
        paragraph.cues[index + 3] != nil && paragraph.tokens[index + 3].lower.hasSuffix("ed")
      {
        return index - 1
      }
      // a semicolon outside quotes joins a new sentence: "… was classified; the department has said …" (not one
      // inside brackets: "(384,000 km; 239,000 miles)")
      if token.quote == nil && token.scalar == ";" && index > first + 2,
        !isInsideBrackets(paragraph, index, from: first)
      {
        return index - 1
      }
      // ", but critics disagreed", ", and the opposition objected": others' verb of saying ends the sentence
      if token.quote == nil && token.scalar == "," && index > first + 2 && clauseCoordinators.contains(next.lower),
        othersObjectAtEnd(paragraph, index + 2, last)
      {
        return index - 1
      }
      // ", and I think …", ", but he stayed …": a coordinated clause with a subject of its own
      if token.quote == nil && token.scalar == "," && index + 2 <= last && clauseCoordinators.contains(next.lower)
        && subjectPronouns.contains(paragraph.tokens[index + 2].lower) && paragraph.tokens[index + 2].quote == nil
      {
        return index - 1
      }
      // "… it was good to be back, a woman shouted “Go home!”": a clause after a comma with a subject and
      // a verb of saying of its own, which a quote, "that" or a clause follows (not in content that opens
      // with a subordinate clause: "that when she arrived, she told him to leave")
      if token.quote == nil && token.scalar == "," && index >= first + 2,
        secondFrameFollows(paragraph, index + 1, last), !opensWithSubordinateClause(paragraph, first)
      {
        return index - 1
      }
      // "… prices had risen and the other voters said they wanted …": the same after "and" or "but" with no comma
      if token.quote == nil && clauseCoordinators.contains(token.lower) && index > first + 2
        && paragraph.tokens[index - 1].scalar != ",",
        secondFrameFollows(paragraph, index, last), !opensWithSubordinateClause(paragraph, first)
      {
        return index - 1
      }
      // "… of “dodging the issue” and Rita Moss says …": a clause with a named subject and a
      // reporting verb of its own (or after "while": "… a disaster while Minister Piet Aal wrote …"; the name may
      // open with "the": "… and the White House claimed …")
      if token.quote == nil && (clauseCoordinators.contains(token.lower) || contrastOpeners.contains(token.lower))
        && index > first + 2,
        case let name = paragraph.tokens[index + 1].lower == "the" && index + 2 <= last ? index + 2 : index + 1,
        name == index + 1 || paragraph.tokens[name].isCapitalized,
        SpeakerPhraseParser.isNameToken(paragraph, name) && paragraph.tokens[name].quote == nil
      {
        var end = name
        while end <= last && SpeakerPhraseParser.isNameToken(paragraph, end) { end += 1 }
        // (or "and Hale, who says …")
        if end + 2 <= last, paragraph.tokens[end].scalar == ",", paragraph.tokens[end + 1].lower == "who" { end += 2 }
        if end <= last, let cue = paragraph.cues[end], cue.category != .belief {
          return paragraph.tokens[index - 1].scalar == "," ? index - 2 : index - 1
        }
      }
      // "… would close but did not give a date", "…, but declined to name them": the speaker's second predicate,
      // which holds something back, says nothing of what was said
      if token.quote == nil, token.lower == "but", index >= first + 2, index + 1 <= last,
        withholds(paragraph, from: index + 1, last: last)
      {
        return paragraph.tokens[index - 1].scalar == "," ? index - 2 : index - 1
      }
      // "… to the limit and warned the landlords …": a second reporting verb starts an attribution of its own
      // (or "but": "… the cap was fair but warned enrolment could fall")
      // (a present tense when "that" or a quote follows it: "… her “energy” but argues that she can’t …"; a word
      // that opens a second predicate may stand first: "… by title but did add that …", "and also warned")
      if token.quote == nil && (token.lower == "and" || token.lower == "but") && index >= first + 2,
        case let verb = secondPredicateStarts.contains(next.lower) && index + 2 <= last ? index + 2 : index + 1,
        let cue = paragraph.cues[verb], case let word = paragraph.tokens[verb].lower,
        word.hasSuffix("ed") || word == "said" || word == "told"
          || ((word.hasSuffix("s") || verb > index + 1) && cue.end <= last
            && (paragraph.tokens[cue.end].lower == "that" || opensQuote(paragraph, cue.end, last + 1)
              || (token.lower == "but" && opensClauseWithNoThat(paragraph.tokens[cue.end])))),
        cue.category != .belief || beliefTakesClause(paragraph, cue, limit: last + 1),
        // (a verb that reports only a clause, with one: not "an able and determined opponent")
        !CueLexicon.clauseOnly.contains(cue.lemma)
          || (cue.end <= last && opensReportedClause(paragraph, cue.end, limit: last + 1, verbRequired: false)),
        !actGoesOnWithClause(paragraph, cue, contentStart: first, limit: last + 1),
        !endsVerbSeriesOfClause(paragraph, cue, contentStart: first)
      {
        return paragraph.tokens[index - 1].scalar == "," ? index - 2 : index - 1
      }
      // a quoted phrase ends the content when another clause follows it:
      // … a “scandal” after she criticised … · … “a sham” and urged members …
      // (but not a contrast clause that quotes more words, reports nothing and opens with no participle: "… was
      // “a total amateur” while Joe Bloggs is “a menace”", not "… “…” while clips play on the screen"; one
      // after a comma was looked at above)
      if closing && index + 1 <= last && startsNewClause(paragraph, at: index + 1, limit: last + 1)
        && !(contrastOpeners.contains(next.lower)
          && (commaBefore(paragraph, index)
            || (!after.hasSuffix("ing") && ((index + 2)...last).contains(where: { paragraph.tokens[$0].quote != nil })
              && !contrastClauseReports(paragraph, index + 2, last))))
      {
        return index
      }
      index += 1
    }
    return last
  }

  /// Whether the verb of saying `cue` that names an act as well (`CueLexicon.acts`), after "and" with no comma inside
  /// the content that opens at `first`, goes on with that content as its clause's second verb, not as a second report
  /// of the speaker's: the content is a clause with a subject of its own, and the verb has a plain object, with no
  /// clause or quote after it ("said the driver left the car and attacked a guard"; not "said the plan was dead and
  /// charged that …", nor "… and blasted the mayor as “a coward”", nor after a noun phrase as the content:
  /// "criticised the budget and attacked the mayor").
  static func actGoesOnWithClause(_ paragraph: ParagraphText, _ cue: Cue, contentStart first: Int, limit: Int) -> Bool {
    guard CueLexicon.acts.contains(cue.lemma), cue.end < limit, cue.first >= first + 2,
      paragraph.tokens[cue.first - 1].lower == "and", paragraph.tokens[cue.first - 2].scalar != ",",
      paragraph.tokens[first].quote == nil, opensReportedClause(paragraph, first, limit: cue.first),
      // (a clause of an act, whose subject may go on acting: not one of a state or with an auxiliary, after which
      // the act is the speaker's, "said the bill was dead and attacked the governor", "… had been stolen and …")
      !(first..<cue.first).contains(where: { Lexicon.auxiliariesAndBe.contains(paragraph.tokens[$0].lower) })
    else { return false }
    return !opensReportedClause(paragraph, cue.end, limit: limit)
      && !(cue.end..<limit).contains(where: { paragraph.tokens[$0].quote != nil })
  }

  /// Whether the verb of saying `cue`, after "and", is the last of a series of verbs of the clause that opens the
  /// content at `first`, not a second report of the speaker's: the content is a clause with a subject and a verb in
  /// the past before its first comma, and a verb in the past with an object opens the next item after that comma
  /// ("said a guard saw the men, followed them to the car, and learned they were armed"; not "said the men were
  /// armed, and added that …", nor after a noun phrase, "mocked a disabled reporter, referred to …, and told …",
  /// nor before a participle's phrase, "…, compared to its share in Hungary, and stated …"; nor after a participle's
  /// clause, whose series is its subject's: "Vey, making it clear that talks had failed, left the room, and said …").
  static func endsVerbSeriesOfClause(_ paragraph: ParagraphText, _ cue: Cue, contentStart first: Int) -> Bool {
    // (a verb of finding out or of belief, which the one reported of may end with: not one of saying, the speaker's
    // own, "said the storm wrecked the pier, thanked the crews, and said repairs would start")
    guard cue.category == .belief || cue.category == .evidence,
      cue.first >= first + 4, first > 0, paragraph.tokens[cue.first - 1].lower == "and",
      paragraph.tokens[first].quote == nil, opensReportedClause(paragraph, first, limit: cue.first),
      !(max(0, first - 4)..<first).contains(where: {
        paragraph.cues[$0] != nil && paragraph.tokens[$0].lower.hasSuffix("ing")
      }),
      !(first..<cue.first).contains(where: { paragraph.tokens[$0].quote != nil })
    else { return false }
    func isPast(_ index: Int) -> Bool {
      let token = paragraph.tokens[index]
      return token.kind == .word && !token.isCapitalized && token.quote == nil && paragraph.cues[index] == nil
        && (token.lower.hasSuffix("ed") || Lexicon.irregularPasts.contains(token.lower))
    }
    // (the clause's verb after its subject, no adjective after an article: "a disabled reporter"; an appositive's
    // commas may come first: "a constable, one Ravi Dutt, saw the men, decided to …, and learned …")
    guard let verb = ((first + 1)..<(cue.first - 3)).first(where: {
      isPast($0) && !paragraph.tokens[$0 - 1].classes.contains(.determiner)
    })
    else { return false }
    return ((verb + 1)..<(cue.first - 3)).contains { comma in
      guard paragraph.tokens[comma].scalar == ",", isPast(comma + 1) else { return false }
      let next = paragraph.tokens[comma + 2]
      return !next.isListedAsWritten(.preposition)
        || (next.lower == "to" && ProposalDetector.opensInfinitive(paragraph.tokens[comma + 3]))
    }
  }

  /// Whether quoted words follow `start` (up to `last`) with no verb of saying before them: a participle's clause
  /// that quotes the speaker is part of what the speaker said ("… had been tested, coming from far behind to a
  /// “dead heat”"), where one with a verb of saying or labelling of its own is a claim of its own (", adding “…”",
  /// ", calling the plan “…”"); one of what came of the words (`Lexicon.consequenceParticiples`: ", sparking a
  /// “furious” reply") quotes others, and its caller asks that first.
  static func quotesWithoutFrame(_ paragraph: ParagraphText, from start: Int, _ last: Int) -> Bool {
    guard start <= last else { return false }
    for index in start...last {
      let token = paragraph.tokens[index]
      if token.quote != nil { return true }
      if paragraph.cues[index] != nil || labelVerbs.contains(token.lower) { return false }
      // (a quote after a spaced dash is one the writer adds: "…, treating it as praise -- ''That makes me …''")
      if isSpacedDash(paragraph, index) { return false }
    }
    return false
  }

  /// Whether the word at `index`, after a comma, is an item of a list that goes on with "and" or "or" (and
  /// the comma of a list before it): "faced landslides, flooding and power cuts", "…, flooding, or fires" (a
  /// noun in "-ing", no participle opening a clause of its own: "…, prompting anger", nor a verb of saying).
  static func isListItem(_ paragraph: ParagraphText, _ index: Int, _ last: Int) -> Bool {
    guard index + 2 <= last, paragraph.cues[index] == nil else { return false }
    let after = paragraph.tokens[index + 1]
    if after.quote == nil && (after.lower == "and" || after.lower == "or") { return true }
    return after.scalar == "," && after.quote == nil && ["and", "or"].contains(paragraph.tokens[index + 2].lower)
  }

  /// Whether the comma at `comma` is a list's, whose next item, of up to four words, goes on to "and" or "or" (before
  /// `last`): "40 soldiers, 12 civilians and dozens of rebels" (`isListItem` asks it of a single word).
  static func isCommaOfList(_ paragraph: ParagraphText, _ comma: Int, _ last: Int) -> Bool {
    guard let end = ((comma + 1)..<min(last, comma + 6)).first(where: { index in
      let token = paragraph.tokens[index]
      return token.kind == .punct || token.quote != nil || paragraph.cues[index] != nil
        || token.classes.contains(.clauseWord)
    }) else { return false }
    return end > comma + 1 && ["and", "or"].contains(paragraph.tokens[end].lower) && paragraph.tokens[end].quote == nil
  }

  /// Whether a verb of belief second in its sentence frames a clause, and so words of its own: "… were involved
  /// and suggested the skipper fell asleep", "… and suggested the pilot lost his bearings", "… and believes that …"
  /// (not "… were angry and felt betrayed").
  static func beliefTakesClause(_ paragraph: ParagraphText, _ cue: Cue, limit: Int) -> Bool {
    guard cue.end < limit else { return false }
    let next = paragraph.tokens[cue.end]
    return next.lower == "that" && next.quote == nil
      || (opensClauseWithNoThat(next)
        && (predicateFollows(paragraph, cue.end, limit) || irregularPastFollows(paragraph, cue.end, limit)))
  }

  /// Whether an irregular past (`Lexicon.irregularPasts`) follows the subject that opens at `clause`, a determiner
  /// or a name and up to three lower-case words: "the driver lost control", "the skipper fell asleep".
  static func irregularPastFollows(_ paragraph: ParagraphText, _ clause: Int, _ limit: Int) -> Bool {
    var index = clause + 1
    while index < limit, index <= clause + 4 {
      let token = paragraph.tokens[index]
      guard token.kind == .word, token.quote == nil, paragraph.cues[index] == nil, !token.classes.contains(.clauseWord)
      else { return false }
      if !token.isCapitalized, Lexicon.irregularPasts.contains(token.lower) { return index > clause }
      index += 1
    }
    return false
  }

  /// Verbs after "without" that say what a speaker left out, and the nouns of what: "without elaborating",
  /// "without offering evidence", "without giving details".
  static let withholdingVerbs: WordSet = ["offering", "providing", "giving", "citing", "presenting", "producing"]
  static let withheldDetails: WordSet = [
    "evidence", "details", "detail", "specifics", "proof", "examples", "reason", "reasons", "explanation", "names",
  ]

  /// The index of "without" when the content from `first` to `last` ends with the writer's note of what the
  /// speaker did not say: "without elaborating", "without offering any evidence", "without giving further
  /// details" (up to three words between the verb and its noun). Nil otherwise, as for "… without raising taxes".
  static func withheldDetailsTail(_ paragraph: ParagraphText, _ first: Int, _ last: Int) -> Int? {
    var end = last
    while end > first, paragraph.tokens[end].kind == .punct, paragraph.tokens[end].quote == nil { end -= 1 }
    guard end - first >= 3, paragraph.tokens[end].quote == nil else { return nil }
    if paragraph.tokens[end].lower == "elaborating" || paragraph.tokens[end].lower == "elaboration" {
      var without = end - 1
      if without > first, paragraph.tokens[without].lower == "further" { without -= 1 }
      return without > first + 2 && paragraph.tokens[without].lower == "without" ? without : nil
    }
    guard withheldDetails.contains(paragraph.tokens[end].lower),
      let verb = stride(from: end - 1, through: max(first + 3, end - 4), by: -1).first(where: {
        withholdingVerbs.contains(paragraph.tokens[$0].lower)
      }),
      paragraph.tokens[verb - 1].lower == "without", paragraph.tokens[verb - 1].quote == nil,
      ((verb + 1)..<end).allSatisfy({ paragraph.tokens[$0].kind == .word && paragraph.tokens[$0].quote == nil })
    else { return nil }
    return verb - 1
  }

  /// Whether the words from `start` to `last` are a short subject of people other than a pronoun (a plural
  /// noun of people, or a determiner and up to two words) and a verb of saying that ends the content:
  /// "critics disagreed", "the opposition objected".
  static func othersObjectAtEnd(_ paragraph: ParagraphText, _ start: Int, _ end: Int) -> Bool {
    var last = end
    while last > start && paragraph.tokens[last].kind == .punct { last -= 1 }
    guard start < last, last - start <= 3, let cue = paragraph.cues[last], cue.first == last, cue.end == last + 1,
      cue.category != .belief
    else { return false }
    let words = paragraph.tokens[start..<last]
    guard words.allSatisfy({ $0.kind == .word && $0.quote == nil && !$0.isCapitalized }) else { return false }
    let head = paragraph.tokens[last - 1]
    return head.classes.contains(.groupNoun)
      || (paragraph.tokens[start].classes.contains(.determiner) && last - start >= 2)
  }

  /// Whether a lower-case word may be a noun of a relative clause's subject: not a clause word, an auxiliary,
  /// an adverb or a verb's form ("which union leader Bo Tamsen has called …", not "who have insisted …").
  static func isNounOfSubject(_ token: Token) -> Bool {
    let lower = token.lower
    return !token.classes.contains(.clauseWord) && !Lexicon.auxiliariesAndBe.contains(lower)
      && !["ly", "ed", "ing"].contains(where: { lower.hasSuffix($0) })
  }

  /// Whether a relative clause at `start` has a subject of its own, a pronoun or a name (with its role and
  /// article), and a reporting verb after it: "which he declared …", "whom she called …", "which Crane said …",
  /// "which the union's leader has called …".
  static func objectRelativeReports(_ paragraph: ParagraphText, _ start: Int, _ last: Int) -> Bool {
    guard start + 2 <= last, ["which", "who", "whom"].contains(paragraph.tokens[start].lower),
      paragraph.tokens[start].quote == nil
    else { return false }
    var verb = start + 1
    let subject = paragraph.tokens[verb]
    if subjectPronouns.contains(subject.lower) && subject.lower != "it" && subject.lower != "there" {
      verb += 1
    } else {
      // (a name with its role and its article: "which union leader Bo Tamsen has called …", "which the mayor
      // called …")
      while verb < last && verb < start + 7, paragraph.cues[verb] == nil,
        SpeakerPhraseParser.isNameToken(paragraph, verb)
          || (paragraph.tokens[verb].quote == nil && paragraph.tokens[verb].kind == .word
            && (paragraph.tokens[verb].classes.contains(.determiner) || isNounOfSubject(paragraph.tokens[verb])))
      {
        verb += 1
      }
    }
    guard verb > start + 1 else { return false }
    // (and an auxiliary: "which he has called …")
    if verb < last, ["has", "had", "have", "also"].contains(paragraph.tokens[verb].lower) { verb += 1 }
    guard verb < last, paragraph.tokens[verb].quote == nil else { return false }
    // (or a labelling verb: "which he called “a racket for private landlords.”")
    if let cue = paragraph.cues[verb] { return cue.end <= last }
    return labelVerbs.contains(paragraph.tokens[verb].lower) && paragraph.tokens[verb].lower.hasSuffix("ed")
  }

  /// Words that open a subordinate clause whose participle may frame words of its own: ", and when asked …".
  static let askedClauseOpeners: WordSet = ["when", "after", "once", "if"]

  /// Whether "but" or "and" at `index` goes on with an adverb and no verb, which adds to the same predicate: "are
  /// “fed up with waiting,” but also eager for …" (not "but also warned …", "and still says …").
  static func continuesWithoutVerb(_ paragraph: ParagraphText, _ index: Int, _ last: Int) -> Bool {
    guard index + 2 <= last, ["also", "still", "never"].contains(paragraph.tokens[index + 1].lower) else {
      return false
    }
    let word = paragraph.tokens[index + 2]
    return word.kind == .word && word.quote == nil && paragraph.cues[index + 2] == nil
      && !looksLikeVerb(word, after: paragraph.tokens[index + 1]) && !Lexicon.auxiliariesAndBe.contains(word.lower)
      && !finiteVerbs.contains(word.lower)
  }

  /// Whether a quote opens at `index` and a frame of its own follows it within three tokens: "“It is dead,” he
  /// claimed".
  static func quoteWithFrameOfItsOwn(_ paragraph: ParagraphText, _ index: Int) -> Bool {
    guard opensQuote(paragraph, index, paragraph.tokens.count), let quote = paragraph.tokens[index].quote,
      let close = (index..<paragraph.tokens.count).last(where: { paragraph.tokens[$0].quote == quote })
    else { return false }
    // (the quote ends with a comma, inside its marks or after them, as one a frame follows does)
    guard close > index, paragraph.tokens[close - 1].scalar == ","
      || (close + 1 < paragraph.tokens.count && paragraph.tokens[close + 1].scalar == ",")
    else { return false }
    return ((close + 1)..<min(paragraph.tokens.count, close + 5)).contains(where: { position in
      paragraph.cues[position] != nil && paragraph.tokens[position].quote == nil
    })
  }

  /// Whether the relative clause at `start` closes with a comma before the verb of the clause it stands in,
  /// which goes on: "that the ruling, which critics have called rushed, was an “insult”".
  static func relativeClauseCloses(_ paragraph: ParagraphText, _ start: Int, _ last: Int) -> Bool {
    var index = start + 1
    while index < last && index < start + 16 {
      let token = paragraph.tokens[index]
      if token.kind == .punct && token.quote == nil {
        return token.scalar == "," && Lexicon.auxiliariesAndBe.contains(paragraph.tokens[index + 1].lower)
          && paragraph.tokens[index + 1].quote == nil
      }
      index += 1
    }
    return false
  }

  /// Whether a frame of its own starts at `clause` (after "and", "but" …): a short subject (a subject pronoun,
  /// a name, with a role or a kind of body before it or not: "broadcaster Tarn News", a determiner and up to two
  /// lower-case words: "a woman", "the team captain", a share of people: "three-quarters", "62 percent of those
  /// polled", or a plural of people after a clause and its comma: "…, but police …"), then an adverb or not
  /// ("later"), then a verb of saying that is not weak, then a quote, "that" or a clause ("…, a woman shouted “Go
  /// home!”", "…, the team captain said she needed …"). A pronoun's ", he said, “…”" is a frame inside the same
  /// content.
  static func secondFrameFollows(_ paragraph: ParagraphText, _ clause: Int, _ last: Int) -> Bool {
    // (after a conjunction: "…, and two-thirds said the same of Hale")
    var start = clause < last && clauseCoordinators.contains(paragraph.tokens[clause].lower) ? clause + 1 : clause
    // (and after a time that opens the clause: "…, but on Friday he said …", "…, but later the mayor said …")
    start = clauseAfterTime(paragraph, start, last + 1) ?? start
    guard start < last, paragraph.tokens[start].quote == nil else { return false }
    let first = paragraph.tokens[start]
    var verb = start + 1
    let pronoun = subjectPronouns.contains(first.lower) && first.lower != "it" && first.lower != "there"
    // a share of people: "three-quarters", "62 percent of those polled", "half"
    let share =
      first.kind == .number || SpeakerPhraseParser.numberWords.contains(first.lower)
      || first.lower.hasSuffix("-quarters")
    // (a role noun or a kind of organisation may stand before the name, with "the" or a word before it or not:
    // "…, but broadcaster Vellum News reported …", "…, but the news broadcaster Vellum News reported …")
    func isRoleOrKind(_ index: Int) -> Bool {
      !paragraph.tokens[index].isCapitalized && paragraph.tokens[index].quote == nil
        && (paragraph.tokens[index].classes.contains(.roleNoun)
          || Lexicon.organisationKinds.contains(paragraph.tokens[index].lower))
    }
    var role = first.lower == "the" && start + 2 < last ? start + 1 : start
    if role + 2 < last, !isRoleOrKind(role), paragraph.tokens[role].kind == .word, paragraph.cues[role] == nil,
      isRoleOrKind(role + 1)
    {
      role += 1
    }
    let roleBeforeName =
      !pronoun && role + 1 < last && isRoleOrKind(role)
      && paragraph.tokens[role + 1].isCapitalized && SpeakerPhraseParser.isNameToken(paragraph, role + 1)
    if roleBeforeName {
      verb = role + 2
      while verb < last && verb < role + 5 && SpeakerPhraseParser.isNameToken(paragraph, verb) { verb += 1 }
    } else if !pronoun && SpeakerPhraseParser.isNameToken(paragraph, start) && first.kind != .number {
      while verb < last && verb < start + 4 && SpeakerPhraseParser.isNameToken(paragraph, verb) { verb += 1 }
    } else if share {
      while verb < last && verb <= start + 4 && paragraph.tokens[verb].quote == nil
        && (paragraph.tokens[verb].kind == .word || paragraph.tokens[verb].kind == .number)
        && !paragraph.tokens[verb].isCapitalized && paragraph.cues[verb] == nil
      {
        verb += 1
      }
    } else if first.classes.contains(.determiner) {
      while verb < last && verb <= start + 2 && paragraph.tokens[verb].kind == .word
        && !paragraph.tokens[verb].isCapitalized && paragraph.cues[verb] == nil
        && !subjectPrepositions.contains(paragraph.tokens[verb].lower)
      {
        verb += 1
      }
      guard verb > start + 1 else { return false }
    } else if !first.isCapitalized && first.classes.contains(.groupNoun) && first.quote == nil {
      // a plural of people with no determiner, and its finite verb, after a clause and its comma: "…, but police
      // said …", "…, and officials say …" (not a participle's phrase: "…, and polls showing a tie give him …";
      // nor the last of a list of subjects: "said doctors, nurses and officials said …")
      guard verb < last, !paragraph.tokens[verb].lower.hasSuffix("ing"), clausePrecedes(paragraph, conjunction: start - 1)
      else { return false }
    } else if !pronoun {
      return false
    }
    // a phrase after a share or a noun: "one of the former prosecutors for Tom Reed said"
    if !pronoun, verb < last, paragraph.cues[verb] == nil, subjectPrepositions.contains(paragraph.tokens[verb].lower) {
      let preposition = verb
      verb += 1
      // (a relative clause in it has its own verb: "a rise from 40 percent who said so")
      while verb < last && verb <= preposition + 5 && paragraph.tokens[verb].quote == nil
        && paragraph.tokens[verb].kind != .punct && paragraph.cues[verb] == nil
        && !EntityRegistry.Entity.relativeWords.contains(paragraph.tokens[verb].lower)
      {
        verb += 1
      }
    }
    // (an adverb may stand before the verb: "…, but Vellum News later reported …", "…, and police
    // repeatedly said …")
    if verb + 1 < last, paragraph.cues[verb] == nil, paragraph.cues[verb + 1] != nil,
      adverbsOfTimeOrRepetition.contains(paragraph.tokens[verb].lower) || isMannerAdverb(paragraph, verb, floor: verb)
    {
      verb += 1
    }
    guard verb < last, let cue = paragraph.cues[verb], cue.end <= last,
      cue.category != .belief, cue.category != .proposal
    else { return false }
    let next = paragraph.tokens[cue.end]
    // (a weak verb frames only a clause, with "that" or not: "…, but Tarn News later reported that it began …",
    // "…, but Tarn News reported it began …", not "…, and the firm reported a loss")
    if CueLexicon.weak.contains(cue.lemma) {
      return next.quote == nil
        && (next.lower == "that"
          ? isIndicativeClause(paragraph, after: cue.end, limit: last + 1)
          : opensIndicativeClauseWithNoThat(paragraph, at: cue.end, limit: last + 1)
            // (whose own verb is none of saying: "…, but 40 percent blame the mayor and 30 percent say …")
            && !(cue.end..<min(last + 1, cue.end + 8)).contains(where: { paragraph.cues[$0] != nil }))
    }
    if opensQuote(paragraph, cue.end, last + 1) { return true }
    if next.scalar == "," || next.scalar == ":", cue.end + 1 <= last, opensQuote(paragraph, cue.end + 1, last + 1) {
      return !(pronoun && next.scalar == ",")
    }
    return next.quote == nil
      && (next.lower == "that" || opensClauseWithNoThat(next)
        // (or a bare plural and its predicate: "…, but the mayor said talks were going on")
        || opensBarePluralClause(paragraph, at: cue.end, limit: last + 1))
  }

  /// Whether the comma at `comma` opens a contrast clause with a subject, a name or a pronoun, and a verb of
  /// saying of its own, which frames what follows it, not what comes before: "…, though Reed said …" (not a
  /// participle's, nor a passive's: "…, while testifying …", "…, though it was widely reported that …").
  static func contrastFrameAfter(_ paragraph: ParagraphText, comma: Int, _ last: Int) -> Bool {
    guard comma + 2 <= last, paragraph.tokens[comma].scalar == ",", paragraph.tokens[comma].quote == nil,
      contrastOpeners.contains(paragraph.tokens[comma + 1].lower)
    else { return false }
    let subject = comma + 2
    return SpeakerPhraseParser.isNameToken(paragraph, subject)
      || speakingPronouns.contains(paragraph.tokens[subject].lower)
      ? contrastClauseReports(paragraph, subject, last) : false
  }

  /// Whether the content from `first` opens with a subordinate clause, whose comma a main clause follows in the
  /// content: "when she arrived, she told him …", "that when she arrived, she told him …".
  static func opensWithSubordinateClause(_ paragraph: ParagraphText, _ first: Int) -> Bool {
    subordinators.contains(paragraph.tokens[first].lower)
      || (paragraph.tokens[first].lower == "that" && subordinators.contains(paragraph.tokens[first + 1].lower))
  }

  /// Whether the words from `start` are a short subject (a name, or a determiner and up to two words, or a
  /// plural noun or a noun of a group) and a participle: "Tom Reed describing", "the death toll rising",
  /// "officials reporting", "police saying".
  static func withClauseParticiple(_ paragraph: ParagraphText, _ start: Int, _ last: Int) -> Bool {
    var verb = start
    while verb <= last && verb < start + 7 && paragraph.tokens[verb].quote == nil
      && paragraph.tokens[verb].kind == .word && !paragraph.tokens[verb].lower.hasSuffix("ing")
    {
      verb += 1
    }
    guard verb > start, verb <= last, paragraph.tokens[verb].kind == .word, !paragraph.tokens[verb].isCapitalized,
      paragraph.tokens[verb].lower.hasSuffix("ing"), paragraph.tokens[verb].lower.count > 5
    else { return false }
    let subject = start..<verb
    // (a name with the place or the body it is of: "Rita Gomez of Leeds calling")
    let of = subject.first(where: { paragraph.tokens[$0].lower == "of" }) ?? verb
    if of > start, (start..<of).allSatisfy({ SpeakerPhraseParser.isNameToken(paragraph, $0) }),
      of == verb || ((of + 1)..<verb).allSatisfy({ SpeakerPhraseParser.isNameToken(paragraph, $0) }) && of + 1 < verb
    {
      return subject.count <= 4 || of < verb
    }
    let head = paragraph.tokens[verb - 1]
    return paragraph.tokens[start].classes.contains(.determiner) && subject.count <= 3
      || (subject.count == 1 && !head.isCapitalized
        && ((head.lower.hasSuffix("s") && !head.lower.hasSuffix("ss")) || head.classes.contains(.groupNoun)))
  }

  /// Prepositions that open a phrase inside a subject: "one of the prosecutors", "a spokesman for the city".
  static let subjectPrepositions: WordSet = ["of", "for", "from", "at"]

  /// Whether a comma stands before the conjunction at `conjunction` and a finite verb between that comma and the
  /// comma before it (within 30 words): the words before are a clause ("the fire began in a shed, but police said
  /// …"), not a list of subjects ("doctors, nurses, and officials said …").
  static func clausePrecedes(_ paragraph: ParagraphText, conjunction: Int) -> Bool {
    let comma = conjunction - 1
    guard comma >= 1, paragraph.tokens[comma].scalar == ",", clauseCoordinators.contains(paragraph.tokens[conjunction].lower)
    else { return false }
    let floor = max(1, comma - 30)
    let previousComma = (floor..<comma).last(where: { paragraph.tokens[$0].scalar == "," }).map { $0 + 1 } ?? floor
    return (max(1, previousComma)..<comma).contains(where: { index in
      let token = paragraph.tokens[index]
      return Lexicon.auxiliariesAndBe.contains(token.lower) || isVerbLike(token, after: paragraph.tokens[index - 1])
    })
  }

  /// Whether the words from `start` hold back more of what was said: a negated auxiliary and a verb of telling
  /// ("did not give a date", "wouldn’t say when", "has not commented"), or a verb of refusing and "to" and such a
  /// verb, or "comment" ("declined to say when", "refused to comment"), an adverb maybe first ("but politely
  /// declined to …"). Not any negated predicate, which is more often the reported clause's own: "said the man
  /// tried to flee but did not get far", "said revenue rose but declined in Europe".
  static func withholds(_ paragraph: ParagraphText, from start: Int, last: Int) -> Bool {
    var index = start
    if index < last, paragraph.tokens[index].lower.hasSuffix("ly") { index += 1 }
    let word = paragraph.tokens[index].lower
    func isTelling(_ position: Int) -> Bool { position <= last && tellingVerbs.contains(paragraph.tokens[position].lower) }
    if refusingVerbs.contains(word) {
      guard index + 1 <= last else { return false }
      let next = paragraph.tokens[index + 1].lower
      return next == "comment" || (next == "to" && isTelling(index + 2))
    }
    // ("didn’t" is one word, "did not" two)
    if isNegationWord(word), word != "not", word != "never" {
      return negatedAuxiliaries.contains(String(word.dropLast(3))) && isTelling(index + 1)
    }
    return negatedAuxiliaries.contains(word) && index + 1 <= last && paragraph.tokens[index + 1].lower == "not"
      && isTelling(index + 2)
  }
  /// Verbs of refusing to say more: "declined to name", "refused to comment".
  static let refusingVerbs: WordSet = ["declined", "refused", "declines", "refuses"]
  /// Auxiliaries that "not" follows when the speaker holds back: "did not say", "would not give", "has not
  /// commented" ("wo" of "won’t"). Not the forms of "be" nor "can", whose negation is a state or a want of the
  /// clause's own.
  static let negatedAuxiliaries: WordSet = ["did", "does", "do", "would", "will", "could", "has", "have", "had", "wo"]
  /// Verbs of telling that a speaker holds back: "did not say", "declined to give details".
  static let tellingVerbs: WordSet = [
    "say", "said", "comment", "commented", "give", "given", "disclose", "disclosed", "elaborate", "elaborated",
    "specify", "specified", "confirm", "confirmed", "name", "named", "provide", "provided", "reveal", "revealed",
    "offer", "offered", "explain", "explained", "identify", "identified", "answer", "answered", "respond",
    "responded", "detail", "detailed", "discuss", "discussed", "address", "addressed", "release", "released",
    "return", "returned", "share", "shared",
  ]

  /// Words that open a second predicate after "and"/"but": "but did not suggest", "and then left".
  static let secondPredicateStarts: WordSet = ["did", "does", "also", "then", "later", "never", "still"]
  /// Words that open a clause of contrast after the reported words: "…, while …", "…, although …".
  static let contrastOpeners: WordSet = ["while", "whereas", "although", "though"]

  /// Whether the contrast clause from `start` to `last` has a verb of saying or of labelling of its own: "…,
  /// while LIDL, in an Instagram post, called it “temporary”".
  static func contrastClauseReports(_ paragraph: ParagraphText, _ start: Int, _ last: Int) -> Bool {
    (start..<(last + 1)).contains(where: {
      paragraph.cues[$0] != nil
        || (paragraph.tokens[$0].quote == nil && labelVerbs.contains(paragraph.tokens[$0].lower)
          && !["used", "uses", "using"].contains(paragraph.tokens[$0].lower))  // ("used the money")
    })
  }
  /// Words that open the writer's comment after a comma: ", which …", ", a charge that …".
  static let commentStarts: WordSet = ["which", "a", "an", "before", "prompting", "drawing"]
  /// Adverbs without "-ly" that may stand before a participle opening a new clause: ", further saying".
  static let participleAdverbs: WordSet = ["further", "also", "later", "again"]
  /// Conjunctions that open a subordinate clause of a participle: "while speaking", "before leaving".
  static let participleClauseOpeners: WordSet = ["while", "before", "after", "when", "whilst", "since"]
  /// Words that open the writer's clause after a dash: "- and he makes sure …", "- except that …".
  static let dashClauseOpeners: WordSet = ["and", "but", "although", "though", "except", "while", "whereas", "yet"]

  /// Whether the content from `first` is "that" and a short phrase of place or time up to the comma at `comma`,
  /// with no verb: the participle after that comma opens the content's own clause ("that from May 1, wearing
  /// a helmet will be required"), it does not trail after it.
  static func opensWithPhraseBeforeItsClause(_ paragraph: ParagraphText, _ first: Int, comma: Int) -> Bool {
    comma - first <= 7 && paragraph.tokens[first].lower == "that"
      && (paragraph.tokens[first + 1].classes.contains(.preposition) || paragraph.tokens[first + 1].isTimeWord)
      && !isIndicativeClause(paragraph, after: first, limit: comma)
  }

  /// Whether token `index` stands inside brackets opened after `first`: "(384,000 km; 239,000 miles)".
  static func isInsideBrackets(_ paragraph: ParagraphText, _ index: Int, from first: Int) -> Bool {
    var position = index - 1
    while position >= first {
      let scalar = paragraph.tokens[position].scalar
      if scalar == ")" { return false }
      if scalar == "(" { return true }
      position -= 1
    }
    return false
  }

  /// The last token before the first mark from `start` to `last`: the end of a phrase set off by commas.
  static func lastBeforeMark(_ paragraph: ParagraphText, from start: Int, _ last: Int) -> Int {
    ((start + 1)...max(start + 1, last)).first(where: { paragraph.tokens[$0].kind == .punct }).map { $0 - 1 } ?? last
  }

  /// The auxiliaries of a comparison that may stand for the frame's verb, before a speaker: ", as did Radio Kestrel",
  /// ", as has the mayor".
  static let framesComparedAuxiliaries: WordSet = ["did", "does", "do", "has", "have", "had"]

  /// Words that open a clause of time after a quote that is all the words: the writer's, when it was said.
  static let quoteEndTimeOpeners: WordSet = ["until", "till", "before", "after", "as", "while", "when"]

  /// The auxiliaries of a modal or a past perfect, whose clause after a quote goes on with what was said: "… and the
  /// firm would hire 200 staff", "… and the hospital had ignored warnings" (a present perfect is the writer's news:
  /// "… and police have opened an investigation").
  static let reportedTenseAuxiliaries: WordSet = [
    "would", "could", "should", "might", "may", "will", "can", "must", "had",
  ]

  /// The prepositions that open where, when or through what a quote was said, after it: "“…” in a post on Tuesday".
  static let quoteCircumstancePrepositions: WordSet = ["on", "in", "at", "during", "via", "through", "over"]

  /// Whether a frame's circumstance alone runs from token `start` to `limit`: a preposition, then a time, or a
  /// channel or anonymity within five words, and no clause ("on Monday", "on condition of anonymity to discuss
  /// the talks", "in an interview with CNN"; not "to make sure the plan works", "with each receiving 40 percent",
  /// "before being shot").
  static func isCircumstanceToTheEnd(_ paragraph: ParagraphText, _ start: Int, _ limit: Int) -> Bool {
    guard start + 1 < limit, paragraph.tokens[start].lower != "to",
      paragraph.tokens[start].classes.contains(.preposition)
    else { return false }
    let words = ((start + 1)..<limit).filter { paragraph.tokens[$0].kind != .punct }
    let isTime = words.allSatisfy { index in
      let token = paragraph.tokens[index]
      return token.isTimeWord || token.kind == .number || token.classes.contains(.determiner)
    }
    let isChannel = words.prefix(5).contains { index in
      let word = paragraph.tokens[index].lower
      return channelNouns.contains(word) || word == "anonymity"
    }
    guard isTime || isChannel else { return false }
    return !(start..<limit).contains { index in
      let token = paragraph.tokens[index]
      return token.lower == "that" || token.quote != nil || subjectPronouns.contains(token.lower)
        || (paragraph.cues[index] != nil && paragraph.tokens[index - 1].lower != "to")
        || (token.kind == .punct && token.scalar != "." && token.scalar != "'" && token.scalar != "’")
    }
  }
}
