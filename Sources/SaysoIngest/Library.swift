import Foundation
import SaysoCore

#if canImport(Glibc)
  import Glibc
#endif

/// The folder of articles Sayso keeps: one Markdown file per article, `<source>/<date>-<slug>.md`, with
/// front matter (title, source, date, url, author, feed, guid).
///
/// A file is never overwritten: an item already in the library (the same guid or URL) is not written
/// again, and a new item whose name is taken gets `-2`, `-3`… Each file is written under a hidden
/// temporary name (`.incoming-….part`, hidden, never read as an article) and then linked into place, so
/// a process killed midway leaves whole articles only; a temporary file it left behind is removed by a
/// later run once it is an hour old.
public struct Library {
  /// What `add(_:)` did.
  public enum Outcome: Equatable, Sendable {
    /// The article was written at this path, relative to the library folder.
    case added(String)
    /// The library already holds the item (same guid or URL), at this relative path.
    case known(String)
  }

  /// The library folder.
  public let folder: URL
  /// Identity keys (`guid:…`, `url:…`) of the articles in the library → their relative paths; read on
  /// first use.
  private var known: [String: String]?

  /// The library in `folder` (created on the first article written).
  public init(folder: URL) {
    self.folder = folder
  }

  /// The library inside Sayso's user-data folder (`DataDirectories.data`): `DATA/library`.
  public init(dataFolder: URL) {
    self.init(folder: dataFolder.appendingPathComponent("library", isDirectory: true))
  }

  /// Whether the library folder holds at least one article file.
  public static func holdsArticles(_ folder: URL) -> Bool {
    guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return false }
    while let name = walker.nextObject() as? String {
      let last = (name as NSString).lastPathComponent
      if !last.hasPrefix(".") && last.hasSuffix(".md") { return true }
    }
    return false
  }

  /// The relative path of the article the library holds for `entry` (same guid or URL), if any.
  public mutating func path(of entry: LibraryEntry) -> String? {
    let keys = knownKeys()
    for key in entry.identityKeys { if let path = keys[key] { return path } }
    return nil
  }

  /// Writes `entry` as a new article, unless the library holds it already.
  ///
  /// - Throws: `IngestError.cannotWrite` when the folder or file cannot be written.
  public mutating func add(_ entry: LibraryEntry) throws(IngestError) -> Outcome {
    if let existing = path(of: entry) { return .known(existing) }
    let sourceFolder = Slug.make(entry.source ?? "", limit: 40, fallback: "unknown-source")
    let stem = (entry.date ?? "undated") + "-" + Slug.make(entry.title, fallback: "article")
    let directory = folder.appendingPathComponent(sourceFolder, isDirectory: true)
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw .cannotWrite(path: directory.path, reason: Self.reason(error))
    }
    let temporary = directory.appendingPathComponent(Self.partPrefix + UUID().uuidString + ".part")
    do {
      try Data(entry.markdown.utf8).write(to: temporary)
    } catch {
      throw .cannotWrite(path: temporary.path, reason: Self.reason(error))
    }
    defer { unlink(temporary.path) }
    for attempt in 1...1000 {
      let name = attempt == 1 ? "\(stem).md" : "\(stem)-\(attempt).md"
      let target = directory.appendingPathComponent(name)
      // link(2) never replaces an existing file: a taken name fails with EEXIST.
      if link(temporary.path, target.path) == 0 {
        let relative = sourceFolder + "/" + name
        for key in entry.identityKeys { known?[key] = relative }
        return .added(relative)
      }
      if errno != EEXIST {
        throw .cannotWrite(path: target.path, reason: String(cString: strerror(errno)).lowercased())
      }
    }
    throw .cannotWrite(path: directory.appendingPathComponent(stem).path, reason: "too many articles of that name")
  }

  /// How the temporary files of articles being written start.
  static let partPrefix = ".incoming-"

  /// Reads the guid and URL of every article in the library, once (removing temporary files that a
  /// killed process left an hour or more ago).
  private mutating func knownKeys() -> [String: String] {
    if let known { return known }
    var keys: [String: String] = [:]
    if let walker = FileManager.default.enumerator(atPath: folder.path) {
      while let relative = walker.nextObject() as? String {
        let last = (relative as NSString).lastPathComponent
        let path = folder.appendingPathComponent(relative).path
        if last.hasPrefix(Self.partPrefix), last.hasSuffix(".part"),
          let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
          Date().timeIntervalSince(modified) > 3600
        {
          unlink(path)
          continue
        }
        guard !last.hasPrefix("."), last.hasSuffix(".md"),
          let data = FileManager.default.contents(atPath: folder.appendingPathComponent(relative).path),
          let front = FrontMatter.read(String(decoding: data.prefix(16_384), as: UTF8.self))
        else { continue }
        if let guid = front.fields["guid"], !guid.isEmpty { keys["guid:" + guid] = relative }
        if let url = front.fields["url"], !url.isEmpty { keys["url:" + url] = relative }
      }
    }
    known = keys
    return keys
  }

  /// A short reason for a Foundation file error: the system's words ("permission denied").
  public static func reason(_ error: Error) -> String {
    let ns = error as NSError
    if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
      return String(cString: strerror(Int32(underlying.code))).lowercased()
    }
    return ns.localizedDescription
  }
}
