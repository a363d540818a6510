import Foundation

/// A bookmark on a paragraph or a claim, with the user's note, as the bookmark store last placed it.
///
/// The store finds each bookmark's passage again when an article changes (see `BookmarkStore`), so the
/// paragraph and span here are where the passage is now, and `status` says how it was found.
public struct BookmarkRecord: Equatable, Sendable {
  /// How the store found the bookmarked passage when it last checked.
  public enum Status: Equatable, Sendable {
    /// Where it was made.
    case exact
    /// Found again elsewhere in the article (moved, or edited a little).
    case moved
    /// Gone from the article, or the article is gone from the corpus; the bookmark and its note are kept.
    case orphaned
  }

  /// The store's id; empty for a bookmark not stored yet.
  public var id: String
  /// The article's path.
  public var article: String
  public var articleTitle: String
  public var paragraph: Int
  /// The claim's span in the paragraph (scalar offsets), nil for the whole paragraph.
  public var start: Int?
  public var end: Int?
  /// The bookmarked words: a claim's text, or the paragraph's start.
  public var excerpt: String
  public var note: String
  /// When it was made, ISO 8601.
  public var created: String
  public var status: Status

  public init(
    id: String = "", article: String, articleTitle: String, paragraph: Int, start: Int? = nil, end: Int? = nil,
    excerpt: String, note: String, created: String = ISO8601DateFormatter().string(from: Date()),
    status: Status = .exact
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
    self.status = status
  }
}
