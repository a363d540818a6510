import SaysoCore

/// An `ArticleProvider` over analyses held in memory.
public final class CorpusModel: ArticleProvider {
  public let analyses: [ArticleAnalysis]
  public let summaries: [ArticleSummary]
  private let byPath: [String: Int]
  private var cachedPeople: [PersonSummary]?
  private var cachedClaims: [ClaimEntry]?

  public init(analyses: [ArticleAnalysis]) {
    self.analyses = analyses
    summaries = analyses.map(ArticleSummary.init)
    var byPath: [String: Int] = [:]
    for (i, analysis) in analyses.enumerated() where byPath[analysis.article.path] == nil {
      byPath[analysis.article.path] = i
    }
    self.byPath = byPath
  }

  public func analysis(ofArticle path: String) -> ArticleAnalysis? {
    byPath[path].map { analyses[$0] }
  }

  /// Everyone quoted or proposing, merged across articles as `sayso people` merges them
  /// (`PeopleIndex`), ranked by quotes and proposals together.
  public func people() -> [PersonSummary] {
    if let cachedPeople { return cachedPeople }
    var index = PeopleIndex()
    for analysis in analyses { index.add(analysis) }
    let people = index.people(includingProposers: true)
    cachedPeople = people
    return people
  }

  public func claims() -> [ClaimEntry] {
    if let cachedClaims { return cachedClaims }
    var all: [ClaimEntry] = []
    for (analysis, summary) in zip(analyses, summaries) {
      for listed in analysis.listedClaims {
        all.append(ClaimEntry(article: analysis.article.path, articleTitle: summary.title, listed: listed))
      }
    }
    cachedClaims = all
    return all
  }
}
