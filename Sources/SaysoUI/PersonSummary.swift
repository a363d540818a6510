/// One person across the corpus: names matched ignoring case and spacing.
public struct PersonSummary: Equatable, Sendable {
  public var name: String
  public var roles: [String]
  public var quotes: Int
  public var proposals: Int
  /// Paths of the articles that quote the person, in corpus order.
  public var articles: [String]
}
