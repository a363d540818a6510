/// Display width in terminal columns, computed per grapheme cluster (what the user sees as one character).
///
/// - East Asian Wide and Fullwidth characters (CJK, Hangul syllables, fullwidth forms) take 2 columns.
/// - Emoji with emoji presentation, or made emoji by U+FE0F, take 2 columns: "👍", "👍🏽", "👨‍👩‍👧", "❤️".
/// - Combining marks, format characters and other zero-width scalars (U+200B, ZWJ U+200D, variation
///   selectors) take 0 columns, so "é" written as "e" + U+0301 takes 1.
/// - A cluster of narrow letters and spacing marks takes a column for each of them, as terminals draw
///   it: Devanagari "को" (क + the vowel sign ो, a spacing mark) takes 2 and the conjunct "क्या" 3, the
///   virama between क and य being a nonspacing mark.
/// - Control characters take 0 columns (`terminalSafe(_:)` makes them visible first).
/// - Everything else takes 1.
extension Character {
  /// The number of terminal columns this character takes: 0, 1 or 2, or more for a cluster of
  /// narrow letters and spacing marks (see above).
  public var displayWidth: Int {
    var width = 0
    var sum = 0
    var emoji = false
    for scalar in unicodeScalars {
      let w = DisplayWidth.width(of: scalar)
      if width == 0 { width = w }
      sum += w
      if w == 2 || scalar.value == 0xFE0F { emoji = true }
    }
    guard emoji else { return sum }
    if width == 1, let first = unicodeScalars.first, first.properties.isEmoji,
      unicodeScalars.contains(where: { $0.value == 0xFE0F })
    {
      return 2
    }
    return width
  }
}

extension String {
  /// The number of terminal columns this text takes on one line, summed per grapheme cluster;
  /// see `Character.displayWidth`.
  public var displayWidth: Int {
    // Fast path for printable ASCII, where every byte is one column.
    var ascii = true
    for b in utf8 where b < 0x20 || b >= 0x7F {
      ascii = false
      break
    }
    if ascii { return utf8.count }
    var total = 0
    for c in self { total += c.displayWidth }
    return total
  }
}

/// Width tables and rules for `displayWidth`.
enum DisplayWidth {
  /// The width of one scalar on its own: 0, 1 or 2.
  static func width(of scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x7F { return v < 0x20 ? 0 : 1 }
    if v < 0xA0 { return 0 }  // DEL and C1 controls
    if v == 0x200B || v == 0x200C || v == 0x200D || v == 0x2060 || v == 0xFEFF { return 0 }
    // Hangul medial vowels and final consonants join the syllable before them.
    if (0x1160...0x11FF).contains(v) { return 0 }
    if isWide(v) { return 2 }
    let p = scalar.properties
    switch p.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control, .surrogate: return 0
    default: break
    }
    if p.isDefaultIgnorableCodePoint { return 0 }
    if p.isEmojiPresentation { return 2 }
    return 1
  }

  /// Whether `v` is East Asian Wide (W) or Fullwidth (F), by binary search in `wideRanges`.
  static func isWide(_ v: UInt32) -> Bool {
    if v < wideRanges[0].lowerBound { return false }
    var lo = 0
    var hi = wideRanges.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if wideRanges[mid].upperBound < v { lo = mid + 1 } else { hi = mid }
    }
    return lo < wideRanges.count && wideRanges[lo].contains(v)
  }

  /// East Asian Width W and F ranges of assigned characters (Unicode 14 EastAsianWidth.txt), plus the
  /// CJK blocks and planes 2 and 3, which default to W even where unassigned.
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC,
    0x23F0...0x23F0, 0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615,
    0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
    0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE,
    0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
    0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755,
    0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0, 0x27BF...0x27BF,
    0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55, 0x2E80...0x2E99,
    0x2E9B...0x2EF3, 0x2F00...0x2FD5, 0x2FF0...0x2FFB, 0x3000...0x303E,
    0x3041...0x3096, 0x3099...0x30FF, 0x3105...0x312F, 0x3131...0x318E,
    0x3190...0x31E3, 0x31F0...0x321E, 0x3220...0x3247, 0x3250...0x4DBF,
    0x4E00...0xA48C, 0xA490...0xA4C6, 0xA960...0xA97C, 0xAC00...0xD7A3,
    0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE52, 0xFE54...0xFE66,
    0xFE68...0xFE6B, 0xFF01...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
    0x16FF0...0x16FF1, 0x17000...0x187F7, 0x18800...0x18CD5, 0x18D00...0x18D08,
    0x1AFF0...0x1AFF3, 0x1AFF5...0x1AFFB, 0x1AFFD...0x1AFFE, 0x1B000...0x1B122,
    0x1B150...0x1B152, 0x1B164...0x1B167, 0x1B170...0x1B2FB, 0x1F004...0x1F004,
    0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202,
    0x1F210...0x1F23B, 0x1F240...0x1F248, 0x1F250...0x1F251, 0x1F260...0x1F265,
    0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C, 0x1F37E...0x1F393,
    0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
    0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D,
    0x1F54B...0x1F54E, 0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596,
    0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC,
    0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DD...0x1F6DF, 0x1F6EB...0x1F6EC,
    0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A,
    0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FA74, 0x1FA78...0x1FA7C,
    0x1FA80...0x1FA86, 0x1FA90...0x1FAAC, 0x1FAB0...0x1FABA, 0x1FAC0...0x1FAC5,
    0x1FAD0...0x1FAD9, 0x1FAE0...0x1FAE7, 0x1FAF0...0x1FAF6, 0x20000...0x2FFFD,
    0x30000...0x3FFFD,
  ]
}

