/// The frame after its content: `CONTENT, S V …` and `CONTENT, V S …` ("…,” said Poast", "…, he said").
extension Attributor {
  /// `CONTENT, S V …` and `CONTENT, V S …`, with the content before the frame.
  static func postFrame(_ p: ParagraphText, _ s: Range<Int>, _ cs: Int, _ si: Int) -> Attribution? {
    var i = cs + 1
    while i < s.upperBound {
      defer { i += 1 }
      guard let cue = CueFinder.cue(p, at: i) else { continue }
      guard cue.category != .proposal else { continue }
      // Inverted: "…, said Poast" / "…,” said Poast"
      let before = cue.first - 1
      if before > cs, p.tokens[before].scalar == "," || isClosingMark(p, before),
        CueLexicon.invertible.contains(cue.lemma)
      {
        if let (speaker, _) = subjectAfter(p, cue.end, s.upperBound) {
          let ce = p.tokens[before].scalar == "," ? before - 1 : before
          guard ce >= cs, substantial(p, cs, ce) else { continue }
          return Attribution(
            paragraph: p.index, start: p.tokens[cs].start, end: contentEnd(p, ce, floor: cs), cue: cue.text,
            lemma: cue.lemma, category: cue.category, speaker: speaker, sentence: si, frameAfter: true)
        }
      }
      // Subject before the cue, after a comma or a closing quote mark.
      guard frameTailOK(p, cue, s.upperBound) else { continue }
      let subjectEnd = skipModifiersLeft(p, cue.first, floor: cs)
      var k = subjectEnd - 1
      var commas = 0
      while k > cs {
        let t = p.tokens[k]
        if t.scalar == "," && t.quote == nil || isClosingMark(p, k) {
          let region = (k + 1)..<subjectEnd
          if !region.isEmpty,
            let speaker = SpeakerPhraseParser.parse(p, region, commonNouns: !CueLexicon.weak.contains(cue.lemma)),
            cue.category != .evidence || isEvidenceSource(speaker)
          {
            let ce = p.tokens[k].scalar == "," ? k - 1 : k
            // "These employees, Stumpf explained earlier, were “well-paid,”": the frame sits inside
            if let resume = frameResumes(p, after: cue, s.upperBound), p.tokens[k].scalar == "," {
              return Attribution(
                paragraph: p.index, start: p.tokens[cs].start, end: contentEnd(p, s.upperBound - 1, floor: resume),
                cue: cue.text, lemma: cue.lemma, category: cue.category, speaker: speaker, sentence: si,
                frameAfter: true)
            }
            guard substantial(p, cs, ce) else { break }
            var end = contentEnd(p, ce, floor: cs)
            // "“A,” he said, “B.”": the quote after the frame belongs to the same content
            if let after = quoteAfterFrame(p, cue.end, s.upperBound) { end = after }
            return Attribution(
              paragraph: p.index, start: p.tokens[cs].start, end: end, cue: cue.text, lemma: cue.lemma,
              category: cue.category, speaker: speaker, sentence: si, frameAfter: true)
          }
          commas += 1
          if commas >= 3 || isClosingMark(p, k) { break }
        }
        if t.quote != nil && !isClosingMark(p, k) { break }
        k -= 1
      }
    }
    return nil
  }

  /// The end offset of a quote that follows a frame in the same sentence: "…,” he said, “B.”"
  static func quoteAfterFrame(_ p: ParagraphText, _ from: Int, _ to: Int) -> Int? {
    var k = from
    while k < to && k < from + 8 {
      let t = p.tokens[k]
      if let q = t.quote, t.start == p.quotes[q].start {
        return contentEnd(p, to - 1, floor: k)
      }
      guard t.scalar == "," || t.scalar == ":" || t.classes.contains(.cueAdjunct) else { return nil }
      k += 1
    }
    return nil
  }

  /// When a frame stands inside its sentence ("X, S V on Monday, Y"), the token where the content resumes.
  static func frameResumes(_ p: ParagraphText, after cue: Cue, _ limit: Int) -> Int? {
    var k = cue.end
    while k < limit && k < cue.end + 8 && p.tokens[k].quote == nil && p.tokens[k].scalar != ","
      && !["that", "which", "who", "whether", "if"].contains(p.tokens[k].lower) && p.cues[k] == nil
    {
      k += 1
    }
    guard k < limit, p.tokens[k].scalar == ",", k + 3 < limit else { return nil }
    let resume = k + 1
    // the rest must be a predicate, not a new clause opened by a participle or a conjunction
    let first = p.tokens[resume]
    if first.lower.hasSuffix("ing") || ["and", "but", "adding", "who", "which"].contains(first.lower) { return nil }
    return resume
  }

  /// Whether what follows a cue can close a frame that stands after its content: nothing, a comma,
  /// an addressee, or a short adjunct ("in a statement", "on Monday") — not a clause of its own.
  static func frameTailOK(_ p: ParagraphText, _ cue: Cue, _ limit: Int) -> Bool {
    var k = cue.end
    if k < limit && cue.lemma == "tell" && (p.tokens[k].classes.contains(.objectWord) || p.tokens[k].isCapitalized) {
      while k < limit && (SpeakerPhraseParser.isNameToken(p, k) || p.tokens[k].classes.contains(.objectWord)) { k += 1 }
    }
    if k >= limit { return true }
    let t = p.tokens[k]
    if t.kind == .punct {
      if (t.scalar == "," || t.scalar == ":") && k + 1 < limit, let q = p.tokens[k + 1].quote,
        p.quotes[q].start == p.tokens[k + 1].start
      {
        return false
      }
      return t.scalar != ":" && (t.quote == nil || isClosingMark(p, k))
    }
    if t.lower == "that" { return false }
    if t.classes.contains(.frameStop) || t.classes.contains(.month) || t.kind == .number { return true }
    guard t.classes.contains(.cueAdjunct) else { return false }
    // "said the next day" is a frame; "said the recent spate of shootings demands …" is not
    var e = k
    while e < limit && p.tokens[e].scalar != "," && p.tokens[e].scalar != "." { e += 1 }
    return e - k <= 4 || !t.classes.contains(.determiner)
  }
}
