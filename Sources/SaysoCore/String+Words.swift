extension String {
  /// The space-separated words, exactly as `split(separator: " ")` gives them, cut on the UTF-8 bytes:
  /// the Character split tests a grapheme break at every letter, which made it one of the analysis's
  /// costliest calls. A space before a combining mark is no separator in a Character split, so text
  /// with a space before a non-ASCII scalar is split as Characters, unless the scalar is a letter of
  /// U+00C0 to U+02FF (UTF-8 lead bytes C3 to CB: "Álvarez", "Ødegaard"), which never combines.
  public var spaceSeparatedWords: [Substring] {
    var text = self
    // the spaces, or nil when one comes before a non-ASCII byte
    let spaces: Int? = text.withUTF8 { bytes in
      var spaces = 0
      for index in 0..<bytes.count where bytes[index] == 0x20 {
        if index + 1 < bytes.count && bytes[index + 1] >= 0x80 && !(0xC3...0xCB).contains(bytes[index + 1]) {
          return nil
        }
        spaces += 1
      }
      return spaces
    }
    guard let spaces else { return split(separator: " ") }
    guard spaces > 0 else { return text.isEmpty ? [] : [text[...]] }
    var words: [Substring] = []
    words.reserveCapacity(spaces + 1)
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == 0x20 {
        if start != index { words.append(text[start..<index]) }
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    if start != utf8.endIndex { words.append(text[start..<utf8.endIndex]) }
    return words
  }
}
