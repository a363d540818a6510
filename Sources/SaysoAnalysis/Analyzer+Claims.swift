import SaysoCore

/// Stage 7: the claims — quoted pieces linked as utterances, proposals with their proposer — and the
/// people quoted.
extension Analyzer {
  mutating func claims(
    _ attributions: [Attribution], _ resolutions: [Resolution?], _ proposalCandidates: [ProposalCandidate]
  ) -> ArticleAnalysis {
    // the last resolved attribution of each paragraph of the run (by its place in the run), or -1: an array
    // of the run's few paragraphs, where a dictionary hashed each paragraph's index and grew at each
    let runStart = paragraphs.startIndex
    var lastResolvedByParagraph = [Int](filledWith: -1, count: paragraphs.count)
    for (index, attribution) in attributions.enumerated() where resolutions[index] != nil {
      lastResolvedByParagraph[attribution.paragraph - runStart] = index
    }
    let (quotes, quoteCounts) = quoteClaims(attributions, resolutions)
    var proposals: [Proposal] = []
    for candidate in proposalCandidates {
      let paragraph = paragraphs[candidate.paragraph]
      var resolution: Resolution? = nil
      if let index = candidate.attribution {
        resolution = resolutions[index]
      } else if let subject = candidate.subject {
        resolution = resolve(
          subject, paragraph: candidate.paragraph, content: candidate.start..<candidate.end, allowHead: true)
      } else if !candidate.unnamed, case let last = lastResolvedByParagraph[candidate.paragraph - runStart], last >= 0 {
        resolution = resolutions[last]
      }
      // the first of overlapping proposals stands (only those of the same paragraph can overlap)
      if proposals.reversed().prefix(while: { $0.paragraph == candidate.paragraph }).contains(where: {
        $0.start < candidate.end && candidate.start < $0.end
      }) {
        continue
      }
      proposals.append(
        Proposal(
          paragraph: candidate.paragraph, start: candidate.start, end: candidate.end,
          text: paragraph.text(candidate.start, candidate.end), cue: candidate.cue,
          proposer: resolution.flatMap { speaker(of: $0) }, group: resolution?.group,
          organisation: resolution?.organisation.map(EntityRegistry.shownName(ofOrganisation:))))
    }
    // in order of first mention, then of registration: the same order on every run
    let people = quoteCounts.indices.filter { quoteCounts[$0] > 0 }.sorted {
      (registry.entities[$0].mentions.min() ?? 0, $0) < (registry.entities[$1].mentions.min() ?? 0, $1)
    }
    .map { Person(name: registry.shownName(of: $0), roles: registry.entities[$0].roles, quotes: quoteCounts[$0]) }
    return ArticleAnalysis(article: article, people: people, quotes: quotes, proposals: proposals)
  }

