/// A span of directly quoted words in one paragraph.
struct QuoteSpan: Sendable, Equatable {
  enum Style: Sendable { case double, single, dash }
  /// Offset of the opening mark (or of the first quoted word for dash quotes).
  var start: Int
  /// Offset one past the closing mark, or the end of the quoted words when unclosed.
  var end: Int
  /// Offsets of the quoted words without the marks.
  var innerStart: Int
  var innerEnd: Int
  var style: Style
  /// The paragraph ended before the closing mark.
  var unclosed: Bool = false
  /// The quote continues one left open in the previous paragraph.
  var continued: Bool = false
}

/// Finds direct quotes by scanning characters: curly and straight double quotes, « », doubled
/// apostrophes ('' … ''), single quotes that pass boundary tests (not apostrophes), and the dash style
/// of the Russian press.
enum QuoteScanner {
  /// The closing mark of a directed opening mark.
  @inline(__always) static func closer(of c: Unicode.Scalar) -> Unicode.Scalar? {
    switch c {
    case "“": "”"
    case "«": "»"
    case "„": "”"
    case "‹": "›"
    default: nil
    }
  }

  @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
    c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{A0}"
  }
  @inline(__always) static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
    c.properties.isAlphabetic || c.properties.numericType != nil
  }
  /// The dashes that open or frame a dash quote.
  enum Dashes {
    @inline(__always) static func contains(_ c: Unicode.Scalar) -> Bool { c == "–" || c == "—" || c == "―" }
  }
  static let dashes = Dashes.self

  /// Scans one paragraph.
  /// - Parameters:
  ///   - s: the paragraph's scalars.
  ///   - openFromPrevious: the previous paragraph ended inside a quote.
  static func scan(_ s: [Unicode.Scalar], openFromPrevious: Bool = false) -> [QuoteSpan] {
    var spans: [QuoteSpan] = []
    let n = s.count
    var i = 0
    // A dash quote: the paragraph opens with "– ".
    if n > 2 && dashes.contains(s[0]) && isSpace(s[1]) {
      let end = dashFrameStart(s, from: 2) ?? n
      var e = end
      while e > 2 && (isSpace(s[e - 1])) { e -= 1 }
      spans.append(QuoteSpan(start: 2, end: e, innerStart: 2, innerEnd: e, style: .dash))
      i = end
    }
    while i < n {
      let c = s[i]
      if c.value < 0x80 && c != "\"" && c != "'" {
        i += 1
        continue
      }
      var closer: Unicode.Scalar? = Self.closer(of: c)
      var straight = false
      if closer == nil && c == "\"" {
        // A straight mark opens when the next character is not a space.
        if i + 1 < n && !isSpace(s[i + 1]) {
          closer = "\""
          straight = true
        }
      }
      if closer == nil && c == "”" && (i == 0 || isSpace(s[i - 1])) && i + 1 < n && isLetterOrDigit(s[i + 1]) {
        closer = "”"  // ”Fear. … ” — a closing mark typed as the opener
      }
      if c == "'" && i + 2 < n && s[i + 1] == "'" {
        // doubled apostrophes standing for a double quote: ''We will appeal,'' she said.
        if (i == 0 || isSpace(s[i - 1]) || s[i - 1] == "(" || dashes.contains(s[i - 1])) && !isSpace(s[i + 2]) {
          var j = i + 2
          while j + 1 < n && !(s[j] == "'" && s[j + 1] == "'") { j += 1 }
          if j + 1 < n {
            spans.append(QuoteSpan(start: i, end: j + 2, innerStart: i + 2, innerEnd: j, style: .double))
            i = j + 2
          } else {
            var e = n
            while e > i + 2 && isSpace(s[e - 1]) { e -= 1 }
            spans.append(QuoteSpan(start: i, end: e, innerStart: i + 2, innerEnd: e, style: .double, unclosed: true))
            i = n
          }
          continue
        }
        i += 2
        continue
      }
      if closer == nil && (c == "‘" || c == "'") {
        // Single quotes: at a word start, followed by a letter.
        let prevOK =
          i == 0 || isSpace(s[i - 1]) || s[i - 1] == "(" || s[i - 1] == "[" || s[i - 1] == "“"
          || s[i - 1] == "\"" || dashes.contains(s[i - 1])
        if prevOK && i + 1 < n && isLetterOrDigit(s[i + 1]) {
          if let close = findSingleClose(s, from: i + 1, mark: c) {
            let words = countWords(s, i + 1, close)
            if words >= 4 {
              spans.append(QuoteSpan(start: i, end: close + 1, innerStart: i + 1, innerEnd: close, style: .single))
              i = close + 1
              continue
            }
          }
        }
        i += 1
        continue
      }
      guard let close = closer else {
        i += 1
        continue
      }
      // Find the matching closing mark.
      var j = i + 1
      var found: Int? = nil
      // curly quotes opened inside this one: their closing marks are not ours
      var nested = 0
      while j < n {
        let d = s[j]
        let opensNested = d == "“" && (isSpace(s[j - 1]) || s[j - 1] == "(") && j + 1 < n && !isSpace(s[j + 1])
        if opensNested {
          nested += 1
          j += 1
          continue
        }
        if d == "”" && nested > 0 {
          nested -= 1
          j += 1
          continue
        }
        if straight {
          if d == "\"" {
            found = j
            break
          }
          if d == "”" && j > 0 && !isSpace(s[j - 1])
            && (j + 1 == n || isSpace(s[j + 1]) || ",.;:!?)".unicodeScalars.contains(s[j + 1]))
          {
            found = j  // "…” — mixed marks
            break
          }
        } else if d == close && !(c == "”" && j > 0 && isSpace(s[j - 1]) && j + 1 < n && isLetterOrDigit(s[j + 1])) {
          found = j
          break
        } else if d == "\"" && close == "”" && j > 0 && !isSpace(s[j - 1])
          && (j + 1 == n || isSpace(s[j + 1]) || ",.;:!?)".unicodeScalars.contains(s[j + 1]))
        {
          found = j  // “…" — mixed marks
          break
        } else if d == c && close == "”" && c == "“" {
          // “ used again: a closing mark when a space or punctuation follows and a word precedes.
          if (j + 1 == n || isSpace(s[j + 1]) || ",.;:".unicodeScalars.contains(s[j + 1])) && j > 0
            && !isSpace(s[j - 1])
          {
            found = j
            break
          }
        }
        j += 1
      }
      if let f = found {
        spans.append(QuoteSpan(start: i, end: f + 1, innerStart: i + 1, innerEnd: f, style: .double))
        i = f + 1
      } else if straight && s[(i + 1)...].contains(where: { $0 == "“" || $0 == "”" }) {
        // a stray straight mark in a paragraph quoted with curly marks: not an opening
        i += 1
      } else {
        var e = n
        while e > i + 1 && isSpace(s[e - 1]) { e -= 1 }
        spans.append(
          QuoteSpan(start: i, end: e, innerStart: i + 1, innerEnd: e, style: .double, unclosed: true))
        i = n
      }
    }
    if openFromPrevious, let first = spans.first, first.style == .double, first.start == 0 {
      spans[0].continued = true
    }
    // A dash opening a new sentence after a quote in the same paragraph continues the speaker's words:
    // "“…,” the president said. – These measures …"
    if !spans.isEmpty {
      var k = 1
      while k + 2 < n {
        if dashes.contains(s[k]) && isSpace(s[k - 1]) && isSpace(s[k + 1]) && k >= 2
          && ".!?".unicodeScalars.contains(s[k - 2]) && s[k + 2].properties.isUppercase
          && !spans.contains(where: { $0.start <= k && k < $0.end })
          && spans.contains(where: { $0.end <= k })
        {
          let begin = k + 2
          let end = dashFrameStart(s, from: begin) ?? n
          var e = end
          while e > begin && isSpace(s[e - 1]) { e -= 1 }
          spans.append(QuoteSpan(start: begin, end: e, innerStart: begin, innerEnd: e, style: .dash))
          k = end
        }
        k += 1
      }
      spans.sort { $0.start < $1.start }
    }
    return spans
  }

  /// In a dash quote, the offset where ", – Name, role, told Outlet." begins: the comma or full stop
  /// before a dash that is followed by the frame.
  static func dashFrameStart(_ s: [Unicode.Scalar], from: Int) -> Int? {
    var k = from
    while k + 2 < s.count {
      if (s[k] == "," || s[k] == ".") && isSpace(s[k + 1]) && dashes.contains(s[k + 2]) {
        return s[k] == "." ? k + 1 : k
      }
      k += 1
    }
    return nil
  }

  static func findSingleClose(_ s: [Unicode.Scalar], from: Int, mark: Unicode.Scalar) -> Int? {
    var j = from
    while j < s.count {
      let d = s[j]
      if d == "’" || d == "'" {
        let nextOK = j + 1 == s.count || isSpace(s[j + 1]) || ",.;:!?)”\"".unicodeScalars.contains(s[j + 1])
        let prevOK = j > 0 && !isSpace(s[j - 1])
        // "Americans’ " is a possessive when an s precedes and the quote would be too short.
        if nextOK && prevOK { return j }
      }
      if d == "\"" || d == "”" || d == "“" { return nil }
      j += 1
    }
    return nil
  }

  static func countWords(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Int {
    var words = 0
    var inWord = false
    for k in a..<b {
      let w = !isSpace(s[k])
      if w && !inWord { words += 1 }
      inWord = w
    }
    return words
  }
}
