import Foundation
import SaysoCore

/// Every article of a corpus, one at a time in path order (`PathOrder`), whatever its sources.
///
/// Each source is listed on its own in path order (folders by `CorpusWalker.Walk`, embedded documents
/// sorted by path), and the sources are merged like sorted lists, so the listing holds one folder
/// listing per folder being walked and the embedded documents' order, never the corpus. A path that
/// several sources give (a folder and a file inside it, say) is listed once, from the first source.
/// The errors that stop listing a source are kept aside, in the order of the sources.
struct CorpusListing: IteratorProtocol {
  /// One article of the corpus.
  struct Entry: Sendable {
    /// Where it comes from: a file on disk, or the `index`-th document of the embedded source `source`.
    enum Origin: Sendable {
      case file(size: Int?, modified: Int64?, isRegular: Bool)
      case document(source: Int, index: Int)
    }

    var path: String
    var origin: Origin
  }

  /// One source's articles in path order, with the next one looked at but not yet given.
  private struct Stream {
    var source: Int
    /// The walk of a file or folder source.
    var walk: CorpusWalker.Walk?
    /// An embedded source's documents, their indices sorted by path, and the next one to give.
    var documents: [EmbeddedDocument] = []
    var order: [Int] = []
    var next = 0
    var head: Entry?
  }

  private var streams: [Stream]
  private var failures: [[SaysoCoreError]]

  /// The errors that stopped listing a source (missing, unreadable, no articles), in source order.
  /// Complete once `next()` has returned nil.
  var errors: [SaysoCoreError] { failures.flatMap { $0 } }

  /// The folders listed so far and the files given as paths, with their times (see
  /// `CorpusWalker.Walk.watched`). Complete once `next()` has returned nil.
  var watched: [CorpusWalker.Watched] { streams.flatMap { $0.walk?.watched ?? [] } }

  /// Whether every source is a path on disk (none is embedded in the binary).
  static func isOnDisk(_ sources: [CorpusSource]) -> Bool {
    sources.allSatisfy { if case .path = $0 { true } else { false } }
  }

  /// A listing of the articles of `sources`.
  init(sources: [CorpusSource]) {
    failures = Array(repeating: [], count: sources.count)
    streams = sources.enumerated().map { source, kind in
      switch kind {
      case .path(let path):
        return Stream(source: source, walk: CorpusWalker.Walk(path: path))
      case .embedded(_, let documents):
        // Sorted by path, then by position, so that the first of two documents with one path is kept.
        let order = documents.indices.sorted {
          let order = PathOrder.compare(documents[$0].path, documents[$1].path)
          return order != 0 ? order < 0 : $0 < $1
        }
        return Stream(source: source, documents: documents, order: order)
      }
    }
    for position in streams.indices { advance(position) }
  }

  mutating func next() -> Entry? {
    var first: Int?
    for position in streams.indices {
      guard let head = streams[position].head else { continue }
      if let best = first, let other = streams[best].head, PathOrder.compare(other.path, head.path) <= 0 { continue }
      first = position
    }
    guard let first, let entry = streams[first].head else { return nil }
    // Every source that gives the same path moves past it.
    for position in streams.indices {
      while let head = streams[position].head, PathOrder.same(head.path, entry.path) { advance(position) }
    }
    return entry
  }

  /// Moves the stream at `position` to its next article, keeping aside the errors met on the way.
  private mutating func advance(_ position: Int) {
    streams[position].head = nil
    if streams[position].walk != nil {
      // Mutated in place (through the optional), so the folder listings are never copied.
      while let item = streams[position].walk?.next() {
        switch item {
        case .file(let file):
          streams[position].head = Entry(
            path: file.path, origin: .file(size: file.size, modified: file.modified, isRegular: file.isRegular))
          return
        case .failure(let error):
          failures[streams[position].source].append(error)
        }
      }
      return
    }
    let next = streams[position].next
    guard next < streams[position].order.count else { return }
    let index = streams[position].order[next]
    streams[position].head = Entry(
      path: streams[position].documents[index].path,
      origin: .document(source: streams[position].source, index: index))
    streams[position].next = next + 1
  }
}
