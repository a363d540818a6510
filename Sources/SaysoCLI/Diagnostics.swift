import Foundation
import SaysoCore

/// Writes one-line messages for the user to stderr, prefixed `sayso: `, and turns a command's errors
/// into its exit status.
public enum Diagnostics {
  /// Reports `message` on stderr as `sayso: <message>`, made safe for the terminal.
  public static func report(_ message: some CustomStringConvertible) {
    FileHandle.standardError.write(Data("sayso: \(TerminalText.line(message.description))\n".utf8))
  }

  /// Runs a command's `body` and gives its exit status: 0 when it did its work; for `SaysoError.exit`,
  /// its status (the reason was reported already); for any other error, 1 after reporting it (every
  /// module's error enum describes itself in one line).
  public static func status(of body: () throws -> Void) -> Int32 {
    do {
      try body()
      return 0
    } catch SaysoError.exit(let status) {
      return status
    } catch {
      report("\(error)")
      return 1
    }
  }

  /// Ends the process the way ArgumentParser would, but with `message` made terminal-safe: a usage error
  /// repeats the argument it did not understand, and an argument can hold control or bidirectional
  /// characters (found by scripts/fuzz.sh). Status 0 (help, version) prints on stdout, others on stderr.
  public static func exit(status: Int32, message: String) -> Never {
    let safe = terminalSafe(message, keepNewlines: true, keepTabs: true)
    if !safe.isEmpty {
      if status == 0 {
        print(safe)
      } else {
        FileHandle.standardError.write(Data((safe + "\n").utf8))
      }
    }
    Foundation.exit(status)
  }
}
