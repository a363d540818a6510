import Foundation
import GRDB
import SaysoCore

/// Turns a `Query` into an FTS5 match expression and SQL conditions, quoting every word so that no
/// user text is ever read as FTS5 syntax.
///
/// Words become FTS5 strings (`"propose"`), prefixes `"propos" *`, phrases `"peace talks"`; a plain
/// term looks in the passage text and the speaker's name (`{text speaker} : "putin"`), `speaker:` and
/// `source:` in their own column; groups are parenthesised, `-x` becomes `NOT`.
struct SearchSQL {
  /// The FTS5 MATCH expression, or nil for a query that is only filters.
  var match: String?
  /// Conditions on `passage` (aliased `p`), joined with AND, and their arguments.
  var conditions: [String]
  /// The values of the conditions' placeholders, in order (all text).
  var values: [String]
  /// `values` as statement arguments.
  var arguments: StatementArguments { StatementArguments(values) }

  /// The SQL for `query`.
  init(_ query: Query) {
    match = query.expression.map(Self.match)
    conditions = []
    values = []
    if let kinds = query.kinds {
      let sorted = kinds.map(\.rawValue).sorted()
      conditions.append("p.kind IN (\(sorted.map { _ in "?" }.joined(separator: ", ")))")
      values += sorted
    } else if match == nil {
      // A query of filters only lists paragraphs, not every quote inside them again.
      conditions.append("p.kind = 'paragraph'")
    }
    if let roles = query.roles {
      let sorted = roles.map(\.rawValue).sorted()
      conditions.append("p.role IN (\(sorted.map { _ in "?" }.joined(separator: ", ")))")
      values += sorted
    }
    if let dates = query.dates {
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

  /// The FTS5 text of an expression.
  static func match(_ expression: Query.Expression) -> String {
    switch expression {
    case .term(let term):
      let string = quoted(term.text) + (term.isPrefix ? " *" : "")
      switch term.field {
      case .any: return "{text speaker} : " + string
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

  /// `text` as an FTS5 string: in double quotes, inner quotes doubled.
  static func quoted(_ text: String) -> String {
    "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// The SQL conditions joined, with a leading AND, or nothing.
  var andConditions: String {
    conditions.map { " AND " + $0 }.joined()
  }
}
