import SaysoCore
import SaysoStore
import SaysoUI

/// The articles of the index: the library lists them from the index alone, analyses are read when an
/// article is shown (and kept), and everyone's claims only when the People or Claims view asks.
public final class IndexedArticles: ArticleProvider {
  public let index: CorpusIndex
  public private(set) var summaries: [ArticleSummary] = []
  private var analyses: [String: ArticleAnalysis] = [:]
  private var everything: CorpusModel?

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

  public func people() -> [PersonSummary] { all.people() }
  public func claims() -> [ClaimEntry] { all.claims() }
}
