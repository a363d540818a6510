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

  public func people() -> [PersonSummary] {
    if let cachedPeople { return cachedPeople }
    var order: [String] = []
    var entries: [String: PersonSummary] = [:]
    func key(_ name: String) -> String {
      name.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
    for analysis in analyses {
      let path = analysis.article.path
      func note(_ speaker: Speaker?, quote: Bool) {
        guard let speaker else { return }
        let k = key(speaker.name)
        if entries[k] == nil {
          order.append(k)
          entries[k] = PersonSummary(name: speaker.name, roles: [], quotes: 0, proposals: 0, articles: [])
        }
        if let role = speaker.role, !role.isEmpty,
          !entries[k]!.roles.contains(where: { $0.lowercased() == role.lowercased() })
        {
          entries[k]!.roles.append(role)
        }
        if quote { entries[k]!.quotes += 1 } else { entries[k]!.proposals += 1 }
        if entries[k]!.articles.last != path { entries[k]!.articles.append(path) }
      }
      for quote in analysis.quotes { note(quote.speaker, quote: true) }
      for proposal in analysis.proposals { note(proposal.proposer, quote: false) }
    }
    let people = order.compactMap { entries[$0] }.sorted {
      ($1.quotes + $1.proposals, $0.name.lowercased()) < ($0.quotes + $0.proposals, $1.name.lowercased())
    }
    cachedPeople = people
    return people
  }

  public func claims() -> [ClaimEntry] {
    if let cachedClaims { return cachedClaims }
    var all: [ClaimEntry] = []
    for (analysis, summary) in zip(analyses, summaries) {
      for (i, claim) in analysis.claims.enumerated() {
        all.append(ClaimEntry(article: analysis.article.path, articleTitle: summary.title, claim: claim, index: i))
      }
    }
    cachedClaims = all
    return all
  }
}
