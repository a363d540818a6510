/// Splits a paragraph into words and punctuation.
///
/// Words keep inner apostrophes and hyphens ("don't", "al-Assad", "Putin’s") and initialisms keep
/// their dots ("U.S.", "U.N."); every other non-space scalar is a token of its own.
enum Tokenizer {
  /// Paragraphs longer than this (in scalars) count their tokens before making them, so the token array
  /// is allocated once at its size: growing a million-token array by doubling holds three times its
  /// size for a moment. Shorter paragraphs guess (a token per four scalars, which news text seldom
  /// exceeds: a guess of one per five made most wire paragraphs grow once) and grow, which is cheaper.
  static let exactCountThreshold = 1 << 16

  /// The tokens of `scalars`, and the pool that owns their strings: the tokens are valid as long as it
  /// lives (the thread's word cache keeps it too, until it starts another).
  static func tokenize(_ scalars: [Unicode.Scalar]) -> (tokens: [Token], strings: TokenStringPool) {
    var tokens: [Token] = []
    tokens.reserveCapacity(scalars.count > exactCountThreshold ? count(scalars) : scalars.count / 4)
    let cache = WordCache.forThisThread()
    let pool = cache.poolForParagraph()
    // (the scalars are read through one buffer: no index check or reference count at each read)
    scalars.withUnsafeBufferPointer { buffer in
      var index = 0
      while let span = nextSpan(buffer, from: index) {
        tokens.append(
          span.isWordLike
            ? word(scalars, buffer, span.start, span.end, cache: cache, pool: pool)
            : punctuation(buffer[span.start], at: span.start, pool: pool))
        // a family name that opens with a particle is a name: "al-Eryani", "el-Sisi", "bin-Salman"
        if span.end - span.start > 4, buffer[span.start + 2] == "-" || buffer[span.start + 3] == "-",
          opensWithNameParticle(scalars, span.start, span.end)
        {
          tokens[tokens.count - 1].isCapitalized = true
        }
        index = span.end
      }
    }
    return (tokens, pool)
  }

  /// Particles that open an Arabic family name with a hyphen.
  static let hyphenParticles: WordSet = [
    "al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "bin", "ibn", "abu",
  ]

  /// Whether `scalars[start..<end]` is a particle in lower case, a hyphen and a capitalised name: "al-Eryani".
  static func opensWithNameParticle(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard scalars[start].properties.isLowercase,
      let hyphen = (start..<min(end, start + 4)).first(where: { scalars[$0] == "-" }), hyphen > start,
      hyphen + 2 < end, scalars[hyphen + 1].properties.isUppercase
    else { return false }
    return hyphenParticles.contains(String(String.UnicodeScalarView(scalars[start..<hyphen])))
  }

  /// How many tokens `tokenize` makes of `scalars`.
  static func count(_ scalars: [Unicode.Scalar]) -> Int {
    scalars.withUnsafeBufferPointer { buffer in
      var total = 0
      var index = 0
      while let span = nextSpan(buffer, from: index) {
        total += 1
        index = span.end
      }
      return total
    }
  }

