import Foundation
import SaysoCore

/// Turns feed items into library entries: from their full content when the feed carries it, else from
/// the linked page, fetched and extracted (the summary when the page cannot be had).
enum FeedEntries {
  /// The entry's metadata from the item, without paragraphs yet: enough to know whether the library has it.
  static func stub(_ item: FeedItem, source: String?, feed: String) -> LibraryEntry {
    var guid = item.guid.map(LibraryEntry.oneLine).flatMap { $0.isEmpty ? nil : $0 }
    let link = item.link.map(LibraryEntry.oneLine).flatMap { $0.isEmpty ? nil : $0 }
    if guid == nil && link == nil { guid = feed + "#" + LibraryEntry.oneLine(item.title ?? "") }
    return LibraryEntry(
      title: LibraryEntry.oneLine(item.title ?? ""), source: source, date: item.date, url: link,
      author: item.author.map(LibraryEntry.oneLine).flatMap { $0.isEmpty ? nil : $0 }, feed: feed, guid: guid,
      paragraphs: [])
  }

  /// Fills in the entry's paragraphs (and what the page adds: author, date, a title).
  ///
  /// - Throws: `IngestError` when neither the item nor its page gives any text.
  static func fill(_ entry: inout LibraryEntry, from item: FeedItem, client: any HTTPGetting) throws(IngestError) {
    let name = entry.url ?? entry.guid ?? entry.feed ?? "item"
    if item.hasFullText, let html = item.content ?? item.summary {
      entry.paragraphs = paragraphs(ofFragment: html, title: entry.title)
    } else if let link = entry.url, let url = URL(string: link), url.scheme?.hasPrefix("http") == true {
      switch client.get(url) {
      case .success(let response):
        if let page = try? WebPage.entry(response.body, address: link, url: response.url, encoding: response.charset) {
          entry.paragraphs = page.paragraphs
          entry.author = entry.author ?? page.author
          entry.date = entry.date ?? page.date
          if entry.title.isEmpty { entry.title = page.title }
        }
      case .failure(let error):
        if (item.summary ?? "").isEmpty { throw error }
      }
      if entry.paragraphs.isEmpty, let summary = item.summary {
        entry.paragraphs = paragraphs(ofFragment: summary, title: entry.title)
      }
    } else if let summary = item.summary {
      entry.paragraphs = paragraphs(ofFragment: summary, title: entry.title)
    }
    guard !entry.paragraphs.isEmpty else { throw .noArticleText(name) }
    if entry.title.isEmpty { entry.title = LeadTitle.from(entry.paragraphs) ?? "Untitled" }
  }

  /// The blocks of an HTML fragment (a feed item's content), boilerplate dropped; plain text is split at
  /// blank lines.
  static func paragraphs(ofFragment html: String, title: String?) -> [String] {
    guard let root = HTMLParser.parseFragment(html) else { return [] }
    return MainText.paragraphs(in: root, wholeFragment: true, title: title)
  }
}
