import Foundation
import SaysoCore

/// A bookmark on a paragraph or a claim, with the user's note.
public struct BookmarkRecord: Codable, Equatable, Sendable {
  public var id: String
  /// The article's path.
  public var article: String
  public var articleTitle: String
  public var paragraph: Int
  /// The claim's span in the paragraph (scalar offsets), nil for the whole paragraph.
  public var start: Int?
  public var end: Int?
  /// The bookmarked words (a claim's text, or the paragraph's start), to find them again if the article changes.
  public var excerpt: String
  public var note: String
  /// When it was made, ISO 8601.
  public var created: String
  /// Whether the store found the passage gone when it last checked; nil when the store does not say
  /// (the view then looks for the excerpt itself).
  public var isOrphan: Bool?

  public init(
    id: String = UUID().uuidString, article: String, articleTitle: String, paragraph: Int, start: Int? = nil,
    end: Int? = nil, excerpt: String, note: String, created: String = ISO8601DateFormatter().string(from: Date())
  ) {
    self.id = id
    self.article = article
    self.articleTitle = articleTitle
    self.paragraph = paragraph
    self.start = start
    self.end = end
    self.excerpt = excerpt
    self.note = note
    self.created = created
  }
}

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

/// Keeps bookmarks. The store implements it in `sayso`; `JSONBookmarkStore` and
/// `InMemoryBookmarkStore` are the stand-ins.
public protocol BookmarkStore: AnyObject {
  /// Every bookmark, oldest first.
  func bookmarks() throws -> [BookmarkRecord]
  /// Adds a bookmark.
  func add(_ bookmark: BookmarkRecord) throws
  /// Deletes the bookmark with `id`; nothing happens when there is none.
  func remove(id: String) throws
}

/// Bookmarks held in memory, for tests.
public final class InMemoryBookmarkStore: BookmarkStore {
  private var all: [BookmarkRecord]

  public init(_ bookmarks: [BookmarkRecord] = []) { all = bookmarks }

  public func bookmarks() throws -> [BookmarkRecord] { all }
  public func add(_ bookmark: BookmarkRecord) throws { all.append(bookmark) }
  public func remove(id: String) throws { all.removeAll { $0.id == id } }
}

/// Bookmarks in a JSON file, rewritten whole (atomically) on every change.
public final class JSONBookmarkStore: BookmarkStore {
  public let path: String
  private var all: [BookmarkRecord]?

  /// A store in `path`, e.g. `$XDG_DATA_HOME/sayso/ui-bookmarks.json`; the file is made on the first change.
  public init(path: String) { self.path = path }

  public func bookmarks() throws -> [BookmarkRecord] {
    if let all { return all }
    guard FileManager.default.fileExists(atPath: path) else {
      all = []
      return []
    }
    do {
      let loaded = try JSONDecoder().decode([BookmarkRecord].self, from: Data(contentsOf: URL(fileURLWithPath: path)))
      all = loaded
      return loaded
    } catch {
      throw UIError.fileError(path: path, reason: "cannot read bookmarks: \(error.localizedDescription)")
    }
  }

  public func add(_ bookmark: BookmarkRecord) throws {
    var list = try bookmarks()
    list.append(bookmark)
    try save(list)
  }

  public func remove(id: String) throws {
    var list = try bookmarks()
    list.removeAll { $0.id == id }
    try save(list)
  }

  private func save(_ list: [BookmarkRecord]) throws {
    all = list
    try JSONFile.write(list, to: path)
  }
}

/// Writing small JSON files atomically, making their folder first.
enum JSONFile {
  static func write(_ value: some Encodable, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    do {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      try encoder.encode(value).write(to: url, options: .atomic)
    } catch {
      throw UIError.fileError(path: path, reason: "cannot write: \(error.localizedDescription)")
    }
  }
}
