/// Finds reported speech in a paragraph with position templates on each sentence:
/// `Q, V S` · `Q, S V` · `S V (that) Q` · `according to S, Q` · `Q, according to S` · `As S V, Q`.
enum Attributor {
  static let objectWords: Set<String> = [
    "him", "her", "them", "us", "me", "you", "reporters", "journalists", "lawmakers", "supporters",
    "listeners", "viewers", "readers", "senators", "congress", "parliament", "voters", "students",
    "members", "delegates", "attendees", "investors", "officials", "colleagues",
  ]
  static let frameStops: Set<String> = [
    "in", "on", "at", "during", "who", "adding", "referring", "according", "as", "after", "before", "when",
    "while", "which", "to", "and", "but", "because", "since", "though", "although", "noting", "saying",
    "citing", "told", "said", "says", "explaining", "calling", "arguing", "pointing", "describing",
    "without", "with", "from", "via", "than", "that", "last", "this", "earlier", "later", "yesterday",
    "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "about",
  ]

  /// All attributions of one paragraph.
  static func attributions(in p: ParagraphText) -> [Attribution] {
    if let transcript = speakerLine(p) { return [transcript] }
    var out: [Attribution] = []
    for (si, s) in p.sentences.enumerated() {
      let cs = contentStart(p, s)
      guard cs < s.upperBound else { continue }
      if let a = accordingTo(p, s, cs, si) ?? asClause(p, s, cs, si) ?? postFrame(p, s, cs, si)
        ?? preFrame(p, s, cs, si)
      {
        out.append(a)
        var last = a
        if let second = coordinated(p, after: a, s) {
          out.append(second)
          last = second
        }
        // "…, but he said he played no role": a sentence may report more than once, after the content
        // and the frame of the report before
        while let resume = resumePoint(p, after: last, s), resume + 3 < s.upperBound,
          let next = preFrame(p, s, resume, si), next.start >= last.end
        {
          out.append(next)
          last = next
        }
      }
    }
    return out
  }

  /// The first token after an attribution's content and its frame: past the speaker and the cue when
  /// the frame follows the content ("…,” he said, …").
  static func resumePoint(_ p: ParagraphText, after a: Attribution, _ s: Range<Int>) -> Int? {
    guard var k = (s.lowerBound..<s.upperBound).first(where: { p.tokens[$0].start >= a.end }) else { return nil }
    if a.frameAfter {
      if let speaker = a.speaker { k = max(k, speaker.tokens.upperBound) }
      while k < s.upperBound && p.tokens[k].scalar != "," && p.tokens[k].scalar != ";" { k += 1 }
    }
    return k < s.upperBound ? k : nil
  }

  /// "X said A and warned B": the words after the second reporting verb are X's too.
  static func coordinated(_ p: ParagraphText, after a: Attribution, _ s: Range<Int>) -> Attribution? {
    guard let k = (s.lowerBound..<(s.upperBound - 1)).first(where: { p.tokens[$0].start >= a.end }),
      k + 1 < s.upperBound, p.tokens[k].lower == "and", p.tokens[k].quote == nil, let cue = p.cues[k + 1],
      cue.category != .belief, cue.category != .proposal,
      let (first, _) = contentAfterCue(p, cue, s.upperBound), first + 2 < s.upperBound
    else { return nil }
    let last = trimmedTail(p, first, s.upperBound - 1)
    return Attribution(
      paragraph: p.index, start: p.tokens[first].start, end: contentEnd(p, last, floor: first), cue: cue.text,
      lemma: cue.lemma, category: cue.category, speaker: a.speaker, sentence: a.sentence)
  }

  /// First token of a sentence's content: past a dateline "MOSCOW (Outlet - date)" and a leading dash.
  static func contentStart(_ p: ParagraphText, _ s: Range<Int>) -> Int {
    p.contentStarts[s.lowerBound]
  }

  /// Computes the first content token of a sentence; `ParagraphText` keeps the answers.
  static func computeContentStart(_ p: ParagraphText, _ s: Range<Int>) -> Int {
    var i = s.lowerBound
    if p.index <= 2, i == 0 {
      // dateline: CAPS words then "(" … ")" or " – "
      var k = i
      while k < s.upperBound && p.tokens[k].kind == .word && p.tokens[k].isCapitalized
        && p.tokens[k].text.uppercased() == p.tokens[k].text
      {
        k += 1
      }
      if k > i && k < s.upperBound {
        if p.tokens[k].scalar == "(",
          let close = (k..<min(s.upperBound, k + 30)).first(where: { p.tokens[$0].scalar == ")" })
        {
          i = close + 1
        } else if isDash(p.tokens[k].scalar) && p.tokens[k].kind == .punct && k - i <= 4 {
          i = k + 1
        }
      }
    }
    while i < s.upperBound && p.tokens[i].kind == .punct && p.tokens[i].quote == nil
      && (isDash(p.tokens[i].scalar) || p.tokens[i].scalar == "•" || p.tokens[i].scalar == "*")
    {
      i += 1
    }
    return i
  }

  @inline(__always) static func isDash(_ c: Unicode.Scalar) -> Bool { c == "–" || c == "—" || c == "-" }

  /// Scalar offset where the content of a sentence ends: before its final full stop, keeping closing quotes.
  static func contentEnd(_ p: ParagraphText, _ lastToken: Int, floor: Int) -> Int {
    var k = lastToken
    while k >= floor {
      let t = p.tokens[k]
      if t.kind == .punct && [".", ",", ";", ":", "–", "—", "-"].contains(t.text) && t.quote == nil {
        k -= 1
        continue
      }
      break
    }
    guard k >= floor else { return p.tokens[floor].start }
    // a closing quote ends content whole: include the mark
    if let q = p.tokens[k].quote { return max(p.tokens[k].end, min(p.quotes[q].end, p.tokens[k].end)) }
    return p.tokens[k].end
  }

