import SaysoCore

/// An article laid out for a width: every paragraph wrapped, a blank line between paragraphs.
struct ArticleLayout {
  /// One screen line of the article.
  struct Line {
    var paragraph: Int
    /// The wrapped slice, nil for the blank line after a paragraph.
    var wrapped: WrappedLine?
    /// Whether this is the paragraph's first line (where its number goes).
    var isFirst: Bool
  }

  let width: Int
  private(set) var lines: [Line] = []
  /// The index in `lines` of each paragraph's first line.
  private(set) var firstLine: [Int] = []

  init(article: Article, width: Int) {
    self.width = width
    for paragraph in article.paragraphs {
      firstLine.append(lines.count)
      for (i, wrapped) in TextWrapper.wrap(paragraph.text, width: width).enumerated() {
        lines.append(Line(paragraph: paragraph.index, wrapped: wrapped, isFirst: i == 0))
      }
      lines.append(Line(paragraph: paragraph.index, wrapped: nil, isFirst: false))
    }
    if !lines.isEmpty { lines.removeLast() }
  }

  /// The line showing scalar `offset` of paragraph `paragraph`; an offset past the paragraph's end
  /// (see `position(ofLine:)`) means the blank line after it.
  func line(paragraph: Int, offset: Int) -> Int {
    guard firstLine.indices.contains(paragraph) else { return max(0, lines.count - 1) }
    var i = firstLine[paragraph]
    while i + 1 < lines.count, lines[i + 1].paragraph == paragraph {
      if let next = lines[i + 1].wrapped {
        guard next.start <= offset else { break }
      } else {
        guard let end = lines[i].wrapped?.end, offset > end else { break }
      }
      i += 1
    }
    return i
  }

  /// The place in the text that line `index` shows: its paragraph and first offset, or for the blank
  /// line after a paragraph, one past the paragraph's end.
  func position(ofLine index: Int) -> ReadingPosition {
    let line = lines[index]
    if let wrapped = line.wrapped { return ReadingPosition(paragraph: line.paragraph, offset: wrapped.start) }
    let end = index > 0 ? lines[index - 1].wrapped?.end ?? 0 : 0
    return ReadingPosition(paragraph: line.paragraph, offset: end + 1)
  }

  /// The index one past paragraph `paragraph`'s last text line.
  func endLine(paragraph: Int) -> Int {
    paragraph + 1 < firstLine.count ? firstLine[paragraph + 1] - 1 : lines.count
  }
}

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
      case .quote(let q): mention = q.speaker?.mention ?? q.group
      case .proposal(let p): mention = p.proposer?.mention ?? p.group
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
