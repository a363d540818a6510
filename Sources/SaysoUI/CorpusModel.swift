import SaysoCore

/// One article as the library lists it.
public struct ArticleSummary: Equatable, Sendable {
  public var path: String
  public var title: String
  public var source: String
  public var date: String
  /// The numbers of quotes, proposals and people; nil until the article's analysis is loaded (an
  /// index lists articles without them, see `ArticleProvider.counted(_:)`).
  public var quotes: Int?
  public var proposals: Int?
  public var people: Int?

  public init(
    path: String, title: String, source: String, date: String, quotes: Int?, proposals: Int?, people: Int?
  ) {
    self.path = path
    self.title = title
    self.source = source
    self.date = date
    self.quotes = quotes
    self.proposals = proposals
    self.people = people
  }

  /// The summary of an analysed article.
  public init(_ analysis: ArticleAnalysis) {
    let article = analysis.article
    self.init(
      path: article.path, title: article.title ?? article.paragraphs.first?.text ?? article.fileName,
      source: article.source ?? "", date: article.date ?? "", quotes: analysis.quotes.count,
      proposals: analysis.proposals.count, people: analysis.people.count)
  }
}

/// One person across the corpus: names matched ignoring case and spacing.
public struct PersonSummary: Equatable, Sendable {
  public var name: String
  public var roles: [String]
  public var quotes: Int
  public var proposals: Int
  /// Paths of the articles that quote the person, in corpus order.
  public var articles: [String]
}

/// One claim in the corpus with the article it stands in.
public struct ClaimEntry: Equatable, Sendable {
  public var article: String
  public var articleTitle: String
  public var claim: Claim
  /// The position of the claim in its article's `claims`.
  public var index: Int

  /// The claimed words.
  public var text: String {
    switch claim {
    case .quote(let q): q.text
    case .proposal(let p): p.text
    }
  }

  /// The name of the person behind the claim, or its group, or "?".
  public var who: String {
    switch claim {
    case .quote(let q): q.speaker?.name ?? q.group ?? "?"
    case .proposal(let p): p.proposer?.name ?? p.group ?? "?"
    }
  }

  public var isQuote: Bool {
    if case .quote = claim { return true }
    return false
  }
}

/// Where the reader's articles come from; the composition root may back it by the store's index.
public protocol ArticleProvider: AnyObject {
  /// Every article, in corpus order.
  var summaries: [ArticleSummary] { get }
  /// The analysis of the article at `path`, or nil when it is not in the corpus.
  func analysis(ofArticle path: String) -> ArticleAnalysis?
  /// Everyone quoted or proposing in the corpus, most quoted first.
  func people() -> [PersonSummary]
  /// Every quote and proposal, article by article in reading order.
  func claims() -> [ClaimEntry]
  /// `summary` with its counts filled in (the library asks only for the rows it shows).
  func counted(_ summary: ArticleSummary) -> ArticleSummary
}

extension ArticleProvider {
  public func counted(_ summary: ArticleSummary) -> ArticleSummary {
    guard summary.quotes == nil, let analysis = analysis(ofArticle: summary.path) else { return summary }
    return ArticleSummary(analysis)
  }
}

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
