/// Builds Strings from slices of Unicode scalars quickly (appending to a UnicodeScalarView is slow).
enum ScalarString {
  /// The text of `s[a..<b]`.
  @inline(__always) static func make(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
    guard a < b else { return "" }
    // the exact UTF-8 length first: a short word then fits a small string, with no allocation
    var length = 0
    for k in a..<b {
      let v = s[k].value
      length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
    }
    return String(unsafeUninitializedCapacity: length) { buffer in
      var n = 0
      for k in a..<b {
        let v = s[k].value
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

  /// The lower-cased text of `s[a..<b]`, with a fast path for ASCII.
  @inline(__always) static func lowercased(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
    var ascii = true
    for k in a..<b where s[k].value >= 0x80 {
      ascii = false
      break
    }
    guard ascii else { return make(s, a, b).lowercased() }
    return String(unsafeUninitializedCapacity: b - a) { buffer in
      for k in a..<b {
        let v = s[k].value
        buffer[k - a] = UInt8(v >= 65 && v <= 90 ? v + 32 : v)
      }
      return b - a
    }
  }
}

extension String {
  /// How many space-separated words the string has, counted on UTF-8 without splitting.
  var wordCount: Int {
    var count = 0
    var inWord = false
    for b in utf8 {
      if b == 0x20 {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
      }
    }
    return count
  }

  /// The last space-separated word.
  var lastWord: Substring {
    guard let space = lastIndex(of: " ") else { return self[...] }
    return self[index(after: space)...]
  }
}
