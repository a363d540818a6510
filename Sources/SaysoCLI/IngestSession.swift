import Foundation
import SaysoCore
import SaysoIngest
import SaysoStore

/// The work of `sayso import`, `subscribe`, `unsubscribe`, `feeds` and `fetch`: SaysoIngest wired to the
/// data folders, with output lines on stdout and problems as `sayso: <message>` lines on stderr. A
/// failure with one file, page or feed is reported and the rest goes on; the command then exits with 1.
public struct IngestSession {
  /// The folders in use (the library is `data/library`, the subscriptions `data/subscriptions.json`).
  public let directories: DataDirectories
  /// How many things failed so far (reported already).
  public private(set) var failures = 0

  /// Resolves the folders: `dataDirectory` (`--data-dir`), else `$SAYSO_DATA_DIR`, else the XDG ones.
  public init(dataDirectory: String?) throws {
    directories = try DataDirectories.resolve(dataDirectory: dataDirectory)
  }

  /// What Sayso calls itself on the web.
  public static let userAgent =
    "Sayso/\(SaysoVersion.current) (terminal news reader; fetches feeds its user subscribed to)"

  /// The HTTP client every command shares: `sayso-fetch` beside this program, 20 s timeouts, 4 requests
  /// at a time.
  static func client() -> HelperHTTPClient {
    HelperHTTPClient(userAgent: userAgent, timeout: 20, maximumConcurrentRequests: 4)
  }

  /// The library.
  public var library: Library { Library(dataFolder: directories.data) }

  /// Runs `body` holding the ingest lock (`DATA/.ingest.lock`), so that two sayso processes never write
  /// the library or the subscriptions at once: the second waits, then finds the first one's articles.
  static func withIngestLock<T>(_ data: URL, _ body: () throws -> T) throws -> T {
    do {
      try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    } catch {
      throw IngestError.cannotWrite(path: data.path, reason: Library.reason(error))
    }
    return try FileLock.withLock(data.appendingPathComponent(".ingest.lock"), body)
  }

  /// Imports files, folders of them and web pages: one line per article, `added PATH` or
  /// `ARGUMENT: already in the library: PATH`.
  public mutating func importItems(_ arguments: [String]) throws {
    let importer = Importer(client: Self.client())
    var library = self.library
    try Self.withIngestLock(directories.data) {
      for argument in arguments.flatMap(Self.files(in:)) {
        do {
          let (entry, notice) = try importer.entry(for: argument)
          if let notice { Diagnostics.report(notice) }
          say(try library.add(entry), from: argument, in: library)
        } catch {
          fail(error)
        }
      }
    }
  }

  /// Imports newsboat's cached items, opening the cache read-only.
  ///
  /// - Parameter path: the cache; nil for newsboat's default place.
  public mutating func importNewsboat(_ path: String?) throws {
    let cache = path ?? NewsboatCache.defaultPath()
    var library = self.library
    do {
      var added = 0
      var known = 0
      let entries = try NewsboatCache.entries(at: cache)
      try Self.withIngestLock(directories.data) {
        for entry in entries {
          if case .added = try library.add(entry) { added += 1 } else { known += 1 }
        }
      }
      print(TerminalText.line("\(cache): \(added) new, \(known) already in the library (\(library.folder.path))"))
    } catch {
      fail(error)
    }
  }

  /// The files of a folder that `import` reads (HTML, Markdown and text; hidden ones skipped; sorted),
  /// or the argument itself when it is not a folder.
  static func files(in argument: String) -> [String] {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue,
      let walker = FileManager.default.enumerator(atPath: argument)
    else { return [argument] }
    var found: [String] = []
    while let relative = walker.nextObject() as? String {
      let name = (relative as NSString).lastPathComponent
      let ext = (name as NSString).pathExtension.lowercased()
      if name.hasPrefix(".") {
        walker.skipDescendants()
      } else if Importer.htmlExtensions.contains(ext) || CorpusLoader.articleExtensions.contains(ext) {
        found.append((argument as NSString).appendingPathComponent(relative))
      }
    }
    return found.sorted()
  }

  /// Prints what adding one article did.
  private func say(_ outcome: Library.Outcome, from argument: String, in library: Library) {
    switch outcome {
    case .added(let path): print(TerminalText.line("added \(library.folder.appendingPathComponent(path).path)"))
    case .known(let path):
      print(
        TerminalText.line("\(argument): already in the library: \(library.folder.appendingPathComponent(path).path)"))
    }
  }

  /// Reports `error` and counts it.
  mutating func fail(_ error: Error) {
    Diagnostics.report("\(error)")
    failures += 1
  }

  /// Ends the command: status 1 when anything failed (each failure was reported).
  public func finish() throws(SaysoError) {
    if failures > 0 { throw .exit(1) }
  }
}
