import SaysoCore
import SaysoStore

/// The bookmark commands' work, on the session's stores.
extension StoreSession {
  /// Adds a bookmark on the passage `reference` names (an article of `corpus`, a paragraph, maybe a
  /// span), with its note and tags, unless that passage has one already.
  ///
  /// - Returns: the new bookmark, or the one the passage had (`isNew` false; nothing was changed).
  /// - Throws: `SaysoCLI.SaysoError` for an article that is not found, `SaysoStoreError` when a store
  ///   cannot be read or written.
  public func addBookmark(
    at reference: PassageReference, note: String?, tags: [String], corpus: inout Corpus
  ) throws -> (bookmark: Bookmark, isNew: Bool) {
    let (index, _) = try openIndex(of: &corpus)
    let bookmarks = try openBookmarks()
    let article = try ArticleSelector(articles: try index.articles()).article(reference.article)
    guard let analysis = try index.analysis(of: article.path) else {
      throw SaysoStoreError.unknownArticle(path: article.path)
    }
    let new = try NewBookmark(
      in: analysis, hash: article.hash, corpus: index.identity, paragraph: reference.paragraph,
      span: reference.span, note: note, tags: tags)
    if let existing = try bookmarks.bookmark(on: new) { return (existing, false) }
    return (try bookmarks.add(new), true)
  }

  /// Every bookmark, after finding the passages of the corpus's bookmarks again; the changes found
  /// (moved, orphaned) are reported one line each.
  public func checkedBookmarks(corpus: inout Corpus) throws -> [Bookmark] {
    let bookmarks = try openBookmarks()
    let (index, report) = try openIndex(of: &corpus)
    let changes = try bookmarks.reanchor(corpus: index.identity, renamed: report.renamed, in: index)
    for notice in changes.compactMap(BookmarkText.notice) { Diagnostics.report(notice) }
    return try bookmarks.bookmarks()
  }

  /// `sayso bookmarks`: prints every bookmark, checked first (`checkedBookmarks`), as `BookmarkText`
  /// listings, or as JSON with `json`, or exported with `export`; then ends the command by the corpus's rule.
  public func printBookmarks(corpus: inout Corpus, json: Bool = false, export: BookmarkText.ExportFormat? = nil)
    throws
  {
    let bookmarks = try checkedBookmarks(corpus: &corpus)
    if let export {
      print(BookmarkText.export(bookmarks, format: export), terminator: "")
    } else if json {
      print(BookmarkText.json(bookmarks).serialized)
    } else {
      for bookmark in bookmarks { print(BookmarkText.listing(bookmark)) }
    }
    try corpus.finish()
  }
}
