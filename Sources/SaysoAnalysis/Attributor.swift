/// Finds reported speech in a paragraph with position templates on each sentence:
/// `Q, V S` · `Q, S V` · `S V (that) Q` · `according to S, Q` · `Q, according to S` · `As S V, Q`.
enum Attributor {
  static let objectVerbs: Set<String> = [
    "tell", "ask", "warn", "inform", "assure", "remind", "urge", "advise", "invite", "encourage", "call-on",
    "caution", "promise",
  ]
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
        if let second = coordinated(p, after: a, s) { out.append(second) }
      }
    }
    return out
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

  /// A transcript line: "WALLACE: Do you really see …" or "Mr. Smith: …" opening the paragraph.
  static let notSpeakers: Set<String> = [
    "RPT", "UPDATE", "BREAKING", "ANALYSIS", "EXCLUSIVE", "WATCH", "VIDEO", "READ", "NOTE", "EDITOR", "PHOTO",
    "PHOTOS", "SOURCE", "SOURCES", "UPDATED", "CORRECTION", "Q", "A", "FACT", "CHECK", "WHAT", "WHY", "HOW",
  ]

  static func speakerLine(_ p: ParagraphText) -> Attribution? {
    guard p.role == .body else { return nil }
    var i = 0
    while i < p.tokens.count && i < 2 && (p.tokens[i].scalar == "\"" || p.tokens[i].scalar == "“" || p.tokens[i].scalar == "‘") {
      i += 1
    }
    guard let colon = (i..<min(p.tokens.count, i + 4)).first(where: { p.tokens[$0].scalar == ":" }), colon > i,
      colon + 2 < p.tokens.count
    else { return nil }
    let nameTokens = p.tokens[i..<colon]
    let allCaps = nameTokens.allSatisfy { $0.kind == .word && $0.text.count >= 2 && $0.text.uppercased() == $0.text }
    guard allCaps, !nameTokens.contains(where: { notSpeakers.contains($0.text) }), let sp = SpeakerPhraseParser.parse(p, i..<colon) ?? Optional(SpeakerPhrase(
      kind: .person, text: p.text(tokens: i..<colon), name: p.text(tokens: i..<colon), tokens: i..<colon))
    else { return nil }
    var speaker = sp
    if speaker.kind == .organisation { speaker.kind = .person }
    let first = colon + 1
    var last = p.tokens.count - 1
    while last > first && p.tokens[last].kind == .punct && ["\"", "”"].contains(p.tokens[last].text) { last -= 1 }
    return Attribution(
      paragraph: p.index, start: p.tokens[first].start, end: p.tokens[last].end, cue: ":", lemma: "say",
      category: .statement, speaker: speaker, sentence: 0, frameAfter: false)
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
        if p.tokens[k].scalar == "(", let close = (k..<min(s.upperBound, k + 30)).first(where: { p.tokens[$0].scalar == ")" }) {
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
  static func skipModifiersLeft(_ p: ParagraphText, _ i: Int, floor: Int) -> Int {
    var k = i
    while k - 1 >= floor && p.tokens[k - 1].classes.contains(.cueModifier)
      && !["and", "who", "which", "that"].contains(p.tokens[k - 1].lower)
    {
      k -= 1
    }
    return k
  }

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
        CueLexicon.invertible.contains(cue.lemma) || cue.lemma == "point-out" || cue.lemma == "sum-up"
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
          if !region.isEmpty, let speaker = SpeakerPhraseParser.parse(p, region) {
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
      if (t.scalar == "," || t.scalar == ":") && k + 1 < limit, let q = p.tokens[k + 1].quote, p.quotes[q].start == p.tokens[k + 1].start {
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

  /// Words after a quoted phrase that start something else: "a “crazy system” during a stop".
  static let clauseClosers: Set<String> = [
    "during", "after", "before", "when", "while", "because", "since",
    "as", "following", "amid", "despite", "although", "though", "if", "unless", "until",
  ]

  /// A lower-case word with a verb's ending ("sings", "introduced", "pounding"), or a common verb.
  static func looksLikeVerb(_ t: Token, after prev: Token? = nil) -> Bool {
    guard t.kind == .word, !t.isCapitalized, t.classes.isDisjoint(with: [.determiner, .title, .month]) else { return false }
    let l = t.lower
    if ["is", "are", "was", "were", "has", "have", "had", "gave", "made", "took", "sent", "put", "got"].contains(l) {
      return true
    }
    guard l.count > 4 else { return false }
    if l.hasSuffix("ed") || l.hasSuffix("ing") { return true }
    // "-s" only after a name or pronoun ("Blige sings"): after anything else it is most often a plural noun
    guard let prev, l.hasSuffix("s"), !l.hasSuffix("ss"), !l.hasSuffix("ous") else { return false }
    return (prev.kind == .word && prev.isCapitalized && !prev.classes.contains(.determiner))
      || ["he", "she", "it"].contains(prev.lower)
  }

  /// Whether the words at `i`, right after a quoted phrase, start something the quote is not part of:
  /// a subordinate clause ("after she attacked"), a time ("Wednesday on …"), a dash, or a coordinated
  /// verb or clause ("and describe …", "and he does believe …", "or poking holes …").
  static func startsNewClause(_ p: ParagraphText, at i: Int, limit: Int) -> Bool {
    let t = p.tokens[i]
    guard t.quote == nil else { return false }
    if t.scalar == "―" || t.scalar == "—" { return true }
    if clauseClosers.contains(t.lower) && t.lower != "as" { return true }
    if t.classes.contains(.weekday) || t.classes.contains(.month) { return true }
    if (t.lower == "and" || t.lower == "or") && i + 1 < limit {
      let n = p.tokens[i + 1]
      guard n.quote == nil, !n.isCapitalized || Lexicon.personalPronouns.contains(n.lower) else { return false }
      if ["he", "she", "they", "it", "we", "i"].contains(n.lower) { return true }
      // "called on the administration to “call out Russia” and consider …": one infinitive goes on
      let isBaseForm = !(n.lower.hasSuffix("ed") || n.lower.hasSuffix("s") || n.lower.hasSuffix("ing")
        || ["said", "told", "wrote", "thought", "felt", "knew", "made", "took", "gave", "went", "came"].contains(n.lower))
      if isBaseForm, let q = p.tokens[i - 1].quote,
        precededByInfinitive(p, quoteStart: p.quotes[q].start)
      {
        return false
      }
      return n.classes.contains(.cueWord) || looksLikeVerb(n, after: p.tokens[i])
    }
    return false
  }

  /// Whether "to" stands shortly before a quote: "urged the administration to “call out Russia”".
  static func precededByInfinitive(_ p: ParagraphText, quoteStart: Int) -> Bool {
    guard let first = p.tokens.firstIndex(where: { $0.start >= quoteStart }) else { return false }
    var k = first - 1
    while k >= 0 && k >= first - 2 {
      if p.tokens[k].lower == "to" { return true }
      if p.tokens[k].kind == .punct { return false }
      k -= 1
    }
    return false
  }

  /// Words that can say what a quoted phrase is, when no reporting verb frames it ("called", "dubbed").
  static let labelVerbs: Set<String> = [
    "called", "calls", "calling", "call", "dubbed", "labeled", "labelled", "termed", "branded", "named",
    "likened", "compared", "described", "describes", "praised", "mocked", "derided", "deemed", "cited",
    "cites", "referenced", "used", "uses", "using", "admires", "admired", "decried", "chanting", "chanted",
    "specified", "hailed", "touted", "promised", "promises", "vowed", "pledged", "accused", "urged",
  ]

  /// A quote inside a sentence that no template framed: its clause runs from the nearest reporting or
  /// labelling verb before it to the end of the clause after it ("Clinton called half of … “deplorables.”").
  static func quoteClause(_ p: ParagraphText, quote qi: Int, covered: [Attribution]) -> Attribution? {
    let q = p.quotes[qi]
    guard let si = p.sentences.firstIndex(where: { p.tokens[$0.lowerBound].start <= q.start && q.start <= p.tokens[$0.upperBound - 1].start }) else { return nil }
    let s = p.sentences[si]
    let cs = contentStart(p, s)
    guard let qFirst = (s.lowerBound..<s.upperBound).first(where: { p.tokens[$0].quote == qi }), qFirst > cs else { return nil }
    // the nearest verb before the quote
    var k = qFirst - 1
    var cue: Cue? = nil
    var labelIndex: Int? = nil
    // a reporting verb anywhere in reach wins over a nearer labelling verb:
    // "tweets early Friday saying that Clinton had shown bad judgment in using Machado “as a paragon”"
    while k >= cs && k >= qFirst - 25 {
      let t = p.tokens[k]
      if t.quote != nil || covered.contains(where: { $0.start <= t.start && t.start < $0.end }) { break }
      if let c = CueFinder.cue(p, at: k), c.category != .belief || qFirst - c.end <= 2 || p.tokens[c.end].lower == "that" {
        cue = c
        break
      }
      if labelIndex == nil && labelVerbs.contains(t.lower) { labelIndex = k }
      if labelIndex != nil && t.scalar == "," { break }  // a reporting verb in another clause is not ours
      k -= 1
    }
    if cue != nil { labelIndex = nil }
    if cue == nil && labelIndex == nil {
      // no reporting or labelling verb: the nearest word that looks like a verb opens the clause
      // ("Blige sings Bruce Springsteen’s “American Skin”", "Cruz exhorted Republicans to “vote …”")
      var v = qFirst - 1
      while v >= cs && v >= qFirst - 6 {
        let t = p.tokens[v]
        if t.quote != nil || t.kind == .punct && t.scalar != "-" && t.scalar != "’" { break }
        if looksLikeVerb(t, after: v > 0 ? p.tokens[v - 1] : nil) { labelIndex = v; break }
        v -= 1
      }
    }
    let verbEnd: Int
    if let c = cue { verbEnd = c.end } else if let l = labelIndex { verbEnd = l + 1 } else { return nil }
    var first = verbEnd
    if first < qFirst && p.tokens[first].lower == "that" { first += 1 }
    if first < qFirst && (p.tokens[first].scalar == "," || p.tokens[first].scalar == ":") { first += 1 }
    // "saying during the debate last week, “That makes me smart,”": after a comma or colon the quote
    // stands alone
    if first < qFirst && (p.tokens[qFirst - 1].scalar == "," || p.tokens[qFirst - 1].scalar == ":") { first = qFirst }
    guard first <= qFirst else { return nil }
    // the clause ends with the quote when the quote closes a sentence or a clause; else at the next break
    var last = (qFirst..<s.upperBound).last(where: { p.tokens[$0].quote == qi }) ?? qFirst
    let inner = p.text(q.innerStart, q.innerEnd)
    if !(inner.last.map { ".!?,".contains($0) } ?? false) {
      var e = last + 1
      while e < s.upperBound {
        let t = p.tokens[e]
        if e == last + 1 && startsNewClause(p, at: e, limit: s.upperBound) { break }
        if t.quote == nil && t.scalar == "―" { break }
        if t.quote == nil && [",", ";", ".", "–", "—", ":", "!", "?"].contains(t.text) { break }
        if t.quote == nil && t.scalar == "-" && e > 0 && p.tokens[e - 1].end < t.start { break }
        e += 1
      }
      last = e - 1
    }
    // a list of quoted phrases is one clause: a "nasty guy," an "anchor baby," "unstable" and "sick."
    var next = last + 1
    while next < s.upperBound && next <= last + 3 {
      let t = p.tokens[next]
      if let q2 = t.quote, q2 != p.tokens[last].quote, p.quotes[q2].start == t.start {
        last = (next..<s.upperBound).last(where: { p.tokens[$0].quote == q2 }) ?? next
        next = last + 1
        continue
      }
      guard t.quote == nil, t.scalar == "," || ["and", "or", "but", "an", "a", "as"].contains(t.lower) else { break }
      next += 1
    }
    last = trimmedTail(p, first, last)
    let subjectEnd = skipModifiersLeft(p, cue?.first ?? (labelIndex ?? verbEnd), floor: cs)
    let speaker = ProposalDetector.subjectPhrase(p, end: subjectEnd, floor: cs)
      ?? ProposalDetector.clauseSubject(p, s, cs)
    return Attribution(
      paragraph: p.index, start: p.tokens[first].start, end: contentEnd(p, last, floor: first), cue: cue?.text ?? p.tokens[verbEnd - 1].text,
      lemma: cue?.lemma, category: cue?.category ?? .statement, speaker: speaker, sentence: si,
      floating: speaker == nil)
  }

  /// `S V (OBJ) (that|:|,) CONTENT` with the subject at the start of the clause.
  static func preFrame(_ p: ParagraphText, _ s: Range<Int>, _ cs: Int, _ si: Int) -> Attribution? {
    var i = cs + 1
    while i < s.upperBound {
      defer { i += 1 }
      guard let cue = CueFinder.cue(p, at: i) else { continue }
      let subjectEnd = skipModifiersLeft(p, cue.first, floor: cs)
      guard subjectEnd > cs else { continue }
      // walk left over the noun phrase
      var k = subjectEnd - 1
      var start = cs
      while k >= cs {
        let t = p.tokens[k]
        if t.quote != nil { start = k + 1; break }
        if t.scalar == ")", let open = stride(from: k - 1, through: max(cs, k - 7), by: -1).first(where: { p.tokens[$0].scalar == "(" }) {
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
      var speaker = region.isEmpty ? nil : SpeakerPhraseParser.parse(p, region)
      // a participle after the main clause: "Rival Hillary Clinton had mocked the complaint, saying …"
      if speaker == nil, p.tokens[cue.first].lower.hasSuffix("ing"), cue.first > cs,
        [",", "and", "by", "for", "after", "before", "while", "when"].contains(p.tokens[cue.first - 1].lower)
      {
        speaker = ProposalDetector.clauseSubject(p, s, cs)
        if speaker != nil { region = cs..<cs }
      }
      if speaker == nil, subjectEnd - 1 > cs, p.tokens[subjectEnd - 1].scalar == "," {
        // NAME, APPOSITIVE, V
        if let c1 = stride(from: subjectEnd - 2, through: cs, by: -1).first(where: { p.tokens[$0].scalar == "," }) {
          let c0 = stride(from: c1 - 1, through: cs, by: -1).first(where: { p.tokens[$0].scalar == "," || p.tokens[$0].quote != nil }) ?? (cs - 1)
          region = (c0 + 1)..<subjectEnd
          speaker = SpeakerPhraseParser.parse(p, region)
        }
      }
      guard let sp = speaker else { continue }
      // the subject must open its clause: sentence start, opener words or an introductory phrase
      if region.lowerBound > cs {
        let prev = p.tokens[region.lowerBound - 1]
        let okPrev = prev.scalar == "," || prev.scalar == ";" || prev.scalar == ":" || isClosingMark(p, region.lowerBound - 1) || ["and", "but", "that", "while", "as", "because", "so", "when", "although", "though"].contains(prev.lower)
          || prev.classes.contains(.sentenceOpener)
        if !okPrev { continue }
      }
      let weak = CueLexicon.weak.contains(cue.lemma) || cue.category == .proposal
      // content after the cue
      guard let (contentFirst, explicit) = contentAfterCue(p, cue, s.upperBound) else { continue }
      if weak && !explicit && !(sp.kind == .person || sp.kind == .pronoun || sp.kind == .group) { continue }
      if cue.category == .proposal || cue.lemma == "suggest" { continue }
      var lastToken = s.upperBound - 1
      if subordinators.contains(p.tokens[cs].lower) && region.lowerBound > cs,
        let comma = (contentFirst..<s.upperBound).first(where: { p.tokens[$0].scalar == "," && p.tokens[$0].quote == nil })
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

  /// Reported content ends before a participle or a new clause that follows a comma:
  /// "… for Mrs. Clinton, implicitly putting his name on the line" · "…, but he has also …".
  static func trimmedTail(_ p: ParagraphText, _ first: Int, _ last: Int) -> Int {
    var k = first + 2
    while k < last {
      let t = p.tokens[k]
      let next = p.tokens[k + 1]
      let after = k + 2 <= last ? p.tokens[k + 2].lower : ""
      let closing = isClosingMark(p, k)
      if t.quote == nil && (t.scalar == "," || t.scalar == "–" || t.scalar == "—")
        || (closing && p.text(p.tokens[k].start - 1, p.tokens[k].start) == ",")
      {
        if next.quote == nil && next.kind == .word && !next.isCapitalized && next.lower.hasSuffix("ing") && next.lower.count > 5 {
          return k - (t.scalar == "," ? 1 : 0)
        }
        if closing && ["but", "while", "which", "who"].contains(next.lower) && after != "," {
          return k  // “… a terrible situation,” but stopped short of …
        }
        if ["while", "whereas", "although", "though"].contains(next.lower) && after != "," {
          return closing ? k : k - 1
        }
      }
      // "… to the test and warned North Korea …": a second reporting verb starts an attribution of its own
      if t.quote == nil && t.lower == "and" && k > first + 2, let c = p.cues[k + 1],
        next.lower.hasSuffix("ed") || next.lower == "said" || next.lower == "told", c.category != .belief
      {
        return k - 1
      }
      // a quoted phrase ends the content when another clause follows it:
      // … a “disgrace” after she attacked … · … “a con” and encouraged Americans …
      if closing && k + 1 <= last && startsNewClause(p, at: k + 1, limit: last + 1) {
        return k
      }
      k += 1
    }
    return last
  }

  /// Where the content starts after a cue, and whether "that", ":" or a quote marks it explicitly.
  static func contentAfterCue(_ p: ParagraphText, _ cue: Cue, _ limit: Int) -> (Int, Bool)? {
    var j = cue.end
    guard j < limit else { return nil }
    if objectVerbs.contains(cue.lemma) {
      // skip the addressee: "told Izvestia", "told The Associated Press", "told him"
      if p.tokens[j].classes.contains(.objectWord) {
        j += 1
      } else if let run = SpeakerPhraseParser.nameRun(p, endingAt: j + 1, from: j) , run.lowerBound == j {
        var e = j
        while e < limit && SpeakerPhraseParser.isNameToken(p, e) { e += 1 }
        j = e
      } else if p.tokens[j].classes.contains(.determiner) {
        var e = j + 1
        while e < limit && e < j + 5 && p.tokens[e].kind == .word && p.tokens[e].lower != "that" { e += 1 }
        if e < limit && p.tokens[e].lower == "that" { j = e }
      }
    }
    guard j < limit else { return nil }
    // adjuncts before an explicit "that" / ":"
    var k = j
    while k < limit && k < j + 9 {
      let t = p.tokens[k]
      if t.lower == "that" && t.quote == nil { return k + 1 < limit ? (k + 1, true) : nil }
      if t.scalar == ":" || t.scalar == "," {
        return k + 1 < limit ? (k + 1, true) : nil
      }
      if t.quote != nil { return (k, true) }
      if !(t.classes.contains(.cueAdjunct) || t.classes.contains(.month) || t.kind == .number) { break }
      k += 1
    }
    if p.tokens[j].quote != nil { return (j, true) }
    // "saying during the debate last week, “That makes me smart,”": a short adjunct, a comma, a quote
    var c = j
    while c < limit && c < j + 10 && p.tokens[c].quote == nil && p.tokens[c].lower != "that" && p.cues[c] == nil
      && p.tokens[c].scalar != "."
    {
      if p.tokens[c].scalar == "," {
        if c + 1 < limit, let q = p.tokens[c + 1].quote, p.quotes[q].start == p.tokens[c + 1].start { return (c + 1, true) }
        break
      }
      c += 1
    }
    return (j, false)
  }

  /// The speaker phrase after an inverted cue: "said Paul Poast, an assistant professor …".
  static func subjectAfter(_ p: ParagraphText, _ from: Int, _ limit: Int) -> (SpeakerPhrase, Int)? {
    var e = from
    while e < limit {
      let t = p.tokens[e]
      if t.kind == .punct && t.scalar != "." && t.scalar != "-" && t.scalar != "’" { break }
      if t.scalar == "." && !SpeakerPhraseParser.isNameToken(p, e) { break }
      if e > from && t.classes.contains(.frameStop) && !(t.lower == "of" ) { break }
      e += 1
    }
    guard e > from, var sp = SpeakerPhraseParser.parse(p, from..<e) else { return nil }
    // appositive after a comma: role up to the next comma, "who", or the end
    if e < limit, p.tokens[e].scalar == ",", sp.kind == .person, e + 1 < limit {
      var r = e + 1
      while r < limit && p.tokens[r].scalar != "," && p.tokens[r].lower != "who" && !(p.tokens[r].scalar == "." && r == limit - 1) {
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

  /// `According to S, CONTENT` and `CONTENT, according to S`.
  static func accordingTo(_ p: ParagraphText, _ s: Range<Int>, _ cs: Int, _ si: Int) -> Attribution? {
    guard p.hasAccording else { return nil }
    guard let a = (cs..<(s.upperBound - 1)).first(where: {
      p.tokens[$0].lower == "according" && p.tokens[$0 + 1].lower == "to" && p.tokens[$0].quote == nil
    }) else { return nil }
    let sFrom = a + 2
    if a == cs || (a == cs + 1 && p.tokens[cs].classes.contains(.sentenceOpener)) {
      guard let comma = (sFrom..<s.upperBound).first(where: { p.tokens[$0].scalar == "," }) else { return nil }
      guard let sp = SpeakerPhraseParser.parse(p, sFrom..<comma) else { return nil }
      let first = comma + 1
      guard first + 2 < s.upperBound - 1 else { return nil }
      return Attribution(
        paragraph: p.index, start: p.tokens[first].start, end: contentEnd(p, s.upperBound - 1, floor: first),
        cue: "according to", lemma: "according-to", category: .statement, speaker: sp, sentence: si)
    }
    guard a - 1 > cs, p.tokens[a - 1].scalar == "," || p.tokens[a - 1].scalar == "–" || p.tokens[a - 1].scalar == "—" else { return nil }
    var e = s.upperBound
    while e > sFrom && p.tokens[e - 1].kind == .punct && p.tokens[e - 1].scalar != "’" { e -= 1 }
    if let comma = (sFrom..<e).first(where: { p.tokens[$0].scalar == "," }) { e = comma }
    guard let sp = SpeakerPhraseParser.parse(p, sFrom..<e) else { return nil }
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

extension String {
  func trimmingCharacters(in set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
