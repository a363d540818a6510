import Foundation
import SaysoTestSupport

/// Runs the built `sayso` binary the way a user would, for end-to-end tests.
enum SaysoBinary {
  /// What one run printed and how it exited.
  struct Outcome {
    var status: Int32
    var stdout: Data
    var stderr: String

    /// stdout decoded as UTF-8.
    var output: String { String(decoding: stdout, as: UTF8.self) }
    /// stderr split into lines, without the empty one after the last newline.
    var errorLines: [String] { stderr.split(separator: "\n").map(String.init) }
  }

  /// The package root, found from this file's path (Tests/saysoTests/SaysoBinary.swift).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The `sayso` executable next to the test bundle (the products directory), else in .build/debug.
  static let executable: URL = {
    let bundle = Bundle.main.bundleURL
    let candidates =
      [bundle, bundle.deletingLastPathComponent()]
      + Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
      + [packageRoot.appendingPathComponent(".build/debug")]
    for directory in candidates {
      let url = directory.appendingPathComponent("sayso")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    fatalError("the sayso executable was not found next to \(bundle.path); build it first")
  }()

  /// Runs `sayso arguments` with stdout and stderr captured (so stdout is not a terminal).
  ///
  /// - Parameters:
  ///   - arguments: the command line after `sayso`.
  ///   - environment: variables to set or (with nil) remove; SAYSO_CORPUS and NO_COLOR are removed
  ///     unless given, so the default corpus is the built-in seeds.
  static func run(_ arguments: [String], environment: [String: String?] = [:]) throws -> Outcome {
    var variables = ProcessInfo.processInfo.environment
    variables["SAYSO_CORPUS"] = nil
    variables["NO_COLOR"] = nil
    for (name, value) in environment { variables[name] = value }

    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let outURL = directory.appendingPathComponent("stdout")
    let errURL = directory.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)

    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = variables
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return Outcome(
      status: process.terminationStatus, stdout: try Data(contentsOf: outURL),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  /// A new empty folder under the system's temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = try ScratchFolder.make("tests")
    return url
  }

  /// Writes `text` to a new file called `name` in a new temporary folder and returns its path.
  static func articleFile(_ text: String, name: String = "article.txt") throws -> String {
    let url = try temporaryDirectory().appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url.path
  }
}
