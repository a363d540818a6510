import Foundation

/// Where Sayso keeps its files, following the XDG base directories: the one rule for data folders,
/// used by the command line and the reader alike.
///
/// - the config file and user themes: `$XDG_CONFIG_HOME/sayso/` (default `~/.config/sayso/`);
/// - the rebuildable index, one file per corpus: `$XDG_CACHE_HOME/sayso/` (default `~/.cache/sayso/`);
/// - bookmarks and notes, never deleted automatically: `$XDG_DATA_HOME/sayso/` (`~/.local/share/sayso/`);
/// - reading positions and search history: `$XDG_STATE_HOME/sayso/` (`~/.local/state/sayso/`).
///
/// `--data-dir DIR` (or `SAYSO_DATA_DIR`) moves all four under one folder: `DIR/config`, `DIR/cache`,
/// `DIR/data` and `DIR/state`, so tests and experiments never touch the real home.
public struct DataDirectories: Sendable, Equatable {
  /// The environment variable that moves every folder, like `--data-dir`.
  public static let environmentVariable = "SAYSO_DATA_DIR"

  /// Every environment variable `resolve(dataDirectory:environment:)` reads.
  public static let variables = [
    environmentVariable, "HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME",
  ]

  /// The variables of the process's environment named in `names` that are set, looked up one by one:
  /// Foundation's `ProcessInfo.environment` copies them all, and its first use costs some 800,000
  /// instructions (a search of the index costs about as much).
  public static func environment(_ names: [String] = variables) -> [String: String] {
    var found: [String: String] = [:]
    for name in names {
      if let value = getenv(name) { found[name] = String(cString: value) }
    }
    return found
  }

  /// The folder of the rebuildable index files.
  public var cache: URL
  /// The folder of the bookmarks database.
  public var data: URL
  /// The folder of the reading state database.
  public var state: URL
  /// The folder of the config file and the user's themes.
  public var config: URL

  /// The folders to use: `dataDirectory` when given, else `SAYSO_DATA_DIR`, else the XDG variables
  /// (an unset, empty or relative one falls back to its default under `HOME`).
  ///
  /// - Parameters:
  ///   - dataDirectory: the `--data-dir` option, if any.
  ///   - environment: where the variables are looked up.
  /// - Throws: `SaysoStoreError.noHomeDirectory` when a folder is needed from `HOME` and it is unset.
  public static func resolve(
    dataDirectory: String? = nil, environment: [String: String] = DataDirectories.environment()
  ) throws(SaysoStoreError) -> DataDirectories {
    if let root = dataDirectory ?? environment[environmentVariable], !root.isEmpty {
      return DataDirectories(root: URL(fileURLWithPath: root, isDirectory: true))
    }
    func folder(_ variable: String, default relative: String) throws(SaysoStoreError) -> URL {
      if let value = environment[variable], value.hasPrefix("/") {
        return URL(fileURLWithPath: value, isDirectory: true).appendingPathComponent("sayso")
      }
      guard let home = environment["HOME"], !home.isEmpty else { throw .noHomeDirectory }
      return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(relative)
        .appendingPathComponent("sayso")
    }
    return DataDirectories(
      cache: try folder("XDG_CACHE_HOME", default: ".cache"),
      data: try folder("XDG_DATA_HOME", default: ".local/share"),
      state: try folder("XDG_STATE_HOME", default: ".local/state"),
      config: try folder("XDG_CONFIG_HOME", default: ".config"))
  }

  /// The config file (`theme NAME`, `corpus PATH`, `bind KEY COMMAND`, …).
  public var configFile: URL { config.appendingPathComponent("config") }

  /// The folder of the user's themes.
  public var themes: URL { config.appendingPathComponent("themes") }

  /// The bookmarks database.
  public var bookmarksFile: URL { data.appendingPathComponent("bookmarks.sqlite") }

  /// The reading state database.
  public var readingStateFile: URL { state.appendingPathComponent("state.sqlite") }

  /// The index database of one corpus.
  public func indexFile(for corpus: CorpusIdentity) -> URL {
    cache.appendingPathComponent("index-\(corpus.fileStem).sqlite")
  }

  /// Creates `folder` and its parents when missing.
  ///
  /// - Throws: `SaysoStoreError.cannotCreateFolder` with the system's reason (read-only, not a folder…).
  static func createFolder(_ folder: URL) throws(SaysoStoreError) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) {
      if isFolder.boolValue { return }
      throw .cannotCreateFolder(path: folder.path, reason: "a file of that name is in the way")
    }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      let ns = error as NSError
      let code =
        (ns.userInfo[NSUnderlyingErrorKey] as? NSError)?.code ?? (ns.domain == NSPOSIXErrorDomain ? ns.code : 0)
      let reason = code != 0 ? String(cString: strerror(Int32(code))).lowercased() : ns.localizedDescription
      throw .cannotCreateFolder(path: folder.path, reason: reason)
    }
  }
}

// In an extension, so that the struct keeps its memberwise initializer (used by `resolve`).
extension DataDirectories {
  /// All four folders under one: `root/cache`, `root/data`, `root/state`, `root/config`.
  public init(root: URL) {
    self.init(
      cache: root.appendingPathComponent("cache"), data: root.appendingPathComponent("data"),
      state: root.appendingPathComponent("state"), config: root.appendingPathComponent("config"))
  }
}
