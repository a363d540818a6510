import Foundation
import SaysoCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lists a corpus's article files with their size and modification time, without reading them.
///
/// The same files, in the same order, as `CorpusLoader.forEachArticle(paths:)` reads: a file given
/// explicitly whatever its extension; in folders, recursively, `.txt` and `.md` files (any case) whose
/// names and folders do not start with "."; sorted by path within each folder given; folder cycles made
/// with symbolic links walked once. One `stat` per entry, so re-opening a big corpus stays fast.
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

  /// Calls `body` with each file under `path`, or the error that stops listing it.
  static func forEachFile(
    in path: String, _ body: (Result<File, SaysoCoreError>) throws -> Void
  ) rethrows {
    guard !path.isEmpty, let info = status(path) else {
      try body(.failure(.missing(path: path)))
      return
    }
    if !isFolder(info) {
      try body(.success(file(path, info)))
      return
    }
    var found: [(relative: String, file: File)] = []
    var visited: Set<String> = []
    if let error = collect(folder: path, relative: "", found: &found, visited: &visited) {
      try body(.failure(error))
      return
    }
    if found.isEmpty {
      try body(.failure(.noArticles(path: path)))
      return
    }
    found.sort { $0.relative < $1.relative }
    for entry in found { try body(.success(entry.file)) }
  }

  /// Adds the article files under `folder` to `found`; returns the error when `folder` itself cannot
  /// be listed (an unreadable subfolder is skipped, as `CorpusLoader` does).
  private static func collect(
    folder: String, relative: String, found: inout [(relative: String, file: File)], visited: inout Set<String>
  ) -> SaysoCoreError? {
    guard let real = realpath(folder, nil) else {
      return .unreadable(path: folder, reason: String(cString: strerror(errno)).lowercased())
    }
    let canonical = String(cString: real)
    free(real)
    guard visited.insert(canonical).inserted else { return nil }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: folder)
    } catch {
      return .unreadable(path: folder, reason: "cannot list the folder")
    }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    for name in names where !name.hasPrefix(".") {
      let child = prefix + name
      let childRelative = relative.isEmpty ? name : relative + "/" + name
      let info = status(child)
      if let info, isFolder(info) {
        _ = collect(folder: child, relative: childRelative, found: &found, visited: &visited)
        continue
      }
      let ext = (name as NSString).pathExtension.lowercased()
      guard CorpusLoader.articleExtensions.contains(ext) else { continue }
      found.append((childRelative, info.map { file(child, $0) } ?? File(path: child, isRegular: false)))
    }
    return nil
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
