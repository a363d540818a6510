/// A role as the People view lists it: the words of the article's phrase without what only tied it to the
/// name or the sentence, and without what ran on past it.
///
/// | the article's words | the role |
/// |---|---|
/// | "the mayor of London", "a fire service spokesman" | "mayor of London", "fire service spokesman" |
/// | "of the World Food Programme" ("Ann Vey of the …") | "World Food Programme" |
/// | "a tweet on Friday by US Secretary of Energy" | "US Secretary of Energy" |
/// | "a student using the nickname", "a Toronto lawyer representing Ferris" | "student", "Toronto lawyer" |
/// | "a former editor of the journal to explain this decision" | "former editor of the journal" |
/// | "the Director-General of the" | "Director-General" |
enum RoleText {
  /// The role's words, tidied as above; nil when no word of a role is left.
  static func tidied(_ role: String) -> String? {
    // (a role comes with many mentions: read on its bytes, with no copies, and most are whole)
    if !mayNeedTidying(role) { return role }
    var role = role
    let kept: Range<Int>? = role.withUTF8 { bytes in
      // (room for the most words the bytes can hold: growing the array from empty allocates it again and again)
      var words: [Range<Int>] = []
      words.reserveCapacity((bytes.count + 1) / 2)
      var wordStart = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
        if index > wordStart { words.append(wordStart..<index) }
        wordStart = index + 1
      }
      var first = words.startIndex
      var end = words.endIndex
      // the author of a document the role names: "a tweet on Friday by US Secretary of Energy"
      if end - first >= 3, isOne(of: determinerBytes, bytes, words[first]),
        isOne(of: documentNounBytes, bytes, words[first + 1]),
        let by = ((first + 2)..<(end - 1)).last(where: { isExactly(of: authorPrepositionBytes, bytes, words[$0]) })
      {
        first = by + 1
      }
      if let cut = cut(bytes, words, first, end) { end = cut }
      dropArticles(bytes, words, &first, end)
      if end - first >= 2, isOne(of: affiliationBytes, bytes, words[first]) {
        first += 1
        dropArticles(bytes, words, &first, end)
      }
      while end > first, isOne(of: closerBytes, bytes, words[end - 1]) { end -= 1 }
      return end > first ? words[first].lowerBound..<words[end - 1].upperBound : nil
    }
    guard let kept else { return nil }
    if kept == 0..<role.utf8.count { return role }
    return role.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[kept]), as: UTF8.self) }
  }

  /// The role with each title's abbreviation written as the word it stands for, capitalised as the abbreviation
  /// was (`Lexicon.titleAbbreviations`): "Vermont Sen." → "Vermont Senator", "Lt. Gov" → "Lieutenant Governor".
  static func spelledOut(_ role: String) -> String {
    // (most roles hold no abbreviation: the ASCII keys of their short words are told first, with no string made)
    var bytes = role
    guard bytes.withUTF8({ mayHoldAbbreviation($0) }) else { return role }
    let words = role.split(separator: " ", omittingEmptySubsequences: false)
    return words.indices.map { index -> String in
      let word = words[index]
      // (or a title only after another: "Det Con" is "Detective Constable")
      guard
        let full = abbreviation(of: word)
          ?? (index > 0 ? Lexicon.titlesAfterTitle[letters(of: word).lowercasedQuickly()] : nil).flatMap({ entry in
            entry.after.contains(letters(of: words[index - 1]).lowercasedQuickly()) ? entry.standsFor : nil
          })
      else { return String(word) }
      let capitalised =
        word.first?.isUppercase == true
        ? full.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") : full
      return capitalised + (word.last == "," ? "," : "")
    }.joined(separator: " ")
  }

  /// Whether a word of `bytes` (between spaces, without a dot and a comma after it) is, in lower case, an
  /// abbreviation of `Lexicon.titleAbbreviations` or `Lexicon.titlesAfterTitle`.
  static func mayHoldAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var start = 0
    for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
      defer { start = index + 1 }
      var end = index
      if end > start && bytes[end - 1] == 0x2C { end -= 1 }  // ","
      if end > start && bytes[end - 1] == 0x2E { end -= 1 }  // "."
      if (2...5).contains(end - start),
        abbreviationKeys.contains(EntityRegistry.asciiKey(lowerCasing: bytes[start..<end]))
      {
        return true
      }
    }
    return false
  }

  /// The keys (`EntityRegistry.asciiKey(lowerCasing:)`) of the abbreviations `spelledOut` spells out.
  static let abbreviationKeys: Set<UInt64> = {
    var keys = Set(Lexicon.titleAbbreviations.keys.map { EntityRegistry.asciiKey(lowerCasing: $0.utf8) })
    Lexicon.titlesAfterTitle.forEachEntry { key, _ in keys.insert(EntityRegistry.asciiKey(lowerCasing: key)) }
    return keys
  }()

  /// The word a title's abbreviation ("Sen", "Sen.", "Sen.,") stands for, or nil for any other word.
  private static func abbreviation(of word: Substring) -> String? {
    let letters = letters(of: word)
    guard (2...5).contains(letters.count), letters.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
    return Lexicon.titleAbbreviations[letters.lowercasedQuickly()]
  }

  /// A word without the comma and the dot after it: "Sen" of "Sen.,".
  private static func letters(of word: Substring) -> Substring {
    var letters = word
    if letters.last == "," { letters = letters.dropLast() }
    if letters.last == "." { letters = letters.dropLast() }
    return letters
  }

  /// Moves `first` past the articles before a role's words (a capitalised "The" before one word is the
  /// name's own: "The Ledger").
  static func dropArticles(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>], _ first: inout Int, _ end: Int) {
    while end - first >= 2, isOne(of: determinerBytes, bytes, words[first]),
      end - first >= 3 || bytes[words[first].lowerBound] != 0x54  // "The"
    {
      first += 1
    }
  }

  /// Where the noun phrase of words `first..<end` ends and a clause on it begins: a relative word ("… who
  /// had reviewed the file"), a participle with its object ("… using the nickname"), or a purpose
  /// ("… to explain this").
  static func cut(_ bytes: UnsafeBufferPointer<UInt8>, _ words: [Range<Int>], _ first: Int, _ end: Int) -> Int? {
    guard end - first >= 3 else { return nil }
    for index in (first + 1)..<end {
      let word = words[index]
      if isExactly(of: EntityRegistry.Entity.relativeWordBytes, bytes, word) { return index }
      guard index - first >= 2, index + 1 < end, isLowerCase(bytes, word) else { continue }
      let next = words[index + 1]
      let nextOpensObject = (0x41...0x5A).contains(bytes[next.lowerBound]) || isOne(of: objectOpenerBytes, bytes, next)
      if isExactly(of: toBytes, bytes, word), !nextOpensObject, isLowerCase(bytes, next) { return index }
      let previous = words[index - 1]
      if word.count >= 5, endsWithIng(bytes, word), !endsWithIng(bytes, previous), nextOpensObject,
        isLowerCase(bytes, previous), !isOne(of: objectOpenerBytes, bytes, previous)
      {
        return index
      }
    }
    return nil
  }

  /// Whether a word is in lower-case ASCII letters (and hyphens): "using", "co-owner".
  static func isLowerCase(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    word.allSatisfy { (0x61...0x7A).contains(bytes[$0]) || bytes[$0] == 0x2D }
  }

  /// Whether a word ends in "ing" (as the word is written).
  static func endsWithIng(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    word.count >= 3 && bytes[word.upperBound - 3] == 0x69 && bytes[word.upperBound - 2] == 0x6E
      && bytes[word.upperBound - 1] == 0x67
  }

  /// Whether the bytes of `word` are exactly those of one of `words`.
  static func isExactly(of words: [[UInt8]], _ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    words.contains { $0.elementsEqual(bytes[word]) }
  }

  /// Whether `tidied` may change the role: it opens with an article or a preposition, ends with a word of
  /// a phrase cut short, or holds a relative word, "to" or a word in "-ing" where a clause may start.
  /// False only when `tidied` returns the role as it is.
  static func mayNeedTidying(_ role: String) -> Bool {
    var role = role
    return role.withUTF8 { bytes in
      var wordStart = 0
      var wordIndex = 0
      var lastWord = 0..<0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
        defer { wordStart = index + 1 }
        guard index > wordStart else { continue }
        let word = wordStart..<index
        if wordIndex == 0, isOne(of: openerBytes, bytes, word) { return true }
        if wordIndex >= 1, isOne(of: clauseOpenerBytes, bytes, word) { return true }
        if wordIndex >= 2, word.count >= 5, bytes[index - 3] | 0x20 == 0x69, bytes[index - 2] | 0x20 == 0x6E,
          bytes[index - 1] | 0x20 == 0x67
        {
          return true  // "-ing"
        }
        lastWord = word
        wordIndex += 1
      }
      return wordIndex == 0 || isOne(of: closerBytes, bytes, lastWord)
    }
  }

  /// Whether the bytes of `word` are, ASCII case aside, those of one of `words`.
  static func isOne(of words: [[UInt8]], _ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
    words.contains { candidate in
      candidate.count == word.count
        && candidate.indices.allSatisfy { candidate[$0] == (bytes[word.lowerBound + $0] | 0x20) }
    }
  }

  static let openerBytes = openers.map { Array($0.utf8) }
  static let closerBytes = closers.map { Array($0.utf8) }
  static let determinerBytes = determiners.map { Array($0.utf8) }
  static let affiliationBytes = affiliations.map { Array($0.utf8) }
  static let toBytes = [Array("to".utf8)]
  static let authorPrepositionBytes = [Array("by".utf8), Array("from".utf8)]
  static let documentNounBytes = SpeakerPhraseParser.documentNouns.map { Array($0.utf8) }
  /// Words that open a verb's object after a participle or "to": "using the nickname".
  static let objectOpenerBytes = Lexicon.determiners.map { Array($0.utf8) }
  /// Words where a clause on the role may begin (`cut`).
  static let clauseOpenerBytes = EntityRegistry.Entity.relativeWords.union(["to"]).map { Array($0.utf8) }

  /// Articles before a role's noun, and the possessives that stand for a body named before ("Its area
  /// director, Mark Heal, said"): "the", "a", "an", "its", "their".
  static let determiners: Set<String> = ["the", "a", "an", "its", "their"]
  /// Prepositions that tie a body to the name before it: "Ann Vey of the World Food Programme".
  static let affiliations: Set<String> = ["of", "at", "from"]
  /// The words a role may open with that are not its own.
  static let openers = determiners.union(affiliations)
  /// Words a role cannot end with: what is left of a phrase cut short ("the Director-General of the"), and
  /// the participle that gives the name ("a university student named").
  static let closers: Set<String> = [
    "of", "the", "a", "an", "and", "or", "for", "at", "to", "in", "on", "with", "from", "by",
    "named", "called", "nicknamed", "dubbed",
  ]
}
