/// The clause that an adverb of hearsay marks as reported by no one named: `S reportedly V …`.
extension Attributor {
  /// Adverbs that say a clause is what was reported, by whom left unsaid ("allegedly" is an accusation's, which
  /// news annotates far less often as a report).
  static let hearsayAdverbs: Set<String> = ["reportedly"]

  /// "The agency has reportedly hired 200 nurses", "Reportedly, the plant will close": the clause that holds the
  /// adverb, from its subject to its end, with no speaker. Asked after every frame with a verb: "Tate reportedly
  /// said, “…”" is the verb's.
  static func hearsayClause(
    _ paragraph: ParagraphText, _ sentence: Range<Int>, _ contentStart: Int, _ sentenceIndex: Int
  ) -> Attribution? {
    guard paragraph.hasHearsayAdverb,
      let adverb = (contentStart..<sentence.upperBound).first(where: {
        paragraph.tokens[$0].quote == nil && paragraph.tokens[$0].classes.contains(.hearsayAdverb)
      })
    else { return nil }
    // (the adverb of a verb's group, not of a phrase, a number or a word: "with reportedly over 1,000 shops", "…,
    // reportedly outside the station")
    guard isInVerbGroup(paragraph, adverb, floor: contentStart, limit: sentence.upperBound) else { return nil }
    var first: Int
    if adverb + 2 < sentence.upperBound, paragraph.tokens[adverb + 1].scalar == "," && adverb == contentStart {
      // (opening the sentence, before its comma)
      first = adverb + 2
    } else {
      // back to the clause's start: a mark or the sentence's; over a mark after which only a predicate's
      // auxiliaries stand, with "and" or "but" maybe, whose subject is before it ("Ann Vey is a Republican, but
      // has reportedly been critical of the plan")
      first = adverb
      while first > contentStart {
        let token = paragraph.tokens[first - 1]
        if token.quote != nil { break }
        if token.kind == .punct, [",", ";", ":", "(", "—", "–"].contains(token.scalar) {
          let predicateOnly = token.scalar == "," && (first..<adverb).allSatisfy({ index in
            let word = paragraph.tokens[index].lower
            return Lexicon.auxiliariesAndBe.contains(word) || (index == first && clauseCoordinators.contains(word))
          })
          guard predicateOnly else { break }
        }
        first -= 1
      }
    }
    // to the sentence's end, or to the semicolon or the closing bracket that ends the clause; a subordinate clause
    // or a phrase of "with" ends at its comma ("With the mayor reportedly weighing a run, the council met")
    let subordinate = paragraph.tokens[first].lower == "with" || subordinators.contains(paragraph.tokens[first].lower)
    if paragraph.tokens[first].lower == "with" { first += 1 }
    let stop = ((adverb + 1)..<sentence.upperBound).first(where: {
      let token = paragraph.tokens[$0]
      return token.quote == nil && (token.scalar == ";" || token.scalar == ")" || (subordinate && token.scalar == ","))
    }) ?? sentence.upperBound
    // (an adverb of hearsay with no predicate after it reports nothing: "…, reportedly.")
    guard first < adverb || adverb + 2 < stop, stop - first >= 3 else { return nil }
    let last = trimmedTail(paragraph, first, stop - 1)
    guard last > adverb else { return nil }
    return Attribution(
      paragraph: paragraph.index, start: paragraph.tokens[first].start,
      end: contentEnd(paragraph, last, floor: first), cue: paragraph.tokens[adverb].text, lemma: "report",
      category: .statement, speaker: nil, sentence: sentenceIndex)
  }

  /// Whether the adverb at `adverb` stands in a finite verb's group: after an auxiliary or a form of "be" ("was
  /// reportedly seen"), or before one or before a verb in the past, the third person or "-ing", another adverb
  /// maybe between ("reportedly also died", "reportedly wants", "with the mayor reportedly weighing a run"); or it
  /// opens the sentence.
  static func isInVerbGroup(_ paragraph: ParagraphText, _ adverb: Int, floor: Int, limit: Int) -> Bool {
    if adverb == floor { return adverb + 1 < limit }
    let before = paragraph.tokens[adverb - 1]
    if before.quote == nil, Lexicon.auxiliariesAndBe.contains(before.lower) { return true }
    // (after a comma it describes what follows it alone: ", reportedly conducted by rebels")
    guard before.kind == .word else { return false }
    var next = adverb + 1
    while next < limit, paragraph.tokens[next].lower.hasSuffix("ly") || paragraph.tokens[next].lower == "also" {
      next += 1
    }
    guard next < limit, case let verb = paragraph.tokens[next], verb.kind == .word, verb.quote == nil,
      !verb.isCapitalized, verb.classes.isDisjoint(with: [.determiner, .preposition, .clauseWord])
    else { return false }
    let word = verb.lower
    return Lexicon.auxiliariesAndBe.contains(word) || Lexicon.irregularPasts.contains(word)
      || (word.utf8.count > 4 && word.hasSuffix("ed")) || (word.utf8.count > 3 && word.hasSuffix("s"))
      || (word.utf8.count > 5 && word.hasSuffix("ing"))
  }
}
