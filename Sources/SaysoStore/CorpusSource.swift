import Foundation

/// Where the articles of a corpus come from: files and folders, or documents held in memory.
public enum CorpusSource: Sendable, Hashable {
  /// An article file, or a folder searched recursively for `.txt` and `.md` files (as `CorpusLoader` does).
  case path(String)
  /// Articles that are not files (the seeds built into sayso), known under `name`. They have nothing to
  /// stat, so the index tells whether one changed by its content hash.
  case embedded(name: String, documents: [EmbeddedDocument])
}

/// One article held in memory: its virtual path and its bytes.
public struct EmbeddedDocument: Sendable, Hashable {
  /// The path articles and bookmarks name it by, e.g. `seeds/000_7fb133a97eb46ec9.txt`.
  public var path: String
  /// The exact bytes of the article file.
  public var bytes: [UInt8]

  /// Makes a document from its path and bytes.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }
}

/// What makes one corpus the same corpus from run to run: its sources, with paths made absolute.
///
/// Each corpus gets its own index file, named from `fileStem`; bookmarks remember `key`, so they are
/// re-anchored only against the corpus they were made in.
public struct CorpusIdentity: Sendable, Hashable, CustomStringConvertible {
  /// A stable key: a hash of the sources, e.g. `3fa2c81b09d4e7aa`.
  public var key: String
  /// A short readable name: the last path component of the first source, or the embedded name.
  public var label: String

  /// The identity of the corpus made of `sources`, with relative paths resolved against `workingDirectory`.
  public init(
    sources: [CorpusSource], workingDirectory: String = FileManager.default.currentDirectoryPath
  ) {
    let names = sources.map { source -> String in
      switch source {
      case .path(let path):
        let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
        return "path:" + (URL(fileURLWithPath: absolute).standardizedFileURL.path)
      case .embedded(let name, _): return "embedded:" + name
      }
    }
    let joined = Array(names.joined(separator: "\n").utf8)
    key = String(ContentHash(joined).description.prefix(16))
    let first = names.first.map { String($0.split(separator: ":", maxSplits: 1).last ?? "") } ?? "empty"
    let last = first.split(separator: "/").last.map(String.init) ?? "root"
    label = String(
      last.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) && $0.isASCII ? Character($0) : "_" }.prefix(32)
    )
  }

  /// The index file's name without extension: `label-key`.
  var fileStem: String { "\(label)-\(key)" }

  public var description: String { fileStem }
}
