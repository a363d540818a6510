/// The fixed frames: transcript lines, inverted subjects, "according to" and "as … noted".
extension Attributor {
  /// A transcript line: "WALLACE: Do you really see …" or "Mr. Smith: …" opening the paragraph.
  static let notSpeakers: Set<String> = [
    "RPT", "UPDATE", "BREAKING", "ANALYSIS", "EXCLUSIVE", "WATCH", "VIDEO", "READ", "NOTE", "EDITOR", "PHOTO",
    "PHOTOS", "SOURCE", "SOURCES", "UPDATED", "CORRECTION", "Q", "A", "FACT", "CHECK", "WHAT", "WHY", "HOW",
  ]

  static func speakerLine(_ p: ParagraphText) -> Attribution? {
    guard p.role == .body else { return nil }
    var i = 0
    while i < p.tokens.count && i < 2
      && (p.tokens[i].scalar == "\"" || p.tokens[i].scalar == "“" || p.tokens[i].scalar == "‘")
    {
      i += 1
    }
    guard let colon = (i..<min(p.tokens.count, i + 4)).first(where: { p.tokens[$0].scalar == ":" }), colon > i,
      colon + 2 < p.tokens.count
    else { return nil }
    let nameTokens = p.tokens[i..<colon]
    let allCaps = nameTokens.allSatisfy { $0.kind == .word && $0.text.count >= 2 && $0.text.uppercased() == $0.text }
    guard allCaps, !nameTokens.contains(where: { notSpeakers.contains($0.text) }),
      let sp = SpeakerPhraseParser.parse(p, i..<colon)
        ?? Optional(
          SpeakerPhrase(
            kind: .person, text: p.text(tokens: i..<colon), name: p.text(tokens: i..<colon), tokens: i..<colon))
    else { return nil }
    var speaker = sp
    if speaker.kind == .organisation { speaker.kind = .person }
    speaker.isLabel = true
    let first = colon + 1
    var last = p.tokens.count - 1
    while last > first && p.tokens[last].kind == .punct && ["\"", "”"].contains(p.tokens[last].text) { last -= 1 }
    return Attribution(
      paragraph: p.index, start: p.tokens[first].start, end: p.tokens[last].end, cue: ":", lemma: "say",
      category: .statement, speaker: speaker, sentence: 0, frameAfter: false)
  }

  /// The speaker phrase after an inverted cue: "said Paul Poast, an assistant professor …".
  static func subjectAfter(_ p: ParagraphText, _ from: Int, _ limit: Int) -> (SpeakerPhrase, Int)? {
    var e = from
    while e < limit {
      let t = p.tokens[e]
      if t.kind == .punct && t.scalar != "." && t.scalar != "-" && t.scalar != "’" { break }
      if t.scalar == "." && !SpeakerPhraseParser.isNameToken(p, e) { break }
      if e > from && t.classes.contains(.frameStop) && !(t.lower == "of") { break }
      e += 1
    }
    guard e > from, var sp = SpeakerPhraseParser.parse(p, from..<e) else { return nil }
    // appositive after a comma: role up to the next comma, "who", or the end
    if e < limit, p.tokens[e].scalar == ",", sp.kind == .person, e + 1 < limit {
      var r = e + 1
      while r < limit && p.tokens[r].scalar != "," && p.tokens[r].lower != "who"
        && !(p.tokens[r].scalar == "." && r == limit - 1)
      {
        r += 1
      }
      if r > e + 1 {
        sp.role = p.text(tokens: (e + 1)..<r)
        sp.tokens = from..<r
        e = r
      }
    }
    return (sp, e)
  }

  /// Words that open a reported question: "asked whether …", "asked who …".
  static let questionWords: Set<String> = [
    "whether", "if", "who", "whom", "what", "how", "why", "when", "where", "about",
  ]

