extension String {
  /// `lowercased()`, quicker on the text the analysis lowers at almost every step (names and words): a
  /// text in which no letter changes is returned as it is, and one whose only capitals are of ASCII or
  /// Latin-1 ("Álvarez") is lowered byte by byte. `lowercased()` makes a new string every time and looks
  /// every scalar of a non-ASCII text up in Unicode's case tables: thousands of instructions for a name.
  /// Text with another capital ("Łukasz", "Σ") is left to `lowercased()`, so the result is the same.
  public func lowercasedQuickly() -> String {
    var text = self
    switch text.withUTF8({ LowerCasing.shape($0) }) {
    case .unchanged: return self
    case .asciiCapitals: return text.withUTF8({ LowerCasing.asciiLowered($0) })
    case .byteByByte: return text.withUTF8({ LowerCasing.lowered($0) })
    case .other: return lowercased()
    }
  }
}

extension Substring {
  /// `String.lowercasedQuickly()` of the substring's text.
  public func lowercasedQuickly() -> String {
    var text = self
    switch text.withUTF8({ LowerCasing.shape($0) }) {
    case .unchanged: return String(self)
    case .asciiCapitals: return text.withUTF8({ LowerCasing.asciiLowered($0) })
    case .byteByByte: return text.withUTF8({ LowerCasing.lowered($0) })
    case .other: return lowercased()
    }
  }
}

/// What lowering a UTF-8 text takes, told on its bytes.
enum LowerCasing {
  case unchanged, asciiCapitals, byteByByte, other

  /// Whether lowering `bytes` changes nothing; changes capitals of an ASCII text; changes capitals of ASCII
  /// and Latin-1 only, in a text with other scalars that stay as they are ("O’Brien", "Álvarez"); or changes
  /// some other scalar.
  @inline(__always) static func shape(_ bytes: UnsafeBufferPointer<UInt8>) -> LowerCasing {
    var capitals = false
    var ascii = true
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte &- 65 < 26 { capitals = true }
        index += 1
        continue
      }
      // a capital of Latin-1, "À" to "Þ" but "×": lowered by adding 0x20 to its second byte ("Á" C3 81, "á" C3 A1)
      ascii = false
      if byte == 0xC3 && index + 1 < bytes.count && isLatin1Capital(bytes[index + 1]) {
        capitals = true
        index += 2
        continue
      }
      // another scalar of two to four bytes (the text is valid UTF-8: a String's storage always is)
      let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
      guard index + length <= bytes.count else { return .other }
      var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
      for next in 1..<length { value = value << 6 | UInt32(bytes[index + next] & 0x3F) }
      guard let scalar = Unicode.Scalar(value), !scalar.properties.changesWhenLowercased else { return .other }
      index += length
    }
    return !capitals ? .unchanged : ascii ? .asciiCapitals : .byteByByte
  }

  /// Whether `byte`, after 0xC3, makes a capital of Latin-1.
  @inline(__always) static func isLatin1Capital(_ byte: UInt8) -> Bool { byte >= 0x80 && byte <= 0x9E && byte != 0x97 }

  /// `bytes`, all ASCII, with their capitals lowered.
  static func asciiLowered(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for index in 0..<bytes.count {
        let byte = bytes[index]
        buffer[index] = byte &- 65 < 26 ? byte | 0x20 : byte
      }
      return bytes.count
    }
  }

  /// `bytes` with their ASCII and Latin-1 capitals lowered (and every other byte as it is).
  static func lowered(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for index in 0..<bytes.count {
        let byte = bytes[index]
        buffer[index] =
          byte &- 65 < 26 || (index > 0 && bytes[index - 1] == 0xC3 && isLatin1Capital(byte)) ? byte &+ 32 : byte
      }
      return bytes.count
    }
  }
}
