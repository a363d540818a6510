import Foundation
import SaysoCore

/// The matches of an in-article search, in reading order.
///
/// What `/` takes: words, found ignoring case and accents; or, after `re:`, a regular expression
/// (ICU syntax, as NSRegularExpression reads it), found ignoring case: `re:tax(es)?\b`.
struct ArticleSearch {
  struct Match: Equatable {
    var paragraph: Int
    var range: Range<Int>
  }

  /// What `/` searches for, read from the prompt's text.
  enum Pattern {
    case words(String)
    case expression(NSRegularExpression)

    /// The prefix that makes the rest of the entry a regular expression.
    static let expressionPrefix = "re:"

    /// The pattern `text` asks for, or nil when the text after `re:` is no regular expression.
    init?(_ text: String) {
      guard text.hasPrefix(Self.expressionPrefix) else {
        self = .words(text)
        return
      }
      let source = String(text.dropFirst(Self.expressionPrefix.count))
      guard let expression = try? NSRegularExpression(pattern: source, options: [.caseInsensitive]) else { return nil }
      self = .expression(expression)
    }

    /// The matches in `text`, as scalar offset ranges, in order.
    func ranges(in text: String) -> [Range<Int>] {
      switch self {
      case .words(let words): TextSearch.ranges(of: words, in: text)
      case .expression(let expression): TextSearch.ranges(of: expression, in: text)
      }
    }
  }

  var terms: [String]
  var matches: [Match] = []
  /// The indices in `matches` of each paragraph's matches, for drawing.
  var byParagraph: [Int: [Int]] = [:]
  var current = 0

  /// The matches of any of `terms` (words).
  init(terms: [String], article: Article) {
    self.init(patterns: terms.map(Pattern.words), article: article)
    self.terms = terms
  }

  /// The matches of what `/` was given, or nil for a `re:` entry that is no regular expression.
  init?(entry: String, article: Article) {
    guard let pattern = Pattern(entry) else { return nil }
    self.init(patterns: [pattern], article: article)
    terms = [entry]
  }

  private init(patterns: [Pattern], article: Article) {
    terms = []
    for paragraph in article.paragraphs {
      var found: [Range<Int>] = []
      for pattern in patterns { found += pattern.ranges(in: paragraph.text) }
      for range in found.sorted(by: { $0.lowerBound < $1.lowerBound }) {
        byParagraph[paragraph.index, default: []].append(matches.count)
        matches.append(Match(paragraph: paragraph.index, range: range))
      }
    }
  }
}
