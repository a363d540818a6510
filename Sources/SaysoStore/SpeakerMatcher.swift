import GRDB

/// Tells whether a quote's or proposal's speaker is one the query names, comparing words as the index
/// does (ignoring case and diacritics, by stem): `speaker:keller` names "Maria Keller".
struct SpeakerMatcher {
  /// A term as the index's tokenizer reads it.
  private struct Words {
    var tokens: [String]
    var isPrefix: Bool
  }

  private let speakerTerms: [Words]
  private let plainTerms: [Words]
  private let tokenizer: any FTS5Tokenizer

  /// The matcher for the terms `query` looks for (excluded terms left out).
  init(query: Query, _ db: Database) throws {
    let tokenizer = try db.makeTokenizer(.porter(wrapping: .unicode61(diacritics: .remove)))
    var speaker: [Words] = []
    var plain: [Words] = []
    func collect(_ expression: Query.Expression) throws {
      switch expression {
      case .term(let term):
        let words = Words(tokens: try tokenizer.tokenize(query: term.text).map(\.token), isPrefix: term.isPrefix)
        guard !words.tokens.isEmpty else { return }
        switch term.field {
        case .speaker: speaker.append(words)
        case .any: plain.append(words)
        case .source: break
        }
      case .all(let parts), .any(let parts): try parts.forEach(collect)
      case .excluding(let positive, _): try collect(positive)
      }
    }
    try query.expression.map(collect)
    self.tokenizer = tokenizer
    speakerTerms = speaker
    plainTerms = plain
  }

  /// Whether the query has `speaker:` terms.
  var namesSpeakers: Bool { !speakerTerms.isEmpty }

  /// Whether `speaker` (a name, or "name · group") is named by a `speaker:` term, or with `unqualified`,
  /// by a plain term.
  func matches(speaker: String?, unqualified: Bool = false) -> Bool {
    guard let speaker, let tokens = try? tokenizer.tokenize(document: speaker).map(\.token) else { return false }
    let terms = unqualified ? plainTerms : speakerTerms
    return terms.contains { term in
      guard term.tokens.count <= tokens.count else { return false }
      return (0...(tokens.count - term.tokens.count)).contains { start in
        term.tokens.indices.allSatisfy { i in
          let token = tokens[start + i]
          let last = i == term.tokens.count - 1
          return last && term.isPrefix ? token.hasPrefix(term.tokens[i]) : token == term.tokens[i]
        }
      }
    }
  }
}
