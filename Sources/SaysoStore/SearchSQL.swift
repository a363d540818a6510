import Foundation
import GRDB
import SaysoCore

/// Turns a `Query` into an FTS5 match expression (and, rarely, SQL conditions), quoting every word so
/// that no user text is ever read as FTS5 syntax.
///
/// Words become FTS5 strings (`"propose"`), prefixes `"propos" *`, phrases `"peace talks"`; a plain
/// term looks in the passage text and the speaker's name (`{text speaker} : "putin"`), `speaker:` and
/// `source:` in their own column; groups are parenthesised, `-x` becomes `NOT`.
///
/// Filters are terms of the `facets` column, so FTS5 narrows the matches before ranking them and no
/// join is needed: `kind:quote` is `facets : "quote"`, `in:title` is `facets : "title"`, and a date
/// range is the fewest year, month and day tokens that cover it (`date:2020-09-25..2020-12` is
/// `facets : ("d20200925" OR … OR "d20200930" OR "m202010" OR "m202011" OR "m202012")`). Only a date
/// range open at one end becomes an SQL condition on the passage's date.
struct SearchSQL {
  /// The FTS5 MATCH expression, or nil for a query that is only an open date range.
  var match: String?
  /// Conditions on `passage` (aliased `p`), joined with AND, and their arguments.
  var conditions: [String]
  /// The values of the conditions' placeholders, in order (all text).
  var values: [String]
  /// `values` as statement arguments.
  var arguments: StatementArguments { StatementArguments(values) }

  /// The SQL for `query`; the plain terms in `textOnly` are asked for in every column (see
  /// `FieldTerms`).
  init(_ query: Query, textOnly: [Query.Term] = []) {
    var parts = query.expression.map { [Self.match($0, textOnly: textOnly)] } ?? []
    conditions = []
    values = []
    if let kinds = query.kinds {
      parts.append(Self.facets(kinds.map(\.rawValue)))
    } else if query.expression == nil {
      // Every indexed row is a paragraph: a query of filters only needs something to match.
      parts.append(Self.facets([PassageKind.paragraph.rawValue]))
    }
    if let roles = query.roles { parts.append(Self.facets(roles.map(\.rawValue))) }
    if let dates = query.dates {
      if let tokens = Self.dateTokens(dates) {
        parts.append(Self.facets(tokens))
      } else {
        if let from = dates.from {
          conditions.append("p.date >= ?")
          values.append(from)
        }
        if let through = dates.through {
          conditions.append("p.date <= ?")
          values.append(through + "~")
        }
      }
    }
    match = parts.isEmpty ? nil : parts.joined(separator: " AND ")
  }

  /// `facets : ("a" OR "b")`.
  static func facets(_ tokens: [String]) -> String {
    "facets : (" + tokens.sorted().map(quoted).joined(separator: " OR ") + ")"
  }

  /// The facet tokens of a paragraph holding claims of `kinds` (with `.paragraph` itself), of `role`, in
  /// an article dated `date` (`YYYY-MM-DD`, or nil): e.g. `paragraph quote body y2020 m202009 d20200930`.
  static func facetText(kinds: [PassageKind], role: String, date: String?) -> String {
    // Made on bytes: this runs once per paragraph indexed, and joined strings and substrings cost some
    // 9,000 instructions a paragraph.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(64)
    for kind in kinds {
      bytes.append(contentsOf: kind.rawValue.utf8)
      bytes.append(0x20)
    }
    if kinds.isEmpty { bytes.append(0x20) }  // (as joined: an empty list, then " " and the role)
    bytes.append(contentsOf: role.utf8)
    if let date, date.count == 10 {
      let digits = date.utf8.filter { $0 != UInt8(ascii: "-") }
      for (mark, length) in [(UInt8(ascii: "y"), 4), (UInt8(ascii: "m"), 6), (UInt8(ascii: "d"), digits.count)] {
        bytes.append(0x20)
        bytes.append(mark)
        bytes.append(contentsOf: digits.prefix(length))
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The fewest year, month and day tokens covering `range`, or nil when it is open at an end or spans
  /// too many (more than 400 tokens).
  static func dateTokens(_ range: DateRange) -> [String]? {
    guard let fromText = range.from, let throughText = range.through else { return nil }
    func parts(_ text: String) -> [Int] { text.split(separator: "-").compactMap { Int($0) } }
    let from = parts(fromText)
    let through = parts(throughText)
    guard !from.isEmpty, !through.isEmpty, through[0] - from[0] <= 200 else { return nil }
    // Inclusive bounds as (year, month, day), with a short bound widened to its whole month or year.
    let start = (from[0], from.count > 1 ? from[1] : 1, from.count > 2 ? from[2] : 1)
    let end = (through[0], through.count > 1 ? through[1] : 12, through.count > 2 ? through[2] : 31)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    var tokens: [String] = []
    for year in start.0...max(start.0, end.0) where year <= end.0 {
      let firstMonth = year == start.0 ? start.1 : 1
      let lastMonth = year == end.0 ? end.1 : 12
      let wholeYear =
        firstMonth == 1 && lastMonth == 12 && !(year == start.0 && start.2 > 1) && !(year == end.0 && end.2 < 31)
      if wholeYear {
        tokens.append("y\(year)")
        continue
      }
      guard firstMonth <= lastMonth else { continue }
      for month in firstMonth...lastMonth {
        let firstDay = year == start.0 && month == start.1 ? start.2 : 1
        let lastDay = year == end.0 && month == end.1 ? end.2 : 31
        if firstDay == 1 && lastDay == 31 {
          tokens.append("m\(year)\(two(month))")
        } else if firstDay <= lastDay {
          tokens += (firstDay...lastDay).map { "d\(year)\(two(month))\(two($0))" }
        }
      }
    }
    return tokens.count <= 400 ? tokens : nil
  }

  /// The FTS5 text of an expression.
  static func match(_ expression: Query.Expression, textOnly: [Query.Term] = []) -> String {
    func match(_ expression: Query.Expression) -> String { Self.match(expression, textOnly: textOnly) }
    switch expression {
    case .term(let term):
      let string = quoted(term.text) + (term.isPrefix ? " *" : "")
      switch term.field {
      case .any: return textOnly.contains(term) ? string : "{text speaker} : " + string
      case .speaker: return "speaker : " + string
      case .source: return "source : " + string
      }
    case .all(let parts): return "(" + parts.map(match).joined(separator: " AND ") + ")"
    case .any(let parts): return "(" + parts.map(match).joined(separator: " OR ") + ")"
    case .excluding(let positive, let excluded):
      let others = excluded.count == 1 ? match(excluded[0]) : "(" + excluded.map(match).joined(separator: " OR ") + ")"
      return "(" + match(positive) + " NOT " + others + ")"
    }
  }

  /// `text` as an FTS5 string: in double quotes, inner quotes doubled. A NUL would end the string for
  /// FTS5's parser ("unterminated string"), so it becomes a space, which the tokenizer skips as it
  /// skips every control character.
  static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\"", with: "\"\"").replacingOccurrences(of: "\u{0}", with: " ") + "\""
  }

  /// The SQL conditions joined, with a leading AND, or nothing.
  var andConditions: String {
    conditions.map { " AND " + $0 }.joined()
  }
}
