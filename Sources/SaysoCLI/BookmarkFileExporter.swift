import Foundation
import SaysoStore
import SaysoUI

/// The reader's `x` in Bookmarks: every bookmark written to `FILE.md` and `FILE.json`, each exactly
/// what `sayso bookmarks export --format markdown|json` prints.
public final class BookmarkFileExporter: BookmarkExporter {
  public let database: BookmarkDatabase

  public init(database: BookmarkDatabase) { self.database = database }

  public func export(toBase base: String) throws -> (files: [String], count: Int) {
    let bookmarks = try database.bookmarks()
    let stem = Self.stem(of: base)
    var files: [String] = []
    for (format, ext) in [(BookmarkText.ExportFormat.markdown, "md"), (.json, "json")] {
      let path = stem + "." + ext
      try Data(BookmarkText.export(bookmarks, format: format).utf8).write(to: URL(fileURLWithPath: path))
      files.append(path)
    }
    return (files, bookmarks.count)
  }

  /// The path without an `.md` or `.json` ending, `~/` expanded.
  static func stem(of base: String) -> String {
    var path = base
    if path == "~" || path.hasPrefix("~/") { path = NSHomeDirectory() + path.dropFirst() }
    for ext in [".md", ".json"] where path.hasSuffix(ext) && path.count > ext.count {
      path.removeLast(ext.count)
    }
    return path
  }
}
