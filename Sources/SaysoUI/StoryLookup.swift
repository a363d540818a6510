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
    /// The outlets of the other articles that carry the claim (an article without an outlet counts as one).
    public var otherOutlets: Int
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
    let others = Set(story.claims[found.claim].articles.filter { $0 != path }.map { sources[$0] ?? $0 })
    return Place(story: found.story, claim: found.claim, otherOutlets: others.count)
  }

  /// "also reported by 3 outlets" (or "by 1 outlet").
  public static func phrase(_ place: Place) -> String {
    "also reported by " + place.otherOutlets.counted("outlet")
  }

  private static func key(_ path: String, _ paragraph: Int, _ start: Int) -> String {
    "\(paragraph):\(start):\(path)"
  }
}
