import SaysoCore

/// The spans to highlight in an article: quotes, proposals and the words naming speakers.
struct ArticleMarks {
  var quotes: [[Range<Int>]]
  var proposals: [[Range<Int>]]
  var speakers: [[Range<Int>]]

  init(_ analysis: ArticleAnalysis) {
    let count = analysis.article.paragraphs.count
    quotes = Array(repeating: [], count: count)
    proposals = Array(repeating: [], count: count)
    speakers = Array(repeating: [], count: count)
    for quote in analysis.quotes where quote.paragraph < count {
      quotes[quote.paragraph].append(quote.start..<max(quote.start, quote.end))
    }
    for proposal in analysis.proposals where proposal.paragraph < count {
      proposals[proposal.paragraph].append(proposal.start..<max(proposal.start, proposal.end))
    }
    for claim in analysis.claims {
      let mention: String?
      switch claim {
      case .quote(let q): mention = q.speaker?.mention ?? q.organisation ?? q.group
      case .proposal(let p): mention = p.proposer?.mention ?? p.organisation ?? p.group
      }
      guard let mention, !mention.isEmpty, claim.paragraph < count else { continue }
      let text = analysis.article.paragraphs[claim.paragraph].text
      if let span = Self.nearest(mention, in: text, to: claim.start..<claim.end),
        !speakers[claim.paragraph].contains(span)
      {
        speakers[claim.paragraph].append(span)
      }
    }
  }

  /// The occurrence of `mention` as whole words closest to the claim span, outside it when possible.
  static func nearest(_ mention: String, in text: String, to span: Range<Int>) -> Range<Int>? {
    let scalars = Array(text.unicodeScalars)
    var candidates: [Range<Int>] = []
    var from = text.startIndex
    while let range = text.range(of: mention, range: from..<text.endIndex) {
      let lower = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
      let upper = lower + mention.unicodeScalars.count
      let before = lower == 0 || !isWordScalar(scalars[lower - 1])
      let after = upper >= scalars.count || !isWordScalar(scalars[upper])
      if before && after { candidates.append(lower..<upper) }
      from = range.upperBound
    }
    func distance(_ r: Range<Int>) -> Int {
      if r.overlaps(span) { return 1_000_000 + abs(r.lowerBound - span.lowerBound) }
      return r.lowerBound >= span.upperBound ? r.lowerBound - span.upperBound : span.lowerBound - r.upperBound
    }
    return candidates.min { distance($0) < distance($1) }
  }

  private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    s.properties.isAlphabetic || s.properties.numericType != nil
  }
}