  static func isClosingMark(_ p: ParagraphText, _ i: Int) -> Bool {
    guard let q = p.tokens[i].quote else { return false }
    return p.tokens[i].end == p.quotes[q].end && p.quotes[q].style != .dash
  }

  /// Skips auxiliaries and adverbs leftwards from `i` (exclusive), returning the new exclusive end.
  /// Time and channel phrases are skipped too: "Clinton on Tuesday said", "The ministry in a statement said".
  static func skipModifiersLeft(_ p: ParagraphText, _ i: Int, floor: Int) -> Int {
    var k = i
    while true {
      while k - 1 >= floor && p.tokens[k - 1].classes.contains(.cueModifier)
        && !["and", "who", "which", "that"].contains(p.tokens[k - 1].lower)
      {
        k -= 1
      }
      // an adjunct run that opens with a preposition or a time word, after a word of the subject
      var j = k
      while j - 1 > floor && k - j < 5 && p.tokens[j - 1].quote == nil
        && (p.tokens[j - 1].classes.contains(.cueAdjunct) || p.tokens[j - 1].classes.contains(.month))
      {
        j -= 1
      }
      guard j < k, adjunctOpeners.contains(p.tokens[j].lower), p.tokens[j - 1].kind == .word,
        !p.tokens[j - 1].classes.contains(.cueAdjunct)
      else { return k }
      k = j
    }
  }

  /// Words that open a time or channel phrase between a subject and its verb.
  static let adjunctOpeners: Set<String> = [
    "on", "in", "at", "during", "last", "this", "earlier", "later", "yesterday", "today", "tonight",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  // MARK: Templates

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

  /// Sources that show or find things: polls, studies, reports, data.
  static let evidenceNouns: Set<String> = [
    "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "data", "analysis", "research",
    "figures", "numbers", "results", "documents", "document", "records", "investigation", "review", "audit",
    "test", "tests", "footage", "video", "videos", "evidence", "estimate", "estimates", "census", "statistics",
    "memo", "letter", "filing", "complaint", "ruling", "indictment", "assessment", "probe", "inquiry",
  ]

  static func isEvidenceSource(_ sp: SpeakerPhrase) -> Bool {
    (sp.kind == .nominal || sp.kind == .group || sp.kind == .organisation) && evidenceNouns.contains(sp.head)
  }

  /// Words that open a fronted subordinate clause: "Despite the fact that experts consider X, …".
  static let subordinators: Set<String> = [
    "despite", "although", "though", "while", "if", "when", "because", "since", "even", "unless", "whereas",
    "after", "before", "once",
  ]

  static let introWords: Set<String> = [
    "in", "on", "at", "for", "after", "before", "during", "with", "by", "from", "since", "however",
    "nevertheless", "meanwhile", "moreover", "still", "yet", "but", "and", "so", "also", "then", "now",
    "today", "yesterday", "earlier", "later", "instead", "unfortunately", "fortunately", "indeed",
  ]

  /// Whether tokens `a...b` can be reported content: a quote, or at least a few words that are not
  /// only an introductory phrase ("On Friday", "In this regard", "However").
  static func substantial(_ p: ParagraphText, _ a: Int, _ b: Int) -> Bool {
    guard a <= b else { return false }
    if (a...b).contains(where: { p.tokens[$0].quote != nil }) { return true }
    let words = (a...b).filter { p.tokens[$0].kind != .punct }
    if words.count < 3 { return false }
    if words.count <= 4 && introWords.contains(p.tokens[a].lower) { return false }
    return true
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

  /// Pronouns that can be the subject of a reporting verb without a noun: "who" stands for the person
  /// named before it, "it" for an organisation or a document.
  static let pronounSubjects: [String: SpeakerPhrase.Kind] = ["it": .group]

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
      if speaker == nil, region.isEmpty, strong, subjectEnd - 1 >= cs,
        let kind = pronounSubjects[p.tokens[subjectEnd - 1].lower]
      {
        let word = p.tokens[subjectEnd - 1]
        region = (subjectEnd - 1)..<subjectEnd
        speaker = SpeakerPhrase(
          kind: kind, text: word.text, name: word.text, head: word.lower, tokens: region)
      }
      // a participle or a second verb after the main clause: "Rival Hillary Clinton had mocked the
      // complaint, saying …", "Rubio thanked Miami and said …"
      if speaker == nil, p.tokens[cue.first].lower.hasSuffix("ing") || (strong && p.tokens[cue.first - 1].lower == "and"),
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
          // NAME, who/whose … , V: the relative clause describes the subject
          if speaker == nil, c1 + 1 < subjectEnd, ["who", "whose", "whom"].contains(p.tokens[c1 + 1].lower),
            let named = SpeakerPhraseParser.parse(p, (c0 + 1)..<c1), named.kind == .person
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
          || ["and", "but", "that", "while", "as", "because", "so", "when", "although", "though"].contains(prev.lower)
          || prev.classes.contains(.sentenceOpener)
        if !okPrev { continue }
      }
      let weak = CueLexicon.weak.contains(cue.lemma) || cue.category == .proposal
      // content after the cue
      guard let (contentFirst, explicit) = contentAfterCue(p, cue, s.upperBound) else { continue }
      if weak && !explicit && !(sp.kind == .person || sp.kind == .pronoun || sp.kind == .group) { continue }
      if cue.category == .proposal || cue.lemma == "suggest" { continue }
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

extension String {
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
