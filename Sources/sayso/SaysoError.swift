import SaysoStore

/// Everything that can go wrong in the `sayso` command line beyond a malformed argument (which
/// ArgumentParser reports). Each message is one line; `Diagnostics` prefixes it with `sayso: `.
enum SaysoError: Error, Equatable, CustomStringConvertible {
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
  case invalidQuery(String, QueryError)

  var description: String {
    switch self {
    case .unknownArticle(let query):
      "no article matches \"\(query)\" (try a number from `sayso list`, a file name, a path or part of a title)"
    case .ambiguousArticle(let query, let matches):
      "\"\(query)\" matches \(matches.count) articles: \(matches.prefix(5).joined(separator: ", "))"
        + (matches.count > 5 ? ", …" : "")
    case .articleNumberOutOfRange(let number, let count):
      "there is no article \(number): the corpus has \(count) (see `sayso list`)"
    case .noArticles(let sources):
      "no articles found in \(sources.joined(separator: ", "))"
    case .invalidPassageReference(let reference):
      "\"\(reference)\" is not a passage: say ARTICLE:PARAGRAPH or ARTICLE:PARAGRAPH:START-END (e.g. 1:4 or 1:4:10-52)"
    case .invalidQuery(_, let error):
      "search query, \(error)"
    }
  }
}
