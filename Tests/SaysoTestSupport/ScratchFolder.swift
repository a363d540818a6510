import Foundation

/// Where tests write their files: one folder per test process under the system's temporary directory,
/// removed with everything in it when the process exits, so a test run leaves nothing behind (a run
/// that crashes leaves its one folder).
public enum ScratchFolder {
  /// This process's folder, made on first use.
  static let root: URL = {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("sayso-tests-\(getpid())-\(UUID().uuidString.prefix(8))")
    atexit { try? FileManager.default.removeItem(at: ScratchFolder.root) }
    return url
  }()

  /// A new empty folder inside this process's folder; `name` says which test made it.
  public static func make(_ name: String) throws -> URL {
    let url = root.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
