/// A parsed RSS 2.0 (or 1.0) or Atom 1.0 feed.
public struct Feed: Sendable, Equatable {
  /// The feed's title, e.g. the outlet's name.
  public var title: String?
  /// The site's address.
  public var link: String?
  /// The items (entries), in the feed's order.
  public var items: [FeedItem]
}

/// One item of a feed.
public struct FeedItem: Sendable, Equatable {
  public var title: String?
  /// The article's address.
  public var link: String?
  /// The RSS guid or Atom id.
  public var guid: String?
  /// `YYYY-MM-DD` of the publication (or update) date as the feed writes it.
  public var date: String?
  public var author: String?
  /// The full text as HTML (`content:encoded`, Atom `content`), when the feed carries it.
  public var content: String?
  /// The summary as HTML (`description`, Atom `summary`).
  public var summary: String?

  public init(
    title: String? = nil, link: String? = nil, guid: String? = nil, date: String? = nil, author: String? = nil,
    content: String? = nil, summary: String? = nil
  ) {
    self.title = title
    self.link = link
    self.guid = guid
    self.date = date
    self.author = author
    self.content = content
    self.summary = summary
  }

  /// Whether the item carries the article itself rather than a teaser: full content, or a description
  /// long enough to be the article (some RSS feeds put the whole text there).
  public var hasFullText: Bool {
    if let content, !content.isEmpty { return true }
    return (summary?.count ?? 0) > 1500
  }
}
