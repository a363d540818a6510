import SaysoCore

/// The honorifics that open a name ("Mr. Podesta", "Baroness Hale"): what they say of the person, and the
/// name without them.
extension EntityRegistry {
  /// The name without honorifics and possessive: "Mr. Podesta" → "Podesta".
  static func canonical(_ name: String) -> String {
    // most names need nothing done
    // (read on the UTF-8 bytes in place, which a name's scalars cost several times more to decode: "’" is
    // E2 80 99, and a scalar starts at each byte that does not go on with one)
    var plain = true
    var firstWordLength = 0
    // (an ASCII first word without a carriage return has a character a byte, and is cut on its bytes)
    var firstWordIsASCII = true
    var text = name
    text.withUTF8 { bytes in
      var inFirstWord = true
      for index in bytes.indices {
        let byte = bytes[index]
        // (and a line break or a tab inside a name wrapped over two lines: "Marco\nRubio")
        if byte == 0x27 || byte == 0x2E || byte == 0x2C || byte == 0x0A || byte == 0x0D || byte == 0x09
          || (byte == 0x99 && index >= 2 && bytes[index - 2] == 0xE2 && bytes[index - 1] == 0x80)
        {
          plain = false
          return
        }
        if byte == 0x20 {
          inFirstWord = false
        } else if inFirstWord {
          if byte & 0xC0 != 0x80 { firstWordLength += 1 }
          if byte >= 0x80 || byte == 0x0D { firstWordIsASCII = false }
        }
      }
    }
    // (honorifics are read in the word lists' table, which hashes a word more cheaply than a Set does; an ASCII
    // first word, by its key among the short honorifics' keys, with no string made)
    if plain && firstWordLength > 4 { return name }
    if plain && firstWordIsASCII {
      if !shortHonorificKeys.contains(asciiKey(lowerCasing: name.utf8.prefix(firstWordLength))) { return name }
    } else if plain {
      let firstWord = String(name.prefix(firstWordLength))
      if !WordClass.of(firstWord.lowercasedQuickly()).contains(.honorific) { return name }
    }
    var words = name.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    while let first = words.first, words.count > 1,
      WordClass.of(first.lowercasedQuickly().trimmingCharacters(in: ".")).contains(.honorific)
    {
      words.removeFirst()
    }
    if var last = words.last {
      for suffix in ["’s", "'s"] where last.hasSuffix(suffix) { last = String(last.dropLast(2)) }
      words[words.count - 1] = last
    }
    return words.joined(separator: " ").trimmingCharacters(in: ",.")
  }

  /// The keys (`asciiKey(lowerCasing:)`) of the honorifics of four ASCII bytes at most, none a capital: "mr",
  /// "dame" (a listed word with a capital is no lower-cased word's).
  static let shortHonorificKeys: [UInt64] = Lexicon.honorifics.filter { word in
    word.utf8.count <= 4 && word.utf8.allSatisfy { $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }
  }.map { asciiKey(lowerCasing: $0.utf8) }

  /// A key of at most seven ASCII bytes, lower-cased: the bytes one after another, then the count.
  static func asciiKey(lowerCasing bytes: some Sequence<UInt8>) -> UInt64 {
    var key: UInt64 = 0
    var count: UInt64 = 0
    for byte in bytes {
      key = key << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      count += 1
    }
    return key << 8 | count
  }

  /// The first word of a name of two words or more, without the dot of an abbreviation: "Mr" of "Mr. Hadi".
  static func leadingWord(_ name: String) -> Substring? {
    // (the space is found on the bytes in place: the UTF-8 view's search is not specialised)
    var text = name
    guard let offset = text.withUTF8({ $0.firstIndex(of: 0x20) }) else { return nil }
    let first = name[..<name.utf8.index(name.utf8.startIndex, offsetBy: offset)]
    // (told on the bytes when the dot and the letter before it are ASCII, each then a character of its own:
    // finding the last character tests grapheme breaks)
    let utf8 = first.utf8
    guard utf8.last == 0x2E else { return first }
    let dot = utf8.index(before: utf8.endIndex)
    if dot == utf8.startIndex || utf8[utf8.index(before: dot)] < 0x80 { return first[..<dot] }
    return first.last == "." ? first.dropLast() : first
  }

  /// Whether the name opens with an honorific: "Mr. Hadi", "Dr Ruiz".
  static func hasHonorific(_ name: String) -> Bool {
    guard let first = leadingWord(name) else { return false }
    // (ASCII letters are counted as bytes: a carriage return is the only ASCII byte that joins another
    // into one character)
    let isPlainASCII = first.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    let length = isPlainASCII ? first.utf8.count : first.count
    return length <= 4 && WordClass.of(first.lowercasedQuickly()).contains(.honorific)
  }

  /// The gender the honorific opening a name's words says ("Mr. Smith", "Baroness Hale"); nil for none.
  static func honorificGender(_ name: String) -> WorldKnowledge.Gender? {
    guard let first = leadingWord(name), let lead = first.utf8.first, first.utf8.count <= 8 else { return nil }
    // (an ASCII letter before an ASCII byte is a character of its own, upper case from "A" to "Z")
    let second = first.utf8.dropFirst().first ?? 0
    let isCapital = lead < 0x80 && second < 0x80 ? lead >= 0x41 && lead <= 0x5A : first.first?.isUppercase == true
    guard isCapital else { return nil }
    return Lexicon.honorificGenders[first.lowercasedQuickly()]
  }
}
