/// Finds a bookmarked passage again in an article that may have changed since.
///
/// In order: the passage where it was; the same text elsewhere (the occurrence whose context on either
/// side best matches, then the nearest); the text between its old context, when that context is still
/// there and the text between is close; the closest approximate match in any paragraph (at most a
/// quarter of its characters edited). A whole-paragraph passage is compared with whole paragraphs.
/// When nothing is close enough, the passage is gone and the bookmark is orphaned.
enum PassageFinder {
  /// What finding gave: the new anchor and how it was found, or nil when the passage is gone.
  static func find(_ anchor: PassageAnchor, in paragraphs: [String]) -> (anchor: PassageAnchor, status: AnchorStatus)? {
    let texts = paragraphs.map { Array($0.unicodeScalars) }
    let exact = Array(anchor.exact.unicodeScalars)
    guard !exact.isEmpty else { return nil }
    // 1. Where it was.
    if texts.indices.contains(anchor.paragraph) {
      let text = texts[anchor.paragraph]
      let fits =
        anchor.isWholeParagraph
        ? text == exact
        : anchor.end <= text.count && anchor.start < anchor.end && Array(text[anchor.start..<anchor.end]) == exact
      if fits {
        return (make(anchor.paragraph, anchor.start..<anchor.end, texts, anchor.isWholeParagraph), .exact)
      }
    }
    return anchor.isWholeParagraph ? findParagraph(anchor, exact, texts) : findSpan(anchor, exact, texts)
  }

  /// A whole paragraph: an identical paragraph elsewhere, else the most similar one.
  private static func findParagraph(
    _ anchor: PassageAnchor, _ exact: [Unicode.Scalar], _ texts: [[Unicode.Scalar]]
  ) -> (anchor: PassageAnchor, status: AnchorStatus)? {
    let byDistance = texts.indices.sorted { abs($0 - anchor.paragraph) < abs($1 - anchor.paragraph) }
    if let same = byDistance.first(where: { texts[$0] == exact }) {
      return (make(same, 0..<texts[same].count, texts, true), .moved)
    }
    var best: (paragraph: Int, distance: Int)?
    for i in byDistance {
      // Paragraphs of very different lengths cannot be within the threshold.
      guard abs(texts[i].count - exact.count) * 4 <= exact.count else { continue }
      let distance = EditDistance.between(exact, texts[i])
      if distance * 4 <= exact.count, distance < (best?.distance ?? Int.max) { best = (i, distance) }
    }
    guard let best else { return nil }
    return (make(best.paragraph, 0..<texts[best.paragraph].count, texts, true), .changed)
  }

  /// A span inside a paragraph.
  private static func findSpan(
    _ anchor: PassageAnchor, _ exact: [Unicode.Scalar], _ texts: [[Unicode.Scalar]]
  ) -> (anchor: PassageAnchor, status: AnchorStatus)? {
    let prefix = Array(anchor.prefix.unicodeScalars)
    let suffix = Array(anchor.suffix.unicodeScalars)
    // 2. The same text elsewhere.
    var best: (paragraph: Int, start: Int, score: Int, distance: Int)?
    for (i, text) in texts.enumerated() {
      for start in occurrences(of: exact, in: text) {
        let score = commonSuffix(prefix, text[..<start]) + commonPrefix(suffix, text[(start + exact.count)...])
        let distance = abs(i - anchor.paragraph) * 100_000 + abs(start - anchor.start)
        if best == nil || score > best!.score || (score == best!.score && distance < best!.distance) {
          best = (i, start, score, distance)
        }
      }
    }
    if let best {
      return (make(best.paragraph, best.start..<best.start + exact.count, texts, false), .moved)
    }
    // 3. Between its old context.
    if prefix.count >= 8 || suffix.count >= 8 {
      var candidate: (paragraph: Int, range: Range<Int>, distance: Int)?
      for (i, text) in texts.enumerated() {
        let starts = prefix.isEmpty ? [0] : occurrences(of: prefix, in: text).map { $0 + prefix.count }
        for start in starts {
          let end: Int?
          if suffix.isEmpty {
            end = text.count
          } else {
            end = occurrences(of: suffix, in: Array(text[start...])).first.map { start + $0 }
          }
          guard let end, end > start else { continue }
          let distance = EditDistance.between(exact, Array(text[start..<end]))
          if distance * 2 <= max(exact.count, end - start), distance < (candidate?.distance ?? Int.max) {
            candidate = (i, start..<end, distance)
          }
        }
      }
      if let candidate { return (make(candidate.paragraph, candidate.range, texts, false), .changed) }
    }
    // 4. The closest approximate match.
    var closest: (paragraph: Int, range: Range<Int>, distance: Int)?
    let order = texts.indices.sorted { abs($0 - anchor.paragraph) < abs($1 - anchor.paragraph) }
    for i in order {
      guard let match = EditDistance.bestMatch(of: exact, in: texts[i]), !match.range.isEmpty else { continue }
      if match.distance * 4 <= exact.count, match.distance < (closest?.distance ?? Int.max) {
        closest = (i, match.range, match.distance)
      }
    }
    if let closest { return (make(closest.paragraph, closest.range, texts, false), .changed) }
    return nil
  }

  private static func make(
    _ paragraph: Int, _ range: Range<Int>, _ texts: [[Unicode.Scalar]], _ whole: Bool
  ) -> PassageAnchor {
    PassageAnchor(paragraph: paragraph, span: range, scalars: texts[paragraph], isWholeParagraph: whole)
  }

  /// Every offset where `pattern` occurs in `text`.
  static func occurrences(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Int] {
    guard !pattern.isEmpty, pattern.count <= text.count else { return [] }
    var found: [Int] = []
    let first = pattern[0]
    var i = 0
    while i <= text.count - pattern.count {
      if text[i] == first && text[i..<i + pattern.count].elementsEqual(pattern) { found.append(i) }
      i += 1
    }
    return found
  }

  /// How many scalars at the end of `a` and `b` are the same.
  private static func commonSuffix(_ a: [Unicode.Scalar], _ b: ArraySlice<Unicode.Scalar>) -> Int {
    var count = 0
    var (i, j) = (a.count - 1, b.endIndex - 1)
    while i >= 0 && j >= b.startIndex && a[i] == b[j] {
      count += 1
      i -= 1
      j -= 1
    }
    return count
  }

  /// How many scalars at the start of `a` and `b` are the same.
  private static func commonPrefix(_ a: [Unicode.Scalar], _ b: ArraySlice<Unicode.Scalar>) -> Int {
    zip(a, b).prefix(while: { $0 == $1 }).count
  }
}
