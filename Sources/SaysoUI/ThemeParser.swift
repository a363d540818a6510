/// Reads themes in the newsboat/tig line format.
///
/// One style per line: `color ROLE FG BG [ATTR ...]`; `#` starts a comment; blank lines are ignored.
/// FG and BG are `default`, black red green yellow blue magenta cyan white, `colorN` (0–255) or
/// `#rrggbb` (elsewhere a word starting with `#` starts a comment); ATTR is bold, underline, reverse, standout, dim, italic or blink. Example:
///
///     color quote green default
///     color cursor default default reverse bold
public enum ThemeParser {
  /// Parses a theme.
  ///
  /// - Parameters:
  ///   - text: the theme file's contents.
  ///   - name: the theme's name.
  ///   - file: the file name used in error messages.
  /// - Throws: `UIError` naming the file and line of the first bad line.
  public static func parse(_ text: String, name: String, file: String) throws -> Theme {
    var styles: [Role: Style] = [:]
    for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = number + 1
      let words = Self.words(of: rawLine)
      guard !words.isEmpty else { continue }
      guard words[0] == "color", words.count >= 4 else {
        throw UIError.malformedLine(file: file, line: line, DisplayText.line(String(rawLine)))
      }
      guard let role = Role(rawValue: words[1]) else {
        throw UIError.unknownRole(file: file, line: line, DisplayText.line(words[1]))
      }
      guard let foreground = ThemeColor(name: words[2]) else {
        throw UIError.unknownColor(file: file, line: line, DisplayText.line(words[2]))
      }
      guard let background = ThemeColor(name: words[3]) else {
        throw UIError.unknownColor(file: file, line: line, DisplayText.line(words[3]))
      }
      var attributes: Set<TextAttribute> = []
      for word in words.dropFirst(4) {
        guard let attribute = TextAttribute(rawValue: word.lowercased()) else {
          throw UIError.unknownAttribute(file: file, line: line, DisplayText.line(word))
        }
        attributes.insert(attribute)
      }
      styles[role] = Style(foreground: foreground, background: background, attributes: attributes)
    }
    return Theme(name: name, styles: styles)
  }

  /// The words of a line up to a comment: a word starting with `#`, except in the FG and BG places.
  static func words(of line: Substring) -> [String] {
    var words: [String] = []
    for word in line.split(whereSeparator: \.isWhitespace) {
      // In the colour places of a `color` line, `#…` is a colour (a bad one is reported as such).
      let colourPlace = (words.count == 2 || words.count == 3) && words[0] == "color"
      if word.hasPrefix("#") && !colourPlace { break }
      words.append(String(word))
    }
    return words
  }
}
