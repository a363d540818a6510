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
  static func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(scalars.count / 5)
    var index = 0
    let count = scalars.count
    @inline(__always) func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
    @inline(__always) func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
      if scalar.isASCII {
        let value = scalar.value
        return (value >= 48 && value <= 57) || (value >= 65 && value <= 90) || (value >= 97 && value <= 122)
      }
      let value = scalar.value
      // General Punctuation (curly quotes, dashes, ellipsis) and Latin-1 symbols are never letters
      if (value >= 0x2000 && value <= 0x206F) || (value >= 0x80 && value <= 0xBF) { return false }
      if value >= 0xC0 && value <= 0x24F { return value != 0xD7 && value != 0xF7 }  // Latin letters with diacritics
      let properties = scalar.properties
      return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
        || properties.generalCategory == .spacingMark
    }
    while index < count {
      let scalar = scalars[index]
      if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
        || (!scalar.isASCII && scalar.properties.isWhitespace)
      {
        index += 1
        continue
      }
      if isLetterOrDigit(scalar) {
        let start = index
        var end = index + 1
        while end < count {
          let next = scalars[end]
          if isLetterOrDigit(next) {
            end += 1
          } else if (next == "'" || next == "’" || next == "-" || next == "‑") && end + 1 < count
            && isLetterOrDigit(scalars[end + 1])
          {
            end += 2
          } else if next == "." && end + 1 < count && isLetterOrDigit(scalars[end + 1]) && end - start == 1 {
            // Initialisms: U.S., U.N., D.C.
            end += 2
          } else if next == "." && end >= start + 3 && scalars[end - 2] == "." && end - 1 >= start
            && isLetterOrDigit(scalars[end - 1])
          {
            // the closing dot of an initialism: "U.S." (but not "etc.")
            end += 1
            break
          } else if next == "," && end + 1 < count && isDigit(scalars[end + 1]) && isDigit(scalars[end - 1]) {
            end += 2  // 1,000
          } else if next == "." && end + 1 < count && isDigit(scalars[end + 1]) && isDigit(scalars[end - 1]) {
            end += 2  // 1.5
          } else {
            break
          }
        }
        let text = ScalarString.make(scalars, start, end)
        let first = scalars[start]
        let isNumber = first.isASCII ? (first.value >= 48 && first.value <= 57) : first.properties.numericType != nil
        // most words are lower-case ASCII already: share the text instead of lower-casing it again
        var plainLower = true
        for position in start..<end
        where scalars[position].value >= 0x80 || (scalars[position].value >= 65 && scalars[position].value <= 90) {
          plainLower = false
          break
        }
        let candidate =
          end - start > 2 && (scalars[end - 1] == "s" || scalars[end - 1] == "S")
          && (scalars[end - 2] == "’" || scalars[end - 2] == "'")
        tokens.append(
          Token(
            start: start, end: end, text: text, lower: plainLower ? text : ScalarString.lowercased(scalars, start, end),
            kind: isNumber ? .number : .word,
            isCapitalized: first.isASCII ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase,
            scalar: first, possessiveCandidate: candidate))
        tokens[tokens.count - 1].endsWithDot = scalars[end - 1] == "."
        index = end
      } else {
        let text = String(Character(scalar))
        tokens.append(
          Token(
            start: index, end: index + 1, text: text, lower: text, kind: .punct, isCapitalized: false, scalar: scalar,
            possessiveCandidate: false))
        index += 1
      }
    }
    return tokens
  }
}