  /// `(When) asked (by S) (ADJUNCT) whether|if|who … ,`: the question that was put, up to its comma, with
  /// the asker when the frame names one.
  static func askedQuestion(_ p: ParagraphText, _ s: Range<Int>, _ cs: Int, _ si: Int) -> Attribution? {
    guard
      let asked = (cs..<s.upperBound).first(where: {
        p.tokens[$0].lower == "asked" && p.tokens[$0].quote == nil
          && ($0 == cs || ["when", "after", "once", "if"].contains(p.tokens[$0 - 1].lower))
      })
    else { return nil }
    var k = asked + 1
    var asker: SpeakerPhrase? = nil
    if k < s.upperBound && p.tokens[k].lower == "by" {
      var end = k + 1
      while end < s.upperBound && end < k + 7 && p.tokens[end].kind != .punct
        && !questionWords.contains(p.tokens[end].lower) && !p.tokens[end].classes.contains(.cueAdjunct)
      {
        end += 1
      }
      asker = SpeakerPhraseParser.parse(p, (k + 1)..<end, commonNouns: true)
      k = end
    }
    while k < s.upperBound && k < asked + 12 && !questionWords.contains(p.tokens[k].lower)
      && p.tokens[k].kind != .punct && p.tokens[k].quote == nil
    {
      k += 1
    }
    guard k < s.upperBound, questionWords.contains(p.tokens[k].lower) else { return nil }
    let stop =
      (k..<s.upperBound).first(where: { p.tokens[$0].scalar == "," && p.tokens[$0].quote == nil }) ?? s.upperBound
    guard stop > k + 2 else { return nil }
    return Attribution(
      paragraph: p.index, start: p.tokens[k].start, end: contentEnd(p, stop - 1, floor: k), cue: "asked",
      lemma: "ask", category: .argument, speaker: asker, sentence: si)
  }

  /// The source named after "according to": a speaker phrase, else any short phrase as a group, since
  /// the frame itself says it is a source ("according to data released Friday", "a CNN tally").
  static func accordingSource(_ p: ParagraphText, _ range: Range<Int>) -> SpeakerPhrase? {
    if let phrase = SpeakerPhraseParser.parse(p, range, commonNouns: true) { return phrase }
    // without a time phrase at its end: "… John McCormick on Saturday"
    var end = range.upperBound
    while end > range.lowerBound + 1
      && (p.tokens[end - 1].classes.contains(.weekday) || p.tokens[end - 1].classes.contains(.month)
        || p.tokens[end - 1].kind == .number
        || ["last", "this", "week", "month", "year"].contains(p.tokens[end - 1].lower))
    {
      end -= 1
    }
    if end < range.upperBound, end > range.lowerBound + 1, adjunctOpeners.contains(p.tokens[end - 1].lower) { end -= 1 }
    if end < range.upperBound, let phrase = SpeakerPhraseParser.parse(p, range.lowerBound..<end, commonNouns: true) {
      return phrase
    }
    guard !range.isEmpty, range.count <= 15, p.tokens[range.lowerBound].kind == .word,
      !range.contains(where: { p.tokens[$0].quote != nil })
    else { return nil }
    let text = p.text(tokens: range)
    return SpeakerPhrase(
      kind: .group, text: text, name: text, head: p.tokens[range.upperBound - 1].lower, tokens: range)
  }

