import Foundation
import GRDB
import SaysoCore

/// Articles as a corpus holds them now, for re-anchoring bookmarks (a `CorpusIndex`, or a test double).
public protocol ArticleLookup {
  /// The content hash of the article at `path`, or nil when the corpus has no such article.
  func contentHash(of path: String) throws(SaysoStoreError) -> ContentHash?
  /// The article at `path` with its analysis, or nil when the corpus has no such article.
  func analysis(of path: String) throws(SaysoStoreError) -> ArticleAnalysis?
}

extension CorpusIndex: ArticleLookup {}

extension BookmarkDatabase {
  /// A bookmark whose anchor or status changed when it was checked.
  public struct AnchorChange: Sendable, Equatable {
    /// The bookmark as it is now.
    public var bookmark: Bookmark
    /// Its status before the check.
    public var previousStatus: AnchorStatus
  }

  /// Checks the bookmarks of `corpus` against its articles as they are now, and saves where each
  /// passage stands (all in one transaction).
  ///
  /// Articles renamed by the last index update are followed to their new path first. A bookmark whose
  /// article has not changed since the last check is left alone. A passage that cannot be found, or whose
  /// article is gone, makes the bookmark orphaned: it keeps its saved text and note, and is checked again
  /// next time (the article may come back). No bookmark is ever dropped.
  ///
  /// - Parameters:
  ///   - corpus: the corpus whose bookmarks to check.
  ///   - renamed: articles that moved with the same bytes (`UpdateReport.renamed`).
  ///   - articles: the corpus's articles now.
  /// - Returns: the bookmarks whose anchor or status changed.
  /// - Throws: `SaysoStoreError` when the bookmarks or the articles cannot be read, or changes saved.
  @discardableResult
  public func reanchor(
    corpus: CorpusIdentity, renamed: [UpdateReport.Rename] = [], in articles: some ArticleLookup
  ) throws(SaysoStoreError) -> [AnchorChange] {
    let moves = Dictionary(renamed.map { ($0.from, $0.to) }, uniquingKeysWith: { a, _ in a })
    var updated: [(old: Bookmark, new: Bookmark)] = []
    for bookmark in try bookmarks(inCorpus: corpus.key) {
      var current = bookmark
      if let to = moves[current.article] { current.article = to }
      guard let hash = try articles.contentHash(of: current.article) else {
        current.status = .orphanedArticle
        current.articleHash = nil
        if current != bookmark { updated.append((bookmark, current)) }
        continue
      }
      if hash == current.articleHash && !current.status.isOrphaned {
        if current != bookmark { updated.append((bookmark, current)) }
        continue
      }
      guard let analysis = try articles.analysis(of: current.article) else { continue }
      current.articleHash = hash
      current.title = analysis.article.title
      current.source = analysis.article.source
      current.date = analysis.article.date
      if let found = PassageFinder.find(current.anchor, in: analysis.article.paragraphs.map(\.text)) {
        current.anchor = found.anchor
        current.status = found.status
        if let paragraph = analysis.article.paragraphs.first(where: { $0.index == found.anchor.paragraph }) {
          current.role = paragraph.role
        }
      } else {
        current.status = .orphanedPassage
      }
      if current != bookmark { updated.append((bookmark, current)) }
    }
    guard !updated.isEmpty else { return [] }
    try write { db in
      for (_, bookmark) in updated {
        try db.execute(
          sql: """
            UPDATE bookmark SET article = ?, title = ?, source = ?, date = ?, articleHash = ?, paragraph = ?, start = ?,
              "end" = ?, exact = ?, prefix = ?, suffix = ?, role = ?, status = ?
            WHERE id = ?
            """,
          arguments: [
            bookmark.article, bookmark.title, bookmark.source, bookmark.date, bookmark.articleHash?.description,
            bookmark.anchor.paragraph, bookmark.anchor.start, bookmark.anchor.end, bookmark.anchor.exact,
            bookmark.anchor.prefix, bookmark.anchor.suffix, bookmark.role.rawValue, bookmark.status.rawValue,
            bookmark.id,
          ])
      }
    }
    return updated.map { AnchorChange(bookmark: $0.new, previousStatus: $0.old.status) }
  }
}
