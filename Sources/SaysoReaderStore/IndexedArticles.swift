import SaysoCore
import SaysoStore
import SaysoUI

/// The articles of the index: the library lists them from the index alone, analyses are read when an
/// article is shown (and kept). The People and Claims views are served by the index's `speaker` and
/// `claim` tables: counted by SQL, a claim's words read only for the rows shown.
public final class IndexedArticles: ArticleProvider {
  public let index: CorpusIndex
  public private(set) var summaries: [ArticleSummary] = []
  private var analyses: [String: ArticleAnalysis] = [:]
  private var everything: CorpusModel?
  /// The People view's entries and the name keys each joins, once asked for.
  private var listedPeople: [(entry: PersonSummary, keys: [String])]?
  /// Positions in `summaries` by path, once asked for.
  private var positions: [String: Int]?

  /// The articles of `index` (or those given, already read from it), in corpus order.
  ///
  /// - Throws: `SaysoStoreError` when the index cannot be read.
  public init(index: CorpusIndex, listed: [IndexedArticle]? = nil) throws(SaysoStoreError) {
    self.index = index
    try reload(listed: listed)
  }

  /// Lists the articles again (those given, or the index's), after the index was updated; analyses
  /// are read afresh.
  public func reload(listed: [IndexedArticle]? = nil) throws(SaysoStoreError) {
    var articles: [IndexedArticle]
    if let listed { articles = listed } else { articles = try index.articles() }
    summaries = articles.map { article in
      ArticleSummary(
        path: article.path, title: article.title ?? Self.fileName(article.path), source: article.source ?? "",
        date: article.date ?? "", quotes: nil, proposals: nil, people: nil)
    }
    analyses = [:]
    everything = nil
    listedPeople = nil
    positions = nil
  }

  public func analysis(ofArticle path: String) -> ArticleAnalysis? {
    if let analysis = analyses[path] { return analysis }
    // A read error shows as a missing article; the reader then says it is not in the corpus.
    guard let analysis = (try? index.analysis(of: path)) ?? nil else { return nil }
    analyses[path] = analysis
    return analysis
  }

  public func relativePath(ofArticle path: String) -> String {
    CorpusSource.relativePath(path, in: index.sources)
  }

  private static func fileName(_ path: String) -> String {
    path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
  }

  private var all: CorpusModel {
    if let everything { return everything }
    let model = CorpusModel(analyses: summaries.compactMap { analysis(ofArticle: $0.path) })
    everything = model
    return model
  }

  /// Everyone quoted or proposing, from the index's `speaker` table (none when it cannot be read).
  public func people() -> [PersonSummary] {
    if listedPeople == nil { listedPeople = (try? index.people(includingProposers: true)) ?? [] }
    return listedPeople!.map(\.entry)
  }

  public func articles(naming person: PersonSummary) -> [String] {
    if !person.articles.isEmpty { return person.articles }
    let keys = listedPeople?.first { $0.entry.name == person.name }?.keys ?? [nameKey(person.name)]
    return (try? index.articles(naming: keys)) ?? []
  }

  /// Every claim, from every analysis: slow on a large corpus (the Claims view does not use it).
  public func claims() -> [ClaimEntry] { all.claims() }

  private var positionsByPath: [String: Int] {
    if let positions { return positions }
    let made = Dictionary(summaries.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    positions = made
    return made
  }

  public func claimReferences(spokenBy speaker: String?) -> [ClaimReference] {
    references((try? index.claims(spokenBy: speaker)) ?? [])
  }

  public func claimReferences(spokenBy speaker: String?, containing needle: String) -> Set<ClaimReference> {
    let titled = summaries.filter { $0.title.lowercased().contains(needle) }.map(\.path)
    return Set(references((try? index.claims(spokenBy: speaker, containing: needle, titled: titled)) ?? []))
  }

  /// The claims of `articles` as references, article by article in corpus order.
  private func references(_ articles: [ArticleClaims]) -> [ClaimReference] {
    let positions = positionsByPath
    let placed = articles.compactMap { claims in positions[claims.path].map { ($0, claims) } }.sorted { $0.0 < $1.0 }
    var out: [ClaimReference] = []
    out.reserveCapacity(placed.reduce(0) { $0 + $1.1.ordinals.count })
    for (article, claims) in placed {
      for (ordinal, isQuote) in zip(claims.ordinals, claims.areQuotes) {
        out.append(ClaimReference(article: article, ordinal: ordinal, isQuote: isQuote))
      }
    }
    return out
  }
}
