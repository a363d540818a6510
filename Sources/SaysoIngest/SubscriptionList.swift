import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Lists of feeds made by other readers: OPML files (`<outline xmlUrl=…>`) and newsboat's `urls` file.
public enum SubscriptionList {
  /// The feeds of an OPML file: (address, title) in the file's order.
  ///
  /// - Throws: `IngestError.badSubscriptionList` when it is not OPML or names no feed.
  public static func opml(_ data: Data, path: String) throws(IngestError) -> [(url: String, title: String?)] {
    let reader = OutlineReader()
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    parser.delegate = reader
    let parsed = parser.parse()
    guard parsed || !reader.feeds.isEmpty else {
      throw .badSubscriptionList(path: path, reason: "not OPML: XML error at line \(parser.lineNumber)")
    }
    guard !reader.feeds.isEmpty else {
      throw .badSubscriptionList(path: path, reason: "no <outline xmlUrl=…> feed in this file")
    }
    return reader.feeds
  }

  /// The feeds of newsboat's `urls` file: one per line, the address first, then tags in quotes (a tag
  /// `"~Title"` names the feed); `#` comments, `query:`, `exec:` and `filter:` lines are skipped.
  public static func newsboatURLs(_ text: String) -> [(url: String, title: String?)] {
    var feeds: [(url: String, title: String?)] = []
    for line in text.split(whereSeparator: \.isNewline) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty, !trimmed.hasPrefix("#"), !trimmed.hasPrefix("\"") else { continue }
      let url = String(trimmed.prefix { !$0.isWhitespace })
      guard url.hasPrefix("http://") || url.hasPrefix("https://") else { continue }
      var title: String?
      for part in trimmed.split(separator: "\"") where part.hasPrefix("~") {
        title = String(part.dropFirst())
      }
      feeds.append((url, title))
    }
    return feeds
  }
}

private final class OutlineReader: NSObject, XMLParserDelegate {
  var feeds: [(url: String, title: String?)] = []

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    guard name == "outline", let url = attributes["xmlUrl"] ?? attributes["xmlurl"], !url.isEmpty else { return }
    feeds.append((url, attributes["title"] ?? attributes["text"]))
  }
}
