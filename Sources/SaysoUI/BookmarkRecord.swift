import Foundation

/// A bookmark on a paragraph or a claim, with the user's note.
public struct BookmarkRecord: Codable, Equatable, Sendable {
  public var id: String
  /// The article's path.
  public var article: String
  public var articleTitle: String
  public var paragraph: Int
  /// The claim's span in the paragraph (scalar offsets), nil for the whole paragraph.
  public var start: Int?
  public var end: Int?
  /// The bookmarked words (a claim's text, or the paragraph's start), to find them again if the article changes.
  public var excerpt: String
  public var note: String
  /// When it was made, ISO 8601.
  public var created: String
  /// Whether the store found the passage gone when it last checked; nil when the store does not say
  /// (the view then looks for the excerpt itself).
  public var isOrphan: Bool?

  public init(
    id: String = UUID().uuidString, article: String, articleTitle: String, paragraph: Int, start: Int? = nil,
    end: Int? = nil, excerpt: String, note: String, created: String = ISO8601DateFormatter().string(from: Date())
  ) {
    self.id = id
    self.article = article
    self.articleTitle = articleTitle
    self.paragraph = paragraph
    self.start = start
    self.end = end
    self.excerpt = excerpt
    self.note = note
    self.created = created
  }
}
