import Foundation

/// `grep -c said` over the same files: a floor for what reading the text costs at all.
enum GrepBaseline {
  /// The best wall time of `runs` runs of `grep -c said FILE...`, or nil when grep cannot be run.
  static func bestTime(files: [String], runs: Int) -> Double? {
    guard !files.isEmpty else { return nil }
    var failed = false
    let time = ProcessStats.bestTime(runs: runs) {
      let grep = Process()
      grep.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      grep.arguments = ["grep", "-c", "said"] + files
      grep.standardOutput = FileHandle.nullDevice
      grep.standardError = FileHandle.nullDevice
      do {
        try grep.run()
        grep.waitUntilExit()
        // grep exits 1 when no file matches, which is still a complete run.
        failed = failed || grep.terminationStatus > 1
      } catch {
        failed = true
      }
    }
    return failed ? nil : time
  }
}
