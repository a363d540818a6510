import Foundation
import Testing

/// The built `sayso` running in a tmux session of its own, for end-to-end tests of the reader.
///
/// Each session has a private tmux socket (`tmux -L <unique>`) and a temporary home with its own XDG
/// folders, so tests run in parallel without touching each other or the user's files. Tests wait by
/// polling `capture-pane` until the screen shows what they expect, never by sleeping fixed times.
final class TmuxSession {
  /// How long to wait for the screen to show something; generous for a loaded CI machine.
  static let timeout: TimeInterval = 20

  let socket = "sayso-e2e-\(UUID().uuidString.prefix(8))"
  /// The temporary home: XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME and XDG_CACHE_HOME are under it.
  let home: URL
  private var ownsHome: Bool
  private var closed = false

  /// The tmux executable, or the failure message saying how to install it.
  static let tmux: Result<String, TmuxMissing> = locate("tmux", in: ProcessInfo.processInfo.environment["PATH"] ?? "")

  /// Why the end-to-end tests cannot run.
  struct TmuxMissing: Error, CustomStringConvertible {
    var description: String {
      "tmux is not installed, and the reader's end-to-end tests need it: install it with "
        + "`apt-get install -y tmux` (Debian/Ubuntu), `dnf install tmux` (Fedora) or `brew install tmux` (macOS)"
    }
  }

