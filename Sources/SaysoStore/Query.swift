import SaysoCore

/// A parsed search query: an expression over words and phrases, and filters that narrow every hit.
///
/// `QueryParser.parse(_:)` makes one from what the user typed, e.g.
/// `"peace talks" speaker:Putin -sanctions kind:quote date:2020-09`.
public struct Query: Sendable, Equatable, CustomStringConvertible {
  /// What the text must match, or nil when the query is only filters (e.g. `kind:proposal date:2020`).
  public var expression: Expression?
  /// Only these kinds of passage (`kind:quote|proposal`); nil: paragraphs, quotes and proposals.
  public var kinds: Set<PassageKind>?
  /// Only passages in paragraphs of these roles (`in:title`); nil: any.
  public var roles: Set<ParagraphRole>?
  /// Only articles dated in this range (`date:2020-09`, `date:2020-09-01..2020-10-15`); nil: any date.
  public var dates: DateRange?

  /// Which text of a passage a term is looked for in.
  public enum Field: String, Sendable, CaseIterable {
    /// The passage's text, or the name of the person behind a quote or proposal (no field given).
    case any
    /// The name of the person (or group) behind a quote or proposal: `speaker:Poast`.
    case speaker
    /// The outlet that published the article: `source:Sputnik`.
    case source
  }

  /// One word or phrase to look for, with where it stood in the query.
  public struct Term: Sendable, Equatable {
    /// The word or the phrase's words, as typed.
    public var text: String
    /// Whether it is an "exact phrase" (words in this order).
    public var isPhrase: Bool
    /// Whether it ends with `*`: any word starting with `text`.
    public var isPrefix: Bool
    /// Where to look for it.
    public var field: Field
    /// Where it stood in the query, in characters from 0.
    public var range: Range<Int>

    /// Makes a term.
    public init(text: String, isPhrase: Bool = false, isPrefix: Bool = false, field: Field = .any, range: Range<Int>) {
      self.text = text
      self.isPhrase = isPhrase
      self.isPrefix = isPrefix
      self.field = field
      self.range = range
    }
  }

  /// A boolean expression over terms.
  public indirect enum Expression: Sendable, Equatable {
    /// One word or phrase.
    case term(Term)
    /// Every expression matches (words side by side).
    case all([Expression])
    /// At least one matches (`OR`).
    case any([Expression])
    /// The first matches and none of the others do (`-word`).
    case excluding(Expression, [Expression])
  }

  /// The words looked for in the text, for highlighting (excluded words left out).
  public var highlightedTerms: [Term] {
    func collect(_ expression: Expression?) -> [Term] {
      switch expression {
      case nil: []
      case .term(let term): term.field == .any ? [term] : []
      case .all(let parts), .any(let parts): parts.flatMap(collect)
      case .excluding(let positive, _): collect(positive)
      }
    }
    return collect(expression)
  }

  /// The query written back in a canonical form, e.g. `(peace AND "talks now") NOT war kind:quote`.
  public var description: String {
    func text(_ expression: Expression) -> String {
      switch expression {
      case .term(let term):
        let body = term.isPhrase ? "\"\(term.text)\"" : term.text + (term.isPrefix ? "*" : "")
        return term.field == .any ? body : "\(term.field.rawValue):\(body)"
      case .all(let parts): return "(" + parts.map(text).joined(separator: " AND ") + ")"
      case .any(let parts): return "(" + parts.map(text).joined(separator: " OR ") + ")"
      case .excluding(let positive, let excluded):
        return "(" + text(positive) + excluded.map { " NOT " + text($0) }.joined() + ")"
      }
    }
    var parts = expression.map { [text($0)] } ?? []
    if let kinds { parts.append("kind:" + kinds.map(\.rawValue).sorted().joined(separator: "|")) }
    if let roles { parts.append("in:" + roles.map(\.rawValue).sorted().joined(separator: "|")) }
    if let dates { parts.append("date:\(dates)") }
    return parts.joined(separator: " ")
  }
}

/// An inclusive range of dates as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a month includes all its days).
public struct DateRange: Sendable, Equatable, CustomStringConvertible {
  /// The first date, or nil for no lower bound.
  public var from: String?
  /// The last date, or nil for no upper bound.
  public var through: String?

  /// Makes a range; bounds are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
  public init(from: String?, through: String?) {
    self.from = from
    self.through = through
  }

  /// Whether an article date (`YYYY-MM-DD`) falls in the range.
  public func contains(_ date: String) -> Bool {
    if let from, date < from { return false }
    if let through, date > through + "~" { return false }  // "~" sorts after digits: 2020-09 takes 2020-09-30
    return true
  }

  public var description: String {
    from == through ? (from ?? "") : "\(from ?? "")..\(through ?? "")"
  }
}
