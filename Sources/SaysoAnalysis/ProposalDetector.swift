/// A proposal found in a paragraph, before its proposer is resolved.
struct ProposalCandidate {
  var paragraph: Int
  var start: Int
  var end: Int
  var cue: String
  /// The phrase naming the proposer, when the proposal is stated in the narrative.
  var subject: SpeakerPhrase?
  /// The attribution whose speaker proposes (a proposal inside a quote or reported speech).
  var attribution: Int?
}

/// Finds proposals: proposal verbs with their complement, nominal proposals ("a proposal to …"),
/// first-person proposals inside quotes ("I propose", "we call on"), "It is necessary to …", and
/// reported speech that says what somebody should do.
enum ProposalDetector {
  static let verbs: Set<String> = [
    "propose", "suggest", "offer", "invite", "call-for", "call-on", "call-upon", "urge", "recommend",
    "put-forward", "push-for", "press-for", "appeal", "advocate",
  ]
  static let nouns: Set<String> = ["proposal", "offer", "initiative", "proposals", "offers", "call"]
  static let negations: Set<String> = ["not", "never", "n't", "no", "refused", "declined", "failed"]
  static let inanimate: Set<String> = [
    "data", "evidence", "study", "studies", "research", "results", "figures", "numbers", "polls", "poll",
    "survey", "surveys", "statistics", "analysis", "findings", "report", "reports", "trends", "signs",
    "it", "this", "that", "which", "these", "those", "records", "documents", "experience", "history",
  ]
  static let firstPersonCues: [[String]] = [
    ["i", "propose"], ["we", "propose"], ["i", "suggest"], ["we", "suggest"], ["we", "call", "on"],
    ["we", "call", "for"], ["i", "call", "on"], ["i", "call", "for"], ["we", "urge"], ["i", "urge"],
    ["let", "us"], ["let’s"], ["let's"], ["we", "need", "to"], ["we", "must"], ["we", "should"],
    ["it", "is", "necessary", "to"], ["it", "is", "essential", "to"], ["we", "offer"], ["i", "offer"],
    ["we", "invite"], ["i", "invite"], ["we", "have", "to"],
  ]
  static let firstWords: Set<String> = Set(firstPersonCues.map { $0[0] })
  static let modals: [[String]] = [
    ["should"], ["must"], ["need", "to"], ["needs", "to"], ["have", "to"], ["has", "to"], ["ought", "to"],
    ["it", "is", "necessary", "to"],
  ]

  static func matches(_ p: ParagraphText, _ i: Int, _ words: [String]) -> Bool {
    guard i + words.count <= p.tokens.count else { return false }
    for (k, w) in words.enumerated() where p.tokens[i + k].lower != w { return false }
    return true
  }

