import Foundation

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
