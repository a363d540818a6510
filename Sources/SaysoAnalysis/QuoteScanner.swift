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
  @inline(__always) static func closer(of mark: Unicode.Scalar) -> Unicode.Scalar? {
    switch mark {
    case "“": "”"
    case "«": "»"
    case "„": "”"
    case "‹": "›"
    default: nil
    }
  }

  /// White space, and the invisible marks of text direction and width, which stand where a space or
  /// nothing does ("\u{202A}”This is why …”, said …").
  @inline(__always) static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{A0}"
      || (scalar.value >= 0x200B && scalar.value <= 0x200F) || (scalar.value >= 0x202A && scalar.value <= 0x202E)
      || (scalar.value >= 0x2066 && scalar.value <= 0x2069) || scalar == "\u{FEFF}"
  }
  @inline(__always) static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
  /// The dashes that open or frame a dash quote.
  enum Dashes {
    @inline(__always) static func contains(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "–" || scalar == "—" || scalar == "―"
    }
  }
  static let dashes = Dashes.self

  /// Scans one paragraph.
  /// - Parameters:
  ///   - scalars: the paragraph's scalars.
  ///   - openFromPrevious: the previous paragraph ended inside a quote.
  static func scan(_ scalars: [Unicode.Scalar], openFromPrevious: Bool = false) -> [QuoteSpan] {
    var spans: [QuoteSpan] = []
    let count = scalars.count
    var index = 0
    // A dash quote: the paragraph opens with "– ".
    if count > 2 && dashes.contains(scalars[0]) && isSpace(scalars[1]) {
      let end = dashFrameStart(scalars, from: 2) ?? count
      var innerEnd = end
      while innerEnd > 2 && (isSpace(scalars[innerEnd - 1])) { innerEnd -= 1 }
      spans.append(QuoteSpan(start: 2, end: innerEnd, innerStart: 2, innerEnd: innerEnd, style: .dash))
      index = end
    }
    while index < count {
      let scalar = scalars[index]
      if scalar.value < 0x80 && scalar != "\"" && scalar != "'" {
        // (the rest of the run of such scalars is passed over eight at a time)
        index = scalars.firstIndex(from: index + 1, of: "\"", "'", orNotASCII: true)
        continue
      }
      var closer: Unicode.Scalar? = Self.closer(of: scalar)
      var straight = false
      if closer == nil && scalar == "\"" {
        // A straight mark opens when the next character is not a space.
        if index + 1 < count && !isSpace(scalars[index + 1]) {
          closer = "\""
          straight = true
        }
      }
      if closer == nil && scalar == "”" && (index == 0 || isSpace(scalars[index - 1])) && index + 1 < count
        && isLetterOrDigit(scalars[index + 1])
      {
        closer = "”"  // ”Fear. … ” — a closing mark typed as the opener
      }
      if scalar == "'" && index + 2 < count && scalars[index + 1] == "'" {
        // doubled apostrophes standing for a double quote: ''We will appeal,'' she said.
        if (index == 0 || isSpace(scalars[index - 1]) || scalars[index - 1] == "("
          || dashes.contains(scalars[index - 1])) && !isSpace(scalars[index + 2])
        {
          var position = index + 2
          while position + 1 < count && !(scalars[position] == "'" && scalars[position + 1] == "'") { position += 1 }
          if position + 1 < count {
            spans.append(
              QuoteSpan(start: index, end: position + 2, innerStart: index + 2, innerEnd: position, style: .double))
            index = position + 2
          } else {
            spans.append(unclosedQuote(scalars, openingAt: index, markLength: 2))
            index = count
          }
          continue
        }
        index += 2
        continue
      }
      if closer == nil && (scalar == "‘" || scalar == "'") {
        // Single quotes: at a word start, followed by a letter.
        let previousAllows =
          index == 0 || isSpace(scalars[index - 1]) || scalars[index - 1] == "(" || scalars[index - 1] == "["
          || scalars[index - 1] == "“"
          || scalars[index - 1] == "\"" || dashes.contains(scalars[index - 1])
        if previousAllows && index + 1 < count && isLetterOrDigit(scalars[index + 1]) {
          if let close = findSingleClose(scalars, from: index + 1, mark: scalar) {
            let words = countWords(scalars, index + 1, close)
            if words >= 4
              || isShortFramedQuote(
                scalars, open: index, close: close, afterQuote: spans.last.map { $0.style == .single } ?? false)
            {
              spans.append(
                QuoteSpan(start: index, end: close + 1, innerStart: index + 1, innerEnd: close, style: .single))
              index = close + 1
              continue
            }
          } else if opensUnclosedSingleQuote(scalars, at: index) {
            // a quote that goes on in the next paragraph, as in papers that quote with single marks: "…
            // said: ‘It was terrifying. I thought …" ¶ "‘Then the helicopter came.’"
            var span = unclosedQuote(scalars, openingAt: index, markLength: 1)
            span.style = .single
            spans.append(span)
            index = count
            continue
          }
        }
        index += 1
        continue
      }
      guard let close = closer else {
        index += 1
        continue
      }
      // Find the matching closing mark.
      var position = index + 1
      var found: Int? = nil
      // curly quotes opened inside this one: their closing marks are not ours
      var nested = 0
      // where this quote's line ends, when the next line opens a quote and this one was left open
      var lineEnd: Int? = nil
      while position < count {
        let candidate = scalars[position]
        // a mark that opens a line, before a word, opens that line's own quote: this one was left open at the end
        // of its line, as a quote that goes on over paragraphs is ("“… at work.\n“The rest is worse,” …"); the line
        // ends a sentence, or a quote nested in this one may open a line of hard-wrapped text ("“Our motto has
        // been\n“never give up,” and …")
        if nested == 0, candidate == scalar || candidate == "“" || candidate == "\"", position + 1 < count,
          isLetterOrDigit(scalars[position + 1]), let end = endOfLine(scalars, before: position, after: index),
          ".!?…—".unicodeScalars.contains(scalars[end - 1])
        {
          lineEnd = end
          break
        }
        let opensNested =
          candidate == "“" && (isSpace(scalars[position - 1]) || scalars[position - 1] == "(") && position + 1 < count
          && !isSpace(scalars[position + 1])
        if opensNested {
          nested += 1
          position += 1
          continue
        }
        if candidate == "”" && nested > 0 {
          nested -= 1
          position += 1
          continue
        }
        if straight {
          if candidate == "\"" {
            found = position
            break
          }
          if candidate == "”" || candidate == "“", position > 0, !isSpace(scalars[position - 1]),
            position + 1 == count || isSpace(scalars[position + 1])
              || ",.;:!?)".unicodeScalars.contains(scalars[position + 1])
          {
            found = position  // "…” — mixed marks ("…“ with the opening one)
            break
          }
        } else if candidate == close
          && !(scalar == "”" && position > 0 && isSpace(scalars[position - 1]) && position + 1 < count
            && isLetterOrDigit(scalars[position + 1]))
        {
          found = position
          break
        } else if candidate == "\"" && close == "”" && position > 0 && !isSpace(scalars[position - 1])
          && (position + 1 == count || isSpace(scalars[position + 1])
            || ",.;:!?)".unicodeScalars.contains(scalars[position + 1]))
        {
          found = position  // “…" — mixed marks
          break
        } else if candidate == scalar && close == "”" && scalar == "“" {
          // “ used again: a closing mark when a space or punctuation follows and a word precedes.
          if (position + 1 == count || isSpace(scalars[position + 1])
            || ",.;:".unicodeScalars.contains(scalars[position + 1])) && position > 0
            && !isSpace(scalars[position - 1])
          {
            found = position
            break
          }
        }
        position += 1
      }
      if let lineEnd {
        spans.append(
          QuoteSpan(
            start: index, end: lineEnd, innerStart: index + 1, innerEnd: lineEnd, style: .double, unclosed: true))
        index = position
      } else if let closing = found {
        spans.append(
          QuoteSpan(start: index, end: closing + 1, innerStart: index + 1, innerEnd: closing, style: .double))
        index = closing + 1
      } else if straight && scalars[(index + 1)...].contains(where: { $0 == "“" || $0 == "”" }) {
        // a stray straight mark in a paragraph quoted with curly marks: not an opening
        index += 1
      } else {
        spans.append(unclosedQuote(scalars, openingAt: index, markLength: 1))
        index = count
      }
    }
    if openFromPrevious, let first = spans.first, first.style != .dash, first.start == 0 {
      spans[0].continued = true
    }
    // A dash opening a new sentence after a quote in the same paragraph continues the speaker's words:
    // "“…,” the president said. – These measures …"
    if !spans.isEmpty {
      var dash = 1
      while dash + 2 < count {
        if dashes.contains(scalars[dash]) && isSpace(scalars[dash - 1]) && isSpace(scalars[dash + 1]) && dash >= 2
          && ".!?".unicodeScalars.contains(scalars[dash - 2]) && scalars[dash + 2].properties.isUppercase
          && !spans.contains(where: { $0.start <= dash && dash < $0.end })
          && spans.contains(where: { $0.end <= dash })
        {
          let begin = dash + 2
          let end = dashFrameStart(scalars, from: begin) ?? count
          var innerEnd = end
          while innerEnd > begin && isSpace(scalars[innerEnd - 1]) { innerEnd -= 1 }
          spans.append(QuoteSpan(start: begin, end: innerEnd, innerStart: begin, innerEnd: innerEnd, style: .dash))
          dash = end
        }
        dash += 1
      }
      spans.sort { $0.start < $1.start }
    }
    return spans
  }

  /// A double quote that the paragraph never closes: it runs to the paragraph's end, trailing white
  /// space left out (the next paragraph may continue it).
  static func unclosedQuote(_ scalars: [Unicode.Scalar], openingAt start: Int, markLength: Int) -> QuoteSpan {
    var innerEnd = scalars.count
    while innerEnd > start + markLength && isSpace(scalars[innerEnd - 1]) { innerEnd -= 1 }
    return QuoteSpan(
      start: start, end: innerEnd, innerStart: start + markLength, innerEnd: innerEnd, style: .double, unclosed: true)
  }

  /// The end of the words of the line before the one that `position` opens (past spaces and tabs only), after
  /// `floor`; nil when `position` opens no line.
  static func endOfLine(_ scalars: [Unicode.Scalar], before position: Int, after floor: Int) -> Int? {
    var index = position - 1
    while index > floor && (scalars[index] == " " || scalars[index] == "\t") { index -= 1 }
    guard index > floor, scalars[index] == "\n" || scalars[index] == "\r" else { return nil }
    while index > floor && isSpace(scalars[index - 1]) { index -= 1 }
    return index > floor + 1 ? index : nil
  }

  /// In a dash quote, the offset where ", – Name, role, told Outlet." begins: the comma or full stop
  /// before a dash that is followed by the frame.
  static func dashFrameStart(_ scalars: [Unicode.Scalar], from: Int) -> Int? {
    var index = from
    while index + 2 < scalars.count {
      if (scalars[index] == "," || scalars[index] == ".") && isSpace(scalars[index + 1])
        && dashes.contains(scalars[index + 2])
      {
        return scalars[index] == "." ? index + 1 : index
      }
      index += 1
    }
    return nil
  }

  static func findSingleClose(_ scalars: [Unicode.Scalar], from: Int, mark: Unicode.Scalar) -> Int? {
    var index = from
    // a plural's possessive, an s and a mark before a word in lower case ("with workers' livelihoods"),
    // closes the quote only when no later mark does
    var possessive: Int? = nil
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "’" || scalar == "'" {
        let nextAllows =
          index + 1 == scalars.count || isSpace(scalars[index + 1])
          || ",.;:!?)”\"".unicodeScalars.contains(scalars[index + 1])
        let previousAllows = index > 0 && !isSpace(scalars[index - 1])
        if nextAllows && previousAllows {
          let plural = scalars[index - 1] == "s" && index + 2 < scalars.count && isSpace(scalars[index + 1])
            && scalars[index + 2].properties.isLowercase
          if !plural { return index }
          possessive = possessive ?? index
        }
      }
      if scalar == "\"" || scalar == "”" || scalar == "“" { return possessive }
      index += 1
    }
    return possessive
  }

  /// Whether a single-quoted span of few words is a speaker's, not a scare quote: it opens its sentence, a
  /// sentence's mark ends its words and a frame's word follows (‘We were ready,’ the coach said; ‘Yes!’ she
  /// shouted), or ends the paragraph after another single quote (‘No,’ he said. ‘It’s shocking.’). A scare
  /// quote stands inside a sentence (the so-called ‘reset’, a ‘racist,’ remark) and a quoted heading alone
  /// in its paragraph ('A change warrior.').
  static func isShortFramedQuote(_ scalars: [Unicode.Scalar], open: Int, close: Int, afterQuote: Bool) -> Bool {
    guard close > open + 1, ",.!?".unicodeScalars.contains(scalars[close - 1]) else { return false }
    var after = close + 1
    while after < scalars.count && isSpace(scalars[after]) { after += 1 }
    guard
      after == scalars.count ? afterQuote : after > close + 1 && scalars[after].properties.isAlphabetic
    else { return false }
    var before = open - 1
    while before >= 0 && isSpace(scalars[before]) { before -= 1 }
    return before < 0 || ".!?:".unicodeScalars.contains(scalars[before])
  }

  /// Whether the opening single mark at `index`, which nothing in its paragraph closes, opens a quote that
  /// runs on into the next paragraph: a directed mark (‘, never an apostrophe's) that opens the paragraph or
  /// follows a colon, before four words or more.
  static func opensUnclosedSingleQuote(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
    guard scalars[index] == "‘" else { return false }
    var before = index - 1
    while before >= 0 && isSpace(scalars[before]) { before -= 1 }
    return (before < 0 || scalars[before] == ":") && countWords(scalars, index + 1, scalars.count) >= 4
  }

  static func countWords(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
    var words = 0
    var inWord = false
    for index in start..<end {
      let isWordScalar = !isSpace(scalars[index])
      if isWordScalar && !inWord { words += 1 }
      inWord = isWordScalar
    }
    return words
  }
}