  /// The next token's scalar range at or after `index`, and whether it is a word or number (else one
  /// punctuation scalar); nil when only white space is left.
  @inline(__always)
  static func nextSpan(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from index: Int) -> (start: Int, end: Int, isWordLike: Bool)? {
    var index = index
    let count = scalars.count
    while index < count {
      let scalar = scalars[index]
      // (the invisible marks of direction and width too: "— \u{200D}Aparna Garg")
      if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
        || (!scalar.isASCII && (isNonASCIIWhiteSpace(scalar) || QuoteScanner.isSpace(scalar)))
      {
        index += 1
        continue
      }
      guard isLetterOrDigit(scalar) else { return (index, index + 1, false) }
      let start = index
      var end = index + 1
      while end < count {
        let next = scalars[end]
        if isLetterOrDigit(next) {
          end += 1
        } else if (next == "'" || next == "’" || next == "-" || next == "‑") && end + 1 < count
          && isLetterOrDigit(scalars[end + 1])
        {
          end += 2
        } else if next == "–" && end + 1 < count && scalars[start].properties.isUppercase
          && scalars[end + 1].properties.isUppercase
        {
          end += 2  // an en dash joining two names ("Harvard–Smithsonian"), not a dash ("leadership–specifically")
        } else if next == "." && end + 1 < count && isLetterOrDigit(scalars[end + 1])
          && (end - start == 1 || (end - start >= 3 && scalars[end - 2] == "-"))
        {
          // Initialisms: U.S., U.N., D.C.; after a party's letter and a hyphen: "D-N.Y.", "R-S.C."
          end += 2
        } else if next == "." && end - start == 2 && end + 2 < count && scalars[end + 2] == "."
          && (65...90).contains(scalars[start].value) && (97...122).contains(scalars[start + 1].value)
          && (65...90).contains(scalars[end + 1].value)
        {
          // a degree whose first part has two letters: "Ph.D.", "Ed.D." (else "Ph." ends a sentence)
          end += 2
        } else if next == "." && end + 1 < count && isLetterOrDigit(scalars[end + 1]) && end >= start + 3
          && scalars[end - 2] == "." && (end + 2 >= count || !isLetterOrDigit(scalars[end + 2]))
        {
          // …of three letters or more: F.B.I., U.S.A.
          end += 2
        } else if next == "." && end >= start + 3 && scalars[end - 2] == "." && end - 1 >= start
          && isLetterOrDigit(scalars[end - 1]) && !isDigit(scalars[end - 1])
        {
          // the closing dot of an initialism: "U.S." (but not "etc.", nor a decimal's full stop: "measured 6.1.")
          end += 1
          break
        } else if next == "," && end + 1 < count && isDigit(scalars[end + 1]) && isDigit(scalars[end - 1]) {
          end += 2  // 1,000
        } else if next == "." && end + 1 < count && isDigit(scalars[end + 1]) && isDigit(scalars[end - 1]) {
          end += 2  // 1.5
        } else {
          break
        }
      }
      return (start, end, true)
    }
    return nil
  }

  /// The word or number token of `scalars[start..<end]`, from `cache` when it holds the word.
  @inline(__always)
  static func word(
    _ scalars: [Unicode.Scalar], _ buffer: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int, _ end: Int,
    cache: WordCache, pool: TokenStringPool
  ) -> Token {
    // one pass tells the plain ASCII words, which of them hold capitals, and packs the letters of a short
    // one into the cache's key: most words are lower-case ASCII already, and share the text as their lower
    // case (past 16 letters the key is not used)
    var isASCII = true
    var hasCapital = false
    var low: UInt64 = 0
    var high: UInt64 = 0
    // (the first eight letters go into `low`, the next eight into `high`)
    var shift: UInt64 = 0
    for position in start..<end {
      let value = buffer[position].value
      if value >= 0x80 {
        isASCII = false
        break
      }
      if value &- 65 < 26 { hasCapital = true }
      if shift < 64 { low |= UInt64(value) << shift } else { high |= UInt64(value) << (shift & 63) }
      shift &+= 8
    }
    let cacheable = isASCII && end - start <= WordCache.maximumLength
    if cacheable, let entry = cache.entry(low, high) {
      // (an ASCII word: its first letter is told by its code)
      let first = buffer[start]
      return Token(
        start: start, end: end, cached: entry, kind: first.value >= 48 && first.value <= 57 ? .number : .word,
        isCapitalized: first.value >= 65 && first.value <= 90, scalar: first, endsWithDot: buffer[end - 1] == ".")
    }
    let token = uncachedWord(scalars, start, end, isASCII: isASCII, hasCapital: hasCapital, pool: pool)
    if cacheable {
      cache.keep(
        WordCache.Entry(
          strings: .passUnretained(token.strings), classes: token.classes, isPossessive: token.isPossessive),
        low, high)
    }
    return token
  }

