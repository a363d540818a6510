/// One wrapped line of a paragraph: a slice of its text, with Unicode scalar offsets.
public struct WrappedLine: Equatable, Sendable {
  /// The slice of the paragraph's text shown on the line (trailing spaces at a break dropped).
  public var range: Range<String.Index>
  /// Scalar offset of the line's first character in the paragraph.
  public var start: Int
  /// Scalar offset one past the line's last character.
  public var end: Int
}

/// Greedy word wrapping by display width that keeps each line's place in the text, so spans given as
/// scalar offsets (quotes, proposals, search matches) can be drawn on wrapped lines.
///
/// Lines break at spaces (the spaces at a break are dropped); a word wider than the line is cut between
/// grapheme clusters; a line break in the text starts a new line. Widths are those of the characters as
/// drawn (`DisplayText.form`), so a control character's placeholder is measured, not the control.
/// Example: "one two three" at width 7 gives "one two" (0..<7) and "three" (8..<13).
public enum TextWrapper {
  public static func wrap(_ text: String, width: Int) -> [WrappedLine] {
    let width = max(width, 1)
    var lines: [WrappedLine] = []
    var lineOpen = false
    var lineStart = text.startIndex
    var lineStartOffset = 0
    var lineWidth = 0
    var inSpaces = false
    var breakEnd: (String.Index, Int)?  // where the line ends if it breaks at the last run of spaces
    var wordStart = text.startIndex
    var wordStartOffset = 0
    var wordWidth = 0
    var atHardLineStart = true

    func emit(_ end: String.Index, _ endOffset: Int) {
      lines.append(WrappedLine(range: lineStart..<end, start: lineStartOffset, end: endOffset))
    }

    var index = text.startIndex
    var offset = 0
    while index < text.endIndex {
      let c = text[index]
      let next = text.index(after: index)
      let scalars = c.unicodeScalars.count
      if c == "\n" || c == "\r\n" || c == "\r" {
        if lineOpen {
          if inSpaces, let b = breakEnd { emit(b.0, b.1) } else { emit(index, offset) }
        } else {
          lines.append(WrappedLine(range: index..<index, start: offset, end: offset))
        }
        lineOpen = false
        inSpaces = false
        atHardLineStart = true
        index = next
        offset += scalars
        continue
      }
      if c == " " {
        if !lineOpen {
          if atHardLineStart {
            // Indentation at the start of a text line is kept.
            lineOpen = true
            lineStart = index
            lineStartOffset = offset
            lineWidth = 0
            breakEnd = nil
            inSpaces = true
            breakEnd = (index, offset)
          }
        } else {
          if !inSpaces {
            breakEnd = (index, offset)
            inSpaces = true
          }
        }
        if lineOpen { lineWidth += 1 }
        index = next
        offset += scalars
        continue
      }
      let w = DisplayText.width(of: c)
      if !lineOpen {
        lineOpen = true
        lineStart = index
        lineStartOffset = offset
        lineWidth = 0
        breakEnd = nil
        wordStart = index
        wordStartOffset = offset
        wordWidth = 0
      } else if inSpaces {
        wordStart = index
        wordStartOffset = offset
        wordWidth = 0
      }
      inSpaces = false
      atHardLineStart = false
      if lineWidth + w > width && lineWidth > 0 {
        if let b = breakEnd, wordStart > lineStart {
          emit(b.0, b.1)
          lineStart = wordStart
          lineStartOffset = wordStartOffset
          lineWidth = wordWidth
          breakEnd = nil
        }
        if lineWidth + w > width && lineWidth > 0 {
          // The word alone is wider than the line: cut it here.
          emit(index, offset)
          lineStart = index
          lineStartOffset = offset
          wordStart = index
          wordStartOffset = offset
          lineWidth = 0
          wordWidth = 0
          breakEnd = nil
        }
      }
      lineWidth += w
      wordWidth += w
      index = next
      offset += scalars
    }
    if lineOpen {
      if inSpaces, let b = breakEnd { emit(b.0, b.1) } else { emit(text.endIndex, offset) }
    } else if lines.isEmpty || atHardLineStart {
      lines.append(WrappedLine(range: text.endIndex..<text.endIndex, start: offset, end: offset))
    }
    return lines
  }
}
