/// One article on its way into the library: its metadata and its paragraphs, as plain text.
public struct LibraryEntry: Sendable, Equatable {
  /// The headline.
  public var title: String
  /// The outlet or site, e.g. the feed's title or the page's host; it names the library subfolder.
  public var source: String?
  /// The publication date as `YYYY-MM-DD`.
  public var date: String?
  /// The address of the original page.
  public var url: String?
  /// The byline, kept as metadata (never as a paragraph, so it is never read as a speaker).
  public var author: String?
  /// The address of the feed the item came from.
  public var feed: String?
  /// The feed item's guid (or Atom id); with the URL, how a later fetch knows the item.
  public var guid: String?
  /// The article's paragraphs (section headings as `## Heading`), in order.
  public var paragraphs: [String]

  /// Makes an entry from its parts.
  public init(
    title: String, source: String? = nil, date: String? = nil, url: String? = nil, author: String? = nil,
    feed: String? = nil, guid: String? = nil, paragraphs: [String]
  ) {
    self.title = title
    self.source = source
    self.date = date
    self.url = url
    self.author = author
    self.feed = feed
    self.guid = guid
    self.paragraphs = paragraphs
  }

  /// The keys that identify the item across fetches: its guid and its URL, prefixed so they never clash.
  public var identityKeys: [String] {
    [guid.map { "guid:" + $0 }, url.map { "url:" + $0 }].compactMap { $0 }.filter { $0.count > 5 }
  }

  /// The entry as a Markdown file: front matter (title, source, date, url, author, feed, guid), the
  /// title as a `#` heading, then one paragraph per block.
  public var markdown: String {
    var lines = ["---"]
    let fields: [(String, String?)] = [
      ("title", title), ("source", source), ("date", date), ("url", url), ("author", author), ("feed", feed),
      ("guid", guid),
    ]
    for (key, value) in fields {
      guard var value = value.map(Self.oneLine), !value.isEmpty else { continue }
      // The reader drops one pair of quotes around a value: keep a quoted title whole.
      if value.count >= 2, let first = value.first, first == value.last, first == "\"" || first == "'" {
        value = first == "\"" ? "'\(value)'" : "\"\(value)\""
      }
      lines.append("\(key): \(value)")
    }
    lines.append("---")
    lines.append("")
    lines.append("# " + Self.oneLine(title))
    for paragraph in paragraphs {
      lines.append("")
      lines.append(paragraph)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// `text` on one line with runs of white space (and control characters) as one space, trimmed.
  public static func oneLine(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
        pendingSpace = !out.isEmpty
        continue
      }
      if pendingSpace { out.append(" ") }
      pendingSpace = false
      out.append(scalar)
    }
    return String(out)
  }
}
