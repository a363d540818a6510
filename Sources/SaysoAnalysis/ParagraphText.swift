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
  var cues: [Cue?] = []
  /// For the first token of each sentence, the first token of its content (past a dateline or dash).
  var contentStarts: [Int] = []
  /// Whether "according" occurs: most paragraphs skip that template.
  var hasAccording = false

  init(_ paragraph: Paragraph, openFromPrevious: Bool) {
    index = paragraph.index
    role = paragraph.role
    // one pass: the UTF-8 length bounds the scalar count, so no counting pass is needed
    var decoded: [Unicode.Scalar] = []
    decoded.reserveCapacity(paragraph.text.utf8.count)
    for c in paragraph.text.unicodeScalars { decoded.append(c) }
    scalars = decoded
    // markup is read as white space, so its attribute values are no quotes and its names no cues
    let tags = MarkupTags.ranges(in: decoded)
    let prose = tags.isEmpty ? decoded : MarkupTags.blanked(decoded, tags)
    tokens = Tokenizer.tokenize(prose)
    quotes = QuoteScanner.scan(prose, openFromPrevious: openFromPrevious)
    if !quotes.isEmpty {
      var q = 0
      for t in tokens.indices {
        let s = tokens[t].start
        while q < quotes.count && quotes[q].end <= s { q += 1 }
        if q < quotes.count && quotes[q].start <= s && s < quotes[q].end { tokens[t].quote = q }
      }
    }
    let sc = scalars
    let breaks = sc.indices.filter { sc[$0] == "\n" }
    sentences = SentenceSplitter.split(tokens, quotes: quotes, lineBreaks: breaks)
    var found: [Cue?] = []
    found.reserveCapacity(tokens.count)
    // a cue never reaches across a sentence boundary ("… called. For …"): every template may then rely
    // on its tokens lying inside the sentence it works on
    var sentenceOf = [Int](repeating: 0, count: tokens.count)
    for (n, sentence) in sentences.enumerated() {
      for t in sentence { sentenceOf[t] = n }
    }
    for i in tokens.indices {
      var cue = tokens[i].kind == .word && tokens[i].quote == nil ? CueFinder.compute(self, at: i) : nil
      if let c = cue, c.first < 0 || c.end > tokens.count || sentenceOf[c.first] != sentenceOf[c.end - 1] {
        cue = nil
      }
      found.append(cue)
    }
    cues = found
    var starts = [Int](repeating: 0, count: tokens.count + 1)
    for sentence in sentences where !sentence.isEmpty {
      starts[sentence.lowerBound] = Attributor.computeContentStart(self, sentence)
    }
    contentStarts = starts
    hasAccording = tokens.contains { $0.classes.contains(.according) }
  }

  /// The text between two scalar offsets.
  func text(_ a: Int, _ b: Int) -> String {
    ScalarString.make(scalars, a, b)
  }

  /// The text of tokens `r`, as it stands in the paragraph.
  func text(tokens r: Range<Int>) -> String {
    guard !r.isEmpty else { return "" }
    return text(tokens[r.lowerBound].start, tokens[r.upperBound - 1].end)
  }

  /// Whether the paragraph ends inside an unclosed double quote.
  var endsInsideQuote: Bool { quotes.last.map { $0.unclosed } ?? false }
}
