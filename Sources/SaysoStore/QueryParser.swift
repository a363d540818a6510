import Foundation
import SaysoCore

/// Reads the search syntax into a `Query`.
///
/// - words: all must match (`peace talks`); `OR` between alternatives (`peace OR truce`), binding
///   looser than the words side by side; parentheses group (`(peace OR truce) talks`);
/// - `"exact phrase"`, `-excluded` (a word, phrase or group), `prefix*`;
/// - fields: `speaker:Poast` and `source:Sputnik` (a word, prefix or phrase), and filters that narrow the
///   whole query: `kind:quote|proposal` (or paragraph), `in:title` (heading, body, dateline),
///   `date:2020-09`, `date:2020-09-01..2020-10-15` (either end may be left open).
///
/// Matching ignores case and diacritics and compares stems ("propose" finds "proposed"), as the index
/// does. A malformed query throws `SaysoStoreError.malformedQuery` saying what is wrong and where. Limits keep every query fast and the parser's recursion shallow: parentheses nest at most
/// `maximumDepth` deep, a query holds at most `maximumTerms` different words and phrases, and a phrase at
/// most `maximumPhraseWords` words. A term given again in the same group is folded into the first
/// (`trump trump` is `trump`; `a OR b OR a` is `a OR b`), comparing without regard to case or accents.
public enum QueryParser {
  /// How deep parentheses may nest. FTS5's own parser refuses a little over 24 levels of the
  /// expression sayso gives it, so deeper queries are refused here, with a message.
  public static let maximumDepth = 16
  /// How many different words and phrases a query may hold (each costs a lookup per matching row).
  public static let maximumTerms = 128
  /// How many words a phrase may hold (each is matched against every position of every word before it).
  public static let maximumPhraseWords = 64

  /// Parses `text` into a query.
  ///
  /// - Throws: `SaysoStoreError.malformedQuery` naming the problem and its position.
  public static func parse(_ text: String) throws(SaysoStoreError) -> Query {
    var parser = Parser(tokens: try Lexer.tokens(of: Array(text)))
    return try parser.parseQuery()
  }
}

/// One piece of a query.
private struct Token {
  enum Kind: Equatable {
    case open, close, or, minus
    case word(String)
    case phrase(String)
    /// `name:value`; `valueIsPhrase` when the value was quoted.
    case field(name: String, value: String, valueIsPhrase: Bool, valueStart: Int)
  }

  var kind: Kind
  var range: Range<Int>
}

/// Splits a query into tokens.
private enum Lexer {
  static func tokens(of s: [Character]) throws(SaysoStoreError) -> [Token] {
    var tokens: [Token] = []
    var i = 0
    func isBoundary(_ c: Character) -> Bool { c.isWhitespace || c == "(" || c == ")" || c == "\"" }
    while i < s.count {
      let c = s[i]
      if c.isWhitespace {
        i += 1
      } else if c == "(" {
        tokens.append(Token(kind: .open, range: i..<i + 1))
        i += 1
      } else if c == ")" {
        tokens.append(Token(kind: .close, range: i..<i + 1))
        i += 1
      } else if c == "\"" {
        let (text, end) = try phrase(s, from: i)
        tokens.append(Token(kind: .phrase(text), range: i..<end))
        i = end
      } else if c == "-" && (tokens.isEmpty || i == 0 || s[i - 1].isWhitespace || s[i - 1] == "(") {
        guard i + 1 < s.count, !s[i + 1].isWhitespace, s[i + 1] != ")" else {
          throw SaysoStoreError.malformedQuery(.danglingMinus, position: i)
        }
        tokens.append(Token(kind: .minus, range: i..<i + 1))
        i += 1
      } else {
        let start = i
        while i < s.count && !isBoundary(s[i]) { i += 1 }
        let word = String(s[start..<i])
        if word == "OR" {
          tokens.append(Token(kind: .or, range: start..<i))
          continue
        }
        if let colon = word.firstIndex(of: ":"), colon != word.startIndex,
          word[..<colon].allSatisfy({ $0.isLetter })
        {
          let name = String(word[..<colon]).lowercased()
          let nameLength = word.distance(from: word.startIndex, to: colon)
          var value = String(word[word.index(after: colon)...])
          var isPhrase = false
          let valueStart = start + nameLength + 1
          if value.isEmpty && i < s.count && s[i] == "\"" {
            let (text, end) = try phrase(s, from: i)
            value = text
            isPhrase = true
            i = end
          }
          tokens.append(
            Token(
              kind: .field(name: name, value: value, valueIsPhrase: isPhrase, valueStart: valueStart), range: start..<i)
          )
          continue
        }
        tokens.append(Token(kind: .word(word), range: start..<i))
      }
    }
    return tokens
  }

