import SaysoCore

/// A paragraph prepared for analysis: scalars, tokens, direct quote spans and sentences.
///
/// A class, made once and never changed: every stage reads the paragraphs, and many helpers take one or
/// capture it in a closure (`first(where:)`, `allSatisfy`). A struct of eight arrays is copied each time,
/// eight retains and releases; a reference is one.
final class ParagraphText {
  let index: Int
  let role: ParagraphRole
  let scalars: [Unicode.Scalar]
  let tokens: [Token]
  /// The owner of the tokens' strings, which the tokens do not own.
  private let tokenStrings: TokenStringPool
  let quotes: [QuoteSpan]
  let sentences: [Range<Int>]
  /// The reporting cue that starts at each token, if any (found once the tokens and sentences are set:
  /// a cue is read on the paragraph itself).
  private(set) var cues = CueTable()
  /// For the first token of each sentence, the first token of its content (past a dateline or dash).
  private(set) var contentStarts = ContentStarts()
  /// Whether "according" occurs: most paragraphs skip that template.
  let hasAccording: Bool
  /// Whether an adverb of hearsay ("reportedly") occurs: most paragraphs skip that template too.
  let hasHearsayAdverb: Bool
  /// Where the dateline that opens the paragraph ends, as the article reader found it (`Paragraph.datelineEnd`).
  let datelineEnd: Int?

  init(_ paragraph: Paragraph, openFromPrevious: Bool) {
    index = paragraph.index
    role = paragraph.role
    datelineEnd = paragraph.datelineEnd
    // (the text is read once: each read of a field of the paragraph copied the paragraph)
    let text = paragraph.text
    let decoded = [Unicode.Scalar](decoding: text)
    scalars = decoded
    // markup is read as white space, so its attribute values are no quotes and its names no cues
    let tags = text.containsASCII(0x3C) ? MarkupTags.ranges(in: decoded) : []
    let prose = tags.isEmpty ? decoded : MarkupTags.blanked(decoded, tags)
    // (taken apart at once, so that the token array has one owner: a copy held in a tuple made every write below
    // copy the array)
    var (tokens, strings) = Tokenizer.tokenize(prose)
    tokenStrings = strings
    if role == .title { TitleCase.readAsSentenceCase(&tokens) }
    let quotes = QuoteScanner.scan(prose, openFromPrevious: openFromPrevious)
    if !quotes.isEmpty {
      var quote = 0
      for tokenIndex in tokens.indices {
        let start = tokens[tokenIndex].start
        while quote < quotes.count && quotes[quote].end <= start { quote += 1 }
        if quote < quotes.count && quotes[quote].start <= start && start < quotes[quote].end {
          tokens[tokenIndex].quote = quote
        }
      }
    }
    // (most paragraphs are one line: told before the breaks are gathered)
    let isOneLine = !text.containsASCII(0x0A, or: 0x0D)
    let breaks = isOneLine ? [] : decoded.indices.filter { decoded[$0] == "\n" || decoded[$0] == "\r" }
    sentences = SentenceSplitter.split(tokens, quotes: quotes, lineBreaks: breaks)
    self.tokens = tokens
    self.quotes = quotes
    // (the classes of all the tokens, gathered in one pass)
    let classes = tokens.reduce(into: WordClass()) { $0.formUnion($1.classes) }
    hasAccording = classes.contains(.according)
    hasHearsayAdverb = classes.contains(.hearsayAdverb)
    var found = CueTable(count: tokens.count)
    // a cue never reaches across a sentence boundary ("… called. For …"): every template may then rely
    // on its tokens lying inside the sentence it works on (the sentences cover the tokens in order, so
    // a token's is found by a binary search, asked only of the few cues)
    let ranges = self.sentences
    func sentenceOf(_ token: Int) -> Int { Self.partition(ranges.count) { ranges[$0].upperBound > token } }
    for tokenIndex in tokens.indices {
      // (the word lists tell most words apart before any call: only a cue word can start a cue)
      var cue =
        tokens[tokenIndex].kind == .word && tokens[tokenIndex].quote == nil
          && tokens[tokenIndex].classes.contains(.cueWord)
        ? CueFinder.compute(self, at: tokenIndex) : nil
      if let candidate = cue,
        candidate.first < 0 || candidate.end > tokens.count
          || sentenceOf(candidate.first) != sentenceOf(candidate.end - 1)
      {
        cue = nil
      }
      if let cue { found.set(cue, at: tokenIndex) }
    }
    cues = found
    var starts = ContentStarts(count: tokens.count + 1)
    for sentence in sentences where !sentence.isEmpty {
      starts[sentence.lowerBound] = Attributor.computeContentStart(self, sentence)
    }
    contentStarts = starts
  }

  /// The text between two scalar offsets.
  func text(_ start: Int, _ end: Int) -> String {
    ScalarString.make(scalars, start, end)
  }

  /// The text of tokens `r`, as it stands in the paragraph.
  func text(tokens range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    return text(tokens[range.lowerBound].start, tokens[range.upperBound - 1].end)
  }

  /// Whether the paragraph is a byline near the top: "By Jane Doe", "By Jane Doe and Ali Khan, Reuters".
  var isByline: Bool {
    index <= 4 && tokens.count >= 2 && tokens.count <= 14 && tokens[0].lower == "by" && tokens[1].isCapitalized
      && quotes.isEmpty
  }

  /// Whether the paragraph ends inside an unclosed quote (double marks, or a single mark that opens it).
  var endsInsideQuote: Bool { quotes.last.map { $0.unclosed } ?? false }
}