  /// The quotes of the attributions, one per quoted piece, and how many each person has (by entity: an
  /// array as long as the highest entity quoted, where a dictionary hashed each entity's number).
  func quoteClaims(_ attributions: [Attribution], _ resolutions: [Resolution?]) -> ([Quote], [Int]) {
    var quotes: [Quote] = []
    // most attributions are one piece: reserved at their number, the list is not grown by doubling
    // (which holds up to twice the quotes for a moment, on a long paragraph tens of megabytes)
    quotes.reserveCapacity(attributions.count)
    var quoteCounts: [Int] = []
    var utterances = 0
    for (index, attribution) in attributions.enumerated() where attribution.end > attribution.start {
      let paragraph = paragraphs[attribution.paragraph]
      let resolution = resolutions[index]
      if let entity = resolution?.entity {
        if entity >= quoteCounts.count {
          quoteCounts.append(contentsOf: repeatElement(0, count: entity + 1 - quoteCounts.count))
        }
        quoteCounts[entity] += 1
      }
      let ranges = pieces(of: attribution, in: paragraph)
      var utterance: Int? = nil
      if ranges.count > 1 {
        utterances += 1
        utterance = utterances
      }
      // a quote with no frame of its own goes on with the utterance before it: in a paragraph that goes on with
      // the quote the one before leaves open, "“…,” Lund said. “He is like 6’4” ¶ “Which is why …”"; in the
      // sentence after a claim whose frame follows its quoted words, "Tate is “a changed man,” Lund said. “…”"
      // (most attributions have a frame: told first, before the last quote is copied)
      if attribution.floating, let last = quotes.last,
        continuesOpenQuote(index, attributions, resolutions, last: last)
          || (utterance == nil && goesOnWithTheClaimBefore(index, attributions, resolutions))
      {
        if let previous = last.utterance {
          utterance = previous
        } else {
          utterances += 1
          utterance = utterances
          quotes[quotes.count - 1].utterance = utterance
        }
      }
      for range in ranges {
        var piece = attribution
        (piece.start, piece.end) = (range.lowerBound, range.upperBound)
        quotes.append(
          Quote(
            paragraph: attribution.paragraph, start: piece.start, end: piece.end,
            text: paragraph.text(piece.start, piece.end), kind: kind(of: piece, in: paragraph), cue: attribution.cue,
            speaker: resolution.flatMap { speaker(of: $0) }, group: resolution?.group,
            organisation: resolution?.organisation.map(EntityRegistry.shownName(ofOrganisation:)),
            utterance: utterance))
      }
    }
    return (quotes, quoteCounts)
  }

  /// Whether the attribution at `index` opens a paragraph with no frame of its own and goes on with the quote
  /// that the paragraph before leaves open, `last`, of the same person (`quoteClaims`).
  func continuesOpenQuote(_ index: Int, _ attributions: [Attribution], _ resolutions: [Resolution?], last: Quote)
    -> Bool
  {
    let attribution = attributions[index]
    guard attribution.floating, index > 0, let entity = resolutions[index]?.entity else { return false }
    return attributions[index - 1].paragraph == attribution.paragraph - 1 && resolutions[index - 1]?.entity == entity
      && last.paragraph == attribution.paragraph - 1 && last.kind == .direct
      && paragraphs[attribution.paragraph].tokens.first?.quote != nil && paragraphs[last.paragraph].endsInsideQuote
  }

  /// Whether the attribution at `index` is a quote with no frame that opens the sentence after a claim of the same
  /// source whose frame follows its quoted words (`quoteClaims`). Quotes that both open their claims were joined
  /// before (`mergeFollowingQuotes`); this links a mixed claim's: "Tate is “a changed man,” Lund said. “…”". (Not
  /// across paragraphs: PolNeAR joins "“…,” Lund said. ¶ “…”" more often than not, but its joined item then
  /// matches neither piece; direct recall fell by 0.4 on train and 0.8 on dev.)
  func goesOnWithTheClaimBefore(_ index: Int, _ attributions: [Attribution], _ resolutions: [Resolution?]) -> Bool {
    let attribution = attributions[index]
    guard attribution.floating, attribution.speaker == nil, index > 0, let referent = resolutions[index]?.referent,
      referent != .unknown
    else { return false }
    let previous = attributions[index - 1]
    guard previous.end > previous.start, previous.paragraph == attribution.paragraph, previous.frameAfter,
      !previous.floating, attribution.sentence == previous.sentence + 1, resolutions[index - 1]?.referent == referent
    else { return false }
    let paragraph = paragraphs[attribution.paragraph]
    let opening = paragraph.firstToken(startingAtOrAfter: attribution.start)
    // (and the claim before holds no verb of saying of another frame: "Vey said she felt … because “…,” she said.
    // “…”" is two utterances)
    return opening < paragraph.tokens.count && paragraph.tokens[opening].quote != nil
      && paragraph.quotes.contains(where: { $0.end == previous.end })
      && !Self.anotherSubjectFollows(paragraph, previous.end..<attribution.start)
      && !paragraph.tokens(within: previous.start..<previous.end).contains(where: {
        paragraph.cues[$0] != nil && paragraph.tokens[$0].quote == nil
      })
  }

