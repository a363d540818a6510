import SaysoCore

/// The one way article text (and anything else from a file) reaches the terminal.
///
/// Everything printed goes through `line(_:)` or `lines(_:)`: line breaks are decided here (a paragraph
/// keeps its lines, a list entry is flattened to one), and what is left goes through `safe(_:)`, so no
/// control character from a file ever reaches the terminal.
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

  /// `text` with every control character replaced by a visible placeholder (ESC → ␛): SaysoCore's
  /// `terminalSafe`, the one definition of what may reach a terminal.
  static func safe(_ text: String) -> String {
    terminalSafe(text)
  }
}
