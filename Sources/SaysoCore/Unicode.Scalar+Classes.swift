// Character classes used by the reader, with ASCII fast paths: the reader looks at every scalar of
// every file, and `Unicode.Scalar.Properties` lookups are much slower than a comparison.

extension Unicode.Scalar {
  /// White space for trimming and blank lines: Unicode White_Space plus the byte-order mark U+FEFF.
  @inline(__always)
  var isSpaceForReading: Bool {
    let v = value
    if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
    return v == 0xFEFF || properties.isWhitespace
  }

  /// The end of a line: `\n`, or a lone `\r` (the reading keeps it in the text; a CRLF is read as
  /// `\n`), as Python's universal newlines end lines.
  @inline(__always)
  var isLineBreak: Bool { value == 0x0A || value == 0x0D }

  /// A space or tab, i.e. white space inside a line.
  @inline(__always)
  var isInlineSpace: Bool {
    let v = value
    if v < 0x80 { return v == 0x20 || v == 0x09 }
    return v != 0x2028 && v != 0x2029 && v != 0x85 && properties.isWhitespace
  }

  @inline(__always)
  var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }

  @inline(__always)
  var isLetter: Bool {
    let v = value
    if v < 0x80 { return (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
    return properties.isAlphabetic
  }

  @inline(__always)
  var isUppercaseLetter: Bool {
    let v = value
    if v < 0x80 { return v >= 0x41 && v <= 0x5A }
    return properties.isUppercase
  }

  @inline(__always)
  var isLowercaseLetter: Bool {
    let v = value
    if v < 0x80 { return v >= 0x61 && v <= 0x7A }
    return properties.isLowercase
  }

  /// A letter or digit, i.e. part of a word.
  @inline(__always)
  var isWordCharacter: Bool { isASCIIDigit || isLetter }

  /// Opening and closing quote marks of any style.
  var isQuoteMark: Bool {
    switch value {
    case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201A, 0x201B, 0x201C, 0x201D, 0x201E, 0x201F,
      0x2039,
      0x203A, 0x300C, 0x300D, 0x300E, 0x300F:
      true
    default: false
    }
  }

  /// Hyphen-minus and the dashes a dateline or a dash-quote uses: - ‐ ‑ ‒ – — ―.
  var isDash: Bool {
    value == 0x2D || (value >= 0x2010 && value <= 0x2015)
  }

  /// Punctuation that ends a sentence or a clause: . , ; : ! ? …
  var isClausePunctuation: Bool {
    switch value {
    case 0x2E, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x2026, 0x3002, 0xFF0C, 0xFF01, 0xFF1F: true
    default: false
    }
  }
}

extension Array where Element == Unicode.Scalar {
  /// Texts longer than this (in UTF-8 bytes) count their scalars before decoding, so that the array is
  /// not up to four times too big; shorter ones take the byte count as the capacity, which spares a pass.
  public static let exactDecodingThreshold = 1 << 16

  /// The scalars of `text`, decoded from its UTF-8 bytes in place (a String's UTF-8 is always valid).
  public init(decoding text: String) {
    var text = text
    self = text.withUTF8 { bytes in
      let capacity = bytes.count > Self.exactDecodingThreshold ? Self.scalarCount(ofUTF8: bytes) : bytes.count
      return Self.decodingUTF8(bytes, capacity: capacity, joiningCRLF: false)
    }
  }

  /// How many scalars valid UTF-8 `bytes` hold: the bytes that do not go on with a scalar (10xxxxxx), counted
  /// eight at a time, by the bits of a 64-bit word (a byte at a time costs some seven instructions).
  static func scalarCount(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var continuing = 0
    var index = 0
    if let base = bytes.baseAddress {
      let raw = UnsafeRawPointer(base)
      while index + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
        // a byte's high bit set, and the bit below it clear
        continuing &+= (word & highBits & ~(word << 1)).nonzeroBitCount
        index += 8
      }
    }
    while index < bytes.count {
      continuing &+= bytes[index] & 0xC0 == 0x80 ? 1 : 0
      index += 1
    }
    return bytes.count - continuing
  }

  /// The scalars of valid UTF-8 `bytes` (at most `capacity` of them), decoded straight into the array's
  /// storage: appending each scalar costs several times more. With `joiningCRLF`, the carriage return of
  /// each "\r\n" is dropped (universal newlines; a lone "\r" is kept).
  ///
  /// The array is made filled (`init(filledWith:count:)`), then written over and cut to the scalars
  /// written: `init(unsafeUninitializedCapacity:)` allocates through code that is never specialised and
  /// looks up the storage class's metadata at each call, some 850 instructions, where filling a paragraph's
  /// array costs a few dozen (the analysis decodes every paragraph).
  static func decodingUTF8(
    _ bytes: UnsafeBufferPointer<UInt8>, capacity: Int, joiningCRLF: Bool
  ) -> [Unicode.Scalar] {
    let end = bytes.count
    var decoded = [Unicode.Scalar](filledWith: "\0", count: capacity)
    let count = decoded.withUnsafeMutableBufferPointer { buffer -> Int in
      var index = 0
      var written = 0
      while index < end {
        // eight ASCII bytes at a time, told by their high bits together (most text is ASCII), when none is
        // a carriage return to join
        if index + 8 <= end {
          let word = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index).loadUnaligned(as: UInt64.self)
          let returns = word ^ 0x0D0D_0D0D_0D0D_0D0D
          let hasReturn = joiningCRLF && (returns &- 0x0101_0101_0101_0101) & ~returns & 0x8080_8080_8080_8080 != 0
          if word & 0x8080_8080_8080_8080 == 0 && !hasReturn {
            // (the eight bytes widened to scalars together, in vector registers)
            let scalars = SIMD8<UInt32>(truncatingIfNeeded: unsafeBitCast(word, to: SIMD8<UInt8>.self))
            UnsafeMutableRawPointer(buffer.baseAddress.unsafelyUnwrapped + written).storeBytes(
              of: scalars, as: SIMD8<UInt32>.self)
            index += 8
            written += 8
            continue
          }
        }
        let lead = UInt32(bytes[index])
        if lead < 0x80 {
          if !joiningCRLF || lead != 0x0D || index + 1 == end || bytes[index + 1] != 0x0A {
            buffer[written] = Unicode.Scalar(UInt8(lead))
            written += 1
          }
          index += 1
          continue
        }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        buffer[written] = Unicode.Scalar(value).unsafelyUnwrapped
        written += 1
        index += length
      }
      return written
    }
    decoded.removeLast(capacity - count)
    return decoded
  }

  /// The scalars in `range` as a string, encoded straight into the string's UTF-8 storage (appending
  /// to a `String.UnicodeScalarView` one scalar at a time is several times slower).
  public func string(_ range: Range<Int>) -> String {
    // (on the buffers, without an index check a scalar: most words are a few ASCII letters)
    withUnsafeBufferPointer { all in
      let scalars = UnsafeBufferPointer(rebasing: all[range])
      // (the bits of all the scalars together tell ASCII text, in a loop the compiler vectorises)
      var bits: UInt32 = 0
      for scalar in scalars { bits |= scalar.value }
      let isASCII = bits < 0x80
      var capacity = scalars.count
      if !isASCII {
        capacity = 0
        for scalar in scalars {
          let v = scalar.value
          capacity += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
      }
      return String(unsafeUninitializedCapacity: capacity) { buffer in
        if isASCII {
          for (n, scalar) in scalars.enumerated() { buffer[n] = UInt8(truncatingIfNeeded: scalar.value) }
          return capacity
        }
        var n = 0
        for scalar in scalars {
          let v = scalar.value
          if v < 0x80 {
            buffer[n] = UInt8(v)
            n += 1
          } else if v < 0x800 {
            buffer[n] = UInt8(0xC0 | (v >> 6))
            buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
            n += 2
          } else if v < 0x10000 {
            buffer[n] = UInt8(0xE0 | (v >> 12))
            buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
            buffer[n + 2] = UInt8(0x80 | (v & 0x3F))
            n += 3
          } else {
            buffer[n] = UInt8(0xF0 | (v >> 18))
            buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
            buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
            buffer[n + 3] = UInt8(0x80 | (v & 0x3F))
            n += 4
          }
        }
        return n
      }
    }
  }

  /// A number standing for the ASCII letters in `range` (up to 9, lower-cased when `folding`), so a
  /// word can be looked up in a set without making a string; nil for anything else.
  /// `asciiKey("said")` of the same letters is equal to `Self.asciiKey("said")`.
  func asciiKey(_ range: Range<Int>, folding: Bool = false) -> UInt64? {
    guard range.count <= 9 else { return nil }
    var key: UInt64 = 0
    for i in range {
      var v = self[i].value
      guard v < 0x80, (v | 0x20) >= 0x61, (v | 0x20) <= 0x7A else { return nil }
      if folding { v |= 0x20 }
      key = key << 7 | UInt64(v)
    }
    return key
  }

  /// The key of an ASCII word, as `asciiKey(_:folding:)` computes it.
  static func asciiKey(_ word: String) -> UInt64 {
    word.utf8.reduce(0) { $0 << 7 | UInt64($1) }
  }

  /// `range` without white space at either end.
  func trimmed(_ range: Range<Int>) -> Range<Int> {
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi && self[lo].isSpaceForReading { lo += 1 }
    while hi > lo && self[hi - 1].isSpaceForReading { hi -= 1 }
    return lo..<hi
  }

  /// Whether the scalars at `index` spell `word` in ASCII, ignoring case.
  func hasASCIIPrefix(_ word: String, at index: Int, end: Int? = nil) -> Bool {
    let limit = end ?? count
    var i = index
    for u in word.utf8 {
      guard i < limit else { return false }
      let v = self[i].value
      let lower = (v >= 0x41 && v <= 0x5A) ? v | 0x20 : v
      let want = (u >= 0x41 && u <= 0x5A) ? UInt32(u | 0x20) : UInt32(u)
      guard lower == want else { return false }
      i += 1
    }
    return true
  }
}

