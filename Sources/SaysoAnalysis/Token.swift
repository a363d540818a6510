/// A word or a punctuation mark of a paragraph, with its Unicode scalar offsets in the paragraph.
///
/// Kept compact, since a paragraph holds one per word and mark (a 5 MB paragraph has over a million):
/// offsets and the quote index are 32-bit (a file is at most 20 MB), and the kind and the yes/no facts
/// share one byte, and the text and its lower case are one shared reference (`TokenStrings`). The properties
/// read as plain `Int`, `Int?`, `Kind` and `Bool`. 32 bytes a token (it was 80, then 56);
/// `TokenLayoutTests` holds it there. The strings are not owned (`TokenStringPool` owns them), so a token
/// is plain data: copied and freed without reference counting.
struct Token: Sendable {
  enum Kind: UInt8, Sendable { case word, number, punct }

  /// The text and its lower case, shared with the other tokens of the same word; alive as long as the
  /// `TokenStringPool` the token was made with (or for ever: a mark's). Unmanaged, and read in place: a
  /// reference loaded from an `unowned(unsafe)` property is retained and released around each use.
  private let stringsReference: Unmanaged<TokenStrings>
  var strings: TokenStrings { stringsReference.takeUnretainedValue() }
  var text: String { stringsReference._withUnsafeGuaranteedRef { $0.text } }
  var lower: String { stringsReference._withUnsafeGuaranteedRef { $0.lower } }
  /// The word lists this word (without a possessive) belongs to.
  /// (no default value: one made an empty set and released it for every token, before the initialiser set it)
  var classes: WordClass
  /// The first scalar: punctuation is compared by scalar, which is much faster than by String.
  var scalar: Unicode.Scalar
  private var startOffset: Int32
  private var endOffset: Int32
  /// The quote index, or -1 outside quotes.
  private var quoteIndex: Int32 = -1
  /// The kind in bits 0–1, then `isCapitalized`, `isPossessive`, `endsWithDot`.
  private var flags: UInt8

  private static let capitalizedFlag: UInt8 = 1 << 2
  private static let possessiveFlag: UInt8 = 1 << 3
  private static let dotFlag: UInt8 = 1 << 4

  var start: Int {
    get { Int(startOffset) }
    set { startOffset = Int32(newValue) }
  }
  var end: Int {
    get { Int(endOffset) }
    set { endOffset = Int32(newValue) }
  }
  var kind: Kind { Kind(rawValue: flags & 3).unsafelyUnwrapped }
  /// Whether the first letter is upper case ("Putin", "U.S.", "IMF"), or the word is a family name that
  /// opens with a particle ("al-Eryani").
  var isCapitalized: Bool {
    get { flags & Self.capitalizedFlag != 0 }
    set { flags = newValue ? flags | Self.capitalizedFlag : flags & ~Self.capitalizedFlag }
  }
  /// A weekday, a month or a word of time: "Friday", "March", "night", "weeks", "yesterday" (not "Today").
  var isTimeWord: Bool {
    !classes.isDisjoint(with: [.weekday, .month, .timeUnit]) || (classes.contains(.relativeDay) && !isCapitalized)
  }
  /// The word ends in a possessive "’s" / "'s".
  var isPossessive: Bool { flags & Self.possessiveFlag != 0 }
  /// The word ends with a dot: an initialism such as "U.S.".
  var endsWithDot: Bool {
    get { flags & Self.dotFlag != 0 }
    set { flags = newValue ? flags | Self.dotFlag : flags & ~Self.dotFlag }
  }
  /// Index of the direct quote span that contains this token, if any.
  var quote: Int? {
    get { quoteIndex < 0 ? nil : Int(quoteIndex) }
    set { quoteIndex = newValue.map { Int32($0) } ?? -1 }
  }
  /// The word without a possessive ending: "Putin’s" → "Putin".
  var stem: String { isPossessive ? String(text.unicodeScalars.dropLast(2)) : text }
  /// `stem`, lower-cased.
  var stemLower: String { isPossessive ? String(lower.unicodeScalars.dropLast(2)) : lower }