  static func proposals(in p: ParagraphText, attributions: [Attribution], firstIndex: Int) -> [ProposalCandidate] {
    var out: [ProposalCandidate] = []
    func attributionCovering(_ offset: Int) -> Int? {
      attributions.firstIndex { $0.start <= offset && offset < $0.end }.map { $0 + firstIndex }
    }
    func localAttribution(_ offset: Int) -> Attribution? {
      attributions.first { $0.start <= offset && offset < $0.end }
    }
    for s in p.sentences {
      let cs = Attributor.contentStart(p, s)
      guard cs < s.upperBound else { continue }
      var i = cs
      while i < s.upperBound {
        defer { i += 1 }
        // most words can start nothing: skip them without copying the token
        if p.cues[i] == nil && !p.tokens[i].classes.contains(.proposalStart) { continue }
        let t = p.tokens[i]
        // 1. First person inside quotes, and "It is necessary to" anywhere.
        let initial = t.lower.utf8.first ?? 0
        if initial == 105 || initial == 119 || initial == 108, firstWords.contains(t.lower),
          t.quote != nil || i == cs || p.tokens[i - 1].scalar == "," || p.tokens[i - 1].scalar == "“"
            || p.tokens[i - 1].scalar == "\"" || p.tokens[i - 1].scalar == "–" || p.tokens[i - 1].quote != t.quote
        {
          for cue in firstPersonCues where matches(p, i, cue) {
            if t.quote == nil && cue.first != "it" { continue }
            let inQuote = t.quote != nil
            let end = endOfClause(p, from: i, sentence: s, attribution: localAttribution(t.start), inQuote: inQuote)
            guard end > t.start else { continue }
            out.append(
              ProposalCandidate(
                paragraph: p.index, start: t.start, end: end, cue: p.text(tokens: i..<(i + cue.count)),
                subject: nil, attribution: attributionCovering(t.start)))
            i = s.upperBound
            break
          }
        }
        guard i < s.upperBound, t.quote == nil else { continue }
        // 2. Verbs: "proposed to", "called for", "invited X to", "suggested that"
        if let cue = CueFinder.cue(p, at: i), verbs.contains(cue.lemma) || cue.lemma == "call-upon" {
          if cue.lemma == "suggest" {
            guard cue.end < s.upperBound, p.tokens[cue.end].lower == "that" else { continue }
          }
          if cue.lemma == "offer" || cue.lemma == "invite" || cue.lemma == "urge" || cue.lemma == "call-on" {
            // needs "to" + verb within a few words
            guard
              (cue.end..<min(s.upperBound, cue.end + 8)).contains(where: { p.tokens[$0].lower == "to" })

            else { continue }
          }
          // "offered no proof", "urged not to": nothing is proposed
          if cue.end < s.upperBound, ["no", "not", "nothing"].contains(p.tokens[cue.end].lower) { continue }
          // the subject before the cue; participles ("calling for") take none
          let subjectEnd = Attributor.skipModifiersLeft(p, cue.first, floor: cs)
          let between = (subjectEnd..<cue.first).map { p.tokens[$0].lower }
          if between.contains(where: { negations.contains($0) }) { continue }
          if subjectEnd > cs && negations.contains(p.tokens[subjectEnd - 1].lower) { continue }
          // a participle ("a statement calling for …") takes the subject of the clause
          let subject =
            t.lower.hasSuffix("ing") ? clauseSubject(p, s, cs) : subjectPhrase(p, end: subjectEnd, floor: cs)
          if let sub = subject, inanimate.contains(sub.head) || inanimate.contains(sub.text.lowercased()) { continue }
          if subject == nil && !t.lower.hasSuffix("ing") { continue }
          // inside someone's reported speech, a third-person proposal is reported, not proposed
          if let a = localAttribution(t.start), a.start < t.start { continue }
          let end = endOfClause(p, from: cue.first, sentence: s, attribution: nil, inQuote: false)
          // a proposal says what is proposed: "proposed." alone is not one
          guard
            p.tokens[p.tokens(within: p.tokens[cue.end - 1].end..<max(end, p.tokens[cue.end - 1].end))].filter({
              $0.kind != .punct
            }).count >= 2
          else { continue }
          out.append(
            ProposalCandidate(
              paragraph: p.index, start: t.start, end: end, cue: cue.text, subject: subject, attribution: nil))
          i = s.upperBound
          continue
        }
        // 3. Nominal: "a proposal to", "Putin’s offer to"
        if initial == 112 || initial == 111 || initial == 105 || initial == 99, nouns.contains(t.stemLower),
          i + 1 < s.upperBound,
          p.tokens[i + 1].lower == "to" || (p.tokens[i + 1].lower == "for" && t.lower == "call")
        {
          let det = i > cs ? p.tokens[i - 1] : nil
          var startIndex = i
          var subject: SpeakerPhrase? = nil
          if let d = det, d.isPossessive {
            // "Putin’s offer to …"
            if let run = SpeakerPhraseParser.nameRun(p, endingAt: i, from: cs) {
              subject = SpeakerPhraseParser.parse(p, run)
              startIndex = i
            }
          } else if let d = det, ["a", "an", "its", "his", "her", "their"].contains(d.lower) {
            startIndex = i - 1
            if i >= 2,
              ["rejected", "rejects", "reject", "dismissed", "opposed", "refused", "against"].contains(
                p.tokens[i - 2].lower)
            {
              continue
            }
            subject = clauseSubject(p, s, cs)
          } else {
            continue
          }
          if let a = localAttribution(t.start), a.start < t.start { continue }
          let end = endOfClause(p, from: i, sentence: s, attribution: nil, inQuote: false)
          out.append(
            ProposalCandidate(
              paragraph: p.index, start: p.tokens[startIndex].start, end: end, cue: p.text(tokens: i..<(i + 2)),
              subject: subject, attribution: nil))
          i = s.upperBound
        }
      }
    }
    // 4. Reported speech that says what should be done
    for (k, a) in attributions.enumerated() where a.category != nil {
      guard !out.contains(where: { $0.start < a.end && a.start < $0.end }) else { continue }
      let first = p.firstToken(startingAtOrAfter: a.start)
      guard first < p.tokens.count else { continue }
      let inDirect = p.tokens[first].quote != nil
      if inDirect { continue }
      var j = first
      while j < p.tokens.count && p.tokens[j].start < a.end {
        if p.tokens[j].quote == nil && modals.contains(where: { matches(p, j, $0) }) && j - first <= 12 {
          out.append(
            ProposalCandidate(
              paragraph: p.index, start: a.start, end: a.end, cue: p.tokens[j].text, subject: nil,
              attribution: firstIndex + k))
          break
        }
        if p.tokens[j].scalar == "," && j - first > 12 { break }
        j += 1
      }
    }
    return out.sorted { $0.start < $1.start }
  }

