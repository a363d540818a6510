import Foundation
import SaysoCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lists a corpus's article files with their size and modification time, without reading them, one
/// file at a time in path order.
///
/// The same files as `CorpusLoader.forEachArticle(paths:)` reads: a file given explicitly whatever its
/// extension; in folders, recursively, `.txt` and `.md` files (any case) whose names and folders do not
/// start with "."; folder cycles made with symbolic links walked once. One `stat` per entry, so
/// re-opening a big corpus stays fast.
///
/// The walk holds one listing per folder on the way down, never the corpus: each folder is listed when
/// the walk reaches it, its entries sorted so that the files come out in the order of their whole
/// paths, byte by byte in UTF-8 (`PathOrder`), which is the order of the index's `path` column. A folder
/// sorts as its name followed by "/": `a-b.txt` < `a.txt` < `a/x.txt`, as the paths themselves sort.
enum CorpusWalker {
  /// A file of the corpus as found on disk.
  struct File: Sendable {
    var path: String
    /// Size in bytes, or nil when the file could not be stat'ed (a broken link): reading it reports why.
    var size: Int?
    /// Modification time in nanoseconds since 1970.
    var modified: Int64?
    /// Whether it is a regular file (a FIFO or device named like an article is not read).
    var isRegular: Bool
  }

  /// The files under one path, in path order, then the error that stopped listing it, if any: the path
  /// is missing, the folder cannot be listed, or it holds no article. An unreadable subfolder is skipped,
  /// as `CorpusLoader` does.
  struct Walk: IteratorProtocol {
    /// A file, or the one error that says why the path gives none.
    enum Item {
      case file(File)
      case failure(SaysoCoreError)
    }

    /// One entry of a folder's listing: its name and, for a file, what `stat` said.
    private struct Entry {
      /// The name, followed by "/" for a folder (so that sorting by it sorts the paths).
      var key: String
      var isFolder: Bool
      var size: Int?
      var modified: Int64?
      var isRegular: Bool
      /// Whether the name is not valid UTF-8 (`key` then shows its bytes as `\xNN`): reported, not read.
      var invalidName = false
    }

    /// A folder being walked: its path with a final "/", its sorted entries and the next one to give.
    private struct Frame {
      var prefix: String
      var entries: [Entry]
      var next = 0
    }

    private let root: String
    private var first: Item?
    private var frames: [Frame] = []
    /// The real paths of the folders listed so far (one per folder, to walk each folder once).
    private var visited: Set<String> = []
    private var isFolder = false
    private var found = false

    /// The folders listed so far (and a file given as the path), each with its modification time taken
    /// before it was listed: a file added, removed or renamed in a folder changes the folder's time, so
    /// comparing these times later tells whether the listing may have changed (`CorpusIndex.isFresh`).
    private(set) var watched: [Watched] = []

    /// How many folder entries the walk holds now: the listings of the folders it is inside.
    var heldEntries: Int { frames.reduce(0) { $0 + $1.entries.count } }

    /// A walk of the file or folder at `path`.
    init(path: String) {
      root = path
      guard !path.isEmpty, let info = CorpusWalker.status(path) else {
        first = .failure(.missing(path: path))
        return
      }
      guard CorpusWalker.isFolder(info) else {
        let file = CorpusWalker.file(path, info)
        watched.append(Watched(path: path, modified: file.modified ?? 0))
        first = .file(file)
        return
      }
      isFolder = true
      switch list(folder: path) {
      case .success(let frame): frames = frame.map { [$0] } ?? []
      case .failure(let error): first = .failure(error)
      }
    }

    mutating func next() -> Item? {
      if let item = first {
        first = nil
        isFolder = false
        return item
      }
      while !frames.isEmpty {
        let top = frames.count - 1
        guard frames[top].next < frames[top].entries.count else {
          frames.removeLast()
          continue
        }
        let entry = frames[top].entries[frames[top].next]
        frames[top].next += 1
        if entry.isFolder {
          // A subfolder that cannot be listed is skipped with the rest of its tree.
          if case .success(let frame?) = list(folder: frames[top].prefix + entry.key.dropLast()) {
            frames.append(frame)
          }
          continue
        }
        found = true
        if entry.invalidName { return .failure(.invalidFileName(path: frames[top].prefix + entry.key)) }
        return .file(
          File(
            path: frames[top].prefix + entry.key, size: entry.size, modified: entry.modified,
            isRegular: entry.isRegular))
      }
      if isFolder && !found {
        isFolder = false
        return .failure(.noArticles(path: root))
      }
      return nil
    }

    /// The sorted listing of `folder`, nil when it was walked already (a link back up the tree), or the
    /// error that stops listing it.
    private mutating func list(folder: String) -> Result<Frame?, SaysoCoreError> {
      guard let real = realpath(folder, nil) else {
        return .failure(.unreadable(path: folder, reason: String(cString: strerror(errno)).lowercased()))
      }
      let canonical = String(cString: real)
      free(real)
      guard visited.insert(canonical).inserted else { return .success(nil) }
      if let info = CorpusWalker.status(folder) {
        watched.append(Watched(path: folder, modified: CorpusWalker.file(folder, info).modified ?? 0))
      }
      let names: [String]
      let prefix = folder.hasSuffix("/") ? folder : folder + "/"
      var entries: [Entry] = []
      do {
        let listing = try FolderListing.names(in: folder)
        names = listing.valid
        for name in listing.invalid where !name.hasPrefix(".") {
          guard CorpusLoader.hasArticleExtension(name) else { continue }
          entries.append(Entry(key: name, isFolder: false, isRegular: false, invalidName: true))
        }
      } catch {
        return .failure(.unreadable(path: folder, reason: "cannot list the folder"))
      }
      for name in names where !name.hasPrefix(".") {
        let info = CorpusWalker.status(prefix + name)
        if let info, CorpusWalker.isFolder(info) {
          entries.append(Entry(key: name + "/", isFolder: true, isRegular: false))
          continue
        }
        guard CorpusLoader.hasArticleExtension(name) else { continue }
        // A broken link or a FIFO named like an article is listed, so that reading it reports it.
        let file = info.map { CorpusWalker.file(name, $0) } ?? File(path: name, isRegular: false)
        entries.append(
          Entry(key: name, isFolder: false, size: file.size, modified: file.modified, isRegular: file.isRegular))
      }
      entries.sort { PathOrder.precedes($0.key, $1.key) }
      return .success(Frame(prefix: prefix, entries: entries))
    }
  }

  /// A folder (or a file given as a corpus path) and its modification time, in nanoseconds since 1970.
  struct Watched: Sendable, Equatable {
    var path: String
    var modified: Int64
  }

  /// The modification time of `path` (a link followed), in nanoseconds since 1970, or nil when it cannot
  /// be stat'ed.
  static func modified(_ path: String) -> Int64? {
    status(path).flatMap { file(path, $0).modified }
  }

  private static func status(_ path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
  }

  private static func isFolder(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }

  private static func file(_ path: String, _ info: stat) -> File {
    #if canImport(Darwin)
      let time = info.st_mtimespec
    #else
      let time = info.st_mtim
    #endif
    return File(
      path: path, size: Int(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec),
      isRegular: (info.st_mode & S_IFMT) == S_IFREG)
  }
}
