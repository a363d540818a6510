import SaysoCore

/// Finds the people, quotes and proposals in an article.
///
/// The pipeline: paragraphs → tokens, direct quotes and sentences → names and roles → attributions
/// (templates per sentence) → floating quotes → mention resolution → claims.
public func analyze(_ article: Article) -> ArticleAnalysis {
  var analyzer = Analyzer(article)
  return analyzer.run()
}

struct Analyzer {
  let article: Article
  var paragraphs: [ParagraphText] = []
  var registry = EntityRegistry()
  /// Names the article gives an honorific or a title somewhere ("Mr. Hadi", "Dr Ruiz", "security
  /// minister Wiranto"): persons, even alone.
  var honoredNames: Set<String> = []

  init(_ article: Article) {
    self.article = article
    var open = false
    for p in article.paragraphs {
      let pt = ParagraphText(p, openFromPrevious: open)
      open = pt.endsInsideQuote
      paragraphs.append(pt)
      for i in pt.tokens.indices.dropLast()
      where pt.tokens[i].classes.contains(.honorific) || pt.tokens[i].classes.contains(.title) {
        var next = i + 1
        if pt.tokens[next].scalar == ".", next + 1 < pt.tokens.count { next += 1 }
        if pt.tokens[next].kind == .word && pt.tokens[next].isCapitalized { honoredNames.insert(pt.tokens[next].stemLower) }
      }
    }
  }

  /// A resolved speaker: a person in the registry, an organisation, or a group text.
  struct Resolution {
    var entity: Int?
    var group: String?
    var organisation: String?
    var mention: String
  }

  mutating func run() -> ArticleAnalysis {
    for p in paragraphs where p.role == .body || p.role == .dateline {
      NameScanner.register(p, into: &registry)
    }
    var attributions: [Attribution] = []
    var proposalCandidates: [ProposalCandidate] = []
    for p in paragraphs {
      var found = Attributor.attributions(in: p)
      found += floatingQuotes(p, covered: found)
      found.sort { $0.start < $1.start }
      proposalCandidates += ProposalDetector.proposals(in: p, attributions: found, firstIndex: attributions.count)
      attributions += found
    }
    // resolve speakers in reading order
    var resolutions: [Resolution?] = Array(repeating: nil, count: attributions.count)
    var lastSpeakerByParagraph: [Int: Resolution] = [:]
    var lastResolved: (paragraph: Int, r: Resolution)? = nil
    for (k, a) in attributions.enumerated() {
      var r: Resolution? = nil
      if let sp = a.speaker {
        r = resolve(sp, paragraph: a.paragraph, content: a.start..<a.end, allowHead: a.category == .belief)
      } else if a.floating {
        // inherit: the frame of the same paragraph, else the last speaker in the previous paragraphs
        if let same = attributions.indices.first(where: {
          $0 != k && attributions[$0].paragraph == a.paragraph && !attributions[$0].floating
            && attributions[$0].speaker != nil
        }), let sp = attributions[same].speaker {
          let a2 = attributions[same]
          r = resolve(sp, paragraph: a2.paragraph, content: a2.start..<a2.end, allowHead: false)
        } else if let last = lastResolved, a.paragraph - last.paragraph <= 2 {
          r = last.r
        }
      }
      if let r {
        resolutions[k] = r
        lastSpeakerByParagraph[a.paragraph] = r
        lastResolved = (a.paragraph, r)
        if let e = r.entity {
          registry.addMention(e, at: EntityRegistry.position(a.paragraph, a.end))
        }
      }
    }
    mergeFollowingQuotes(&attributions, &resolutions)
    mergeContinuations(&attributions, &resolutions)
    // quotes
    var quotes: [Quote] = []
    var quoteCounts: [Int: Int] = [:]
    var utterances = 0
    for (k, a) in attributions.enumerated() {
      let p = paragraphs[a.paragraph]
      guard a.end > a.start else { continue }
      let r = resolutions[k]
      let speaker = r.flatMap { res in res.entity.map { speakerValue($0, mention: res.mention) } }
      if let e = r?.entity { quoteCounts[e, default: 0] += 1 }
      let ranges = pieces(of: a, in: p)
      var utterance: Int? = nil
      if ranges.count > 1 {
        utterances += 1
        utterance = utterances
      }
      for range in ranges {
        var piece = a
        (piece.start, piece.end) = (range.lowerBound, range.upperBound)
        quotes.append(
          Quote(
            paragraph: a.paragraph, start: piece.start, end: piece.end, text: p.text(piece.start, piece.end),
            kind: kind(of: piece, in: p), cue: a.cue, speaker: speaker,
            group: r?.entity == nil ? r?.group : nil, organisation: r?.entity == nil ? r?.organisation : nil,
            utterance: utterance))
      }
    }
    // proposals
    var proposals: [Proposal] = []
    for c in proposalCandidates {
      let p = paragraphs[c.paragraph]
      var r: Resolution? = nil
      if let idx = c.attribution {
        r = resolutions[idx]
      } else if let sp = c.subject {
        r = resolve(sp, paragraph: c.paragraph, content: c.start..<c.end, allowHead: true)
      } else if let last = lastSpeakerByParagraph[c.paragraph] {
        r = last
      }
      if proposals.contains(where: { $0.paragraph == c.paragraph && $0.start < c.end && c.start < $0.end }) { continue }
      proposals.append(
        Proposal(
          paragraph: c.paragraph, start: c.start, end: c.end, text: p.text(c.start, c.end), cue: c.cue,
          proposer: r.flatMap { res in res.entity.map { speakerValue($0, mention: res.mention) } },
          group: r?.entity == nil ? r?.group : nil, organisation: r?.entity == nil ? r?.organisation : nil))
    }
    let people = quoteCounts.keys.sorted {
      registry.entities[$0].mentions.min() ?? 0 < registry.entities[$1].mentions.min() ?? 0
    }
    .map { Person(name: registry.entities[$0].name, roles: registry.entities[$0].roles, quotes: quoteCounts[$0]!) }
    return ArticleAnalysis(article: article, people: people, quotes: quotes, proposals: proposals)
  }