extension String {
  /// This text broken into lines that fit in `width` terminal columns.
  ///
  /// Lines break at spaces (the spaces at a break are dropped, and so are spaces at the end of a line);
  /// a word wider than `width` is cut between grapheme clusters; a line break in the text starts a new
  /// line; indentation at the start of a text line is kept when the first word fits after it. Only a
  /// single character wider than `width` (a CJK character at width 1) makes a line wider than `width`.
  /// Example: `"one two three".wrapped(toWidth: 7)` is `["one two", "three"]`, and
  /// `"abcdefgh".wrapped(toWidth: 3)` is `["abc", "def", "gh"]`.
  ///
  /// - Parameter width: columns available; values below 1 count as 1.
  /// - Returns: the lines, at least one (an empty text gives `[""]`).
  public func wrapped(toWidth width: Int) -> [String] {
    var wrapper = WordWrapper(width: Swift.max(width, 1))
    for line in split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
      wrapper.wrap(line)
    }
    return wrapper.lines
  }
}

/// Greedy word wrapping for `String.wrapped(toWidth:)`.
struct WordWrapper {
  let width: Int
  private(set) var lines: [String] = []
  private var current = ""
  private var currentWidth = 0
  private var hasWord = false

  init(width: Int) { self.width = width }

  /// Wraps one line of text (without line breaks), appending its lines.
  mutating func wrap(_ text: Substring) {
    current = ""
    currentWidth = 0
    hasWord = false
    var spaces = ""  // spaces before the next word
    var word = ""
    var wordWidth = 0
    var firstLine = true
    for c in text {
      if c == " " {
        if !word.isEmpty {
          place(word, wordWidth, after: spaces, firstLine: &firstLine)
          word = ""
          wordWidth = 0
          spaces = ""
        }
        spaces.append(c)
      } else {
        word.append(c)
        wordWidth += c.displayWidth
      }
    }
    if !word.isEmpty { place(word, wordWidth, after: spaces, firstLine: &firstLine) }
    lines.append(current)
  }

  private mutating func place(
    _ word: String, _ wordWidth: Int, after spaces: String, firstLine: inout Bool
  ) {
    if hasWord {
      if currentWidth + spaces.count + wordWidth <= width {
        current += spaces + word
        currentWidth += spaces.count + wordWidth
        return
      }
      lines.append(current)
      firstLine = false
    }
    // The word starts a line: after the indentation on the first line, if it fits there.
    hasWord = true
    if firstLine && spaces.count + wordWidth <= width {
      current = spaces + word
      currentWidth = spaces.count + wordWidth
      firstLine = false
      return
    }
    firstLine = false
    if wordWidth <= width {
      current = word
      currentWidth = wordWidth
      return
    }
    var piece = ""
    var pieceWidth = 0
    for c in word {
      let w = c.displayWidth
      if pieceWidth + w > width && pieceWidth > 0 {
        lines.append(piece)
        piece = ""
        pieceWidth = 0
      }
      piece.append(c)
      pieceWidth += w
    }
    current = piece
    currentWidth = pieceWidth
  }
}
