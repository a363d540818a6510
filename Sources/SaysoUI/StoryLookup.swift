import SaysoCore

/// Which story, and which of its claims, a claim of an article belongs to: how the reader and the
/// Claims view say "also reported by 3 outlets" and go to the story.
///
/// A claim is found by its article's path, paragraph and start, as `Story.Report` gives them.
public struct StoryLookup {
  /// Where a claim appears across the corpus.
  public struct Place: Equatable {
    /// The story's position in the stories it was made from.
    public var story: Int
    /// The claim's position in the story's `claims`.
    public var claim: Int
    /// The other outlets that carry the claim: those of the other articles, this article's own left out
    /// (an article without an outlet counts as one).
    public var otherOutlets: Int
    /// The other articles that carry the claim.
    public var otherArticles: Int
  }

  public let stories: [Story]
  private var places: [String: (story: Int, claim: Int)] = [:]

  public init(_ stories: [Story]) {
    self.stories = stories
    for (s, story) in stories.enumerated() {
      for (c, claim) in story.claims.enumerated() {
        for report in claim.reports { places[Self.key(report.path, report.paragraph, report.start)] = (s, c) }
      }
    }
  }

  /// Where the claim at `paragraph` and `start` of the article at `path` appears, when other articles
  /// carry it too.
  public func place(article path: String, paragraph: Int, start: Int) -> Place? {
    guard let found = places[Self.key(path, paragraph, start)] else { return nil }
    let story = stories[found.story]
    let sources = Dictionary(story.articles.map { ($0.path, $0.source ?? $0.path) }, uniquingKeysWith: { a, _ in a })
    let articles = story.claims[found.claim].articles.filter { $0 != path }
    let outlets = Set(articles.map { sources[$0] ?? $0 }).subtracting([sources[path] ?? path])
    return Place(story: found.story, claim: found.claim, otherOutlets: outlets.count, otherArticles: articles.count)
  }

  /// "also reported by 3 outlets" (or "by 1 outlet"); when only this article's own outlet carries it
  /// again, "also in 2 other articles".
  public static func phrase(_ place: Place) -> String {
    place.otherOutlets > 0
      ? "also reported by " + place.otherOutlets.counted("outlet")
      : "also in \(place.otherArticles) other article" + (place.otherArticles == 1 ? "" : "s")
  }

  private static func key(_ path: String, _ paragraph: Int, _ start: Int) -> String {
    "\(paragraph):\(start):\(path)"
  }
}
