import SaysoCore
import SaysoStore

/// Everything that can go wrong in the `sayso` command line beyond a malformed argument (which
/// ArgumentParser reports), every message in this one switch. Each message is one line;
/// `Diagnostics` prefixes it with `sayso: `.
public enum SaysoError: Error, Equatable, CustomStringConvertible {
  /// No article in the corpus matches what the user asked for.
  case unknownArticle(String)
  /// Several articles match a title fragment or file name; the user must say which.
  case ambiguousArticle(String, matches: [String])
  /// A number outside `1...count` from `sayso list`.
  case articleNumberOutOfRange(Int, count: Int)
  /// The corpus held no article at all, and no file failed to tell why.
  case noArticles([String])
  /// A passage reference for `sayso bookmark add` that is not `ARTICLE:PARAGRAPH[:START-END]`.
  case invalidPassageReference(String)
  /// A search query that cannot be read; the error says what is wrong and at which column.
  case invalidQuery(String, SaysoStoreError)
  /// A command that lists things found nothing to list; the text says what was asked for.
  case nothingMatches(String)
  /// The first argument is neither a command nor an article file or folder (`sayso lsit`).
  case unknownCommand(String, commands: [String])
  /// The full-screen reader was started without a terminal on stdin and stdout.
  case readerNeedsTerminal
  /// The command ends with this exit status; what went wrong was reported already (one line per file).
  case exit(Int32)

  public var description: String {
    switch self {
    case .unknownArticle(let query):
      "no article matches \"\(query)\" (try a number from `sayso list`, a file name, a path or part of a title)"
    case .ambiguousArticle(let query, let matches):
      "\"\(query)\" matches \(matches.count.counted("article")): \(matches.prefix(5).joined(separator: ", "))"
        + (matches.count > 5 ? ", …" : "")
    case .articleNumberOutOfRange(let number, let count):
      "there is no article \(number): the corpus has \(count) (see `sayso list`)"
    case .noArticles(let sources):
      "no articles found in \(sources.joined(separator: ", "))"
    case .invalidPassageReference(let reference):
      "\"\(reference)\" is not a passage: say ARTICLE:PARAGRAPH or ARTICLE:PARAGRAPH:START-END (e.g. 1:4 or 1:4:10-52)"
    case .invalidQuery(_, let error):
      "search query, \(error)"
    case .nothingMatches(let what):
      "nothing matches \(what.count > 200 ? String(what.prefix(200)) + "…" : what)"
    case .unknownCommand(let word, let commands):
      "\"\(word)\" is not a command, nor an article file or folder (commands: \(commands.joined(separator: ", ")))"
    case .readerNeedsTerminal:
      "the reader needs a terminal; for piped output use `sayso show` or `sayso list`"
    case .exit(let status):
      "exit status \(status)"
    }
  }
}