  func speakerValue(_ id: Int, mention: String) -> Speaker {
    let e = registry.entities[id]
    return Speaker(name: e.name, role: e.roles.first, mention: mention)
  }

  /// Direct quotes that no frame in their sentence claims: they take the speaker from context.
  func floatingQuotes(_ p: ParagraphText, covered: [Attribution]) -> [Attribution] {
    var out: [Attribution] = []
    var coverage = CoveredOffsets(count: p.scalars.count, covering: covered)
    for (qi, q) in p.quotes.enumerated() {
      if coverage.overlaps(q.innerStart..<q.innerEnd) { continue }
      if let a = Attributor.quoteClause(p, quote: qi, covered: coverage) {
        out.append(a)
        coverage.cover(a.start..<a.end)
        continue
      }
      let words = QuoteScanner.countWords(p.scalars, q.innerStart, q.innerEnd)
      // scare quotes and titles: short, with no full stop of their own
      let inner = p.text(q.innerStart, q.innerEnd)
      let sentenceLike = inner.last.map { ".!?,…".contains($0) } ?? false
      // scare quotes and titles: under four words with no cue, or all title case
      let titleCase = inner.split(separator: " ").allSatisfy { ($0.first?.isUppercase ?? true) || $0.count <= 3 }
      if words < 4 && !q.continued && q.style != .dash && (!sentenceLike || titleCase) { continue }
      let si = p.sentence(holding: q.start) ?? 0
      // a signature after the quote: "“…” ― Oscar P. Quintero"
      if case let last = p.firstToken(startingAtOrAfter: q.end) - 1, last >= 0, last + 2 < p.tokens.count + 1,
        last + 1 < p.tokens.count, ["―", "—", "–"].contains(p.tokens[last + 1].text)
      {
        var e = last + 2
        while e < p.tokens.count && (SpeakerPhraseParser.isNameToken(p, e) || p.tokens[e].scalar == "-")
          && p.tokens[e].quote == nil
        { e += 1 }
        if e > last + 2,
          e == p.tokens.count || p.tokens[e].quote != nil || p.tokens[e].scalar == "."
            || p.scalars[p.tokens[e - 1].end..<p.tokens[e].start].contains("\n"),
          let sp = SpeakerPhraseParser.parse(p, (last + 2)..<e)
        {
          out.append(
            Attribution(
              paragraph: p.index, start: q.start, end: q.end, cue: p.tokens[last + 1].text, lemma: "say",
              category: .statement, speaker: sp, sentence: si, frameAfter: true))
          coverage.cover(q.start..<q.end)
          continue
        }
      }
      out.append(
        Attribution(
          paragraph: p.index, start: q.start, end: q.end, cue: nil, lemma: nil, category: nil, speaker: nil,
          sentence: si, floating: true))
      coverage.cover(q.start..<q.end)
    }
    return out
  }

