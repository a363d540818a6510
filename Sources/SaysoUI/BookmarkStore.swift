/// Keeps bookmarks, and finds their passages again when articles change. SaysoReaderStore puts the
/// library's bookmark database behind it (the one `sayso bookmarks` lists).
public protocol BookmarkStore: AnyObject {
  /// Every bookmark of the corpus, oldest first, where its passage is now.
  func bookmarks() throws -> [BookmarkRecord]
  /// Adds a bookmark.
  func add(_ bookmark: BookmarkRecord) throws
  /// Deletes the bookmark with `id`; nothing happens when there is none.
  func remove(id: String) throws
  /// Puts back the bookmark with `id` that `remove(id:)` deleted, as it was: the same id, so the same
  /// place in the list, with its note and passage.
  func restore(id: String) throws
  /// Replaces the note of the bookmark with `id` (empty removes it).
  func setNote(_ note: String, id: String) throws
}

/// Writes every bookmark out as `sayso bookmarks export` does; SaysoCLI puts that command's export
/// behind it, so the files are the command's output.
public protocol BookmarkExporter: AnyObject {
  /// Writes the Markdown and the JSON export: `base.md` and `base.json` (an `.md` or `.json` that
  /// `base` ends with is dropped first).
  ///
  /// - Returns: the files written and how many bookmarks they hold.
  func export(toBase base: String) throws -> (files: [String], count: Int)
}
