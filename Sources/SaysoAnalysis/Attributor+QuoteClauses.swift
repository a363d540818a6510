/// Quoted phrases that no frame claims, and where a quoted clause ends.
extension Attributor {
  /// Words after a quoted phrase that start something else: "a “crazy system” during a stop".
  static let clauseClosers: Set<String> = [
    "during", "after", "before", "when", "while", "because", "since",
    "as", "following", "amid", "despite", "although", "though", "if", "unless", "until",
  ]

  /// A lower-case word with a verb's ending ("sings", "introduced", "pounding"), or a common verb.
  static func looksLikeVerb(_ t: Token, after prev: Token? = nil) -> Bool {
    guard t.kind == .word, !t.isCapitalized, t.classes.isDisjoint(with: [.determiner, .title, .month]) else {
      return false
    }
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
      let isBaseForm =
        !(n.lower.hasSuffix("ed") || n.lower.hasSuffix("s") || n.lower.hasSuffix("ing")
        || ["said", "told", "wrote", "thought", "felt", "knew", "made", "took", "gave", "went", "came"].contains(
          n.lower))
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
    let first = p.firstToken(startingAtOrAfter: quoteStart)
    guard first < p.tokens.count else { return false }
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
  static func quoteClause(_ p: ParagraphText, quote qi: Int, covered: CoveredOffsets) -> Attribution? {
    let q = p.quotes[qi]
    guard
      let si = p.sentence(holding: q.start)
    else { return nil }
    let s = p.sentences[si]
    let cs = contentStart(p, s)
    guard let qFirst = (s.lowerBound..<s.upperBound).first(where: { p.tokens[$0].quote == qi }), qFirst > cs else {
      return nil
    }
    // the nearest verb before the quote
    var k = qFirst - 1
    var cue: Cue? = nil
    var labelIndex: Int? = nil
    // a reporting verb anywhere in reach wins over a nearer labelling verb:
    // "tweets early Friday saying that Clinton had shown bad judgment in using Machado “as a paragon”"
    while k >= cs && k >= qFirst - 25 {
      let t = p.tokens[k]
      if t.quote != nil || covered.contains(t.start) { break }
      if let c = CueFinder.cue(p, at: k),
        (c.category != .belief && c.category != .evidence) || qFirst - c.end <= 2 || p.tokens[c.end].lower == "that"
      {
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
        if looksLikeVerb(t, after: v > 0 ? p.tokens[v - 1] : nil) {
          labelIndex = v
          break
        }
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
    let speaker =
      ProposalDetector.subjectPhrase(p, end: subjectEnd, floor: cs)
      ?? ProposalDetector.clauseSubject(p, s, cs)
    return Attribution(
      paragraph: p.index, start: p.tokens[first].start, end: contentEnd(p, last, floor: first),
      cue: cue?.text ?? p.tokens[verbEnd - 1].text,
      lemma: cue?.lemma, category: cue?.category ?? .statement, speaker: speaker, sentence: si,
      floating: speaker == nil)
  }

}
