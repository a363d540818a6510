import Foundation
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

extension String {
  /// Whether the text holds the ASCII character `byte`, found in its UTF-8 by `memchr` (the fastest scan
  /// there is: most paragraphs hold no "<" and no line break, and are read whole to tell it).
  func containsASCII(_ byte: UInt8) -> Bool {
    var text = self
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, Int32(byte), bytes.count) != nil
    }
  }

  /// Whether the text holds the ASCII character `byte` or `other` (a line feed or a carriage return), its
  /// UTF-8 taken once for both.
  func containsASCII(_ byte: UInt8, or other: UInt8) -> Bool {
    var text = self
    return text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return false }
      return memchr(base, Int32(byte), bytes.count) != nil || memchr(base, Int32(other), bytes.count) != nil
    }
  }
}
