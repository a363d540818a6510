import SaysoCore

/// Where a bookmark points now that the article may have changed.
public enum BookmarkAnchor: Equatable, Sendable {
  /// The excerpt is where it was, or was found again in another paragraph of the article.
  case found(paragraph: Int, start: Int?, end: Int?)
  /// The article or the excerpt is gone; the bookmark and its note are kept.
  case orphan

  /// Finds `bookmark` in `analysis` (nil when the article is not in the corpus).
  public static func resolve(_ bookmark: BookmarkRecord, in analysis: ArticleAnalysis?) -> BookmarkAnchor {
    guard let analysis, bookmark.isOrphan != true else { return .orphan }
    let paragraphs = analysis.article.paragraphs
    let excerpt = bookmark.excerpt
    if paragraphs.indices.contains(bookmark.paragraph) {
      let text = paragraphs[bookmark.paragraph].text
      if let start = bookmark.start, let end = bookmark.end, Self.slice(text, start, end) == excerpt {
        return .found(paragraph: bookmark.paragraph, start: start, end: end)
      }
      if excerpt.isEmpty || text.hasPrefix(excerpt) && bookmark.start == nil {
        return .found(paragraph: bookmark.paragraph, start: nil, end: nil)
      }
    }
    guard !excerpt.isEmpty else { return .orphan }
    for paragraph in paragraphs {
      guard let range = paragraph.text.range(of: excerpt) else { continue }
      let start = paragraph.text.unicodeScalars.distance(from: paragraph.text.startIndex, to: range.lowerBound)
      let length = excerpt.unicodeScalars.count
      return bookmark.start == nil
        ? .found(paragraph: paragraph.index, start: nil, end: nil)
        : .found(paragraph: paragraph.index, start: start, end: start + length)
    }
    return .orphan
  }

  private static func slice(_ text: String, _ start: Int, _ end: Int) -> String? {
    let scalars = text.unicodeScalars
    guard start >= 0, end >= start, end <= scalars.count else { return nil }
    let a = scalars.index(scalars.startIndex, offsetBy: start)
    let b = scalars.index(a, offsetBy: end - start)
    return String(scalars[a..<b])
  }
}
