import SaysoCore

/// Builds Strings from slices of Unicode scalars quickly (appending to a UnicodeScalarView is slow).
enum ScalarString {
  /// The text of `s[a..<b]` (SaysoCore's encoder: exact length, straight into UTF-8 storage).
  @inline(__always) static func make(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
    a < b ? s.string(a..<b) : ""
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
