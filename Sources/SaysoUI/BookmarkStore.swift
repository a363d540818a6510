/// Keeps bookmarks, and finds their passages again when articles change. SaysoReaderStore puts the
/// library's bookmark database behind it (the one `sayso bookmarks` lists).
public protocol BookmarkStore: AnyObject {
  /// Every bookmark of the corpus, oldest first, where its passage is now.
  func bookmarks() throws -> [BookmarkRecord]
  /// Adds a bookmark.
  func add(_ bookmark: BookmarkRecord) throws
  /// Deletes the bookmark with `id`; nothing happens when there is none.
  func remove(id: String) throws
}
