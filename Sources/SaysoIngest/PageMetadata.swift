import Foundation
import SaysoCore

/// What a page says about its article outside the text: headline, outlet, date and byline, read from
/// Open Graph and article meta tags, JSON-LD (`NewsArticle` and kin), `<time>`, a byline element, `<h1>`
/// and `<title>`, in that order of trust.
public struct PageMetadata: Sendable, Equatable {
  public var title: String?
  public var source: String?
  public var date: String?
  public var author: String?
  /// The canonical address (`<link rel=canonical>` or `og:url`).
  public var url: String?

  /// Reads the metadata of the page rooted at `root`.
  public init(_ root: HTMLElement) {
    var meta: [String: String] = [:]
    var titleTag: String?
    var h1: String?
    var time: String?
    var byline: String?
    var jsonLD: [[String: Any]] = []
    var canonical: String?
    root.forEachElement { e in
      switch e.name {
      case "meta":
        if let key = (e.attributes["property"] ?? e.attributes["name"] ?? e.attributes["itemprop"])?.lowercased(),
          let content = e.attributes["content"], meta[key] == nil
        {
          meta[key] = content
        }
      case "title": if titleTag == nil { titleTag = e.text }
      case "h1": if h1 == nil { h1 = e.text }
      case "time": if time == nil { time = e.attributes["datetime"] ?? e.text }
      case "link":
        if e.attributes["rel"]?.lowercased() == "canonical" { canonical = e.attributes["href"] }
      case "script":
        if e.attributes["type"]?.lowercased() == "application/ld+json" {
          jsonLD += Self.jsonObjects(e.text)
        }
      default:
        if byline == nil, e.attributes["rel"] == "author" || Self.isByline(e) { byline = e.text }
      }
    }
    let article = jsonLD.first { object in
      let type = (object["@type"] as? String) ?? ((object["@type"] as? [String])?.first ?? "")
      return type.hasSuffix("Article") || type == "BlogPosting" || type == "Report"
    }
    func clean(_ s: String?) -> String? {
      guard let s else { return nil }
      let t = LibraryEntry.oneLine(s)
      return t.isEmpty ? nil : t
    }
    title =
      clean(meta["og:title"]) ?? clean(article?["headline"] as? String) ?? clean(h1)
      ?? clean(titleTag)
    source = clean(meta["og:site_name"]) ?? clean((article?["publisher"] as? [String: Any])?["name"] as? String)
    let dates = [
      meta["article:published_time"], article?["datePublished"] as? String, time, meta["date"],
      meta["pubdate"], meta["dc.date"], meta["datepublished"],
    ]
    date = dates.lazy.compactMap { $0.flatMap(Self.day) }.first
    let metaAuthor = meta["author"].flatMap { $0.hasPrefix("http") ? nil : $0 }
    author = clean(metaAuthor) ?? clean(Self.name(of: article?["author"])) ?? clean(byline.map(Self.withoutBy))
    url = clean(canonical) ?? clean(meta["og:url"])
  }

  /// `YYYY-MM-DD` of an ISO 8601 date or date-time, or of a date in words.
  static func day(_ text: String) -> String? {
    let t = LibraryEntry.oneLine(text)
    let scalars = Array(t.unicodeScalars)
    if scalars.count >= 10, t.prefix(10).allSatisfy({ $0.isNumber || $0 == "-" }),
      let normalized = DateText.normalize(String(t.prefix(10)))
    {
      return normalized
    }
    return DateText.normalize(t)
  }

  /// Whether the element is a byline box (`class="byline"`, `class="author-name"`, `itemprop=author`).
  static func isByline(_ e: HTMLElement) -> Bool {
    if e.attributes["itemprop"] == "author" { return true }
    let words = e.classWords
    return words.contains("byline") || (words.contains("author") && e.text.count < 120)
  }

  /// "By Jane Smith" → "Jane Smith".
  static func withoutBy(_ text: String) -> String {
    let t = LibraryEntry.oneLine(text)
    return t.lowercased().hasPrefix("by ") ? String(t.dropFirst(3)) : t
  }

  /// The name of a JSON-LD author: a string, `{"name": …}`, or the first of a list.
  static func name(of value: Any?) -> String? {
    if let s = value as? String { return s }
    if let o = value as? [String: Any] { return o["name"] as? String }
    if let list = value as? [Any] { return list.lazy.compactMap { name(of: $0) }.first }
    return nil
  }

  /// The JSON objects of a JSON-LD script: one object, a list, or a `@graph`.
  static func jsonObjects(_ text: String) -> [[String: Any]] {
    guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8)) else { return [] }
    var out: [[String: Any]] = []
    func add(_ v: Any) {
      if let o = v as? [String: Any] {
        out.append(o)
        if let graph = o["@graph"] as? [Any] { graph.forEach(add) }
      } else if let list = v as? [Any] {
        list.forEach(add)
      }
    }
    add(value)
    return out
  }
}
