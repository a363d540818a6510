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
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    return try seconds {
      try process.run()
      process.waitUntilExit()
    }
  }

  /// The size of a file in bytes, 0 when missing.
  static func size(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
  }
}