  /// The text of the phrase whose opening quote is at `start`, and the position after its closing quote.
  private static func phrase(_ s: [Character], from start: Int) throws(SaysoStoreError) -> (String, Int) {
    var end = start + 1
    while end < s.count && s[end] != "\"" { end += 1 }
    guard end < s.count else { throw SaysoStoreError.malformedQuery(.unclosedPhrase, position: start) }
    return (String(s[start + 1..<end]), end + 1)
  }
}

/// A recursive-descent parser over the tokens.
private struct Parser {
  var tokens: [Token]
  var next = 0
  var kinds: Set<PassageKind>?
  var roles: Set<ParagraphRole>?
  var dates: DateRange?
  /// Where the first filter stood, to report it when the query turns out to have a top-level OR.
  var firstFilter: (name: String, position: Int)?
  /// The different terms met so far (`key(of:)`), to enforce `QueryParser.maximumTerms`.
  var distinctTerms: Set<String> = []

  init(tokens: [Token]) {
    self.tokens = tokens
  }

  mutating func parseQuery() throws(SaysoStoreError) -> Query {
    let expression = try parseOr(depth: 0)
    if next < tokens.count {
      // Only a ")" can stop the top level early.
      throw SaysoStoreError.malformedQuery(.unmatchedParenthesis, position: tokens[next].range.lowerBound)
    }
    if expression == nil && kinds == nil && roles == nil && dates == nil {
      throw SaysoStoreError.malformedQuery(.empty, position: 0)
    }
    return Query(expression: expression, kinds: kinds, roles: roles, dates: dates)
  }

  /// Alternatives separated by OR.
  mutating func parseOr(depth: Int) throws(SaysoStoreError) -> Query.Expression? {
    var alternatives: [Query.Expression] = []
    var sawOr = false
    while true {
      let start = next
      let group = try parseAnd(depth: depth)
      if next < tokens.count, tokens[next].kind == .or {
        guard let group else {
          throw SaysoStoreError.malformedQuery(.danglingOr, position: tokens[next].range.lowerBound)
        }
        alternatives.append(group)
        sawOr = true
        next += 1
        continue
      }
      if let group {
        alternatives.append(group)
      } else if sawOr {
        let position = start > 0 ? tokens[start - 1].range.lowerBound : 0
        throw SaysoStoreError.malformedQuery(.danglingOr, position: position)
      }
      break
    }
    if sawOr, depth == 0, let firstFilter {
      throw SaysoStoreError.malformedQuery(.filterNotAtTop(field: firstFilter.name), position: firstFilter.position)
    }
    alternatives = Self.folded(alternatives)
    if alternatives.isEmpty { return nil }
    return alternatives.count == 1 ? alternatives[0] : .any(alternatives)
  }

  /// Terms side by side, some excluded; stops at OR, ")" or the end.
  mutating func parseAnd(depth: Int) throws(SaysoStoreError) -> Query.Expression? {
    var positives: [Query.Expression] = []
    var negatives: [Query.Expression] = []
    var firstNegative: Int?
    while next < tokens.count {
      let token = tokens[next]
      switch token.kind {
      case .or, .close:
        return try combine(positives, negatives, firstNegative)
      case .minus:
        next += 1
        let excluded = try parsePrimary(depth: depth, excluded: true)
        firstNegative = firstNegative ?? token.range.lowerBound
        if let excluded { negatives.append(excluded) }
      default:
        if let expression = try parsePrimary(depth: depth, excluded: false) { positives.append(expression) }
      }
    }
    return try combine(positives, negatives, firstNegative)
  }

  private func combine(
    _ positives: [Query.Expression], _ negatives: [Query.Expression], _ firstNegative: Int?
  ) throws(SaysoStoreError) -> Query.Expression? {
    let positives = Self.folded(positives)
    let negatives = Self.folded(negatives)
    if positives.isEmpty {
      if let firstNegative { throw SaysoStoreError.malformedQuery(.onlyExclusions, position: firstNegative) }
      return nil
    }
    let positive = positives.count == 1 ? positives[0] : .all(positives)
    return negatives.isEmpty ? positive : .excluding(positive, negatives)
  }