  /// `word` of a word the cache does not hold: its strings made (and kept by `pool`), its classes looked up.
  @inline(never)
  static func uncachedWord(
    _ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, isASCII: Bool, hasCapital: Bool, pool: TokenStringPool
  ) -> Token {
    let first = scalars[start]
    let isNumber = first.isASCII ? (first.value >= 48 && first.value <= 57) : first.properties.numericType != nil
    let text = ScalarString.make(scalars, start, end)
    // (a function word in capitals is an acronym, which keeps its capitals: "WHO said" is the organisation's)
    let lower =
      !isASCII ? text.lowercasedQuickly()
      : hasCapital && !isAcronymOfFunctionWord(scalars, start, end) ? ScalarString.asciiLowercased(scalars, start, end)
      : text
    let candidate =
      end - start > 2 && (scalars[end - 1] == "s" || scalars[end - 1] == "S")
      && (scalars[end - 2] == "’" || scalars[end - 2] == "'")
    return Token(
      start: start, end: end, strings: pool.keep(TokenStrings(text, lower: lower)), kind: isNumber ? .number : .word,
      isCapitalized: first.isASCII ? (first.value >= 65 && first.value <= 90) : first.properties.isUppercase,
      scalar: first, possessiveCandidate: candidate, endsWithDot: scalars[end - 1] == ".")
  }

  /// Function words that, written in capitals, are an acronym: "WHO", "IT".
  static let functionWordAcronyms: Set<String> = ["who", "it"]

  /// Whether the ASCII word from `start` to `end` is one of `functionWordAcronyms` in capitals.
  static func isAcronymOfFunctionWord(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    guard end - start >= 2, end - start <= 3, scalars[start..<end].allSatisfy({ $0.value &- 65 < 26 }) else {
      return false
    }
    return functionWordAcronyms.contains(ScalarString.asciiLowercased(scalars, start, end))
  }

  /// The punctuation token of one scalar (its strings kept by `pool` unless they are one of the marks made
  /// once).
  @inline(__always)
  static func punctuation(_ scalar: Unicode.Scalar, at index: Int, pool: TokenStringPool) -> Token {
    let value = Int(scalar.value)
    let strings =
      value < 0x80
      ? asciiMarks[value]
      : value >= 0x2000 && value < 0x2070
        ? generalPunctuationMarks[value - 0x2000] : pool.keep(TokenStrings(String(Character(scalar))))
    return Token(
      start: index, end: index + 1, strings: strings, kind: .punct, isCapitalized: false, scalar: scalar,
      possessiveCandidate: false)
  }

  /// The strings of each ASCII scalar and of each scalar of General Punctuation (curly quotes, dashes),
  /// made once: most marks are one of these.
  static let asciiMarks: [TokenStrings] = (0..<0x80).map {
    TokenStrings(String(Character(Unicode.Scalar(UInt8($0)))))
  }
  static let generalPunctuationMarks: [TokenStrings] = (0x2000..<0x2070).map {
    TokenStrings(String(Character(Unicode.Scalar(UInt32($0)).unsafelyUnwrapped)))
  }

  /// Whether a scalar past ASCII has Unicode's White_Space property (`properties.isWhitespace`, whose
  /// look-up costs some 300 instructions, and is asked of every curly quote that opens a token): the list is
  /// stable, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F, U+205F and U+3000.
  @inline(__always) static func isNonASCIIWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x2000 { return value == 0x85 || value == 0xA0 || value == 0x1680 }
    return value <= 0x200A || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F
      || value == 0x3000
  }

  @inline(__always) static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }

  @inline(__always) static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    if scalar.isASCII {
      // (a bit a code: the digits in the word of codes below 64, the letters in the other)
      let value = UInt64(scalar.value)
      let digits: UInt64 = 0x03FF_0000_0000_0000
      let letters: UInt64 = 0x07FF_FFFE_07FF_FFFE
      return value < 64 ? digits >> value & 1 != 0 : letters >> (value - 64) & 1 != 0
    }
    let value = scalar.value
    // General Punctuation (curly quotes, dashes, ellipsis) and Latin-1 symbols are never letters
    if (value >= 0x2000 && value <= 0x206F) || (value >= 0x80 && value <= 0xBF) { return false }
    if value >= 0xC0 && value <= 0x24F { return value != 0xD7 && value != 0xF7 }  // Latin letters with diacritics
    let properties = scalar.properties
    return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
      || properties.generalCategory == .spacingMark
  }
}
