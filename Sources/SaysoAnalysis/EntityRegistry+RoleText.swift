import SaysoCore

/// The text of a person's roles: whether one says another more fully, and the noun phrase a given role comes to.
extension EntityRegistry.Entity {
  /// Whether the role `fuller` says `role` with more words: the same, words before it ("EastEnders actor"), or
  /// the body it is of, at or for after it ("chief of the Harbour First Nation"). Both lower-cased.
  static func saysMoreFully(_ fuller: String, _ role: String) -> Bool {
    if fuller == role || fuller.hasSuffix(" " + role) { return true }
    // (the body after it, read on the bytes with no copy: a role comes with every mention of a person)
    guard fuller.utf8.count > role.utf8.count + 4, fuller.hasPrefix(role) else { return false }
    let rest = fuller.utf8.dropFirst(role.utf8.count)
    return rest.starts(with: " of ".utf8) || rest.starts(with: " at ".utf8) || rest.starts(with: " for ".utf8)
  }

  /// Words that open a clause, never a role: "when asked whether …", "he described the delays as …".
  static let clauseOpeners: WordSet = [
    "when", "while", "whilst", "as", "after", "before", "because", "if", "although", "though", "since",
    "he", "she", "they", "it", "we", "i", "and", "or", "but",
  ]

  static let relativeWords: Set<String> = ["who", "whom", "whose", "which", "that"]
  /// The UTF-8 of `relativeWords`, which a role's words are compared with in place.
  static let relativeWordBytes = relativeWords.map { Array($0.utf8) }

  /// A role as the noun phrase it should be, cut at a semicolon; nil when its words are a clause: it opens
  /// with a clause word or a pronoun, or a name in it acts ("the Queen opened the session", "Judge
  /// Omar Reyes issued an order against"; not "the Ohio Democrat elected in 2014").
  static func nounPhrase(_ role: String) -> String? {
    // (read on the bytes, with no copies: a role comes with every mention of a person)
    var bytes = role
    guard let cut = bytes.withUTF8({ clauseCut($0) }) else { return role }
    let kept = String(decoding: role.utf8.prefix(cut), as: UTF8.self).trimmingCharacters(in: " ,")
    return kept.isEmpty ? nil : kept
  }

  /// Where a role's bytes must be cut: at a semicolon, or at the comma before a part that is a clause
  /// (the parts before it stay: "United Kingdom Prime Minister, the Queen opened …"); the end when
  /// only spaces or commas at an end need trimming; nil when the role is whole.
  static func clauseCut(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let count = bytes.count
    var partStart = 0
    while true {
      var end = partStart
      while end < count && bytes[end] != 0x2C && bytes[end] != 0x3B { end += 1 }
      if isClause(bytes, partStart..<end) { return max(partStart - 1, 0) }
      if end == count {
        let trims: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x2C }
        return count > 0 && (trims(bytes[0]) || trims(bytes[count - 1])) ? count : nil
      }
      if bytes[end] == 0x3B { return end }
      partStart = end + 1
    }
  }

  /// Whether a part of a role is a clause: a clause word or a pronoun first, or a name that acts before
  /// any relative word.
  static func isClause(_ bytes: UnsafeBufferPointer<UInt8>, _ part: Range<Int>) -> Bool {
    // the words, as byte ranges between spaces (room for the most the part can hold, as in `asciiWords`)
    var words: [Range<Int>] = []
    words.reserveCapacity((part.count + 1) / 2)
    var index = part.lowerBound
    while index < part.upperBound {
      while index < part.upperBound && bytes[index] == 0x20 { index += 1 }
      let start = index
      while index < part.upperBound && bytes[index] != 0x20 { index += 1 }
      if index > start { words.append(start..<index) }
    }
    guard let first = words.first else { return false }
    func text(_ word: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[word]), as: UTF8.self)
    }
    if first.count <= 8, clauseOpeners.contains(text(first).lowercasedQuickly()) { return true }
    // (a word's string is made only when it may be a verb: most words are none)
    for position in words.indices.dropFirst() where position + 1 < words.count {
      let word = words[position]
      // (a relative clause may act: "a Rudd rival whom Tate fired as finance director")
      if relativeWordBytes.contains(where: { $0.elementsEqual(bytes[word]) }) { return false }
      let previous = words[position - 1]
      let previousFirst = bytes[previous.lowerBound]
      let capitalised =
        previousFirst < 0x80 ? (0x41...0x5A).contains(previousFirst) : text(previous).first?.isUppercase == true
      guard capitalised,
        !(previous.count >= 2 && bytes[previous.upperBound - 2] == 0x6C && bytes[previous.upperBound - 1] == 0x79)
      else { continue }
      let wordText = text(word)
      guard wordText.allSatisfy(\.isLowercase),
        (wordText.count > 4 && wordText.hasSuffix("ed")) || Lexicon.irregularPasts.contains(wordText)
      else { continue }
      if !Lexicon.prepositions.contains(text(words[position + 1])) { return true }
    }
    return false
  }

  /// A role without the full stop of the sentence it ends ("CEO of the Nurses' Association of Ontario."),
  /// but with the dot of a short abbreviation ("of Acme Co.").
  static func withoutFullStop(_ role: String) -> String {
    guard role.hasSuffix("."), role.lastWord.count > 3 else { return role }
    // (the last character is the dot, one byte)
    return String(decoding: role.utf8.dropLast(), as: UTF8.self)
  }
}