  /// The speaker of a claim, when its source is a person of the registry.
  func speaker(of resolution: Resolution) -> Speaker? {
    guard let id = resolution.entity else { return nil }
    return Speaker(name: registry.shownName(of: id), role: registry.entities[id].roles.first, mention: resolution.mention)
  }

  /// The quoted pieces of an attribution: its content without a frame that stands inside it.
  ///
  /// `"We were ready," the coach said. "The third period was ours."` is two pieces; so is
  /// `These employees, Stumpf explained, were well paid`. Content without an inner frame is one piece.
  func pieces(of attribution: Attribution, in paragraph: ParagraphText) -> [Range<Int>] {
    let whole = [attribution.start..<attribution.end]
    guard let phrase = attribution.speaker, !phrase.tokens.isEmpty, phrase.tokens.upperBound <= paragraph.tokens.count
    else { return whole }
    let frameStart = paragraph.tokens[phrase.tokens.lowerBound].start
    let frameEnd = paragraph.tokens[phrase.tokens.upperBound - 1].end
    guard attribution.start < frameStart, frameEnd < attribution.end else { return whole }
    var first: Int? = nil
    var second: Int? = nil
    let within = paragraph.quotes(overlapping: attribution.start..<attribution.end).map { paragraph.quotes[$0] }
    let tokens = paragraph.tokens(within: attribution.start..<attribution.end)
    if let before = within.last(where: { $0.end <= frameStart && $0.end > attribution.start }),
      // (a work's quoted name in the frame is no piece: "…,” he said on CBS’s “Sunday Desk.” “…”")
      let after = within.first(where: {
        $0.start >= frameEnd && $0.start < attribution.end
          && !Attributor.isNamedWork(paragraph, paragraph.firstToken(startingAtOrAfter: $0.start))
      })
    {
      (first, second) = (before.end, after.start)
    } else if let comma = tokens.last(where: {
      paragraph.tokens[$0].scalar == "," && paragraph.tokens[$0].end <= frameStart
    }),
      let resume = tokens.first(where: { paragraph.tokens[$0].scalar == "," && paragraph.tokens[$0].start >= frameEnd }
      ),
      resume + 1 < paragraph.tokens.count, paragraph.tokens[comma].start > attribution.start,
      paragraph.tokens[resume].end < attribution.end
    {
      (first, second) = (paragraph.tokens[comma].start, paragraph.tokens[resume + 1].start)
    }
    guard let first, let second, first > attribution.start, second < attribution.end, first <= frameStart,
      second >= frameEnd
    else {
      return whole
    }
    // the frame's own circumstance after its comma is no piece: "…, she said, on condition of anonymity to discuss
    // the talks."
    if within.isEmpty, case let resume = paragraph.firstToken(startingAtOrAfter: second),
      Attributor.isCircumstanceToTheEnd(paragraph, resume, paragraph.firstToken(startingAtOrAfter: attribution.end))
    {
      return [attribution.start..<first]
    }
    return [attribution.start..<first, second..<attribution.end]
  }

  func kind(of attribution: Attribution, in paragraph: ParagraphText) -> QuoteKind {
    // (the quotes and the words outside them are counted, not gathered: a gathered token is a copy)
    let inside = paragraph.quotes(overlapping: attribution.start..<attribution.end)
    // (a transcript's line, after its speaker's label, is the speaker's own words: "((Dana Veltri)) I think …")
    guard let first = inside.first else { return attribution.transcriptLine ? .direct : .indirect }
    if paragraph.quotes[first].style == .dash { return .direct }
    // content that is the quote (give or take punctuation) is direct
    var outside = 0
    for index in paragraph.tokens(within: attribution.start..<attribution.end)
    where paragraph.tokens[index].quote == nil && paragraph.tokens[index].kind != .punct {
      outside += 1
    }
    if outside == 0 || (attribution.floating) { return .direct }
    if outside <= 4 && inside.count >= 2 { return .direct }  // "“A,” he said, “B.”"
    return .mixed
  }

}
