import Foundation
import SaysoCore

/// `sayso import`'s work: turns a file (HTML, Markdown, text) or a web page's address into a library entry.
public struct Importer {
  /// Fetches web pages; nil when only files are imported.
  let client: (any HTTPGetting)?

  public init(client: (any HTTPGetting)?) { self.client = client }

  /// File extensions read as HTML.
  public static let htmlExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]

  /// The entry for `argument`: an http(s) address is fetched, anything else is read as a file.
  ///
  /// - Returns: the entry and, for a text file not in UTF-8, the notice that says how it was read.
  /// - Throws: `IngestError` naming the file or address and what is wrong.
  public func entry(for argument: String) throws(IngestError) -> (LibraryEntry, notice: String?) {
    let lower = argument.lowercased()
    if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
      guard let url = URL(string: argument), url.host != nil, let client else { throw .notAnAddress(argument) }
      switch client.get(url) {
      case .failure(let error): throw error
      case .success(let response):
        if (try? FeedParser.parse(response.body, address: argument)) != nil { throw .isAFeed(argument) }
        var entry = try WebPage.entry(response.body, address: argument, url: response.url, encoding: response.charset)
        entry.url = response.url.absoluteString
        return (entry, nil)
      }
    }
    let data: Data
    switch ArticleFile.read(argument, limit: CorpusLoader.defaultMaximumFileSize) {
    case .success(let bytes): data = bytes
    case .failure(let error): throw .unreadable(path: argument, reason: Self.reason(error))
    }
    let fileURL = URL(fileURLWithPath: argument).standardizedFileURL
    let ext = fileURL.pathExtension.lowercased()
    let looksLikeHTML =
      Self.htmlExtensions.contains(ext) || (!["md", "txt"].contains(ext) && Self.startsWithMarkup(data))
    if looksLikeHTML {
      var entry = try WebPage.entry(data, address: argument)
      // A saved page names its address in <link rel=canonical>; else the file is how it is known.
      if entry.url == nil { entry.guid = fileURL.absoluteString }
      if entry.source == nil { entry.source = "imported" }
      return (entry, nil)
    }
    let article: Article
    do {
      article = try CorpusLoader.article(from: data, path: argument)
    } catch {
      throw .unreadable(path: argument, reason: Self.reason(error))
    }
    let paragraphs = article.paragraphs.filter { $0.role != .title }.map { paragraph in
      paragraph.role == .heading && !paragraph.text.hasPrefix("#") ? "## " + paragraph.text : paragraph.text
    }
    var entry = LibraryEntry(
      title: article.title ?? "Untitled", source: article.source ?? "imported", date: article.date, url: article.url,
      paragraphs: paragraphs)
    if entry.url == nil { entry.guid = fileURL.absoluteString }
    return (entry, article.encoding.notice(path: argument))
  }

  /// Whether the bytes start (after white space and a byte-order mark) with `<`.
  static func startsWithMarkup(_ data: Data) -> Bool {
    for byte in data.prefix(1024) {
      if byte == 0x3C { return true }
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xEF || byte == 0xBB || byte == 0xBF {
        continue
      }
      return false
    }
    return false
  }

  /// The part of a core error after its path (`x.md: empty file` → `empty file`).
  static func reason(_ error: SaysoCoreError) -> String {
    let text = error.description
    let prefix = error.path + ": "
    return text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
  }
}