  /// `According to S, CONTENT` and `CONTENT, according to S`.
  static func accordingTo(_ p: ParagraphText, _ s: Range<Int>, _ cs: Int, _ si: Int) -> Attribution? {
    guard p.hasAccording else { return nil }
    guard
      let a = (cs..<(s.upperBound - 1)).first(where: {
        p.tokens[$0].lower == "according" && p.tokens[$0 + 1].lower == "to" && p.tokens[$0].quote == nil
      })
    else { return nil }
    let sFrom = a + 2
    if a == cs || (a == cs + 1 && p.tokens[cs].classes.contains(.sentenceOpener)) {
      guard let comma = (sFrom..<s.upperBound).first(where: { p.tokens[$0].scalar == "," }) else { return nil }
      guard let sp = accordingSource(p, sFrom..<comma) else { return nil }
      let first = comma + 1
      guard first + 2 < s.upperBound - 1 else { return nil }
      return Attribution(
        paragraph: p.index, start: p.tokens[first].start, end: contentEnd(p, s.upperBound - 1, floor: first),
        cue: "according to", lemma: "according-to", category: .statement, speaker: sp, sentence: si)
    }
    guard a - 1 > cs, p.tokens[a - 1].scalar == "," || p.tokens[a - 1].scalar == "–" || p.tokens[a - 1].scalar == "—"
    else { return nil }
    var e = s.upperBound
    while e > sFrom && p.tokens[e - 1].kind == .punct && p.tokens[e - 1].scalar != "’" { e -= 1 }
    if let comma = (sFrom..<e).first(where: { p.tokens[$0].scalar == "," }) { e = comma }
    guard let sp = accordingSource(p, sFrom..<e) else { return nil }
    return Attribution(
      paragraph: p.index, start: p.tokens[cs].start, end: contentEnd(p, a - 2, floor: cs), cue: "according to",
      lemma: "according-to", category: .statement, speaker: sp, sentence: si, frameAfter: true)
  }

  /// `As S noted, CONTENT` and `As explained by S, CONTENT`.
  static func asClause(_ p: ParagraphText, _ s: Range<Int>, _ cs: Int, _ si: Int) -> Attribution? {
    guard p.tokens[cs].lower == "as", cs + 3 < s.upperBound else { return nil }
    if let cue = CueFinder.cue(p, at: cs + 1), cs + 2 < s.upperBound, p.tokens[cs + 2].lower == "by" {
      // As explained by S, CONTENT — S may hold commas ("the professor …, Americanist Alexander Domrin,")
      var c = cs + 3
      var best: (SpeakerPhrase, Int)? = nil
      while c < s.upperBound {
        if p.tokens[c].scalar == "," {
          if let run = SpeakerPhraseParser.nameRun(p, endingAt: c, from: cs + 3),
            let sp = SpeakerPhraseParser.parse(p, run.lowerBound..<c), sp.kind == .person,
            EntityRegistry.canonical(sp.name).wordCount >= 2
          {
            var phrase = sp
            let pre = p.text(tokens: (cs + 3)..<run.lowerBound).trimmingCharacters(in: " ,")
            let titles = sp.role.map { [$0] } ?? []
            phrase.role = ([pre] + titles).filter { !$0.isEmpty }.joined(separator: ", ")
            best = (phrase, c)
            break
          }
        }
        c += 1
      }
      if best == nil, let comma = (cs + 3..<s.upperBound).first(where: { p.tokens[$0].scalar == "," }),
        let sp = SpeakerPhraseParser.parse(p, (cs + 3)..<comma)
      {
        best = (sp, comma)
      }
      guard let (sp, comma) = best, comma + 2 < s.upperBound else { return nil }
      return Attribution(
        paragraph: p.index, start: p.tokens[comma + 1].start, end: contentEnd(p, s.upperBound - 1, floor: comma + 1),
        cue: "as " + cue.text + " by", lemma: cue.lemma, category: cue.category, speaker: sp, sentence: si)
    }
    // As S V, CONTENT
    var i = cs + 2
    while i < s.upperBound && i < cs + 14 {
      if let cue = CueFinder.cue(p, at: i) {
        let end = skipModifiersLeft(p, cue.first, floor: cs + 1)
        guard let sp = SpeakerPhraseParser.parse(p, (cs + 1)..<end) else { return nil }
        var c = cue.end
        while c < s.upperBound && p.tokens[c].scalar != "," { c += 1 }
        guard c + 2 < s.upperBound else { return nil }
        return Attribution(
          paragraph: p.index, start: p.tokens[c + 1].start, end: contentEnd(p, s.upperBound - 1, floor: c + 1),
          cue: "as … " + cue.text, lemma: cue.lemma, category: cue.category, speaker: sp, sentence: si)
      }
      i += 1
    }
    return nil
  }
}