  /// Finds an executable on a PATH-style list of folders.
  static func locate(_ name: String, in path: String) -> Result<String, TmuxMissing> {
    for folder in path.split(separator: ":") {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return .success(candidate) }
    }
    return .failure(TmuxMissing())
  }

  /// Starts `sayso arguments` in a new tmux session of `columns`×`rows`.
  ///
  /// - Parameters:
  ///   - home: a home folder to reuse (to find what an earlier run saved); default: a new one.
  ///   - environment: extra variables, e.g. NO_COLOR.
  init(
    _ arguments: [String] = [], columns: Int = 80, rows: Int = 24, home: URL? = nil,
    environment: [String: String] = [:], term: String = "xterm-256color"
  ) throws {
    let tmux = try Self.tmux.get()
    if let home {
      self.home = home
      ownsHome = false
    } else {
      self.home = try SaysoBinary.temporaryDirectory()
      ownsHome = true
    }
    var variables = [
      "HOME": self.home.path, "XDG_CONFIG_HOME": self.home.path + "/config", "XDG_DATA_HOME": self.home.path + "/data",
      "XDG_STATE_HOME": self.home.path + "/state", "XDG_CACHE_HOME": self.home.path + "/cache", "TERM": term,
      "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
    ]
    for (name, value) in environment { variables[name] = value }
    let assignments = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.quoted($0.value))" }
    // After sayso exits, print its status and the terminal modes, then keep the pane open. No core
    // file from the crash test.
    let command =
      "ulimit -c 0; env -u SAYSO_CORPUS -u NO_COLOR \(assignments.joined(separator: " ")) "
      + ([SaysoBinary.executable.path] + arguments).map(Self.quoted).joined(separator: " ")
      + "; echo \"SAYSO-EXIT $?\"; echo \"modes: $(stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' ')\"; sleep 600"
    // The tmux server started here would inherit every open descriptor, among them the one Foundation
    // watches to see a launched process end, and the test's own output: `swift test` would then wait
    // for it. So the client is spawned with only /dev/null open.
    try Self.spawnDetached(
      tmux, ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", command])
  }

  deinit { close() }

  /// Ends the session: kills its tmux server, waits for sayso to be gone (it may still be saving
  /// what it was asked to), then removes the home folder unless it is kept.
  func close() {
    guard case .success(let tmux) = Self.tmux, !closed else { return }
    closed = true
    let running = try? sayso()
    try? Self.run(tmux, ["-L", socket, "kill-server"])
    if let running {
      let deadline = Date().addingTimeInterval(5)
      while kill(running, 0) == 0 && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    }
    if ownsHome { try? FileManager.default.removeItem(at: home) }
  }

  /// Keeps the home folder after this session ends, for a later session to reuse.
  func keepHome() { ownsHome = false }

  /// Sends keys by tmux name (`Enter`, `Tab`, `BTab`, `C-c`, `j`).
  func send(_ keys: String...) throws {
    try Self.run(try Self.tmux.get(), ["-L", socket, "send-keys"] + keys)
  }

  /// Types text literally.
  func type(_ text: String) throws {
    try Self.run(try Self.tmux.get(), ["-L", socket, "send-keys", "-l", text])
  }

  /// Sends bytes as the terminal would, e.g. a mouse report (`ESC [ M` then button, column, row).
  func sendBytes(_ bytes: [UInt8]) throws {
    try Self.run(
      try Self.tmux.get(), ["-L", socket, "send-keys", "-H"] + bytes.map { String(format: "%02x", $0) })
  }

  /// Resizes the window.
  func resize(columns: Int, rows: Int) throws {
    try Self.run(try Self.tmux.get(), ["-L", socket, "resize-window", "-x", "\(columns)", "-y", "\(rows)"])
  }

  /// The screen as text; with `escapes`, with the SGR codes for colours and attributes.
  func screen(escapes: Bool = false) throws -> String {
    try Self.run(try Self.tmux.get(), ["-L", socket, "capture-pane", "-p"] + (escapes ? ["-e"] : []))
  }

  /// A tmux format value of the pane, e.g. `#{alternate_on}`.
  func pane(_ format: String) throws -> String {
    try Self.run(try Self.tmux.get(), ["-L", socket, "display-message", "-p", format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The pid of the process running in the pane (the shell that runs sayso).
  func sayso() throws -> Int32? {
    let shell = try pane("#{pane_pid}")
    let children = try Self.run("/usr/bin/env", ["pgrep", "-P", shell])
    return children.split(separator: "\n").compactMap { Int32($0) }.first
  }

  /// Waits until the screen satisfies `condition`, and returns it.
  ///
  /// - Throws: `Timeout` with the last screen when it never did.
  @discardableResult
  func wait(
    for what: String, escapes: Bool = false, timeout: TimeInterval = TmuxSession.timeout,
    until condition: (String) -> Bool
  ) throws -> String {
    let deadline = Date().addingTimeInterval(timeout)
    var last = ""
    repeat {
      last = try screen(escapes: escapes)
      if condition(last) { return last }
      Thread.sleep(forTimeInterval: 0.04)
    } while Date() < deadline
    throw Timeout(what: what, screen: last)
  }

  /// Waits until the screen shows `text`.
  @discardableResult
  func wait(for text: String, timeout: TimeInterval = TmuxSession.timeout) throws -> String {
    try wait(for: "\"\(text)\"", timeout: timeout) { $0.contains(text) }
  }

  /// A wait that ran out, with what the screen showed last.
  struct Timeout: Error, CustomStringConvertible {
    var what: String
    var screen: String
    var description: String { "timed out waiting for \(what); the screen was:\n\(screen)" }
  }

  @discardableResult
  static func run(_ executable: String, _ arguments: [String], captureOutput: Bool = true) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = captureOutput ? pipe : FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = captureOutput ? pipe.fileHandleForReading.readDataToEndOfFile() : Data()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// Runs `executable` with stdin, stdout and stderr on /dev/null and no other descriptor open, and
  /// waits for it.
  static func spawnDetached(_ executable: String, _ arguments: [String]) throws {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd in Int32(0)...2 {
      posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
    }
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for fd in open.compactMap({ Int32($0) }) where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
    // Test threads block signals; tmux and sayso must get them (SIGWINCH, SIGTERM) as usual.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGPIPE, SIGCHLD] { sigaddset(&defaults, signal) }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for arg in argv { free(arg) } }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
    guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
    var exit: Int32 = 0
    while waitpid(pid, &exit, 0) == -1 && errno == EINTR {}
  }

  /// Whether a screen captured with escapes sets a colour (SGR 30–37, 40–47, 90–97, 100–107, 38, 48).
  static func usesColour(_ screen: String) -> Bool {
    var rest = Substring(screen)
    while let start = rest.range(of: "\u{1B}[") {
      rest = rest[start.upperBound...]
      guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
      if rest[end] == "m" {
        for parameter in rest[..<end].split(separator: ";").compactMap({ Int($0) }) {
          if (30...37).contains(parameter) || (40...47).contains(parameter) || (90...97).contains(parameter)
            || (100...107).contains(parameter) || parameter == 38 || parameter == 48
          {
            return true
          }
        }
      }
      rest = rest[end...]
    }
    return false
  }

  /// `text` quoted for the shell.
  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
