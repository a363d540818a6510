/// The one way article text (and anything else from a file) reaches the terminal.
///
/// Everything printed goes through `line(_:)` or `lines(_:)`: line breaks are decided here, and what is
/// left goes through `safe(_:)`, so no control character from a file ever reaches the terminal.
enum TerminalText {
  /// `text` on one line: line breaks and tabs become spaces, then `safe(_:)`.
  static func line(_ text: String) -> String {
    var flat = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": flat.append(" ")
      default: flat.append(scalar)
      }
    }
    return safe(String(flat))
  }

  /// `text` split at its line breaks (`\n`, `\r\n`, `\r`), each line made safe on its own.
  static func lines(_ text: String) -> [String] {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line(String($0)) }
  }

  /// `text` with every control character replaced by a visible stand-in.
  ///
  /// Until SaysoCore's `terminalSafe` lands this is a local stand-in: C0 controls and DEL become their
  /// Unicode control pictures (ESC → ␛), C1 controls and bidirectional overrides become U+FFFD.
  static func safe(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x00..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value)!)
      case 0x7F: result.append("\u{2421}")
      case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: result.append("\u{FFFD}")
      default: result.append(scalar)
      }
    }
    return String(result)
  }
}
