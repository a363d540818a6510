import SaysoCore

/// Where the reader's articles come from; the composition root may back it by the store's index.
public protocol ArticleProvider: AnyObject {
  /// Every article, in corpus order.
  var summaries: [ArticleSummary] { get }
  /// The analysis of the article at `path`, or nil when it is not in the corpus.
  func analysis(ofArticle path: String) -> ArticleAnalysis?
  /// Everyone quoted or proposing in the corpus, most quoted first.
  func people() -> [PersonSummary]
  /// Every quote and proposal, article by article in reading order (every analysis: the views list
  /// claims through `claimReferences(spokenBy:)`).
  func claims() -> [ClaimEntry]
  /// The claims listed, all or those whose first piece's speaker is named `speaker` (ignoring case),
  /// article by article in corpus order, each in reading order.
  func claimReferences(spokenBy speaker: String?) -> [ClaimReference]
  /// Of `claimReferences(spokenBy: speaker)`, those whose speaker (or organisation or group), words or
  /// article title contain `needle` (lower-cased, as `ClaimEntry.contains(_:)` compares).
  func claimReferences(spokenBy speaker: String?, containing needle: String) -> Set<ClaimReference>
  /// The claim `reference` stands for, or nil when its article is gone.
  func claim(_ reference: ClaimReference) -> ClaimEntry?
  /// The paths of the articles quoting `person` or reporting their proposals, in corpus order.
  func articles(naming person: PersonSummary) -> [String]
  /// `summary` with its counts filled in (the library asks only for the rows it shows).
  func counted(_ summary: ArticleSummary) -> ArticleSummary
  /// The article's path relative to the corpus's root (`business/001.txt`), as source columns show it
  /// and as `sayso show` takes it.
  func relativePath(ofArticle path: String) -> String
}

extension ArticleProvider {
  /// A provider that knows no corpus root shows paths as they are.
  public func relativePath(ofArticle path: String) -> String { path }

  // Over `claims()` and `analysis(ofArticle:)`: for providers that hold every analysis anyway.

  public func claimReferences(spokenBy speaker: String?) -> [ClaimReference] {
    let key = speaker?.lowercased()
    let positions = Dictionary(summaries.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    var ordinals: [String: Int] = [:]
    return claims().compactMap { entry in
      let ordinal = ordinals[entry.article, default: 0]
      ordinals[entry.article] = ordinal + 1
      guard key == nil || entry.claim.speaker?.name.lowercased() == key, let article = positions[entry.article] else {
        return nil
      }
      return ClaimReference(article: article, ordinal: ordinal, isQuote: entry.isQuote)
    }
  }

  public func claimReferences(spokenBy speaker: String?, containing needle: String) -> Set<ClaimReference> {
    Set(claimReferences(spokenBy: speaker).filter { claim($0)?.contains(needle) == true })
  }

  public func claim(_ reference: ClaimReference) -> ClaimEntry? {
    guard summaries.indices.contains(reference.article) else { return nil }
    let summary = summaries[reference.article]
    guard let analysis = analysis(ofArticle: summary.path) else { return nil }
    let listed = analysis.listedClaims
    guard listed.indices.contains(reference.ordinal) else { return nil }
    return ClaimEntry(article: summary.path, articleTitle: summary.title, listed: listed[reference.ordinal])
  }

  public func articles(naming person: PersonSummary) -> [String] { person.articles }

  public func counted(_ summary: ArticleSummary) -> ArticleSummary {
    guard summary.quotes == nil, let analysis = analysis(ofArticle: summary.path) else { return summary }
    return ArticleSummary(analysis)
  }
}
