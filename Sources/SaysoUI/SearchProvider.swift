import Foundation
import SaysoCore

/// One paragraph that matches a global search.
public struct SearchHit: Equatable, Sendable {
  /// The article's path.
  public var article: String
  public var title: String
  public var paragraph: Int
  /// A piece of the paragraph around the matches, on one line.
  public var snippet: String
  /// The matched words in `snippet`, as Unicode scalar offsets.
  public var marks: [Range<Int>]
  /// The words to highlight when the paragraph is opened.
  public var terms: [String]

  public init(article: String, title: String, paragraph: Int, snippet: String, marks: [Range<Int>], terms: [String]) {
    self.article = article
    self.title = title
    self.paragraph = paragraph
    self.snippet = snippet
    self.marks = marks
    self.terms = terms
  }
}

/// Searches the whole corpus. The store's FTS5 index implements it in `sayso`; `InMemorySearch`
/// scans analyses held in memory.
public protocol SearchProvider: AnyObject {
  /// The paragraphs matching `query`, best first.
  ///
  /// - Throws: when the query cannot be read (the message is shown to the user).
  func search(_ query: String, limit: Int) throws -> [SearchHit]
}

/// A search query in the library's syntax, read the simple way: words must all appear (ignoring
/// case and accents), `"a phrase"` must appear as written, `-word` must not appear.
public struct SearchQuery: Equatable, Sendable {
  public var required: [String] = []
  public var excluded: [String] = []

  public init(_ text: String) {
    var i = text.startIndex
    while i < text.endIndex {
      let c = text[i]
      if c.isWhitespace {
        i = text.index(after: i)
        continue
      }
      var negative = false
      var start = i
      if c == "-" {
        negative = true
        start = text.index(after: i)
      }
      var term: String
      if start < text.endIndex, text[start] == "\"" {
        let open = text.index(after: start)
        let close = text[open...].firstIndex(of: "\"") ?? text.endIndex
        term = String(text[open..<close])
        i = close < text.endIndex ? text.index(after: close) : close
      } else {
        let end = text[start...].firstIndex(where: \.isWhitespace) ?? text.endIndex
        term = String(text[start..<end])
        i = end
      }
      // Field prefixes and operators of richer syntaxes are kept as plain words here.
      term = term.trimmingCharacters(in: .whitespaces)
      if term.isEmpty || term == "AND" { continue }
      if negative { excluded.append(term) } else { required.append(term) }
    }
  }
}

/// A `SearchProvider` that scans every paragraph of analyses held in memory.
public final class InMemorySearch: SearchProvider {
  private let provider: ArticleProvider

  public init(provider: ArticleProvider) { self.provider = provider }

  public func search(_ query: String, limit: Int) throws -> [SearchHit] {
    let parsed = SearchQuery(query)
    guard !parsed.required.isEmpty else { return [] }
    var hits: [SearchHit] = []
    for summary in provider.summaries {
      guard let analysis = provider.analysis(ofArticle: summary.path) else { continue }
      for paragraph in analysis.article.paragraphs {
        let text = paragraph.text
        let found = parsed.required.compactMap { TextSearch.ranges(of: $0, in: text).first }
        guard found.count == parsed.required.count else { continue }
        if parsed.excluded.contains(where: { !TextSearch.ranges(of: $0, in: text).isEmpty }) { continue }
        hits.append(Self.hit(summary, paragraph, parsed.required, first: found.map(\.lowerBound).min() ?? 0))
        if hits.count >= limit { return hits }
      }
    }
    return hits
  }

  /// A hit with a snippet of about 100 characters starting a little before the first match.
  private static func hit(_ summary: ArticleSummary, _ paragraph: Paragraph, _ terms: [String], first: Int) -> SearchHit
  {
    let scalars = Array(paragraph.text.unicodeScalars)
    var start = max(0, first - 30)
    while start > 0 && start < scalars.count && scalars[start - 1] != " " && first - start < 45 { start -= 1 }
    let end = min(scalars.count, start + 110)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    let prefix = start > 0 ? "…" : ""
    let suffix = end < scalars.count ? "…" : ""
    let snippet = prefix + DisplayText.line(String(view)) + suffix
    var marks: [Range<Int>] = []
    for term in terms { marks += TextSearch.ranges(of: term, in: snippet) }
    return SearchHit(
      article: summary.path, title: summary.title, paragraph: paragraph.index, snippet: snippet,
      marks: marks.sorted { $0.lowerBound < $1.lowerBound }, terms: terms)
  }
}

/// Finding words in text ignoring case and accents, with Unicode scalar offsets.
public enum TextSearch {
  /// Every occurrence of `needle` in `text`, as scalar offset ranges, in order.
  public static func ranges(of needle: String, in text: String) -> [Range<Int>] {
    guard !needle.isEmpty else { return [] }
    var out: [Range<Int>] = []
    var from = text.startIndex
    var fromOffset = 0
    while from < text.endIndex,
      let range = text.range(
        of: needle, options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex)
    {
      let lower = fromOffset + text.unicodeScalars.distance(from: from, to: range.lowerBound)
      let upper = lower + text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
      out.append(lower..<upper)
      from = range.upperBound > range.lowerBound ? range.upperBound : text.index(after: range.lowerBound)
      fromOffset = upper
      if range.upperBound == range.lowerBound { fromOffset = lower + 1 }
    }
    return out
  }
}
