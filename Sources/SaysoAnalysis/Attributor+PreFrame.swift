/// The frame before its content: `S V (OBJ) (that|:|,) CONTENT` ("Experts said that …").
extension Attributor {
  /// Pronouns that can be the subject of a reporting verb without a noun: "who" stands for the person
  /// named before it, "it" for an organisation or a document.
  static let pronounSubjects: [String: SpeakerPhrase.Kind] = ["who": .pronoun, "it": .group]

  /// Words that open a clause or phrase set between commas after a subject: "Exit polls, which …,".
  static let insertOpeners: Set<String> = [
    "who", "whose", "whom", "which", "in", "at", "on", "with", "after", "during", "like", "including",
  ]

  /// `S V (OBJ) (that|:|,) CONTENT` with the subject at the start of the clause.
  static func preFrame(_ p: ParagraphText, _ s: Range<Int>, _ cs: Int, _ si: Int) -> Attribution? {
    var i = cs + 1
    while i < s.upperBound {
      defer { i += 1 }
      guard let cue = CueFinder.cue(p, at: i), !CueLexicon.onlyAfterContent.contains(cue.lemma) else { continue }
      let subjectEnd = skipModifiersLeft(p, cue.first, floor: cs)
      guard subjectEnd > cs else { continue }
      // walk left over the noun phrase
      var k = subjectEnd - 1
      var start = cs
      while k >= cs {
        let t = p.tokens[k]
        if t.quote != nil {
          start = k + 1
          break
        }
        if t.scalar == ")",
          let open = stride(from: k - 1, through: max(cs, k - 7), by: -1).first(where: { p.tokens[$0].scalar == "(" })
        {
          k = open - 1
          continue
        }
        if t.kind == .punct && !(t.scalar == "." || t.scalar == "-" || t.scalar == "’") {
          if t.scalar == "," {
            // appositive: keep going to the name before it
            start = k + 1
            break
          }
          start = k + 1
          break
        }
        if t.classes.contains(.clauseWord) && !(t.lower == "the") {
          start = k + 1
          break
        }
        k -= 1
      }
      var region = start..<subjectEnd
      let strong = !CueLexicon.weak.contains(cue.lemma) && cue.category != .proposal
      var speaker = region.isEmpty ? nil : SpeakerPhraseParser.parse(p, region, commonNouns: strong)
      // a relative or neuter pronoun as subject: "Labor Secretary Thomas Perez, who said …", "It said …"
      if speaker == nil, region.isEmpty, subjectEnd - 1 >= cs,
        let kind = pronounSubjects[p.tokens[subjectEnd - 1].lower], strong || kind == .pronoun
      {
        let word = p.tokens[subjectEnd - 1]
        region = (subjectEnd - 1)..<subjectEnd
        speaker = SpeakerPhrase(
          kind: kind, text: word.text, name: word.text, head: word.lower, tokens: region)
      }
      // a participle or a second verb after the main clause: "Rival Hillary Clinton had mocked the
      // complaint, saying …", "Rubio thanked Miami and said …"
      if speaker == nil,
        p.tokens[cue.first].lower.hasSuffix("ing") || (strong && p.tokens[cue.first - 1].lower == "and"),
        cue.first > cs,
        [",", "and", "by", "for", "after", "before", "while", "when"].contains(p.tokens[cue.first - 1].lower)
      {
        speaker = ProposalDetector.clauseSubject(p, s, cs)
        if speaker != nil { region = cs..<cs }
      }
      if speaker == nil, subjectEnd - 1 > cs, p.tokens[subjectEnd - 1].scalar == "," {
        // NAME, APPOSITIVE, V
        if let c1 = stride(from: subjectEnd - 2, through: cs, by: -1).first(where: { p.tokens[$0].scalar == "," }) {
          let c0 =
            stride(from: c1 - 1, through: cs, by: -1).first(where: {
              p.tokens[$0].scalar == "," || p.tokens[$0].quote != nil
            }) ?? (cs - 1)
          region = (c0 + 1)..<subjectEnd
          speaker = SpeakerPhraseParser.parse(p, region)
          // SUBJECT, who/which … , V · SUBJECT, in …, V: the clause or phrase between commas describes it
          if speaker == nil, c1 + 1 < subjectEnd, insertOpeners.contains(p.tokens[c1 + 1].lower),
            let named = SpeakerPhraseParser.parse(p, (c0 + 1)..<c1, commonNouns: strong)
          {
            speaker = named
          }
        }
      }
      guard let sp = speaker else { continue }
      // the subject must open its clause: sentence start, opener words or an introductory phrase
      if region.lowerBound > cs {
        let prev = p.tokens[region.lowerBound - 1]
        let okPrev =
          prev.scalar == "," || prev.scalar == ";" || prev.scalar == ":" || isClosingMark(p, region.lowerBound - 1)
          || ["and", "but", "that", "while", "as", "because", "so", "when", "although", "though", "which", "whom"]
            .contains(
              prev.lower)
          || prev.classes.contains(.sentenceOpener)
        if !okPrev { continue }
      }
      let weak = CueLexicon.weak.contains(cue.lemma) || cue.category == .proposal
      // content after the cue
      guard let (contentFirst, explicit) = contentAfterCue(p, cue, s.upperBound) else { continue }
      if weak && !explicit && !(sp.kind == .person || sp.kind == .pronoun || sp.kind == .group) { continue }
      if cue.category == .proposal { continue }
      // "suggested that the plan failed" reports; "suggested a meeting" or "… that they meet" proposes
      if cue.lemma == "suggest",
        !(p.tokens[contentFirst].lower == "that" && isIndicativeClause(p, after: contentFirst, limit: s.upperBound))
      {
        continue
      }
      // "Polls showed that …": evidence verbs report what a poll, study or document says
      if cue.category == .evidence && !(isEvidenceSource(sp) || (explicit && sp.kind != .pronoun)) { continue }
      var lastToken = s.upperBound - 1
      if subordinators.contains(p.tokens[cs].lower) && region.lowerBound > cs,
        let comma = (contentFirst..<s.upperBound).first(where: {
          p.tokens[$0].scalar == "," && p.tokens[$0].quote == nil
        })
      {
        lastToken = comma - 1
      }
      lastToken = trimmedTail(p, contentFirst, lastToken)
      // "a statement announcing the pick, the association called …": a participle's words end at its comma
      if p.tokens[cue.first].lower.hasSuffix("ing") && sp.kind != .pronoun && !region.isEmpty,
        let comma = (contentFirst..<lastToken).first(where: { p.tokens[$0].scalar == "," && p.tokens[$0].quote == nil })
      {
        lastToken = comma - 1
      }
      guard lastToken >= contentFirst + 2 else { continue }
      return Attribution(
        paragraph: p.index, start: p.tokens[contentFirst].start, end: contentEnd(p, lastToken, floor: contentFirst),
        cue: cue.text, lemma: cue.lemma, category: cue.category, speaker: sp, sentence: si)
    }
    return nil
  }
}
