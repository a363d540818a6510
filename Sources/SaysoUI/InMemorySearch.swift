import SaysoCore

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