  /// The subject noun phrase that ends at token `end`.
  static func subjectPhrase(_ p: ParagraphText, end: Int, floor: Int) -> SpeakerPhrase? {
    var best: SpeakerPhrase? = nil
    var a = end - 1
    while a >= floor && a >= end - 14 {
      let t = p.tokens[a]
      if t.kind == .punct && t.scalar != "." && t.scalar != "-" && t.scalar != "’" && t.scalar != "," { break }
      if t.quote != nil { break }
      if canStartNounPhrase(t), let sp = SpeakerPhraseParser.parse(p, a..<end) { best = sp }
      if t.kind == .word && t.classes.contains(.clauseWord) && t.lower != "the" { break }
      a -= 1
    }
    return best
  }

  /// The subject of the sentence's main clause, for nominal proposals: "the Russian side … with a proposal to".
  static func clauseSubject(_ p: ParagraphText, _ s: Range<Int>, _ cs: Int) -> SpeakerPhrase? {
    guard cs < s.upperBound else { return nil }
    var st = cs
    // skip an introductory phrase: "In this regard, …"
    let opener = p.tokens[cs].lower
    if let comma = (cs..<min(s.upperBound, cs + 8)).first(where: { p.tokens[$0].scalar == "," }),
      !p.tokens[cs].isCapitalized || ["in", "on", "at", "for", "after", "with", "by"].contains(opener)
        || (opener.hasSuffix("ing") && opener.count > 5)  // "Speaking to reporters, …"
    {
      st = comma + 1
    }
    guard st < s.upperBound, canStartNounPhrase(p.tokens[st]) else { return nil }
    var best: SpeakerPhrase? = nil
    var k = st + 1
    while k <= min(s.upperBound, st + 7) {
      // the longest phrase that parses; a noun phrase ends on a word
      if p.tokens[k - 1].kind != .punct || p.tokens[k - 1].scalar == ")" {
        if let sp = SpeakerPhraseParser.parse(p, st..<k) {
          best = sp
        } else if best != nil {
          break
        }
      }
      k += 1
    }
    return best
  }

  /// Whether a noun phrase can start with this word: a capital, a determiner, a title, a pronoun, or a
  /// source noun ("experts", "officials").
  static func canStartNounPhrase(_ t: Token) -> Bool {
    if t.kind != .word {
      return t.scalar == "“" || t.scalar == "\"" || t.scalar == "–" || t.scalar == "—" || t.scalar == "("
    }
    if t.isCapitalized || t.classes.contains(.determiner) || t.classes.contains(.title) { return true }
    let l = t.stemLower
    return Lexicon.personalPronouns.contains(l) || Lexicon.groupPronouns.contains(l) || Lexicon.groupNouns.contains(l)
      || Lexicon.sourceNouns.contains(l) || Lexicon.sentenceOpeners.contains(l)
  }

  /// Where a proposal's words end: the end of the sentence, the end of the enclosing quote, or the
  /// start of the frame of the attribution the sentence carries.
  static func endOfClause(
    _ p: ParagraphText, from: Int, sentence s: Range<Int>, attribution: Attribution?, inQuote: Bool
  ) -> Int {
    var last = s.upperBound - 1
    if inQuote, let q = p.tokens[from].quote {
      // up to the end of the quoted sentence
      var k = from
      while k + 1 < s.upperBound && p.tokens[k + 1].quote == q && p.tokens[k + 1].start < p.quotes[q].innerEnd {
        let t = p.tokens[k + 1]
        if (t.scalar == "." || t.scalar == "!" || t.scalar == "?") && k + 2 < s.upperBound
          && (p.tokens[k + 2].isCapitalized || p.tokens[k + 2].end >= p.quotes[q].innerEnd)
        {
          break
        }
        k += 1
      }
      last = k
    } else {
      // a frame after the content: "…, the Kremlin believes."
      for k in stride(from: s.upperBound - 1, to: from, by: -1)
      where p.tokens[k].scalar == "," && p.tokens[k].quote == nil {
        let tail = (k + 1)..<s.upperBound
        if tail.contains(where: { CueFinder.cue(p, at: $0).map { !verbs.contains($0.lemma) } ?? false })
          && tail.count <= 14
        {
          last = k - 1
        }
        break
      }
    }
    while last > from {
      let t = p.tokens[last]
      if t.kind == .punct && (t.quote != nil || [".", ",", ";", ":", "!", "?", "–", "—"].contains(t.text)) {
        last -= 1
        continue
      }
      break
    }
    return p.tokens[last].end
  }
}
