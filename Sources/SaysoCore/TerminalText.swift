/// The one way article text (and anything else from a file) reaches a terminal, on the command line and
/// in the reader alike.
///
/// `line(_:)` flattens text to one line, `lines(_:)` keeps its line breaks as separate lines; what is
/// left goes through `terminalSafe`, so no control character from a file ever reaches the terminal.
public enum TerminalText {
  /// `text` on one line: line breaks and tabs become spaces, other control characters their visible
  /// placeholders (ESC → "␛").
  public static func line(_ text: String) -> String {
    // Fast path: nothing to flatten or replace below 0x20, at DEL, or in C2 80…C2 9F (C1 controls,
    // NEL) — and U+2028/U+2029 are E2 80 A8/A9, the bidirectional controls E2 80/81 … and D8 9C.
    var plain = true
    for byte in text.utf8 where byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 || byte == 0xD8 {
      plain = false
      break
    }
    if plain { return text }
    var flat = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n", "\r", "\t", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}": flat.append(" ")
      default: flat.append(scalar)
      }
    }
    return terminalSafe(String(flat))
  }

  /// `text` split at its line breaks (`\n`, `\r\n`, `\r`), each line made safe on its own.
  public static func lines(_ text: String) -> [String] {
    text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line(String($0)) }
  }
}
