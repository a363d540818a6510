/// The outward shape of a paragraph, measured in one pass: enough to tell a title or a section heading
/// from body text without reading it.
///
/// Example: "The world needs peace" is one line of 4 words, unpunctuated: a heading inside the body.
/// "Poll: Young Voters Desert Labour Party for Green Candidate." ends with a period but is
/// headline-cased with a "Poll:" kicker: a title when it opens the article.
struct BlockShape {
  /// The block has no line break (false, unexamined, for blocks above `maximumExaminedLength`).
  var isSingleLine = true
  /// Words: runs of letters or digits.
  var words = 0
  /// Length in Unicode scalars.
  var length = 0
  /// The last scalar before closing quotes and brackets is . , ; : ! ? or …
  var endsWithPunctuation = false
  /// Words that start with a capital, not counting the first word and short function words.
  var capitalizedWords = 0
  /// Words that could be capitalized in a headline, not counting the first word.
  var headlineWords = 0
  /// Sentence ends inside the block: . ! or ? followed by a space and a capital, "(" or a quote mark.
  var innerSentenceEnds = 0
  /// Starts with a short kicker ending in a colon or dash: "RPT:", "Poll:", "ANALYSIS -", "UPDATE 2-".
  var hasKicker = false
  /// Has "said", "told" or a weekday: the marks of a news report's first sentence ("Officials
  /// opened the port on Friday, the ministry said."), rare in headlines ("Senator Pell Says").
  var readsAsReport = false
  /// A colon with no space after it, as in a file name or a web address.
  var hasTightColon = false
  /// The first scalar.
  var first: Unicode.Scalar = " "

  /// "said", "told" and the weekdays, as ASCII keys.
  private static let reportWords = ASCIIKeyTable(
    keys: ["said", "told", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
      .map(
        [Unicode.Scalar].asciiKey))

  /// Words that stay lower-case in a headline ("Desert Labour Party for Green Candidate"), as
  /// lower-cased ASCII keys.
  private static let smallWords = ASCIIKeyTable(
    keys: [
      "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by",
      "with", "from",
      "as", "vs", "via", "per", "into", "over", "off", "up", "out", "if", "so", "than", "is",
    ].map([Unicode.Scalar].asciiKey))

  /// Blocks longer than this are body text whatever their shape; their words are not examined.
  static let maximumExaminedLength = 300

  init(_ s: [Unicode.Scalar], _ range: Range<Int>) {
    length = range.count
    guard !range.isEmpty else { return }
    first = s[range.lowerBound]
    endsWithPunctuation = Self.endsWithPunctuation(s, range)
    guard length <= BlockShape.maximumExaminedLength else {
      isSingleLine = false
      return
    }
    var i = range.lowerBound
    var kickerWindow = true
    while i < range.upperBound {
      let c = s[i]
      if c.isLineBreak { isSingleLine = false }
      if c.isWordCharacter {
        var j = i
        while j < range.upperBound
          && (s[j].isWordCharacter
            || ((s[j].value == 0x27 || s[j].value == 0x2019) && j + 1 < range.upperBound
              && s[j + 1].isLetter))
        {
          j += 1
        }
        words += 1
        let key = s.asciiKey(i..<j)
        if let key, BlockShape.reportWords.contains(key) { readsAsReport = true }
        if words > 1 && c.isLetter {
          let isSmall =
            j - i <= 4
            && s.asciiKey(i..<j, folding: true).map(BlockShape.smallWords.contains) == true
          if !isSmall {
            headlineWords += 1
            if c.isUppercaseLetter { capitalizedWords += 1 }
          }
        }
        i = j
        continue
      }
      if kickerWindow && words >= 1 && words <= 3 {
        // "Poll:" / "RPT: ANALYSIS -" / "UPDATE 2-"
        if c.value == 0x3A || (c.isDash && i + 1 < range.upperBound && s[i + 1].isInlineSpace) {
          hasKicker = true
        }
      }
      if words > 3 { kickerWindow = false }
      if c.value == 0x2E || c.value == 0x21 || c.value == 0x3F, i + 2 < range.upperBound,
        s[i + 1].isInlineSpace,
        s[i + 2].isUppercaseLetter || s[i + 2].value == 0x28 || s[i + 2].isQuoteMark
      {
        innerSentenceEnds += 1
      }
      // "File:Name.jpg", "http://…": a colon inside a word.
      if c.value == 0x3A, i > range.lowerBound, i + 1 < range.upperBound, !s[i + 1].isInlineSpace,
        s[i - 1].isLetter
      {
        hasTightColon = true
      }
      i += 1
    }
  }

  /// Whether the last scalar of a non-empty `range` before closing quotes and brackets is . , ; : ! ? or …,
  /// told without the rest of the shape.
  static func endsWithPunctuation(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    var k = range.upperBound - 1
    while k > range.lowerBound && (s[k].isQuoteMark || s[k].value == 0x29 || s[k].value == 0x5D) {
      k -= 1
    }
    return s[k].isClausePunctuation
  }

  /// Most words that could be capitalized are: "Norway's Fishing Quota Offer To EU Fair Deal".
  var isHeadlineCased: Bool {
    headlineWords >= 2 && capitalizedWords * 4 >= headlineWords * 3
  }

  /// A first line that reads as the article's title.
  ///
  /// A first line that reads as the article's title, when the paragraph after it is `nextLength`
  /// scalars long.
  ///
  /// One line of at most 30 words that starts with a letter or digit, and either carries no closing
  /// punctuation, or is headline-cased, or has a kicker, or is a short sentence (at most 16 words and
  /// two sentences, no "said", "told" or weekday, shorter than the next paragraph): titles like
  /// "Every 40 minutes, a hospital bed closes." end with a period too. A line that opens with a
  /// quote mark must be unpunctuated or headline-cased: otherwise it is more likely a quote that
  /// opens the story.
  func looksLikeTitle(nextLength: Int) -> Bool {
    guard isSingleLine, words >= 1, words <= 30, length <= 250, !hasTightColon else { return false }
    if first.isQuoteMark { return !endsWithPunctuation || isHeadlineCased }
    guard first.isWordCharacter else { return false }
    if !endsWithPunctuation || isHeadlineCased || hasKicker { return true }
    return words <= 16 && innerSentenceEnds <= 1 && !readsAsReport && nextLength > length
  }

  /// A line inside the body that reads as a section heading: one line of at most 12 words, starting
  /// with a letter or digit, without closing punctuation, sentence end or "word:word" inside.
  var looksLikeHeading: Bool {
    isSingleLine && words >= 1 && words <= 12 && length <= 100 && first.isWordCharacter
      && !endsWithPunctuation && innerSentenceEnds == 0 && !hasTightColon
  }
}