  /// "“A,” X said. “B.”" is one attribution: the quote that follows the frame continues it.
  func mergeFollowingQuotes(_ attributions: inout [Attribution], _ resolutions: inout [Resolution?]) {
    var k = attributions.count - 1
    while k > 0 {
      let a = attributions[k]
      let prev = attributions[k - 1]
      let p = paragraphs[a.paragraph]
      // the narration between the two quotes may not outweigh them: a claim is mostly quoted words
      let firstQuote = p.quotes(startingIn: prev.start..<(prev.start + 1)).first.map { p.quotes[$0] }
      let second = p.quotes(startingIn: a.start..<(a.start + 1)).map { p.quotes[$0] }.first { $0.style == .double }
      if a.floating, a.speaker == nil, a.paragraph == prev.paragraph, prev.frameAfter, !prev.floating,
        a.sentence == prev.sentence + 1, let q1 = firstQuote, let q2 = second,
        q2.start - q1.end <= (q1.end - q1.start) + (q2.end - q2.start)
      {
        attributions[k - 1].end = a.end
        attributions[k].end = attributions[k].start  // absorbed: emitted by nobody
      }
      k -= 1
    }
  }

  /// "S1 (X said). S2. S3, X said." — unattributed sentences between two frames of the same speaker
  /// belong to the later one.
  /// Attributions to groups inside the stretch ("the Americans have long been saying …") are the
  /// speaker's words too, and are absorbed.
  func mergeContinuations(_ attributions: inout [Attribution], _ resolutions: inout [Resolution?]) {
    var absorbed = Set<Int>()
    for k in attributions.indices.dropFirst() {
      let a = attributions[k]
      guard a.frameAfter, !a.floating, let r = resolutions[k]?.entity,
        paragraphs[a.paragraph].quotes(overlapping: a.start..<a.end).isEmpty
      else { continue }
      var j = k - 1
      while j >= 0 && attributions[j].paragraph == a.paragraph && resolutions[j]?.entity == nil
        && !attributions[j].floating
      {
        j -= 1
      }
      guard j >= 0, attributions[j].paragraph == a.paragraph, resolutions[j]?.entity == r,
        a.sentence > attributions[j].sentence + 1
      else { continue }
      let prev = attributions[j]
      let p = paragraphs[a.paragraph]
      let firstSentence = p.sentences[prev.sentence + 1]
      let newStart = p.tokens[Attributor.contentStart(p, firstSentence)].start
      if newStart < a.start && newStart >= prev.end {
        attributions[k].start = newStart
        for m in (j + 1)..<k { absorbed.insert(m) }
      }
    }
    for m in absorbed {
      attributions[m].end = attributions[m].start  // absorbed: emitted by nobody
    }
  }

  /// The quoted pieces of an attribution: its content without a frame that stands inside it.
  ///
  /// `"We were ready," the coach said. "The third period was ours."` is two pieces; so is
  /// `These employees, Stumpf explained, were well paid`. Content without an inner frame is one piece.
  func pieces(of a: Attribution, in p: ParagraphText) -> [Range<Int>] {
    let whole = [a.start..<a.end]
    guard let sp = a.speaker, !sp.tokens.isEmpty, sp.tokens.upperBound <= p.tokens.count else { return whole }
    let frameStart = p.tokens[sp.tokens.lowerBound].start
    let frameEnd = p.tokens[sp.tokens.upperBound - 1].end
    guard a.start < frameStart, frameEnd < a.end else { return whole }
    var first: Int? = nil
    var second: Int? = nil
    let within = p.quotes(overlapping: a.start..<a.end).map { p.quotes[$0] }
    let tokens = p.tokens(within: a.start..<a.end)
    if let before = within.last(where: { $0.end <= frameStart && $0.end > a.start }),
      let after = within.first(where: { $0.start >= frameEnd && $0.start < a.end })
    {
      (first, second) = (before.end, after.start)
    } else if let comma = tokens.last(where: { p.tokens[$0].scalar == "," && p.tokens[$0].end <= frameStart }),
      let resume = tokens.first(where: { p.tokens[$0].scalar == "," && p.tokens[$0].start >= frameEnd }),
      resume + 1 < p.tokens.count, p.tokens[comma].start > a.start, p.tokens[resume].end < a.end
    {
      (first, second) = (p.tokens[comma].start, p.tokens[resume + 1].start)
    }
    guard let first, let second, first > a.start, second < a.end, first <= frameStart, second >= frameEnd else {
      return whole
    }
    return [a.start..<first, second..<a.end]
  }

