import SaysoCore

/// How text from articles and files is shown on one screen row: made safe, measured and clipped by
/// display width.
///
/// Every string a view draws passes through here (via `Screen.put`), so a control character from an
/// article is shown as its placeholder (ESC → "␛") and never reaches the terminal, and wide characters
/// (CJK, emoji) are never cut in half.
public enum DisplayText {
  /// `text` on one line and safe to draw: tabs and line breaks become spaces, other control
  /// characters their visible placeholders.
  public static func line(_ text: String) -> String {
    TerminalText.line(text)
  }

  /// How one character of article text is shown, and the columns it takes.
  ///
  /// A tab or line break shows as one space; another control character as its placeholder.
  public static func form(of character: Character) -> (text: String, width: Int) {
    if let ascii = character.asciiValue {
      if ascii >= 0x20 && ascii < 0x7F { return (String(character), 1) }
      if ascii == 0x09 || ascii == 0x0A || ascii == 0x0D { return (" ", 1) }
    }
    let safe = line(String(character))
    return (safe, safe.displayWidth)
  }

  /// The columns one character of article text takes when drawn: `form(of:).width`, without making
  /// the drawn text (layout measures every character of an article).
  public static func width(of character: Character) -> Int {
    if let ascii = character.asciiValue {
      if ascii >= 0x20 && ascii < 0x7F { return 1 }
      if ascii == 0x09 || ascii == 0x0A || ascii == 0x0D { return 1 }
    }
    for scalar in character.unicodeScalars
    where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isBidirectionalControl(scalar) {
      return form(of: character).width
    }
    return character.displayWidth
  }

  /// The longest start of `text` (already safe) that fits in `width` columns, and its width.
  ///
  /// - Parameter ellipsis: end a shortened text with "…" (counted in `width`).
  public static func clipped(_ text: String, toWidth width: Int, ellipsis: Bool = false)
    -> (text: String, width: Int)
  {
    guard width > 0 else { return ("", 0) }
    let total = text.displayWidth
    if total <= width { return (text, total) }
    let room = ellipsis ? width - 1 : width
    var out = ""
    var used = 0
    for c in text {
      let w = c.displayWidth
      if used + w > room { break }
      out.append(c)
      used += w
    }
    if ellipsis {
      out.append("…")
      used += 1
    }
    return (out, used)
  }

  /// The longest end of `text` (already safe) that fits in `width` columns: the part of a long prompt
  /// entry being typed. Measured from the end, a character at a time, so a 4,000-character entry costs
  /// only what is shown (it used to be shortened by one character and measured whole, again and again).
  public static func tail(_ text: String, toWidth width: Int) -> String {
    guard width > 0 else { return "" }
    var used = 0
    var start = text.endIndex
    while start > text.startIndex {
      let before = text.index(before: start)
      let w = text[before].displayWidth
      if used + w > width { break }
      used += w
      start = before
    }
    return String(text[start...])
  }

  /// `text` clipped or padded with spaces to exactly `width` columns.
  public static func fitted(_ text: String, toWidth width: Int, alignRight: Bool = false) -> String {
    let (clipped, used) = clipped(line(text), toWidth: width, ellipsis: true)
    let pad = String(repeating: " ", count: max(0, width - used))
    return alignRight ? pad + clipped : clipped + pad
  }
}
