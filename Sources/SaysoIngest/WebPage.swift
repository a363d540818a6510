import Foundation
import SaysoCore

/// A web page made into a library entry: metadata from `PageMetadata`, text from `MainText`.
public enum WebPage {
  /// The article of the page in `data`.
  ///
  /// - Parameters:
  ///   - data: the page's bytes.
  ///   - address: where it came from (a URL or a file path), for the entry's source and for errors.
  ///   - url: the page's URL when it has one (a file has none unless the page names its canonical one).
  ///   - encoding: the character set the server named, if any.
  /// - Throws: `IngestError.noArticleText` when nothing of the page reads as article text.
  public static func entry(
    _ data: Data, address: String, url: URL? = nil, encoding: String? = nil
  ) throws(IngestError) -> LibraryEntry {
    guard let root = HTMLParser.parse(data, encoding: encoding, url: url?.absoluteString) else {
      throw .noArticleText(address)
    }
    let meta = PageMetadata(root)
    let paragraphs = MainText.paragraphs(in: root, title: meta.title, byline: meta.author)
    guard !paragraphs.isEmpty else { throw .noArticleText(address) }
    let title = meta.title ?? LeadTitle.from(paragraphs) ?? "Untitled"
    let host = url?.host.map { $0.hasPrefix("www.") ? String($0.dropFirst(4)) : $0 }
    return LibraryEntry(
      title: title, source: meta.source ?? host, date: meta.date, url: url?.absoluteString ?? meta.url,
      author: meta.author, paragraphs: paragraphs)
  }
}
