import Foundation

/// Helpers for the end-to-end tests of the index, search and bookmarks: a private data folder per
/// test, small generated corpora, concurrent processes and scratch file systems.
enum StoreTestHelpers {
  /// A new data folder for `--data-dir`, so no test touches the real home.
  static func dataDirectory() throws -> String {
    try SaysoBinary.temporaryDirectory().appendingPathComponent("data").path
  }

  /// `sayso arguments --data-dir dataDirectory`.
  static func run(_ arguments: [String], dataDirectory: String, environment: [String: String?] = [:]) throws
    -> SaysoBinary.Outcome
  {
    try SaysoBinary.run(arguments + ["--data-dir", dataDirectory], environment: environment)
  }

  /// A folder of `count` short news articles, each with a quote and the word `marker<i>` of its own.
  static func corpus(articles count: Int) throws -> URL {
    let folder = try SaysoBinary.temporaryDirectory().appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let names = ["Maria Keller", "Tomas Brandt", "Aiko Tanaka", "Olu Adeyemi", "Priya Raman"]
    for i in 0..<count {
      let speaker = names[i % names.count]
      let text = """
        Council debates plan number \(i)

        BERLIN (Synthetic News - 3rd May, 2021) The council met on Monday to discuss plan \(i), marker\(i).

        “We will not back down on plan \(i),” \(speaker), the finance minister, said. The announcement came after weeks of negotiations between the two sides.

        \(speaker) proposed an independent inquiry into the contract. Figures published on Tuesday showed a sharp rise compared with last year.

        Several hundred people gathered outside the building in the afternoon, and the measure still needs the approval of the upper house.

        """
      try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "article-%05d.txt", i)))
    }
    return folder
  }

  /// Starts `sayso arguments` without waiting for it; stdout and stderr go to files in `folder`.
  static func start(_ arguments: [String], name: String, in folder: URL) throws -> Process {
    let process = Process()
    process.executableURL = SaysoBinary.executable
    process.arguments = arguments
    var environment = ProcessInfo.processInfo.environment
    environment["SAYSO_CORPUS"] = nil
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    let out = folder.appendingPathComponent("\(name).out")
    let err = folder.appendingPathComponent("\(name).err")
    _ = FileManager.default.createFile(atPath: out.path, contents: nil)
    _ = FileManager.default.createFile(atPath: err.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: out)
    process.standardError = try FileHandle(forWritingTo: err)
    try process.run()
    return process
  }

  /// The size of a file in bytes, 0 when it does not exist.
  static func size(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
  }

  /// Overwrites `count` bytes of the file at `offset` with a pattern.
  static func scribble(_ path: String, at offset: UInt64, count: Int) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    try handle.seek(toOffset: offset)
    try handle.write(contentsOf: Data(repeating: 0xA5, count: count))
    try handle.close()
  }

  /// The files in `folder` whose names start with `prefix`.
  static func files(in folder: String, startingWith prefix: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(prefix) }.sorted()
  }
}

/// A small tmpfs mounted for one test, to make a data folder really read-only or really full.
///
/// Mounting needs root and a kernel that allows it (as on the CI machine); elsewhere `make` returns nil
/// and the tests that need it are skipped.
final class ScratchFileSystem {
  let path: String

  private init(path: String) {
    self.path = path
  }

  /// Whether a tmpfs can be mounted here.
  static let isAvailable: Bool = {
    guard let probe = make(size: "64k") else { return false }
    probe.unmount()
    return true
  }()

  /// Mounts a tmpfs of `size` (e.g. "512k") on a new temporary folder.
  static func make(size: String) -> ScratchFileSystem? {
    guard getuid() == 0, let folder = try? SaysoBinary.temporaryDirectory() else { return nil }
    guard run("/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", folder.path]) else { return nil }
    return ScratchFileSystem(path: folder.path)
  }

  /// Makes the file system read-only.
  func makeReadOnly() -> Bool {
    Self.run("/bin/mount", ["-o", "remount,ro", path])
  }

  func unmount() {
    _ = Self.run("/bin/umount", [path])
  }

  private static func run(_ tool: String, _ arguments: [String]) -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}
