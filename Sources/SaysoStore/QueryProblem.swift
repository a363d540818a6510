/// What is wrong with a search query (`SaysoStoreError.malformedQuery` says where, and its message).
public enum QueryProblem: Sendable, Equatable {
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
  /// Parentheses nested deeper than `limit` (`QueryParser.maximumDepth`); reported at the first
  /// parenthesis past the limit.
  case tooDeep(limit: Int)
  /// More than `limit` different words and phrases (`QueryParser.maximumTerms`); a word given again is
  /// not counted again. Reported at the first one past the limit.
  case tooManyTerms(limit: Int)
  /// A phrase of more than `limit` words (`QueryParser.maximumPhraseWords`).
  case phraseTooLong(limit: Int)
}
