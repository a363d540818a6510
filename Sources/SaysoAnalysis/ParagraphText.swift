import SaysoCore

/// A paragraph prepared for analysis: scalars, tokens, direct quote spans and sentences.
struct ParagraphText {
  var index: Int
  var role: ParagraphRole
  var scalars: [Unicode.Scalar]
  var tokens: [Token]
  var quotes: [QuoteSpan]
  var sentences: [Range<Int>]
  /// The reporting cue that starts at each token, if any.
  var cues = CueTable()
  /// For the first token of each sentence, the first token of its content (past a dateline or dash).
  var contentStarts = ContentStarts()
  /// Whether "according" occurs: most paragraphs skip that template.
  var hasAccording = false

  init(_ paragraph: Paragraph, openFromPrevious: Bool) {
    index = paragraph.index
    role = paragraph.role
    scalars = [Unicode.Scalar](decoding: paragraph.text)
    let decoded = scalars
    // markup is read as white space, so its attribute values are no quotes and its names no cues
    let tags = MarkupTags.ranges(in: decoded)
    let prose = tags.isEmpty ? decoded : MarkupTags.blanked(decoded, tags)
    tokens = Tokenizer.tokenize(prose)
    if role == .title { TitleCase.readAsSentenceCase(&tokens) }
    quotes = QuoteScanner.scan(prose, openFromPrevious: openFromPrevious)
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
    let paragraphScalars = scalars
    let breaks = paragraphScalars.indices.filter { paragraphScalars[$0] == "\n" || paragraphScalars[$0] == "\r" }
    sentences = SentenceSplitter.split(tokens, quotes: quotes, lineBreaks: breaks)
    var found = CueTable(count: tokens.count)
    // a cue never reaches across a sentence boundary ("… called. For …"): every template may then rely
    // on its tokens lying inside the sentence it works on
    var sentenceOf = [Int32](repeating: 0, count: tokens.count)
    for (sentenceIndex, sentence) in sentences.enumerated() {
      for tokenIndex in sentence { sentenceOf[tokenIndex] = Int32(sentenceIndex) }
    }
    for tokenIndex in tokens.indices {
      // (the word lists tell most words apart before any call: only a cue word can start a cue)
      var cue =
        tokens[tokenIndex].kind == .word && tokens[tokenIndex].quote == nil
          && tokens[tokenIndex].classes.contains(.cueWord)
        ? CueFinder.compute(self, at: tokenIndex) : nil
      if let candidate = cue,
        candidate.first < 0 || candidate.end > tokens.count
          || sentenceOf[candidate.first] != sentenceOf[candidate.end - 1]
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
    hasAccording = tokens.contains { $0.classes.contains(.according) }
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

  /// Whether the paragraph ends inside an unclosed double quote.
  var endsInsideQuote: Bool { quotes.last.map { $0.unclosed } ?? false }
}
