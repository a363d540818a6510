/// The clause that an adverb of hearsay marks as reported by no one named: `S reportedly V …`.
extension Attributor {
  /// Adverbs that say a clause is what was reported, by whom left unsaid ("allegedly" is an accusation's, which
  /// news annotates far less often as a report).
  static let hearsayAdverbs: Set<String> = ["reportedly"]

  /// "The agency has reportedly hired 200 nurses", "Reportedly, the plant will close": the clause that holds the
  /// adverb, from its subject to its end, with no speaker. Asked after every frame with a verb; and not where the
  /// adverb's verb is one of proposing or labelling, which the later stages read with its subject ("Tate
  /// reportedly urged voters to stay home", "The crowd reportedly chanted “…”"), nor in a question.
  static func hearsayClause(
    _ paragraph: ParagraphText, _ sentence: Range<Int>, _ contentStart: Int, _ sentenceIndex: Int
  ) -> Attribution? {
    guard paragraph.hasHearsayAdverb,
      let adverb = (contentStart..<sentence.upperBound).first(where: {
        paragraph.tokens[$0].quote == nil && paragraph.tokens[$0].classes.contains(.hearsayAdverb)
      }),
      paragraph.tokens[sentence.upperBound - 1].scalar != "?",
      // (the adverb of a verb's group, not of a phrase, a number or a word: "with reportedly over 1,000 shops", "…,
      // reportedly outside the station", "the reportedly injured driver")
      isInVerbGroup(paragraph, adverb, floor: contentStart, limit: sentence.upperBound)
    else { return nil }
    var first: Int
    // (a relative clause between commas that holds the adverb is the words: "The mill, which reportedly employs 300
    // people, will close")
    var endsAtComma = false
    if adverb + 2 < sentence.upperBound, paragraph.tokens[adverb + 1].scalar == "," && adverb == contentStart {
      // (opening the sentence, before its comma)
      first = adverb + 2
    } else if adverb == contentStart, adverb + 3 < sentence.upperBound, paragraph.tokens[adverb + 2].scalar == ",",
      adverbsOfTimeOrRepetition.contains(paragraph.tokens[adverb + 1].lower)
        || paragraph.tokens[adverb + 1].lower == "too"
    {
      // (with one more adverb before the comma: "Reportedly also, …")
      first = adverb + 3
    } else {
      // back to the clause's start: a mark or the sentence's; over a comma after which only a predicate's
      // auxiliaries stand, with "and" or "but" maybe, whose subject is before it ("Ann Vey runs a bakery, but has
      // reportedly been fined twice"), and over a relative clause between commas before that ("The strike, which
      // began on Monday, has reportedly spread")
      first = adverb
      while first > contentStart {
        let token = paragraph.tokens[first - 1]
        if token.quote != nil { break }
        if token.kind == .punct, [",", ";", ":", "(", "—", "–"].contains(token.scalar) {
          let predicateOnly = token.scalar == "," && (first..<adverb).allSatisfy({ index in
            let word = paragraph.tokens[index].lower
            return Lexicon.auxiliariesAndBe.contains(word) || (index == first && clauseCoordinators.contains(word))
          })
          let relative = token.scalar == "," && relativePronouns.contains(paragraph.tokens[first].lower)
          let relativeClosed = relative && (first..<adverb).contains(where: { paragraph.tokens[$0].scalar == "," })
          if relative && !relativeClosed { endsAtComma = true }
          guard predicateOnly || relativeClosed else { break }
        }
        first -= 1
      }
    }
    // to the sentence's end, or to the semicolon or the bracket that ends the clause, or to a comma before a contrast
    // of the writer's or a clause of its own (", but the town is calm", ", and the town is in shock"; not an ", and"
    // that joins a list); a subordinate clause or a phrase of "with" ends at its comma ("With the mayor reportedly
    // weighing a run, the council met"), and so does an inserted relative clause
    let opener = paragraph.tokens[first].lower
    let subordinate = endsAtComma || opener == "with" || subordinators.contains(opener)
    if opener == "with" || (subordinators.contains(opener) && first + 1 < adverb) { first += 1 }
    let bracketed = first > contentStart && paragraph.tokens[first - 1].scalar == "("
    let stop = ((adverb + 1)..<sentence.upperBound).first(where: { index in
      let token = paragraph.tokens[index]
      guard token.quote == nil else { return false }
      if token.scalar == ";" || (bracketed && token.scalar == ")") { return true }
      guard token.scalar == ",", index + 1 < sentence.upperBound else { return false }
      let next = paragraph.tokens[index + 1].lower
      return subordinate || next == "but" || next == "yet" || contrastOpeners.contains(next)
        || (next == "and" && index + 2 < sentence.upperBound
          && opensIndicativeClauseWithNoThat(paragraph, at: index + 2, limit: sentence.upperBound))
    }) ?? sentence.upperBound
    guard stop - first >= 3,
      // (a clause, three words at least: not "Reportedly, the mill.")
      first < adverb || (first..<stop).reduce(0, { $0 + (paragraph.tokens[$1].kind == .word ? 1 : 0) }) >= 3,
      // (nor is the adverb's verb one of proposing or labelling, which later stages read with its subject)
      !isOfVerbOfProposingOrLabelling(paragraph, adverb, limit: stop)
    else { return nil }
    let last = trimmedTail(paragraph, first, stop - 1)
    guard last > adverb else { return nil }
    return Attribution(
      paragraph: paragraph.index, start: paragraph.tokens[first].start,
      end: contentEnd(paragraph, last, floor: first), cue: paragraph.tokens[adverb].text, lemma: "report",
      category: .statement, speaker: nil, sentence: sentenceIndex)
  }

