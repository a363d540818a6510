/// Makes untrusted text safe to print on a terminal: every control character is replaced by a visible
/// placeholder, so an article cannot clear the screen, move the cursor, ring the bell or retitle the
/// window.
///
/// Replacements (one placeholder per control, so the rest of the text keeps its place):
/// - C0 controls U+0000–U+001F → the Control Pictures U+2400–U+241F, e.g. ESC → "␛", BEL → "␇",
///   line feed → "␊", tab → "␉";
/// - DEL U+007F → "␡";
/// - C1 controls U+0080–U+009F → "<U+0080>" … "<U+009F>" (U+009B alone starts an escape sequence
///   on some terminals);
/// - bidirectional controls → "<U+202E>" and so on: the embeddings and overrides U+202A–U+202E, the
///   isolates U+2066–U+2069, the marks U+200E, U+200F and U+061C. Shown raw they reorder what the
///   terminal draws around them, so that text can read as something other than what it is ("Trojan
///   Source").
///
/// - Parameters:
///   - text: the text to show, e.g. a paragraph of an article.
///   - keepNewlines: keep line feeds (a carriage return right before one is dropped: "\r\n" → "\n").
///   - keepTabs: keep tabs.
/// - Returns: `text` itself when it holds no control character, otherwise a copy with placeholders.
public func terminalSafe(_ text: String, keepNewlines: Bool = false, keepTabs: Bool = false)
  -> String
{
  // Fast path: C0 and DEL are single UTF-8 bytes below 0x20 or 0x7F; C1 are encoded as C2 80…C2 9F;
  // the bidirectional controls as E2 80 8E/8F, E2 80 AA…AE, E2 81 A6…A9 and D8 9C.
  var needsWork = false
  var previous: UInt8 = 0
  var beforePrevious: UInt8 = 0
  for b in text.utf8 {
    if b < 0x20 {
      if !((b == 0x0A && keepNewlines) || (b == 0x09 && keepTabs)) {
        needsWork = true
        break
      }
    } else if b == 0x7F || (previous == 0xC2 && b <= 0x9F && b >= 0x80) || (previous == 0xD8 && b == 0x9C)
      || (beforePrevious == 0xE2 && previous == 0x80 && (b == 0x8E || b == 0x8F || (0xAA...0xAE).contains(b)))
      || (beforePrevious == 0xE2 && previous == 0x81 && (0xA6...0xA9).contains(b))
    {
      needsWork = true
      break
    }
    beforePrevious = previous
    previous = b
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
    case 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
      let digits = Array("0123456789ABCDEF".unicodeScalars)
      out.append(contentsOf: "<U+".unicodeScalars)
      for shift in [12, 8, 4, 0] as [UInt32] { out.append(digits[Int((v >> shift) & 0xF)]) }
      out.append(">")
    default:
      out.append(c)
    }
  }
  return String(out)
}

/// Whether `scalar` is a bidirectional control that `terminalSafe` replaces (U+061C, U+200E, U+200F,
/// U+202A–U+202E, U+2066–U+2069).
public func isBidirectionalControl(_ scalar: Unicode.Scalar) -> Bool {
  switch scalar.value {
  case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
  default: false
  }
}

extension String {
  /// This text with every control character replaced by a visible placeholder, newlines and tabs
  /// included; see `terminalSafe(_:keepNewlines:keepTabs:)`.
  public var terminalSafe: String { SaysoCore.terminalSafe(self) }
}
