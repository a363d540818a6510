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
