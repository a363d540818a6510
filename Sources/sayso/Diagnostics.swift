import Foundation

/// Writes one-line messages for the user to stderr, prefixed `sayso: `.
enum Diagnostics {
  /// Reports `message` on stderr as `sayso: <message>`, made safe for the terminal.
  static func report(_ message: some CustomStringConvertible) {
    FileHandle.standardError.write(Data("sayso: \(TerminalText.line(message.description))\n".utf8))
  }
}
