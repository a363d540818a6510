import Foundation
import SaysoUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the command of `|` on the terminal, as less and newsboat do: `/bin/sh -c COMMAND` with the text
/// on its standard input and the terminal as its output, then waits for Enter so its output can be read.
///
/// The command runs in the reader's process group, the terminal's foreground one (Foundation's
/// `Process` would give it a group of its own, in the background: Ctrl-C would not reach it, and a
/// command that reads the terminal, like `less`, would be stopped): Ctrl-C stops the command, and the
/// reader, shielded meanwhile (`TerminalGuard.shielding`), carries on.
enum PipeRunner {
  /// Runs `request` while the screen is suspended.
  ///
  /// - Returns: the exit status (128 + the signal when a signal ended it, as shells say), or nil with
  ///   the reason when it could not be started.
  static func run(_ request: PipeRequest) -> (status: Int32?, error: String?) {
    // A command that does not read all its input must not end the reader with SIGPIPE.
    let previous = signal(SIGPIPE, SIG_IGN)
    defer { signal(SIGPIPE, previous) }
    return TerminalGuard.shielding { () -> (status: Int32?, error: String?) in
      var ends: [Int32] = [0, 0]
      guard pipe(&ends) == 0 else { return (nil, String(cString: strerror(errno))) }
      let (readEnd, writeEnd) = (ends[0], ends[1])
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_adddup2(&actions, readEnd, 0)
      posix_spawn_file_actions_addclose(&actions, readEnd)
      posix_spawn_file_actions_addclose(&actions, writeEnd)
      // The command gets the keyboard's signals and SIGPIPE as a shell would give them.
      var attributes = posix_spawnattr_t()
      posix_spawnattr_init(&attributes)
      defer { posix_spawnattr_destroy(&attributes) }
      var defaults = sigset_t()
      sigemptyset(&defaults)
      for number in [SIGINT, SIGQUIT, SIGPIPE, SIGTERM, SIGHUP] { sigaddset(&defaults, number) }
      posix_spawnattr_setsigdefault(&attributes, &defaults)
      var none = sigset_t()
      sigemptyset(&none)
      posix_spawnattr_setsigmask(&attributes, &none)
      posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
      let words: [String] = ["/bin/sh", "-c", request.command]
      let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
      defer { for argument in argv { free(argument) } }
      // Keyboard signals are ignored while the command runs (it gets them, see ignoringKeyboardSignals).
      let waited = TerminalGuard.ignoringKeyboardSignals { () -> (status: Int32?, error: String?) in
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ)
        close(readEnd)
        guard spawned == 0 else {
          close(writeEnd)
          return (nil, String(cString: strerror(spawned)))
        }
        // The text is written on another thread: a command that reads none of it (`sleep 9`) must not
        // keep the reader waiting on a full pipe.
        let input = Data(request.input.utf8)
        let written = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
          input.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
              let n = write(writeEnd, raw.baseAddress! + offset, raw.count - offset)
              if n > 0 {
                offset += n
              } else if !(n < 0 && errno == EINTR) {
                break  // EPIPE: the command is done reading
              }
            }
          }
          close(writeEnd)
          written.signal()
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        written.wait()
        return (status, nil)
      }
      guard let status = waited.status else { return (nil, waited.error) }
      // Ended by a signal (Ctrl-C): the status a shell gives, 128 + the signal.
      let signal = status & 0x7F
      let code = signal != 0 ? 128 + signal : (status >> 8) & 0xFF
      let outcome = signal != 0 ? "interrupted" : code == 0 ? "done" : "exit status \(code)"
      FileHandle.standardOutput.write(Data("\n[\(outcome)] Press Enter to return to Sayso".utf8))
      // Ctrl-C here returns too: the read is cut short.
      _ = readLine()
      return (code, nil)
    }
  }
}
