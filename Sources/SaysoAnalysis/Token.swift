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

  var isWord: Bool { kind != .punct }
  /// The word without a possessive ending: "Putin’s" → "Putin".
  var stem: String {
    for suffix in ["’s", "'s"] where text.hasSuffix(suffix) && text.count > 2 {
      return String(text.dropLast(2))
    }
    if (text.hasSuffix("s’") || text.hasSuffix("s'")) && text.count > 2 { return String(text.dropLast()) }
    return text
  }
  var isPossessive: Bool { stem != text }
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
    @inline(__always) func isAlnum(_ c: Unicode.Scalar) -> Bool {
      if c.isASCII {
        let v = c.value
        return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
      }
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
          } else if d == "," && j + 1 < n && s[j + 1].isASCII && s[j + 1].properties.numericType != nil
            && s[j - 1].properties.numericType != nil
          {
            j += 2  // 1,000
          } else if d == "." && j + 1 < n && s[j + 1].isASCII && s[j + 1].properties.numericType != nil
            && s[j - 1].properties.numericType != nil
          {
            j += 2  // 1.5
          } else {
            break
          }
        }
        var str = String.UnicodeScalarView()
        str.append(contentsOf: s[start..<j])
        let text = String(str)
        let first = s[start]
        let isNumber = first.properties.numericType != nil
        tokens.append(
          Token(
            start: start, end: j, text: text, lower: text.lowercased(), kind: isNumber ? .number : .word,
            isCapitalized: first.properties.isUppercase))
        i = j
      } else {
        let t = String(Character(c))
        tokens.append(Token(start: i, end: i + 1, text: t, lower: t, kind: .punct, isCapitalized: false))
        i += 1
      }
    }
    return tokens
  }
}
