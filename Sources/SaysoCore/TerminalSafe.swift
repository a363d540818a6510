/// Makes untrusted text safe to print on a terminal: every control character is replaced by a visible
/// placeholder, so an article cannot clear the screen, move the cursor, ring the bell or retitle the
/// window.
///
/// Replacements (one placeholder per control, so the rest of the text keeps its place):
/// - C0 controls U+0000–U+001F → the Control Pictures U+2400–U+241F, e.g. ESC → "␛", BEL → "␇",
///   line feed → "␊", tab → "␉";
/// - DEL U+007F → "␡";
/// - C1 controls U+0080–U+009F → "<U+0080>" … "<U+009F>" (U+009B alone starts an escape sequence
///   on some terminals).
///
/// - Parameters:
///   - text: the text to show, e.g. a paragraph of an article.
///   - keepNewlines: keep line feeds (a carriage return right before one is dropped: "\r\n" → "\n").
///   - keepTabs: keep tabs.
/// - Returns: `text` itself when it holds no control character, otherwise a copy with placeholders.
public func terminalSafe(_ text: String, keepNewlines: Bool = false, keepTabs: Bool = false)
  -> String
{
  // Fast path: C0 and DEL are single UTF-8 bytes below 0x20 or 0x7F; C1 are encoded as C2 80…C2 9F.
  var needsWork = false
  var afterC2 = false
  for b in text.utf8 {
    if b < 0x20 {
      if !((b == 0x0A && keepNewlines) || (b == 0x09 && keepTabs)) {
        needsWork = true
        break
      }
    } else if b == 0x7F || (afterC2 && b <= 0x9F && b >= 0x80) {
      needsWork = true
      break
    }
    afterC2 = b == 0xC2
  }
  guard needsWork else { return text }

  var out = String.UnicodeScalarView()
  let scalars = Array(text.unicodeScalars)
  for (i, c) in scalars.enumerated() {
    let v = c.value
    switch v {
    case 0x0A where keepNewlines:
      out.append(c)
    case 0x09 where keepTabs:
      out.append(c)
    case 0x0D where keepNewlines && i + 1 < scalars.count && scalars[i + 1].value == 0x0A:
      continue
    case 0x00...0x1F:
      out.append(Unicode.Scalar(0x2400 + v)!)
    case 0x7F:
      out.append("\u{2421}")
    case 0x80...0x9F:
      let digits = Array("0123456789ABCDEF".unicodeScalars)
      out.append(contentsOf: "<U+00".unicodeScalars)
      out.append(digits[Int(v >> 4)])
      out.append(digits[Int(v & 0xF)])
      out.append(">")
    default:
      out.append(c)
    }
  }
  return String(out)
}

extension String {
  /// This text with every control character replaced by a visible placeholder, newlines and tabs
  /// included; see `terminalSafe(_:keepNewlines:keepTabs:)`.
  public var terminalSafe: String { SaysoCore.terminalSafe(self) }
}
