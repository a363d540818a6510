import SaysoCore

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
  /// The article's path relative to the corpus's root (`business/001.txt`), as source columns show it
  /// and as `sayso show` takes it.
  func relativePath(ofArticle path: String) -> String
}

extension ArticleProvider {
  /// A provider that knows no corpus root shows paths as they are.
  public func relativePath(ofArticle path: String) -> String { path }

  public func counted(_ summary: ArticleSummary) -> ArticleSummary {
    guard summary.quotes == nil, let analysis = analysis(ofArticle: summary.path) else { return summary }
    return ArticleSummary(analysis)
  }
}
