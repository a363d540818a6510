import Foundation

/// Reading positions in memory, written to a JSON file (when given a path) on `flush()`.
public final class JSONReadingPositions: ReadingPositionStore {
  public let path: String?
  private var positions: [String: ReadingPosition] = [:]
  private var changed = false

  /// Positions kept in `path` (e.g. `$XDG_STATE_HOME/sayso/ui-positions.json`), or only in memory.
  public init(path: String?) {
    self.path = path
    if let path, let data = FileManager.default.contents(atPath: path),
      let loaded = try? JSONDecoder().decode([String: ReadingPosition].self, from: data)
    {
      positions = loaded
    }
  }

  public func position(forArticle path: String) -> ReadingPosition? { positions[path] }

  public func save(_ position: ReadingPosition, forArticle path: String) {
    guard positions[path] != position else { return }
    positions[path] = position
    changed = true
  }

  public func flush() throws {
    guard changed, let path else { return }
    try JSONFile.write(positions, to: path)
    changed = false
  }
}
