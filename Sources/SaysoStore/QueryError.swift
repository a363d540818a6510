/// What is wrong with a search query, and where: never an SQLite message.
///
/// `position` counts characters from 0; `description` says it from 1, e.g.
/// `column 9: the phrase opened here has no closing quote (")`.
public struct QueryError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What is wrong.
  public enum Problem: Sendable, Equatable {
    /// The query has nothing in it.
    case empty
    /// A `"` opens a phrase that never ends.
    case unclosedPhrase
    /// A phrase has no word in it: `""`.
    case emptyPhrase
    /// A `(` is never closed.
    case unclosedParenthesis
    /// A `)` closes nothing.
    case unmatchedParenthesis
    /// Parentheses with nothing inside: `()`.
    case emptyParentheses
    /// `OR` with nothing on one side.
    case danglingOr
    /// A `-` with nothing after it to exclude.
    case danglingMinus
    /// A group with only excluded terms: there must be something to look for.
    case onlyExclusions
    /// A `*` that does not end a word (`*ing`, `a*b`, a lone `*`).
    case misplacedStar
    /// A word with no letter or digit in it, e.g. `—`: nothing to search for.
    case nothingToSearch(String)
    /// `name:` where name is not a field.
    case unknownField(String)
    /// A field with no value: `speaker:`.
    case missingValue(field: String)
    /// `kind:` with a value other than paragraph, quote or proposal.
    case invalidKind(String)
    /// `in:` with a value other than title, heading, body or dateline.
    case invalidRole(String)
    /// `date:` with a value that is not YYYY, YYYY-MM, YYYY-MM-DD or a range of them.
    case invalidDate(String)
    /// A date range whose end comes before its start.
    case reversedDates(String)
    /// `kind:`, `in:` or `date:` inside parentheses, after `OR` or excluded: they narrow the whole query.
    case filterNotAtTop(field: String)
    /// The same filter twice (`date:2020 date:2021`).
    case repeatedFilter(field: String)
  }

  /// What is wrong.
  public var problem: Problem
  /// Where, in characters from the start of the query (0-based).
  public var position: Int

  /// Makes an error.
  public init(_ problem: Problem, at position: Int) {
    self.problem = problem
    self.position = position
  }

  /// The message without the position.
  public var message: String {
    switch problem {
    case .empty: "the query is empty: give a word, a \"phrase\" or a field such as speaker:NAME"
    case .unclosedPhrase: "the phrase opened here has no closing quote (\")"
    case .emptyPhrase: "the phrase \"\" has no words in it"
    case .unclosedParenthesis: "the parenthesis opened here is never closed"
    case .unmatchedParenthesis: "this ) closes no parenthesis"
    case .emptyParentheses: "nothing inside the parentheses"
    case .danglingOr: "OR needs something to search for on both sides"
    case .danglingMinus: "- must be followed by what to exclude, e.g. -sanctions"
    case .onlyExclusions: "only excluded words here: add something to look for"
    case .misplacedStar: "* can only end a word, as in propos*"
    case .nothingToSearch(let word): "\"\(word)\" has no letter or digit to search for"
    case .unknownField(let name):
      "unknown field \"\(name):\" (fields: speaker:, source:, kind:, date:, in:; quote the word to search for it)"
    case .missingValue(let field): "\(field): needs a value, e.g. \(Self.example(field))"
    case .invalidKind(let value): "kind:\(value): a kind is paragraph, quote or proposal (e.g. kind:quote|proposal)"
    case .invalidRole(let value): "in:\(value): say in:title, in:heading, in:body or in:dateline"
    case .invalidDate(let value):
      "date:\(value): a date is YYYY, YYYY-MM or YYYY-MM-DD, or a range FROM..TO (e.g. date:2020-09-01..2020-10-15)"
    case .reversedDates(let value): "date:\(value): the range ends before it starts"
    case .filterNotAtTop(let field):
      "\(field): narrows the whole query; it cannot be inside parentheses, next to OR or excluded"
    case .repeatedFilter(let field): "\(field): is given twice; give it once (alternatives: kind:quote|proposal)"
    }
  }

  public var description: String { "column \(position + 1): \(message)" }

  private static func example(_ field: String) -> String {
    switch field {
    case "speaker": "speaker:Poast"
    case "source": "source:Sputnik"
    case "kind": "kind:quote"
    case "date": "date:2020-09"
    default: "in:title"
    }
  }
}
