/// Edit distances over Unicode scalars, for finding an edited passage again.
enum EditDistance {
  /// The Levenshtein distance between `a` and `b` (insertions, deletions, substitutions).
  static func between(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The substring of `text` closest to `pattern` (Sellers' algorithm: edit distance with a free start
  /// and end in the text), as its range and distance; nil when `text` or `pattern` is empty.
  ///
  /// Among equally close substrings the first is taken.
  static func bestMatch(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar]) -> (range: Range<Int>, distance: Int)?
  {
    guard !pattern.isEmpty, !text.isEmpty else { return nil }
    let m = pattern.count
    // cost[i]: distance of pattern[0..<i] to the best substring ending at the current text position;
    // origin[i]: where that substring starts.
    var cost = Array(0...m)
    var origin = [Int](repeating: 0, count: m + 1)
    var nextCost = cost
    var nextOrigin = origin
    var best: (range: Range<Int>, distance: Int) = (0..<0, cost[m])
    for j in 1...text.count {
      nextCost[0] = 0
      nextOrigin[0] = j
      for i in 1...m {
        var value = cost[i - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1)
        var from = origin[i - 1]
        if cost[i] + 1 < value {
          value = cost[i] + 1
          from = origin[i]
        }
        if nextCost[i - 1] + 1 < value {
          value = nextCost[i - 1] + 1
          from = nextOrigin[i - 1]
        }
        nextCost[i] = value
        nextOrigin[i] = from
      }
      swap(&cost, &nextCost)
      swap(&origin, &nextOrigin)
      if cost[m] < best.distance { best = (origin[m]..<j, cost[m]) }
    }
    return best
  }
}
