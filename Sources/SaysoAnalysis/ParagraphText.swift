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

  init(_ paragraph: Paragraph, openFromPrevious: Bool) {
    index = paragraph.index
    role = paragraph.role
    scalars = Array(paragraph.text.unicodeScalars)
    tokens = Tokenizer.tokenize(scalars)
    quotes = QuoteScanner.scan(scalars, openFromPrevious: openFromPrevious)
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
    for i in tokens.indices {
      found.append(tokens[i].kind == .word && tokens[i].quote == nil ? CueFinder.compute(self, at: i) : nil)
    }
    cues = found
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
