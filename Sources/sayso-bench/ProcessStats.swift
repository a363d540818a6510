import Foundation

/// Figures about this process and about timing, for the benchmark table.
enum ProcessStats {
  /// Peak resident set size so far in MB (VmHWM in /proc/self/status), or nil where there is no /proc.
  static func peakResidentMegabytes() -> Double? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      // "VmHWM:     12345 kB"
      let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Double($0) }
      return kilobytes.map { $0 / 1024 }
    }
    return nil
  }

  /// The shortest wall time of `runs` calls of `work`, in seconds.
  static func bestTime(runs: Int, _ work: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    var best = Double.infinity
    for _ in 0..<max(1, runs) {
      let elapsed = try clock.measure(work)
      best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    return best
  }

  /// Runs `executable` with `arguments`, its output thrown away, and returns its peak resident set size
  /// in bytes, or nil when it cannot be run or fails. The figure is getrusage's for the children waited
  /// for so far, the largest of them: call this before starting any larger child.
  static func childPeakResidentBytes(_ executable: String, _ arguments: [String]) -> Int? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    #if os(Linux)
      let (children, unit) = (__rusage_who_t(RUSAGE_CHILDREN.rawValue), 1024)  // kilobytes on Linux
    #else
      let (children, unit) = (RUSAGE_CHILDREN, 1)  // bytes on macOS
    #endif
    var usage = rusage()
    guard process.terminationStatus == 0, getrusage(children, &usage) == 0 else { return nil }
    return usage.ru_maxrss * unit
  }
}
