/// The frame of a passive verb of saying with its agent: `S was CUE-ed by AGENT as|that CONTENT`.
extension Attributor {
  /// "The plan was described by the mayor as “a disaster”", "It was announced by the ministry that the
  /// border would close": the agent after "by" is who said it, and the content follows "as", "that" or a
  /// colon. Nil when the sentence has no such frame. (A passive whose subject is what was said, "The closure
  /// was confirmed by the mayor", is `preFrame`'s, with `passiveAgent(_:after:_:)`.)
  static func passiveReport(
    _ paragraph: ParagraphText, _ sentence: Range<Int>, _ contentStart: Int, _ sentenceIndex: Int
  )
    -> Attribution?
  {
    var index = contentStart + 1
    while index + 3 < sentence.upperBound {
      defer { index += 1 }
      guard let cue = CueFinder.cue(paragraph, at: index), cue.end + 2 < sentence.upperBound,
        paragraph.tokens[cue.first].quote == nil, isPassive(paragraph, before: cue.first, floor: contentStart)
      else { continue }
      guard paragraph.tokens[cue.end].lower == "by" else {
        if let labelled = labelBeforeAgent(paragraph, cue, sentence, sentenceIndex) { return labelled }
        continue
      }
      let agentStart = cue.end + 1
      guard
        let agentEnd = (agentStart..<min(sentence.upperBound, agentStart + 9)).first(where: { position in
          let token = paragraph.tokens[position]
          return token.lower == "as" || token.lower == "that" || token.scalar == ":" || token.scalar == ","
            || token.quote != nil
            // ("was told by the fire chief of “at least 12 people inside”")
            || (token.lower == "of" && position + 1 < sentence.upperBound && paragraph.tokens[position + 1].quote != nil)
        }), agentEnd > agentStart,
        let agent = SpeakerPhraseParser.parse(paragraph, agentStart..<agentEnd, commonNouns: true),
        canTell(agent, paragraph)
      else { continue }
      // (an appositive may follow the agent: "was told by Tom Reed, the city engineer, that …")
      var opener = agentEnd
      if paragraph.tokens[agentEnd].scalar == "," {
        guard let role = appositiveRoleEnd(paragraph, after: agentEnd, sentence.upperBound),
          case let after = paragraph.tokens[role + 1],
          after.quote != nil
            || (after.lower == "as" && role + 2 < sentence.upperBound && paragraph.tokens[role + 2].quote != nil)
            || (after.lower == "that" && isIndicativeClause(paragraph, after: role + 1, limit: sentence.upperBound))
        else { continue }
        opener = role + 1
      }
      let first =
        ["as", "of", ":"].contains(paragraph.tokens[opener].lower) && paragraph.tokens[opener].quote == nil
        ? opener + 1 : opener
      // ("reported by Reuters as such:", "as follows:" point to words given elsewhere)
      guard first + 1 < sentence.upperBound, !["such", "follows"].contains(paragraph.tokens[first].lower) else {
        return nil
      }
      var last = trimmedTail(paragraph, first, sentence.upperBound - 1)
      // a frame inside a phrase that opens with a subordinator ends its content with the phrase: "after
      // being warned by the Dutch police that she was at risk, but still did nothing"
      if (max(contentStart, cue.first - 3)..<cue.first).contains(where: {
        ["after", "before", "despite", "since", "while", "when", "without"].contains(paragraph.tokens[$0].lower)
      }),
        let comma = (first..<last).first(where: {
          paragraph.tokens[$0].scalar == "," && paragraph.tokens[$0].quote == nil
        })
      {
        last = comma - 1
      }
      return Attribution(
        paragraph: paragraph.index, start: paragraph.tokens[first].start,
        end: contentEnd(paragraph, last, floor: first), cue: cue.text, lemma: cue.lemma,
        category: cue.category, speaker: agent, sentence: sentenceIndex, frameAfter: false)
    }
    return nil
  }

  /// Verbs of declaring whose passive names what its subject was declared before the agent: "was declared a
  /// pandemic by …", "was hailed a hero by …".
  static let labellingPassives: Set<String> = ["declare", "proclaim", "hail"]

  /// `S was declared X by AGENT`: the words between the passive verb of declaring `cue` and "by" (eight at most, no
  /// mark, quote or verb of saying among them) are what the agent declared, and the agent, up to a mark, a
  /// preposition or a time, the speaker ("The fever was declared an epidemic by the World Weather Council on
  /// Wednesday"). Nil when no such agent follows, or it names no one who can tell ("by a vote in 1990").
  static func labelBeforeAgent(
    _ paragraph: ParagraphText, _ cue: Cue, _ sentence: Range<Int>, _ sentenceIndex: Int
  ) -> Attribution? {
    guard labellingPassives.contains(cue.lemma),
      let by = (cue.end + 1..<min(sentence.upperBound - 1, cue.end + 9)).first(where: { position in
        let token = paragraph.tokens[position]
        return token.lower == "by" || token.kind == .punct || token.quote != nil || paragraph.cues[position] != nil
      }),
      paragraph.tokens[by].lower == "by"
    else { return nil }
    let agentStart = by + 1
    let agentEnd =
      (agentStart + 1..<sentence.upperBound).first(where: { position in
        let token = paragraph.tokens[position]
        return (token.kind == .punct && !token.isPossessive && token.scalar != "’" && token.scalar != "'")
          || token.quote != nil || token.isTimeWord
          || (token.classes.contains(.preposition) && token.lower != "of" && !token.isCapitalized)
      }) ?? sentence.upperBound
    guard let agent = SpeakerPhraseParser.parse(paragraph, agentStart..<agentEnd, commonNouns: true),
      canTell(agent, paragraph)
    else { return nil }
    return Attribution(
      paragraph: paragraph.index, start: paragraph.tokens[cue.end].start,
      end: contentEnd(paragraph, by - 1, floor: cue.end), cue: cue.text, lemma: cue.lemma, category: cue.category,
      speaker: agent, sentence: sentenceIndex, frameAfter: false)
  }

  /// Whether a form of "be" (and at most one adverb) stands just before token `verb`: "was described",
  /// "is widely seen", "had been told".
  static func isPassive(_ paragraph: ParagraphText, before verb: Int, floor: Int) -> Bool {
    var index = verb - 1
    if index > floor, isMannerAdverb(paragraph, index, floor: floor) { index -= 1 }
    return index >= floor && Lexicon.formsOfBe.contains(paragraph.tokens[index].lower)
      && paragraph.tokens[index].quote == nil
  }
}