  init(
    start: Int, end: Int, strings: TokenStrings, kind: Kind, isCapitalized: Bool,
    scalar: Unicode.Scalar? = nil, possessiveCandidate: Bool = true, endsWithDot: Bool = false
  ) {
    self.startOffset = Int32(start)
    self.endOffset = Int32(end)
    self.stringsReference = Unmanaged.passUnretained(strings)
    let text = strings.text
    let lower = strings.lower
    self.scalar = scalar ?? text.unicodeScalars.first ?? " "
    var possessive = false
    if kind == .word, end - start > 2, possessiveCandidate {
      let scalars = text.unicodeScalars
      let last = scalars[scalars.index(before: scalars.endIndex)]
      let beforeLast = scalars[scalars.index(scalars.endIndex, offsetBy: -2)]
      possessive =
        (last == "s" || last == "S") && (beforeLast == "’" || beforeLast == "'")
        && !Token.contractionStems.contains(String(lower.unicodeScalars.dropLast(2)))
    }
    self.flags =
      kind.rawValue | (isCapitalized ? Self.capitalizedFlag : 0) | (possessive ? Self.possessiveFlag : 0)
      | (endsWithDot ? Self.dotFlag : 0)
    self.classes =
      kind == .word ? WordClass.of(possessive ? String(lower.unicodeScalars.dropLast(2)) : lower) : WordClass(rawValue: 0)
  }

  /// A word or number whose strings, classes and possessive ending were computed before, by the initialiser
  /// above, for the same letters (`WordCache`).
  @inline(__always) init(
    start: Int, end: Int, cached entry: UnsafePointer<WordCache.Entry>, kind: Kind, isCapitalized: Bool,
    scalar: Unicode.Scalar, endsWithDot: Bool
  ) {
    self.startOffset = Int32(start)
    self.endOffset = Int32(end)
    self.stringsReference = entry.pointee.strings
    self.scalar = scalar
    self.classes = entry.pointee.classes
    self.flags =
      kind.rawValue | (isCapitalized ? Self.capitalizedFlag : 0)
      | (entry.pointee.isPossessive ? Self.possessiveFlag : 0) | (endsWithDot ? Self.dotFlag : 0)
  }

  var isWord: Bool { kind != .punct }

  /// Whether the text is one character ("R", "J."'s "J"): told by its first two bytes when they are ASCII
  /// (two ASCII characters are two, but for a carriage return and a line feed), where counting the
  /// characters applies Unicode's rules of grapheme clusters.
  var isOneCharacter: Bool {
    var bytes = text.utf8.makeIterator()
    guard let first = bytes.next() else { return false }
    guard let second = bytes.next() else { return true }
    if first < 0x80 && second < 0x80 && !(first == 0x0D && second == 0x0A) { return false }
    return text.count == 1
  }

  /// A legislator's party and state as American news writes them after a name: "D-N.Y.", "R-S.C.",
  /// "I-Vt." (a label, no name).
  var isPartyLabel: Bool {
    guard scalar == "D" || scalar == "R" || scalar == "I", kind == .word else { return false }
    var scalars = text.unicodeScalars.makeIterator()
    _ = scalars.next()
    guard scalars.next() == "-", let letter = scalars.next() else { return false }
    return letter.properties.isUppercase
  }

  /// Whether `lower` itself is a word of the lists `wordClass` stands for. The classes are those of the
  /// word without its possessive, and no list holds a possessive ("minister’s"), so a possessive is in
  /// none; nor does any list hold a number or a mark, which get no classes.
  @inline(__always) func isListedAsWritten(_ wordClass: WordClass) -> Bool {
    !isPossessive && classes.contains(wordClass)
  }

  /// Words whose "’s" is "is" or "has": "he’s claiming", "it’s".
  static let contractionStems: WordSet = [
    "he", "she", "it", "that", "there", "here", "what", "who", "where", "when", "how", "let",
  ]
}
