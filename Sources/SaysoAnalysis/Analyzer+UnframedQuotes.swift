import SaysoCore

/// Stage 3, second half: the direct quotes that no frame in their sentence claims.
extension Analyzer {
  /// Direct quotes that no frame in their sentence claims: they take the speaker from context.
  func unframedQuotes(_ p: ParagraphText, covered: [Attribution]) -> [Attribution] {
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

}
