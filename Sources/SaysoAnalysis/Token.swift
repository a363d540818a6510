/// A word or a punctuation mark of a paragraph, with its Unicode scalar offsets in the paragraph.
struct Token: Sendable {
  enum Kind: Sendable { case word, number, punct }

  var start: Int
  var end: Int
  var text: String
  var lower: String
  var kind: Kind
  /// Whether the first letter is upper case ("Putin", "U.S.", "IMF").
  var isCapitalized: Bool
  /// Index of the direct quote span that contains this token, if any.
  var quote: Int? = nil

  /// The first scalar: punctuation is compared by scalar, which is much faster than by String.
  var scalar: Unicode.Scalar
  /// The word ends in a possessive "’s" / "'s".
  var isPossessive: Bool
  /// The word ends with a dot: an initialism such as "U.S.".
  var endsWithDot = false
  /// The word lists this word (without a possessive) belongs to.
  var classes: WordClass = []
  /// The word without a possessive ending: "Putin’s" → "Putin".
  var stem: String { isPossessive ? String(text.unicodeScalars.dropLast(2)) : text }
  /// `stem`, lower-cased.
  var stemLower: String { isPossessive ? String(lower.unicodeScalars.dropLast(2)) : lower }

  init(
    start: Int, end: Int, text: String, lower: String, kind: Kind, isCapitalized: Bool,
    scalar: Unicode.Scalar? = nil, possessiveCandidate: Bool = true
  ) {
    self.start = start
    self.end = end
    self.text = text
    self.lower = lower
    self.kind = kind
    self.isCapitalized = isCapitalized
    self.scalar = scalar ?? text.unicodeScalars.first ?? " "
    var possessive = false
    if kind == .word, end - start > 2, possessiveCandidate {
      let scalars = text.unicodeScalars
      let last = scalars[scalars.index(before: scalars.endIndex)]
      let beforeLast = scalars[scalars.index(scalars.endIndex, offsetBy: -2)]
      possessive =
        (last == "s" || last == "S") && (beforeLast == "’" || beforeLast == "'")
        && !Token.contractionStems.contains(String(lower.unicodeScalars.dropLast(2)))
    }
    self.isPossessive = possessive
    if kind == .word { self.classes = WordClass.of(possessive ? String(lower.unicodeScalars.dropLast(2)) : lower) }
  }

  var isWord: Bool { kind != .punct }

  /// Words whose "’s" is "is" or "has": "he’s claiming", "it’s".
  static let contractionStems: Set<String> = [
    "he", "she", "it", "that", "there", "here", "what", "who", "where", "when", "how", "let",
  ]
}

/// Splits a paragraph into words and punctuation.
///
/// Words keep inner apostrophes and hyphens ("don't", "al-Assad", "Putin’s") and initialisms keep
/// their dots ("U.S.", "U.N."); every other non-space scalar is a token of its own.
enum Tokenizer {
  static func tokenize(_ s: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(s.count / 5)
    var i = 0
    let n = s.count
    @inline(__always) func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }
    @inline(__always) func isAlnum(_ c: Unicode.Scalar) -> Bool {
      if c.isASCII {
        let v = c.value
        return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
      }
      let v = c.value
      // General Punctuation (curly quotes, dashes, ellipsis) and Latin-1 symbols are never letters
      if (v >= 0x2000 && v <= 0x206F) || (v >= 0x80 && v <= 0xBF) { return false }
      if v >= 0xC0 && v <= 0x24F { return v != 0xD7 && v != 0xF7 }  // Latin letters with diacritics
      let p = c.properties
      return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
        || p.generalCategory == .spacingMark
    }
    while i < n {
      let c = s[i]
      if c == " " || c == "\n" || c == "\t" || c == "\r" || (!c.isASCII && c.properties.isWhitespace) {
        i += 1
        continue
      }
      if isAlnum(c) {
        let start = i
        var j = i + 1
        while j < n {
          let d = s[j]
          if isAlnum(d) {
            j += 1
          } else if (d == "'" || d == "’" || d == "-" || d == "‑") && j + 1 < n && isAlnum(s[j + 1]) {
            j += 2
          } else if d == "." && j + 1 < n && isAlnum(s[j + 1]) && j - start == 1 {
            // Initialisms: U.S., U.N., D.C.
            j += 2
          } else if d == "." && j >= start + 3 && s[j - 2] == "." && j - 1 >= start && isAlnum(s[j - 1]) {
            // the closing dot of an initialism: "U.S." (but not "etc.")
            j += 1
            break
          } else if d == "," && j + 1 < n && isDigit(s[j + 1]) && isDigit(s[j - 1]) {
            j += 2  // 1,000
          } else if d == "." && j + 1 < n && isDigit(s[j + 1]) && isDigit(s[j - 1]) {
            j += 2  // 1.5
          } else {
            break
          }
        }
        let text = ScalarString.make(s, start, j)
        let first = s[start]
        let isNumber = first.isASCII ? (first.value >= 48 && first.value <= 57) : first.properties.numericType != nil
        // most words are lower-case ASCII already: share the text instead of lower-casing it again
        var plainLower = true
        for k in start..<j where s[k].value >= 0x80 || (s[k].value >= 65 && s[k].value <= 90) {
          plainLower = false
          break
        }
        let candidate = j - start > 2 && (s[j - 1] == "s" || s[j - 1] == "S") && (s[j - 2] == "’" || s[j - 2] == "'")
        tokens.append(
          Token(
            start: start, end: j, text: text, lower: plainLower ? text : ScalarString.lowercased(s, start, j),
            kind: isNumber ? .number : .word,
            isCapitalized: first.isASCII ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase,
            scalar: first, possessiveCandidate: candidate))
        tokens[tokens.count - 1].endsWithDot = s[j - 1] == "."
        i = j
      } else {
        let t = String(Character(c))
        tokens.append(
          Token(
            start: i, end: i + 1, text: t, lower: t, kind: .punct, isCapitalized: false, scalar: c,
            possessiveCandidate: false))
        i += 1
      }
    }
    return tokens
  }
}