extension Array where Element == Unicode.Scalar {
  /// Whether a line ends at `i`: a `\n`, or a lone `\r` (in a `\r\n` the `\n` ends the line, so text
  /// given with CRLFs still reads as one line per CRLF).
  @inline(__always)
  func endsLine(at i: Int) -> Bool {
    let v = self[i].value
    return v == 0x0A || (v == 0x0D && (i + 1 == count || self[i + 1].value != 0x0A))
  }
}

extension Array where Element == Unicode.Scalar {
  /// The first index at or after `start` whose scalar is `first` or `second` (or, with `orNotASCII`, any
  /// scalar outside ASCII), else `count`. Eight scalars are tested at a time, so that a long run that holds
  /// none is passed over quickly: the text between line breaks, or between quote marks.
  public func firstIndex(from start: Int, of first: Unicode.Scalar, _ second: Unicode.Scalar, orNotASCII: Bool = false)
    -> Int
  {
    // (past `limit` a scalar is found: past ASCII, or past every scalar when that is not asked)
    let limit: UInt32 = orNotASCII ? 0x7F : .max
    return withUnsafeBufferPointer { buffer in
      var index = start
      if let base = buffer.baseAddress {
        let limits = SIMD8<UInt32>(repeating: limit)
        let firsts = SIMD8<UInt32>(repeating: first.value)
        let seconds = SIMD8<UInt32>(repeating: second.value)
        while index + 8 <= buffer.count {
          let lanes = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD8<UInt32>.self)
          if any((lanes .> limits) .| (lanes .== firsts) .| (lanes .== seconds)) { break }
          index += 8
        }
      }
      while index < buffer.count && buffer[index].value <= limit && buffer[index] != first && buffer[index] != second {
        index += 1
      }
      return index
    }
  }
}
