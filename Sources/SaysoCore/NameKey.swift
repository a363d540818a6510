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

/// How a non-ASCII letter folds: the Latin letters with diacritics as Foundation's diacritic-insensitive
/// folding folds them (each worked out once, when first met), lower case elsewhere, combining marks dropped.
enum NameFolding {
  /// Whether `value` is in U+00C0 … U+024F or U+1E00 … U+1EFF (Latin-1, Latin Extended-A/B, Additional),
  /// the letters that fold by `latin`.
  static func isLatin(_ value: UInt32) -> Bool { (0xC0...0x24F).contains(value) || (0x1E00...0x1EFF).contains(value) }

  /// The folded forms of the Latin letters met so far. Worked out when first met: folding all 656 of them
  /// at once cost some 5 million instructions at the start of every run, which meets a few.
  static let latin = LatinFolds()

  /// The folded form of each Latin letter met, behind a lock (the analyses of a corpus run on every core).
  final class LatinFolds: @unchecked Sendable {
    private let lock = NSLock()
    private var folds: [UInt32: String] = [:]

    /// The folded form of the Latin letter `value` (`isLatin`).
    subscript(value: UInt32) -> String {
      lock.lock()
      defer { lock.unlock() }
      if let known = folds[value] { return known }
      let folded = String(Character(Unicode.Scalar(value).unsafelyUnwrapped)).folding(
        options: [.diacriticInsensitive, .caseInsensitive], locale: nil
      ).lowercased()
      folds[value] = folded
      return folded
    }
  }

  static func append(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
    let value = scalar.value
    if (0x300...0x36F).contains(value) { return }  // a combining accent
    if isLatin(value) {
      out.append(contentsOf: latin[value].unicodeScalars)
      return
    }
    out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
  }
}