  /// Whether the verb after the adverb at `adverb` (past auxiliaries and other adverbs) is one of proposing or
  /// labelling, whose words the later stages read (a verb of saying that no frame took reports as the adverb does:
  /// "reportedly reacted to the ruling by walking out").
  static func isOfVerbOfProposingOrLabelling(_ paragraph: ParagraphText, _ adverb: Int, limit: Int) -> Bool {
    var verb = adverb + 1
    while verb < limit, case let word = paragraph.tokens[verb].lower,
      Lexicon.auxiliariesAndBe.contains(word) || word.hasSuffix("ly") || word == "also" || word == "not"
    {
      verb += 1
    }
    return verb < limit
      && (paragraph.cues[verb]?.category == .proposal || labelVerbs.contains(paragraph.tokens[verb].lower))
  }

  /// Whether the adverb at `adverb` stands in a finite verb's group: after an auxiliary or a form of "be" ("was
  /// reportedly seen"), or after a subject and before an auxiliary or a verb in the past, the third person or "-ing",
  /// another adverb maybe between ("reportedly will close", "reportedly also died", "reportedly wants", "with the
  /// mayor reportedly weighing a run"); or it opens the sentence. Not after a determiner, a possessive, a preposition
  /// or a verb ("the reportedly injured driver", "his reportedly ailing mother", "arrested reportedly dozens").
  static func isInVerbGroup(_ paragraph: ParagraphText, _ adverb: Int, floor: Int, limit: Int) -> Bool {
    if adverb == floor { return adverb + 1 < limit }
    let before = paragraph.tokens[adverb - 1]
    if before.quote == nil, Lexicon.auxiliariesAndBe.contains(before.lower) { return true }
    // (after a comma it describes what follows it alone: ", reportedly conducted by rebels")
    guard before.kind == .word, before.quote == nil, !before.isPossessive,
      before.classes.isDisjoint(with: [.determiner, .preposition]),
      !CueFinder.possessivePronouns.contains(before.lower),
      before.isCapitalized || !(isPastTense(before) || before.lower.hasSuffix("ing"))
    else { return false }
    var next = adverb + 1
    while next < limit, paragraph.tokens[next].lower.hasSuffix("ly") || paragraph.tokens[next].lower == "also" {
      next += 1
    }
    guard next < limit, case let verb = paragraph.tokens[next], verb.kind == .word, verb.quote == nil,
      !verb.isCapitalized
    else { return false }
    let word = verb.lower
    if Lexicon.auxiliariesAndBe.contains(word) { return true }
    guard verb.classes.isDisjoint(with: [.determiner, .preposition, .clauseWord]) else { return false }
    return isPastTense(verb) || Lexicon.irregularPasts.contains(word) || (word.utf8.count > 3 && word.hasSuffix("s"))
      || (word.utf8.count > 5 && word.hasSuffix("ing"))
  }
}
