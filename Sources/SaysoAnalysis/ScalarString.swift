import SaysoCore

/// Builds Strings from slices of Unicode scalars quickly (appending to a UnicodeScalarView is slow).
enum ScalarString {
  /// The text of `scalars[start..<end]` (SaysoCore's encoder: exact length, straight into UTF-8 storage).
  @inline(__always) static func make(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
    start < end ? scalars.string(start..<end) : ""
  }

  /// The lower-cased text of `scalars[start..<end]`, which are all ASCII.
  @inline(__always) static func asciiLowercased(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
    String(unsafeUninitializedCapacity: end - start) { buffer in
      for index in start..<end {
        let value = scalars[index].value
        buffer[index - start] = UInt8(value >= 65 && value <= 90 ? value + 32 : value)
      }
      return end - start
    }
  }
}

extension String {
  /// How many space-separated words the string has, counted on UTF-8 without splitting.
  var wordCount: Int {
    func count<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int {
      var count = 0
      var inWord = false
      for byte in bytes {
        if byte == 0x20 {
          inWord = false
        } else if !inWord {
          inWord = true
          count += 1
        }
      }
      return count
    }
    return utf8.withContiguousStorageIfAvailable { count($0) } ?? count(utf8)
  }

  /// The last space-separated word (found on the UTF-8 bytes: a space is always one byte).
  var lastWord: Substring {
    guard let space = utf8.lastIndex(of: 0x20) else { return self[...] }
    return self[utf8.index(after: space)...]
  }
}

extension Array where Element == Unicode.Scalar {
  /// Whether any scalar is `scalar` (or `other`), told in one pass over the buffer that the compiler can
  /// vectorise: it does not stop at the first found, as most paragraphs hold none and are read whole.
  func containsScalar(_ scalar: Unicode.Scalar, or other: Unicode.Scalar? = nil) -> Bool {
    let first = scalar.value
    let second = (other ?? scalar).value
    return withUnsafeBufferPointer { buffer in
      var hits: UInt32 = 0
      for element in buffer { hits |= (element.value == first ? 1 : 0) | (element.value == second ? 1 : 0) }
      return hits != 0
    }
  }

  /// The first index at or after `start` whose scalar is not ASCII or is `first` or `second`, else `count`:
  /// eight scalars are tested at a time, as a run of plain ASCII text is passed over.
  func firstIndex(from start: Int, notASCIIOr first: Unicode.Scalar, _ second: Unicode.Scalar) -> Int {
    withUnsafeBufferPointer { buffer in
      var index = start
      if let base = buffer.baseAddress {
        let ascii = SIMD8<UInt32>(repeating: 0x7F)
        let firsts = SIMD8<UInt32>(repeating: first.value)
        let seconds = SIMD8<UInt32>(repeating: second.value)
        while index + 8 <= buffer.count {
          let lanes = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD8<UInt32>.self)
          if any((lanes .> ascii) .| (lanes .== firsts) .| (lanes .== seconds)) { break }
          index += 8
        }
      }
      while index < buffer.count && buffer[index].isASCII && buffer[index] != first && buffer[index] != second {
        index += 1
      }
      return index
    }
  }
}
