import Foundation

/// Timing, memory and percentiles for the benchmark.
enum Measurement {
  /// Seconds taken by `work`.
  static func seconds(_ work: () throws -> Void) rethrows -> Double {
    let elapsed = try ContinuousClock().measure(work)
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// Resets the peak resident set size (Linux: writing 5 to /proc/self/clear_refs).
  static func resetPeakMemory() {
    try? Data("5".utf8).write(to: URL(fileURLWithPath: "/proc/self/clear_refs"))
  }

  /// The peak resident set size since the last reset, in MB (VmHWM), or nil without /proc.
  static func peakMemoryMegabytes() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      return line.split(separator: " ").dropFirst().first.flatMap { Double($0) }.map { $0 / 1024 }
    }
    return nil
  }

  /// The `fraction` percentile of `values` (nearest rank).
  static func percentile(_ values: [Double], _ fraction: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
  }

  /// The median of `values`.
  static func median(_ values: [Double]) -> Double { percentile(values, 0.5) }

  /// Runs `/bin/sh -c command` with its output discarded, and returns the seconds it took.
  static func shell(_ command: String) throws -> Double {
    try process("/bin/sh", ["-c", command])
  }

  /// Runs `executable` with `arguments`, its output discarded, and returns the seconds it took (the
  /// whole process: start-up included). Started with `posix_spawn`: Foundation's `Process` adds tens of
  /// milliseconds of its own, more than the commands measured.
  static func process(_ executable: String, _ arguments: [String]) throws -> Double {
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var status: Int32 = 0
    var failure: Int32 = 0
    let elapsed = seconds {
      var pid = pid_t()
      failure = posix_spawn(&pid, executable, &actions, nil, argv, environ)
      if failure == 0 { waitpid(pid, &status, 0) }
    }
    guard failure == 0 else { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }
    return elapsed
  }

  /// The size of a file in bytes, 0 when missing.
  static func size(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
  }
}
