/// The words of a claim as stories compare them, and their shingles: every run of `size` consecutive
/// words, hashed.
///
/// Case, accents, punctuation and quote marks are folded away: `“We will NOT back down,”` and
/// `we will not back down` have the same words. Apostrophes inside a word are dropped (`don’t` is
/// `dont`), every other character that is not a letter or digit separates words. Hashes are FNV-1a over
/// the folded words, so they are the same on every run and machine (the index stores them).
public enum ClaimShingles {
  /// Words per shingle. Three: long enough that a shingle says more than its words, short enough that
  /// a fragment of five words still has three shingles to match with.
  public static let size = 3

  /// The folded words of `text`, in order.
  public static func words(in text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    func flush() {
      if !current.isEmpty { words.append(nameKey(String(current))) }
      current = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      // ASCII without Unicode's property tables (most of a news text; the same answers): letters and
      // digits are word characters, the apostrophe is dropped, the rest separates words.
      if scalar.isASCII {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: current.append(scalar)
        case 0x27: continue
        default: flush()
        }
        continue
      }
      if scalar == "\u{2019}" || scalar == "\u{02BC}" { continue }
      let properties = scalar.properties
      if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
        current.append(scalar)
      } else {
        flush()
      }
    }
    flush()
    return words
  }

  /// The distinct hashed shingles of `words`, sorted; none when there are fewer than `size` words.
  public static func shingles(of words: [String]) -> [UInt64] {
    guard words.count >= size else { return [] }
    var hashes = Set<UInt64>()
    for start in 0...(words.count - size) {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for (offset, word) in words[start..<start + size].enumerated() {
        if offset > 0 { hash = (hash ^ 0x20) &* 0x100_0000_01b3 }
        for byte in word.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
      }
      hashes.insert(hash)
    }
    return hashes.sorted()
  }

  /// The shingles of `text`'s words.
  public static func shingles(of text: String) -> [UInt64] {
    asciiShingles(of: text) ?? shingles(of: words(in: text))
  }

  /// `shingles(of:)` of an ASCII text, hashed straight from its bytes (making a String per word and
  /// folding it cost some 26,000 instructions a claim); nil when the text holds anything else.
  ///
  /// The bytes are read from the string's contiguous storage, not through `utf8`'s index steps, and
  /// the hashes are sorted and stripped of repeats in one array rather than gathered in a `Set` (hashing
  /// each shingle again): some 15,600 instructions a claim of the wire corpus went to 8,000.
  static func asciiShingles(of text: String) -> [UInt64]? {
    var text = text
    return text.withUTF8 { utf8 -> [UInt64]? in
      guard !utf8.contains(where: { $0 >= 0x80 }) else { return nil }
      // The folded words, one after another, and where each ends.
      var letters: [UInt8] = []
      letters.reserveCapacity(utf8.count)
      var ends: [Int] = []
      for byte in utf8 {
        switch byte {
        case 0x30...0x39, 0x61...0x7A: letters.append(byte)
        case 0x41...0x5A: letters.append(byte + 32)
        case 0x27: continue
        default:
          if letters.count > (ends.last ?? 0) { ends.append(letters.count) }
        }
      }
      if letters.count > (ends.last ?? 0) { ends.append(letters.count) }
      guard ends.count >= size else { return [] }
      var hashes: [UInt64] = []
      hashes.reserveCapacity(ends.count - size + 1)
      letters.withUnsafeBufferPointer { letters in
        for first in 0...(ends.count - size) {
          var hash: UInt64 = 0xcbf2_9ce4_8422_2325
          for word in first..<first + size {
            if word > first { hash = (hash ^ 0x20) &* 0x100_0000_01b3 }
            for byte in letters[(word == 0 ? 0 : ends[word - 1])..<ends[word]] {
              hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            }
          }
          hashes.append(hash)
        }
      }
      hashes.sort()
      var distinct = 1
      for index in 1..<hashes.count where hashes[index] != hashes[distinct - 1] {
        hashes[distinct] = hashes[index]
        distinct += 1
      }
      hashes.removeLast(hashes.count - distinct)
      return hashes
    }
  }

  /// `shingles` as bytes (eight per shingle, little-endian), as the index stores them.
  public static func encoded(_ shingles: [UInt64]) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(shingles.count * 8)
    for hash in shingles {
      for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: hash >> UInt64(shift))) }
    }
    return bytes
  }

  /// The shingles that `encoded(_:)` wrote (trailing bytes short of a shingle are ignored).
  public static func decoded<Bytes: Collection>(_ bytes: Bytes) -> [UInt64] where Bytes.Element == UInt8 {
    var shingles: [UInt64] = []
    shingles.reserveCapacity(bytes.count / 8)
    var hash: UInt64 = 0
    var count = 0
    for byte in bytes {
      hash |= UInt64(byte) << UInt64(8 * count)
      count += 1
      if count == 8 {
        shingles.append(hash)
        hash = 0
        count = 0
      }
    }
    return shingles
  }
}
