import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds with Foundation's XMLParser.
public enum FeedParser {
  /// The feed in `data`.
  ///
  /// - Parameters:
  ///   - data: the feed's bytes.
  ///   - address: where it came from, for errors.
  /// - Throws: `IngestError.notAFeed` for XML that does not parse or is not RSS or Atom.
  public static func parse(_ data: Data, address: String) throws(IngestError) -> Feed {
    let reader = FeedReader()
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    parser.delegate = reader
    let parsed = parser.parse()
    guard let kind = reader.kind else {
      let reason =
        reader.rootName != nil
        ? "the top element is <\(reader.rootName ?? "?")>"
        : "XML error at line \(parser.lineNumber): \(parser.parserError.map { ($0 as NSError).code } ?? 0)"
      throw .notAFeed(url: address, reason: reason)
    }
    // A feed cut short still gives the items before the break.
    if !parsed && reader.items.isEmpty {
      throw .notAFeed(url: address, reason: "XML error at line \(parser.lineNumber) in this \(kind) feed")
    }
    return Feed(title: reader.title, link: reader.link, items: reader.items)
  }
}

/// XMLParser's delegate: collects the feed's title and link and its items.
private final class FeedReader: NSObject, XMLParserDelegate {
  enum Kind: String {
    case rss = "RSS"
    case atom = "Atom"
  }
  var kind: Kind?
  var rootName: String?
  var title: String?
  var link: String?
  var items: [FeedItem] = []

  private var stack: [String] = []
  private var text = ""
  private var item: FeedItem?
  /// Inside Atom `content type="xhtml"`: its markup is rebuilt as text.
  private var xhtmlDepth: Int?

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if rootName == nil {
      rootName = name
      switch name {
      case "rss", "rdf:RDF": kind = .rss
      case "feed": kind = .atom
      default: parser.abortParsing()
      }
    }
    if let depth = xhtmlDepth, stack.count > depth {
      text += "<\(name)>"
      stack.append(name)
      return
    }
    stack.append(name)
    switch name {
    case "item", "entry":
      item = FeedItem()
    case "link" where kind == .atom:
      let rel = attributes["rel"] ?? "alternate"
      if rel == "alternate", let href = attributes["href"] {
        if var current = item {
          current.link = current.link ?? href
          item = current
        } else if stack.count == 2 {
          link = link ?? href
        }
      }
    case "content" where kind == .atom && attributes["type"] == "xhtml":
      xhtmlDepth = stack.count
    default: break
    }
    if xhtmlDepth == nil || stack.count == xhtmlDepth { text = "" }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(_ parser: XMLParser, foundCDATA cdataBlock: Data) { text += String(decoding: cdataBlock, as: UTF8.self) }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if let depth = xhtmlDepth, stack.count > depth {
      text += "</\(name)>"
      stack.removeLast()
      return
    }
    if xhtmlDepth == stack.count { xhtmlDepth = nil }
    stack.removeLast()
    let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
    text = ""
    guard var current = item else {
      // Channel (RSS) or feed (Atom) level: the title and link right under it.
      let parent = stack.last
      if name == "title", parent == "channel" || parent == "feed", title == nil { title = value }
      if name == "link", parent == "channel", link == nil { link = value }
      return
    }
    switch name {
    case "item", "entry":
      items.append(current)
      item = nil
      return
    case "title": current.title = value
    case "link" where kind == .rss: current.link = current.link ?? value
    case "guid", "id": current.guid = value
    case "pubDate", "published", "dc:date":
      current.date = PageMetadata.day(value) ?? current.date
    case "updated":
      if current.date == nil { current.date = PageMetadata.day(value) }
    case "content:encoded", "content": current.content = value
    case "description", "summary": current.summary = value
    case "dc:creator", "name": current.author = current.author ?? value
    case "author" where kind == .rss: current.author = current.author ?? value
    default: break
    }
    item = current
  }
}
