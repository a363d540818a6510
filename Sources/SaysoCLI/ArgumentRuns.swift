import Foundation

/// Long runs of paths on the command line, parsed once rather than one by one.
///
/// swift-argument-parser takes time quadratic in the number of values of one argument: 30,000 file
/// names (`sayso analyze *.txt` in a big folder) took 17 s to parse before any was read. Before parsing,
/// `collapse` replaces each run of existing paths with one placeholder, and `Corpus` expands the
/// placeholders back (`expanded`), so the command sees exactly the paths given, in order.
public enum ArgumentRuns {
  /// Command lines up to this many arguments are parsed as they are.
  public static let threshold = 256

  /// The marker a placeholder starts with: it holds a control character, so no real path can be one.
  static let marker = "\u{1}sayso-paths-"

  /// The runs taken out of the command line, by placeholder number.
  nonisolated(unsafe) private static var runs: [[String]] = []

  /// `arguments` with each run of two or more existing paths replaced by one placeholder, when there are
  /// more than `threshold` arguments. The first argument (the subcommand) is kept; so is a path right
  /// after an option without "=", which may be that option's value; "--" ends the scan.
  public static func collapse(_ arguments: [String], exists: (String) -> Bool = pathExists) -> [String] {
    guard arguments.count > threshold else { return arguments }
    var out: [String] = []
    var run: [String] = []
    func flush() {
      if run.count >= 2 {
        out.append(marker + String(runs.count))
        runs.append(run)
      } else {
        out += run
      }
      run.removeAll()
    }
    for (index, argument) in arguments.enumerated() {
      if argument == "--" {
        flush()
        out += arguments[index...]
        return out
      }
      let previous = index > 0 ? arguments[index - 1] : ""
      let optionValue = previous.hasPrefix("-") && !previous.contains("=")
      if index > 0, !argument.hasPrefix("-"), !optionValue || !run.isEmpty, exists(argument) {
        run.append(argument)
      } else {
        flush()
        out.append(argument)
      }
    }
    flush()
    return out
  }

  /// `paths` with every placeholder replaced by the paths it stands for.
  public static func expanded(_ paths: [String]) -> [String] {
    guard paths.contains(where: { $0.hasPrefix(marker) }) else { return paths }
    return paths.flatMap { path -> [String] in
      guard path.hasPrefix(marker), let number = Int(path.dropFirst(marker.count)), runs.indices.contains(number)
      else { return [path] }
      return runs[number]
    }
  }

  /// Whether something is at `path` (a file, a folder or a link).
  public static func pathExists(_ path: String) -> Bool {
    var info = stat()
    return lstat(path, &info) == 0
  }
}