  /// A word, phrase, field or parenthesised group; nil for a filter (recorded on the parser).
  mutating func parsePrimary(depth: Int, excluded: Bool) throws(SaysoStoreError) -> Query.Expression? {
    let token = tokens[next]
    next += 1
    switch token.kind {
    case .open:
      // Checked before going down, so that no query can take the recursion deeper than the limit.
      guard depth < QueryParser.maximumDepth else {
        throw SaysoStoreError.malformedQuery(
          .tooDeep(limit: QueryParser.maximumDepth), position: token.range.lowerBound)
      }
      if next < tokens.count, tokens[next].kind == .close {
        throw SaysoStoreError.malformedQuery(.emptyParentheses, position: token.range.lowerBound)
      }
      let inner = try parseOr(depth: depth + 1)
      guard next < tokens.count, tokens[next].kind == .close else {
        throw SaysoStoreError.malformedQuery(.unclosedParenthesis, position: token.range.lowerBound)
      }
      next += 1
      guard let inner else { throw SaysoStoreError.malformedQuery(.emptyParentheses, position: token.range.lowerBound) }
      return inner
    case .word(let word):
      return try counted(.term(try Self.term(word, field: .any, range: token.range)))
    case .phrase(let text):
      return try counted(.term(try Self.phrase(text, field: .any, range: token.range)))
    case .field(let name, let value, let valueIsPhrase, let valueStart):
      let valueRange = valueStart..<token.range.upperBound
      switch name {
      case "speaker", "source":
        guard !value.isEmpty else {
          throw SaysoStoreError.malformedQuery(.missingValue(field: name), position: token.range.lowerBound)
        }
        let field: Query.Field = name == "speaker" ? .speaker : .source
        let term =
          valueIsPhrase
          ? try Self.phrase(value, field: field, range: valueRange)
          : try Self.term(value, field: field, range: valueRange)
        return try counted(
          .term(
            Query.Term(
              text: term.text, isPhrase: term.isPhrase, isPrefix: term.isPrefix, field: field, range: token.range)))
      case "kind", "in", "date":
        try filter(
          name, value: value, at: token.range.lowerBound, valueAt: valueStart, depth: depth, excluded: excluded)
        return nil
      default:
        throw SaysoStoreError.malformedQuery(.unknownField(name), position: token.range.lowerBound)
      }
    case .close:
      throw SaysoStoreError.malformedQuery(.unmatchedParenthesis, position: token.range.lowerBound)
    case .or:
      throw SaysoStoreError.malformedQuery(.danglingOr, position: token.range.lowerBound)
    case .minus:
      throw SaysoStoreError.malformedQuery(.danglingMinus, position: token.range.lowerBound)
    }
  }

  /// `term`, after counting it among the query's different terms.
  ///
  /// - Throws: `.tooManyTerms` when it is one more than `QueryParser.maximumTerms`.
  mutating func counted(_ term: Query.Expression) throws(SaysoStoreError) -> Query.Expression {
    guard case .term(let one) = term else { return term }
    if distinctTerms.insert(Self.key(of: term)).inserted, distinctTerms.count > QueryParser.maximumTerms {
      throw SaysoStoreError.malformedQuery(
        .tooManyTerms(limit: QueryParser.maximumTerms), position: one.range.lowerBound)
    }
    return term
  }

  /// `expressions` without those that repeat an earlier one (`key(of:)`), in their order.
  static func folded(_ expressions: [Query.Expression]) -> [Query.Expression] {
    guard expressions.count > 1 else { return expressions }
    var seen: Set<String> = []
    return expressions.filter { seen.insert(key(of: $0)).inserted }
  }

