/// A claim of the corpus without its words: its article (a position in `ArticleProvider.summaries`),
/// its position in that article's `listedClaims`, and its kind. The Claims view holds one per row and
/// reads the claim itself (`ArticleProvider.claim(_:)`) only for the rows it shows.
public struct ClaimReference: Hashable, Sendable {
  public var article: Int
  public var ordinal: Int
  public var isQuote: Bool

  public init(article: Int, ordinal: Int, isQuote: Bool) {
    self.article = article
    self.ordinal = ordinal
    self.isQuote = isQuote
  }
}
