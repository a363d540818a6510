import Foundation
import SaysoUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the command of `|` on the terminal, as less and newsboat do: `/bin/sh -c COMMAND` with the text
/// on its standard input and the terminal as its output, then waits for Enter so its output can be read.
enum PipeRunner {
  /// Runs `request` while the screen is suspended.
  ///
  /// - Returns: the exit status, or nil with the reason when it could not be started.
  static func run(_ request: PipeRequest) -> (status: Int32?, error: String?) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", request.command]
    let input = Pipe()
    process.standardInput = input
    // A command that does not read all its input must not kill the reader with SIGPIPE.
    let previous = signal(SIGPIPE, SIG_IGN)
    defer { signal(SIGPIPE, previous) }
    do {
      try process.run()
    } catch {
      return (nil, "\(error)")
    }
    try? input.fileHandleForWriting.write(contentsOf: Data(request.input.utf8))
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    let status = process.terminationStatus
    let done = "\n[\(status == 0 ? "done" : "exit status \(status)")] Press Enter to return to Sayso"
    FileHandle.standardOutput.write(Data(done.utf8))
    _ = readLine()
    return (status, nil)
  }
}