  /// What an expression searches for, the same for two that match the same passages: terms compared
  /// without regard to case or accents (as the index compares them), their place in the query left out.
  static func key(of expression: Query.Expression) -> String {
    switch expression {
    case .term(let term):
      let text = QueryParser.foldedText(term.text)
      return "\(term.field.rawValue):\(term.isPhrase ? "\"" : "")\(term.isPrefix ? "*" : "") \(text)"
    case .all(let parts): return "(&" + parts.map(key).joined(separator: "\u{0}") + ")"
    case .any(let parts): return "(|" + parts.map(key).joined(separator: "\u{0}") + ")"
    case .excluding(let positive, let excluded):
      return "(-" + key(of: positive) + "\u{0}" + excluded.map(key).joined(separator: "\u{0}") + ")"
    }
  }

  /// Records a `kind:`, `in:` or `date:` filter.
  mutating func filter(
    _ name: String, value: String, at position: Int, valueAt valuePosition: Int, depth: Int, excluded: Bool
  ) throws(SaysoStoreError) {
    guard depth == 0, !excluded else {
      throw SaysoStoreError.malformedQuery(.filterNotAtTop(field: name), position: position)
    }
    guard !value.isEmpty else { throw SaysoStoreError.malformedQuery(.missingValue(field: name), position: position) }
    firstFilter = firstFilter ?? (name, position)
    switch name {
    case "kind":
      guard kinds == nil else { throw SaysoStoreError.malformedQuery(.repeatedFilter(field: name), position: position) }
      kinds = try Self.alternatives(value, at: valuePosition, invalid: .invalidKind(value))
    case "in":
      guard roles == nil else { throw SaysoStoreError.malformedQuery(.repeatedFilter(field: name), position: position) }
      roles = try Self.alternatives(value, at: valuePosition, invalid: .invalidRole(value))
    default:
      guard dates == nil else { throw SaysoStoreError.malformedQuery(.repeatedFilter(field: name), position: position) }
      dates = try Self.dateRange(value, at: valuePosition)
    }
  }

  /// The values of `kind:quote|proposal` or `in:title|heading`, any case; one that is not a value of
  /// `Value` is the `invalid` problem.
  static func alternatives<Value: RawRepresentable<String> & Hashable>(
    _ value: String, at position: Int, invalid: QueryProblem
  ) throws(SaysoStoreError) -> Set<Value> {
    var set: Set<Value> = []
    for part in value.split(separator: "|", omittingEmptySubsequences: false) {
      guard let one = Value(rawValue: part.lowercased()) else { throw .malformedQuery(invalid, position: position) }
      set.insert(one)
    }
    return set
  }

  /// A word term: `propos*` is a prefix; a `*` anywhere else, or a word with nothing to search for, is an error.
  static func term(_ word: String, field: Query.Field, range: Range<Int>) throws(SaysoStoreError) -> Query.Term {
    var text = word
    var isPrefix = false
    if text.hasSuffix("*") {
      text.removeLast()
      isPrefix = true
    }
    if text.isEmpty || text.contains("*") {
      throw SaysoStoreError.malformedQuery(.misplacedStar, position: range.lowerBound)
    }
    guard text.contains(where: { $0.isLetter || $0.isNumber }) else {
      throw SaysoStoreError.malformedQuery(.nothingToSearch(word), position: range.lowerBound)
    }
    return Query.Term(text: text, isPrefix: isPrefix, field: field, range: range)
  }

  /// A phrase term.
  static func phrase(_ text: String, field: Query.Field, range: Range<Int>) throws(SaysoStoreError) -> Query.Term {
    guard text.contains(where: { $0.isLetter || $0.isNumber }) else {
      if text.allSatisfy(\.isWhitespace) {
        throw SaysoStoreError.malformedQuery(.emptyPhrase, position: range.lowerBound)
      }
      throw SaysoStoreError.malformedQuery(.nothingToSearch(text), position: range.lowerBound)
    }
    let words = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).count
    guard words <= QueryParser.maximumPhraseWords else {
      throw SaysoStoreError.malformedQuery(
        .phraseTooLong(limit: QueryParser.maximumPhraseWords), position: range.lowerBound)
    }
    return Query.Term(text: text, isPhrase: true, field: field, range: range)
  }

  /// `YYYY[-MM[-DD]]`, or a range `FROM..TO` with either end open.
  static func dateRange(_ value: String, at position: Int) throws(SaysoStoreError) -> DateRange {
    let parts = value.components(separatedBy: "..")
    guard parts.count <= 2 else { throw SaysoStoreError.malformedQuery(.invalidDate(value), position: position) }
    func date(_ text: String) throws(SaysoStoreError) -> String? {
      if text.isEmpty && parts.count == 2 { return nil }
      let fields = text.split(separator: "-", omittingEmptySubsequences: false)
      let lengths = [4, 2, 2]
      guard (1...3).contains(fields.count),
        zip(fields, lengths).allSatisfy({ $0.count == $1 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
      else { throw SaysoStoreError.malformedQuery(.invalidDate(value), position: position) }
      if fields.count >= 2, !(1...12).contains(Int(fields[1])!) {
        throw SaysoStoreError.malformedQuery(.invalidDate(value), position: position)
      }
      if fields.count == 3, !(1...31).contains(Int(fields[2])!) {
        throw SaysoStoreError.malformedQuery(.invalidDate(value), position: position)
      }
      return text
    }
    let from = try date(parts[0])
    let through = parts.count == 2 ? try date(parts[1]) : from
    if from == nil && through == nil { throw SaysoStoreError.malformedQuery(.invalidDate(value), position: position) }
    if let from, let through, from > through + "~" {
      throw SaysoStoreError.malformedQuery(.reversedDates(value), position: position)
    }
    return DateRange(from: from, through: through)
  }
}

extension QueryParser {
  /// `text` without case or accents. ASCII text is only lower-cased, on its bytes: Foundation's folding,
  /// which gives the same, bridges through NSString (a search with no match: 12.0 M -> 11.8 M
  /// instructions; most of the first use's cost, the runtime's conformance look-ups, moves elsewhere).
  static func foldedText(_ text: String) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
    return ArticleRows.lowercased(text)
  }
}
