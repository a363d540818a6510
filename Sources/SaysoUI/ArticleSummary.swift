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

  /// The summary of an analysed article; an utterance split by a frame counts as one quote, as the
  /// claims list shows it.
  public init(_ analysis: ArticleAnalysis) {
    let article = analysis.article
    let quotes = analysis.listedClaims.count - analysis.proposals.count
    self.init(
      path: article.path, title: article.title ?? article.paragraphs.first?.text ?? article.fileName,
      source: article.source ?? "", date: article.date ?? "", quotes: quotes,
      proposals: analysis.proposals.count, people: analysis.people.count)
  }
}
