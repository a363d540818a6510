/// How one wording of a claim differs from another, word by word: what was added, dropped or changed.
///
/// Words are compared as stories compare them (`ClaimShingles.words(in:)`: case, accents and
/// punctuation folded), and shown as the second wording writes them (the first, for dropped words).
/// `WordDiff(from: "the bridge will open in spring", to: "The bridge will open in spring, if the money
/// comes")` has one change: added "if the money comes". A longest common subsequence of words, so
/// quadratic in the words of the two wordings; wordings longer than `maximumWords` are one change.
public struct WordDiff: Sendable, Equatable {
  /// One difference between the two wordings.
  public enum Change: Sendable, Equatable {
    /// Words only the second wording has.
    case added([String])
    /// Words only the first wording has.
    case dropped([String])
    /// Words the first wording has where the second has others.
    case changed(from: [String], to: [String])
  }

  /// The differences, in the order of the words.
  public let changes: [Change]

  /// Wordings longer than this (in words) are compared as one change when they differ.
  public static let maximumWords = 400

  /// The differences between `first` and `second`.
  public init(from first: String, to second: String) {
    let a = Self.words(first)
    let b = Self.words(second)
    guard a.count <= Self.maximumWords && b.count <= Self.maximumWords else {
      changes = a.map(\.folded) == b.map(\.folded) ? [] : [.changed(from: a.map(\.shown), to: b.map(\.shown))]
      return
    }
    // lengths[i][j]: the longest common subsequence of a[i...] and b[j...].
    var lengths = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lengths[i][j] =
          a[i].folded == b[j].folded ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var changes: [Change] = []
    var dropped: [String] = []
    var added: [String] = []
    func flush() {
      switch (dropped.isEmpty, added.isEmpty) {
      case (false, false): changes.append(.changed(from: dropped, to: added))
      case (false, true): changes.append(.dropped(dropped))
      case (true, false): changes.append(.added(added))
      case (true, true): break
      }
      dropped = []
      added = []
    }
    var (i, j) = (0, 0)
    while i < a.count || j < b.count {
      if i < a.count && j < b.count && a[i].folded == b[j].folded {
        flush()
        i += 1
        j += 1
      } else if j < b.count && (i == a.count || lengths[i][j + 1] >= lengths[i + 1][j]) {
        added.append(b[j].shown)
        j += 1
      } else {
        dropped.append(a[i].shown)
        i += 1
      }
    }
    flush()
    self.changes = changes
  }

  /// Whether the two wordings have the same words.
  public var isEmpty: Bool { changes.isEmpty }

  /// The changes in words, e.g. `added "if the money comes"; changed "will" to "would"`.
  public var summary: String {
    changes.map { change in
      switch change {
      case .added(let words): "added \"\(words.joined(separator: " "))\""
      case .dropped(let words): "dropped \"\(words.joined(separator: " "))\""
      case .changed(let from, let to): "changed \"\(from.joined(separator: " "))\" to \"\(to.joined(separator: " "))\""
      }
    }.joined(separator: "; ")
  }

  /// The words of `text` as written (punctuation at their edges trimmed) and as compared.
  private static func words(_ text: String) -> [(shown: String, folded: String)] {
    text.split(whereSeparator: { $0.isWhitespace }).compactMap { piece in
      let folded = ClaimShingles.words(in: String(piece)).joined()
      guard !folded.isEmpty else { return nil }
      let shown = piece.drop(while: { !$0.isLetter && !$0.isNumber }).reversed().drop(while: {
        !$0.isLetter && !$0.isNumber
      }).reversed()
      return (String(shown), folded)
    }
  }
}