  func kind(of a: Attribution, in p: ParagraphText) -> QuoteKind {
    let inside = p.quotes(overlapping: a.start..<a.end).map { p.quotes[$0] }
    guard let first = inside.first else { return .indirect }
    if first.style == .dash { return .direct }
    // content that is the quote (give or take punctuation) is direct
    let outside = p.tokens[p.tokens(within: a.start..<a.end)].filter { $0.quote == nil && $0.kind != .punct }
    if outside.isEmpty || (a.floating) { return .direct }
    if outside.count <= 4 && inside.count >= 2 { return .direct }  // "“A,” he said, “B.”"
    return .mixed
  }

  /// Resolves a speaker phrase to a person or a group.
  mutating func resolve(_ sp: SpeakerPhrase, paragraph: Int, content: Range<Int>, allowHead: Bool) -> Resolution {
    let pos = EntityRegistry.position(paragraph, paragraphs[paragraph].tokens[sp.tokens.lowerBound].start)
    let excluding =
      EntityRegistry.position(paragraph, content.lowerBound)..<EntityRegistry.position(paragraph, content.upperBound)
    switch sp.kind {
    case .person:
      var name = EntityRegistry.canonical(sp.name)
      if name.wordCount == 1, let id = registry.resolveSurname(name, before: pos + 1) {
        registry.addMention(id, at: pos)
        return Resolution(entity: id, mention: sp.text)
      }
      let honored = name.wordCount == 1 && honoredNames.contains(name.lowercased())
      let typing = registry.typing(of: name, titled: honored || NameTyper.isTitled(sp))
      switch typing.kind {
      case .person:
        name = typing.name
      case .organisation, .place:
        return Resolution(organisation: typing.name, mention: sp.text)
      case .eventOrLaw, .other:
        // not a person, but still the words the article credits: "Demonstrators said", "PolitiFact found"
        return Resolution(group: typing.name, mention: sp.text)
      }
      if name.wordCount == 1, let id = registry.resolveSurname(name, before: pos + 1) {
        registry.addMention(id, at: pos)
        return Resolution(entity: id, mention: sp.text)
      }
      return Resolution(entity: registry.register(name, role: sp.role, at: pos), mention: sp.text)
    case .pronoun:
      // "I" in a frame is the writer or an interviewee the text does not name: no one to resolve to
      let firstPerson = ["i", "me", "i’m", "i'm"].contains(sp.text.lowercased())
      if !firstPerson, let id = registry.latestPerson(before: pos, excluding: excluding) {
        return Resolution(entity: id, mention: sp.text)
      }
      return Resolution(group: nil, mention: sp.text)
    case .nominal:
      let qualifiers =
        sp.modifiers.filter { m in
          m.first.map { $0.isLetter } ?? false && (SpeakerPhraseParser.isDemonym(m) && m != "former" && m != "new")
        } + sp.text.split(separator: " ").dropFirst().filter { $0.first?.isUppercase ?? false }.map { $0.lowercased() }
      let determiner = sp.text.split(separator: " ").first.map { $0.lowercased() } ?? ""
      if Lexicon.roleClasses[sp.head] != nil, determiner == "the",
        let id = registry.resolveRole(head: sp.head, qualifiers: qualifiers, before: pos)
      {
        return Resolution(entity: id, mention: sp.text)
      }
      if allowHead,
        ["side", "government", "leadership", "authorities", "administration"].contains(sp.head)
          || WorldKnowledge.shared.seatsOfPower[sp.head] != nil,
        let q = qualifiers.first.map({ $0.lowercased() }), let id = registry.resolveHead(of: q, before: pos)
      {
        return Resolution(entity: id, mention: sp.text)
      }
      return Resolution(group: sp.text, mention: sp.text)
    case .group:
      return Resolution(group: sp.text, mention: sp.text)
    case .organisation:
      let key = nameKey(sp.name.lowercased().replacingOccurrences(of: "the ", with: ""))
      if allowHead, let demonym = WorldKnowledge.shared.leaderDemonym(ofPolity: key),
        let id = registry.resolveHead(of: demonym, before: pos)
      {
        return Resolution(entity: id, mention: sp.text)
      }
      return Resolution(organisation: sp.name, mention: sp.text)
    }
  }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var out = ""
    var rest = Substring(self)
    while let r = rest.range(of: target) {
      out += rest[..<r.lowerBound]
      out += replacement
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
}
