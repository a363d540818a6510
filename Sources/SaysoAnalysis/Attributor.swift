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
      // "Asked whether he would run, Rubio …": the question stands beside the sentence's own frame
      if let question = askedQuestion(p, s, cs, si) { out.append(question) }
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

}

extension String {
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
