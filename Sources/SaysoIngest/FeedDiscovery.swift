import Foundation

/// The feeds a web page names in its head — `<link rel="alternate" type="application/rss+xml"
/// href="…">` (or `application/atom+xml`) — so that subscribing to a site's page follows its feed.
enum FeedDiscovery {
  /// The feed addresses of the page in `data`, resolved against `pageURL`, in the page's order.
  static func feedURLs(in data: Data, pageURL: URL) -> [URL] {
    guard let root = HTMLParser.parse(data, url: pageURL.absoluteString) else { return [] }
    var found: [URL] = []
    root.forEachElement { e in
      guard e.name == "link",
        e.attributes["rel"]?.lowercased().split(separator: " ").contains("alternate") == true,
        let type = e.attributes["type"]?.lowercased(), type.contains("rss") || type.contains("atom"),
        let href = e.attributes["href"], let url = URL(string: href, relativeTo: pageURL)?.absoluteURL
      else { return }
      found.append(url)
    }
    return found
  }
}
