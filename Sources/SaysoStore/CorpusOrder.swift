import Foundation
import SaysoCore

/// The order `CorpusLoader` gives a corpus's articles in, worked out from their paths alone: source by
/// source (a path that several sources give counts for the first), each folder's files sorted by path,
/// a source's embedded documents in their order. Paths that no source gives come last, by path.
///
/// The index keeps no position per article: the order follows from the sources, so an update need not
/// remember the whole listing to answer `CorpusIndex.articles()` in this order.
struct CorpusOrder {
  private let sources: [CorpusSource]
  /// For each embedded source, its documents' positions by path (the first of two with one path).
  private let positions: [Int: [String: Int]]

  /// The order of the corpus made of `sources`.
  init(sources: [CorpusSource]) {
    self.sources = sources
    var positions: [Int: [String: Int]] = [:]
    for (n, source) in sources.enumerated() {
      guard case .embedded(_, let documents) = source else { continue }
      positions[n] = Dictionary(
        documents.enumerated().map { ($1.path, $0) }, uniquingKeysWith: { first, _ in first })
    }
    self.positions = positions
  }

  /// `articles` in corpus order.
  func sorted(_ articles: [IndexedArticle]) -> [IndexedArticle] {
    order(of: articles.map(\.path)).map { articles[$0] }
  }

  /// `paths` in corpus order.
  func sorted(paths: [String]) -> [String] { order(of: paths).map { paths[$0] } }

  /// The positions in `paths` of the paths in corpus order.
  func order(of paths: [String]) -> [Int] {
    let ranks = paths.map { rank(of: $0) }
    return paths.indices.sorted { a, b in
      if ranks[a] != ranks[b] { return ranks[a] < ranks[b] }
      return paths[a] < paths[b]
    }
  }

  /// The first source that gives `path`, and its position there (0 for a file in a folder, which is
  /// placed by its path); `(Int.max, 0)` when no source gives it.
  func rank(of path: String) -> Rank {
    for (n, source) in sources.enumerated() {
      switch source {
      case .path(let root):
        if PathOrder.same(path, root) || Self.folder(root, gives: path) { return Rank(source: n, position: 0) }
      case .embedded:
        if let position = positions[n]?[path] { return Rank(source: n, position: position) }
      }
    }
    return Rank(source: Int.max, position: 0)
  }

  /// Where an article stands: its source's position, then its own in the source.
  struct Rank: Comparable {
    var source: Int
    var position: Int

    static func < (a: Rank, b: Rank) -> Bool { (a.source, a.position) < (b.source, b.position) }
  }

  /// Whether walking the folder `root` lists `path`: it is inside, no folder or name on the way starts
  /// with ".", and it ends in an article extension (`a/b.md`, not `a/.old/b.md` nor `a/b.pdf`).
  private static func folder(_ root: String, gives path: String) -> Bool {
    let prefix = root.hasSuffix("/") ? root : root + "/"
    let bytes = path.utf8
    guard bytes.starts(with: prefix.utf8) else { return false }
    let relative = bytes.dropFirst(prefix.utf8.count)
    var previous = UInt8(ascii: "/")
    for byte in relative {
      if previous == UInt8(ascii: "/") && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")) { return false }
      previous = byte
    }
    guard previous != UInt8(ascii: "/"), let dot = relative.lastIndex(of: UInt8(ascii: ".")),
      !relative[dot...].contains(UInt8(ascii: "/"))
    else { return false }
    let ext = String(decoding: relative[bytes.index(after: dot)...], as: UTF8.self).lowercased()
    return CorpusLoader.articleExtensions.contains(ext)
  }
}
