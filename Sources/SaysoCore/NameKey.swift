import Foundation

/// The form in which names are compared: lower case, accents folded, runs of white space as one space.
///
/// "Recep Tayyip  Erdoğan" and "recep tayyip erdogan" have the same key; so have "Zoë" and "Zoe".
/// Letters that do not decompose stay as they are ("ø", "ß"); scripts without case or accents pass
/// through lower-cased.
public func nameKey(_ name: String) -> String {
  if let key = asciiNameKey(name) { return key }
  var out = String.UnicodeScalarView()
  var pendingSpace = false
  for scalar in name.unicodeScalars {
    if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}" {
      pendingSpace = !out.isEmpty
      continue
    }
    if pendingSpace {
      out.append(" ")
      pendingSpace = false
    }
    if scalar.isASCII {
      let value = scalar.value
      out.append(value >= 65 && value <= 90 ? Unicode.Scalar(value + 32)! : scalar)
    } else {
      NameFolding.append(scalar, to: &out)
    }
  }
  return String(out)
}

/// `nameKey` of an ASCII name, made on its bytes (appending scalars one by one is slow); nil when the
/// name holds anything else.
private func asciiNameKey(_ name: String) -> String? {
  let utf8 = name.utf8
  guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
  var bytes: [UInt8] = []
  bytes.reserveCapacity(utf8.count)
  var pendingSpace = false
  for byte in utf8 {
    if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
      pendingSpace = !bytes.isEmpty
      continue
    }
    if pendingSpace {
      bytes.append(0x20)
      pendingSpace = false
    }
    bytes.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
  }
  return String(decoding: bytes, as: UTF8.self)
}

/// How a non-ASCII letter folds: a table for the Latin letters with diacritics (made once with
/// Foundation's diacritic-insensitive folding), lower case elsewhere, combining marks dropped.
enum NameFolding {
  /// Folded forms of U+00C0 … U+024F and U+1E00 … U+1EFF (Latin-1, Latin Extended-A/B, Additional).
  static let latin: [UInt32: String] = {
    var table: [UInt32: String] = [:]
    for range in [0xC0...0x24F, 0x1E00...0x1EFF] {
      for value in range {
        guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
        table[UInt32(value)] = String(Character(scalar)).folding(
          options: [.diacriticInsensitive, .caseInsensitive], locale: nil
        ).lowercased()
      }
    }
    return table
  }()

  static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
    let value = scalar.value
    if (0x300...0x36F).contains(value) { return }  // a combining accent
    if let folded = latin[value] {
      out.append(contentsOf: folded.unicodeScalars)
      return
    }
    out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
  }
}
