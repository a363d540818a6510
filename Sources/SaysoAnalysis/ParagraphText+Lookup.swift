/// Look-ups by offset, in logarithmic time: tokens, quotes and sentences are sorted by their start, so
/// a long paragraph is never scanned from its beginning for each claim.
extension ParagraphText {
  /// The first index in `0..<count` for which `isAfter` holds, given that it holds for a suffix.
  @inline(__always) static func partition(_ count: Int, _ isAfter: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if isAfter(middle) { high = middle } else { low = middle + 1 }
    }
    return low
  }

  /// The index of the first token that starts at or after `offset` (`tokens.count` when none does).
  func firstToken(startingAtOrAfter offset: Int) -> Int {
    Self.partition(tokens.count) { tokens[$0].start >= offset }
  }

  /// The indices of the tokens that lie wholly inside `range`.
  func tokens(within range: Range<Int>) -> Range<Int> {
    let first = firstToken(startingAtOrAfter: range.lowerBound)
    var end = firstToken(startingAtOrAfter: range.upperBound)
    while end > first && tokens[end - 1].end > range.upperBound { end -= 1 }
    return first..<max(first, end)
  }

  /// The indices of the quotes that start inside `range`.
  func quotes(startingIn range: Range<Int>) -> Range<Int> {
    let first = Self.partition(quotes.count) { quotes[$0].start >= range.lowerBound }
    let end = Self.partition(quotes.count) { quotes[$0].start >= range.upperBound }
    return first..<max(first, end)
  }

  /// The indices of the quotes that overlap `range` (quotes do not nest more than one deep, so the one
  /// before the first that starts inside may still reach into it).
  func quotes(overlapping range: Range<Int>) -> [Int] {
    let starting = quotes(startingIn: range)
    var found: [Int] = []
    var before = starting.lowerBound - 1
    while before >= 0 && before >= starting.lowerBound - 2 {
      if quotes[before].end > range.lowerBound { found.insert(before, at: 0) }
      before -= 1
    }
    return found + Array(starting)
  }

  /// The index of the sentence that holds the token starting at or after `offset`.
  func sentence(holding offset: Int) -> Int? {
    let token = firstToken(startingAtOrAfter: offset)
    guard token < tokens.count else { return sentences.isEmpty ? nil : sentences.count - 1 }
    let index = Self.partition(sentences.count) { sentences[$0].upperBound > token }
    return index < sentences.count ? index : nil
  }
}

/// Which offsets of a paragraph some attribution already covers: a mark per scalar, so a check costs
/// the length of what is checked, not the number of attributions.
struct CoveredOffsets {
  private var marks: [Bool]

  init(count: Int, covering attributions: [Attribution] = []) {
    marks = [Bool](filledWith: false, count: count + 1)
    for attribution in attributions { cover(attribution.start..<attribution.end) }
  }

  mutating func cover(_ range: Range<Int>) {
    let clamped = range.clamped(to: 0..<marks.count)
    for offset in clamped { marks[offset] = true }
  }

  func contains(_ offset: Int) -> Bool { offset >= 0 && offset < marks.count && marks[offset] }

  func overlaps(_ range: Range<Int>) -> Bool {
    range.clamped(to: 0..<marks.count).contains { marks[$0] }
  }
}
