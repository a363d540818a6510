import Foundation
import SaysoCore

/// Everything that can go wrong in the store: the index, bookmarks, reading state and their folders.
///
/// Each message is one line that names the file or folder and says what is wrong, e.g.
/// `/home/ana/.local/share/sayso/bookmarks.sqlite: the disk is full`. A malformed search query is one
/// case too, with every query message here. Three cases are notices rather than
/// failures: the store recovered (`indexRebuilt`, `searchIndexRebuilt`, `movedAside`) and the caller only tells the user.
public enum SaysoStoreError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
  /// No folder to keep data in: `--data-dir`, `SAYSO_DATA_DIR`, the XDG variables and `HOME` are all unset.
  case noHomeDirectory
  /// A folder the store needs could not be created; `reason` says why (read-only, not a folder, …).
  case cannotCreateFolder(path: String, reason: String)
  /// A database file could not be opened or created; `reason` says why.
  case cannotOpen(path: String, reason: String)
  /// A database file or its folder is read-only: sayso could not write there.
  case readOnly(path: String)
  /// The disk (or the quota) is full, so a change could not be saved; nothing was half-written.
  case diskFull(path: String)
  /// Another sayso process kept the database busy for longer than the store waits (`busyTimeout`).
  case busy(path: String)
  /// Any other database failure, with SQLite's own words; the change was rolled back.
  case database(path: String, message: String)
  /// The index file was damaged (corrupt or truncated); it was deleted and rebuilt from the corpus. A notice.
  case indexRebuilt(path: String)
  /// The full-text index did not match the passages (FTS5's integrity check failed: bytes of its pages
  /// were damaged); it was rebuilt from the passages, the analyses kept. A notice.
  case searchIndexRebuilt(path: String)
  /// The bookmarks (or reading state) file was damaged; it was moved to `movedTo`, never deleted, and a
  /// fresh one was started. A notice.
  case movedAside(path: String, movedTo: String)
  /// An article file was not UTF-8 and was read in another encoding (`TextEncoding.notice`). A notice.
  case readInEncoding(path: String, encoding: TextEncoding)
  /// No bookmark has this id.
  case unknownBookmark(id: Int64)
  /// A bookmark to restore has a number that another bookmark holds (it was never removed).
  case bookmarkExists(id: Int64)
  /// The index has no article at this path.
  case unknownArticle(path: String)
  /// The article has no paragraph with this index (`count` paragraphs, numbered from 0).
  case noSuchParagraph(article: String, paragraph: Int, count: Int)
  /// The span is empty or does not lie inside the paragraph (`length` Unicode scalars long).
  case spanOutsideParagraph(article: String, paragraph: Int, start: Int, end: Int, length: Int)
  /// A search query that cannot be read: what is wrong, and where (`position` in characters from 0;
  /// the message counts columns from 1, e.g. `column 9: the phrase opened here has no closing quote (")`).
  /// Never an SQLite message.
  case malformedQuery(QueryProblem, position: Int)

  public var description: String {
    switch self {
    case .noHomeDirectory:
      "no folder for sayso's data: set HOME, the XDG_*_HOME variables, SAYSO_DATA_DIR or --data-dir"
    case .cannotCreateFolder(let path, let reason): "\(path): cannot create the folder: \(reason)"
    case .cannotOpen(let path, let reason): "\(path): cannot open the database: \(reason)"
    case .readOnly(let path):
      "\(path): read-only, and sayso needs to write there (check its permissions, or choose another --data-dir)"
    case .diskFull(let path): "\(path): the disk is full, so nothing was saved"
    case .busy(let path): "\(path): busy: another sayso process kept it locked too long; try again"
    case .database(let path, let message): "\(path): database error: \(message)"
    case .indexRebuilt(let path): "\(path): the index was damaged; rebuilt it from the corpus"
    case .searchIndexRebuilt(let path):
      "\(path): the full-text index was damaged (searches would miss results); rebuilt it from the index's passages"
    case .readInEncoding(let path, let encoding):
      encoding.notice(path: path) ?? path
    case .movedAside(let path, let movedTo):
      "\(path): the file was damaged; moved it to \(movedTo) and started a fresh one"
    case .unknownBookmark(let id): "there is no bookmark \(id) (see `sayso bookmarks`)"
    case .bookmarkExists(let id): "bookmark \(id) exists already; it cannot be restored over"
    case .unknownArticle(let path): "\(path): not in the corpus"
    case .noSuchParagraph(let article, let paragraph, let count):
      "\(article): there is no paragraph \(paragraph): the article has \(count) (numbered from 0)"
    case .spanOutsideParagraph(let article, let paragraph, let start, let end, let length):
      "\(article) ¶\(paragraph): the span \(start)-\(end) is empty or outside the paragraph (0-\(length))"
    case .malformedQuery(let problem, let position): "column \(position + 1): \(Self.message(problem))"
    }
  }

  /// What is wrong with a query, without the position.
  private static func message(_ problem: QueryProblem) -> String {
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
    case .missingValue(let field): "\(field): needs a value, e.g. \(example(field))"
    case .invalidKind(let value): "kind:\(value): a kind is paragraph, quote or proposal (e.g. kind:quote|proposal)"
    case .invalidRole(let value): "in:\(value): say in:title, in:heading, in:body or in:dateline"
    case .invalidDate(let value):
      "date:\(value): a date is YYYY, YYYY-MM or YYYY-MM-DD, or a range FROM..TO (e.g. date:2020-09-01..2020-10-15)"
    case .reversedDates(let value): "date:\(value): the range ends before it starts"
    case .filterNotAtTop(let field):
      "\(field): narrows the whole query; it cannot be inside parentheses, next to OR or excluded"
    case .repeatedFilter(let field): "\(field): is given twice; give it once (alternatives: kind:quote|proposal)"
    case .tooDeep(let limit): "parentheses nested more than \(limit) deep: write the query flatter"
    case .tooManyTerms(let limit): "more than \(limit) different words and phrases: search for fewer"
    case .phraseTooLong(let limit): "a phrase of more than \(limit) words: search for a shorter one"
    }
  }

  private static func example(_ field: String) -> String {
    switch field {
    case "speaker": "speaker:Poast"
    case "source": "source:Sputnik"
    case "kind": "kind:quote"
    case "date": "date:2020-09"
    default: "in:title"
    }
  }

  public var errorDescription: String? { description }
}
