import GRDB

/// The matched words of a paragraph too long for FTS5's `highlight()`, which copies its whole output
/// again at every match it marks: quadratic in the matches (a 5 MB paragraph of 75,000 quotes took 24 s
/// to search). Here each word of the text is folded and stemmed as the index does it, once per different
/// word, and marked when it is a stem the query looks for in the text (any word of a phrase, a stem a
/// prefix starts). Linear in the text.
struct LongParagraphMarks {
  /// Paragraphs longer than this (in UTF-8 bytes) are marked here, not by `highlight()`.
  static let threshold = 100_000

  private let stems: Set<String>
  private let prefixes: [String]
  private let tokenizer: any FTS5Tokenizer

  /// - Parameter tokenizer: the index's own tokenizer (`porter` over `unicode61`, diacritics removed).
  init(query: Query, tokenizer: any FTS5Tokenizer) throws {
    var stems: Set<String> = []
    var prefixes: [String] = []
    for term in query.highlightedTerms {
      let tokens = try tokenizer.tokenize(query: term.text).map(\.token)
      if term.isPrefix && !term.isPhrase {
        prefixes += tokens.suffix(1)
        stems.formUnion(tokens.dropLast())
      } else {
        stems.formUnion(tokens)
      }
    }
    self.stems = stems
    self.prefixes = prefixes
    self.tokenizer = tokenizer
  }

  /// `text` with its matched words between `Snippet.open` and `Snippet.close`, as `highlight()` gives it.
  func marked(_ text: String) throws -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 64)
    var word = ""
    var known: [String: Bool] = [:]
    func append(_ scalar: Unicode.Scalar) { out.append(contentsOf: String(scalar).utf8) }
    func flush() throws {
      guard !word.isEmpty else { return }
      let matches: Bool
      if let seen = known[word] {
        matches = seen
      } else {
        let stem = try tokenizer.tokenize(query: word).first?.token ?? ""
        matches = !stem.isEmpty && (stems.contains(stem) || prefixes.contains { stem.hasPrefix($0) })
        known[word] = matches
      }
      if matches { append(Snippet.open) }
      out.append(contentsOf: word.utf8)
      if matches { append(Snippet.close) }
      word = ""
    }
    for scalar in text.unicodeScalars {
      if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        word.unicodeScalars.append(scalar)
      } else {
        try flush()
        if scalar.isASCII { out.append(UInt8(scalar.value)) } else { append(scalar) }
      }
    }
    try flush()
    return String(decoding: out, as: UTF8.self)
  }
}
