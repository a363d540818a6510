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
}
