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
    // A mention's occurrences are found once per paragraph, not once per claim: a paragraph of 75,000
    // quotes by "The minister" (a 5 MB paragraph) took minutes to open when each claim scanned it whole.
    var occurrences: [Int: [String: [Range<Int>]]] = [:]
    var seen: [Int: Set<Range<Int>>] = [:]
    for claim in analysis.claims {
      let mention: String?
      switch claim {
      case .quote(let q): mention = q.speaker?.mention ?? q.organisation ?? q.group
      case .proposal(let p): mention = p.proposer?.mention ?? p.organisation ?? p.group
      }
      guard let mention, !mention.isEmpty, claim.paragraph < count else { continue }
      let found: [Range<Int>]
      if let known = occurrences[claim.paragraph]?[mention] {
        found = known
      } else {
        found = Self.occurrences(of: mention, in: analysis.article.paragraphs[claim.paragraph].text)
        occurrences[claim.paragraph, default: [:]][mention] = found
      }
      if let span = Self.nearest(among: found, to: claim.start..<claim.end),
        seen[claim.paragraph, default: []].insert(span).inserted
      {
        speakers[claim.paragraph].append(span)
      }
    }
  }

  /// The occurrence of `mention` as whole words closest to the claim span, outside it when possible.
  static func nearest(_ mention: String, in text: String, to span: Range<Int>) -> Range<Int>? {
    nearest(among: occurrences(of: mention, in: text), to: span)
  }

  /// Where `mention` occurs in `text` as whole words, as scalar offsets, in order; one pass over `text`.
  static func occurrences(of mention: String, in text: String) -> [Range<Int>] {
    let scalars = Array(text.unicodeScalars)
    let length = mention.unicodeScalars.count
    var found: [Range<Int>] = []
    var from = text.startIndex
    var offset = 0  // the scalar offset of `from`
    while let range = text.range(of: mention, range: from..<text.endIndex) {
      let lower = offset + text.unicodeScalars.distance(from: from, to: range.lowerBound)
      let upper = lower + length
      let before = lower == 0 || !isWordScalar(scalars[lower - 1])
      let after = upper >= scalars.count || !isWordScalar(scalars[upper])
      if before && after { found.append(lower..<upper) }
      offset = lower + text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
      from = range.upperBound
    }
    return found
  }

  /// Of `candidates` (in order, all of one length), the one closest to `span`, outside it when possible;
  /// the first of equals. Only four can be closest (the last that ends before the span, the last that
  /// starts before it, the first that starts inside it, the first after it), found by binary search.
  static func nearest(among candidates: [Range<Int>], to span: Range<Int>) -> Range<Int>? {
    func distance(_ r: Range<Int>) -> Int {
      if r.overlaps(span) { return 1_000_000 + abs(r.lowerBound - span.lowerBound) }
      return r.lowerBound >= span.upperBound ? r.lowerBound - span.upperBound : span.lowerBound - r.upperBound
    }
    /// The first index whose candidate does not satisfy `isBefore` (candidates are in order).
    func partition(_ isBefore: (Range<Int>) -> Bool) -> Int {
      var (low, high) = (0, candidates.count)
      while low < high {
        let middle = (low + high) / 2
        if isBefore(candidates[middle]) { low = middle + 1 } else { high = middle }
      }
      return low
    }
    let endsBefore = partition { $0.upperBound <= span.lowerBound } - 1
    let startsInside = partition { $0.lowerBound < span.lowerBound }
    let after = partition { $0.lowerBound < span.upperBound }
    let indices = Set([endsBefore, startsInside - 1, startsInside, after]).filter(candidates.indices.contains).sorted()
    return indices.map { candidates[$0] }.min { distance($0) < distance($1) }
  }

  private static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
    s.properties.isAlphabetic || s.properties.numericType != nil
  }
}
