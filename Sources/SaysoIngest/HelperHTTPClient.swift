import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// HTTP through `sayso-fetch`, the program installed beside `sayso` that holds the HTTP stack
/// (FoundationNetworking's URLSession, libcurl and the forty-odd libraries libcurl loads: TLS, Kerberos,
/// LDAP…). `sayso` does not link them, so that every command starts without loading them; each GET runs
/// `sayso-fetch` once and reads its answer from the pipe (`HTTPWire`). At most
/// `maximumConcurrentRequests` run at once, across every thread.
public final class HelperHTTPClient: HTTPGetting, @unchecked Sendable {
  /// The `sayso-fetch` program.
  public let helper: URL
  /// Sent with every request, e.g. `Sayso/0.9 (terminal news reader)`.
  public let userAgent: String
  /// Seconds without data before a request fails (a whole request gets three times as long).
  public let timeout: Int
  public let maximumConcurrentRequests: Int
  private let slots: DispatchSemaphore

  /// The helper's file name.
  public static let helperName = "sayso-fetch"

  /// A client running `helper` (by default `sayso-fetch` beside the running program).
  public init(
    helper: URL = HelperHTTPClient.besideThisProgram(), userAgent: String, timeout: Int = 20,
    maximumConcurrentRequests: Int = 4
  ) {
    self.helper = helper
    self.userAgent = userAgent
    self.timeout = max(1, timeout)
    self.maximumConcurrentRequests = max(1, maximumConcurrentRequests)
    slots = DispatchSemaphore(value: self.maximumConcurrentRequests)
  }

  /// `sayso-fetch` in the folder of the running program (its real folder: a symbolic link on the PATH
  /// is followed).
  public static func besideThisProgram() -> URL {
    #if os(Linux)
      let program = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    #else
      let program = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0]))
        .resolvingSymlinksInPath()
    #endif
    return program.deletingLastPathComponent().appendingPathComponent(helperName)
  }

  /// Whether the helper is there to run.
  public var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: helper.path) }

  public func get(_ url: URL, etag: String?, lastModified: String?) -> Result<HTTPResponse, IngestError> {
    guard isAvailable else { return .failure(.fetcherMissing(path: helper.path)) }
    var arguments = ["--user-agent", userAgent, "--timeout", String(timeout)]
    if let etag { arguments += ["--etag", etag] }
    if let lastModified { arguments += ["--last-modified", lastModified] }
    arguments += ["--", url.absoluteString]
    slots.wait()
    defer { slots.signal() }
    return Self.output(of: helper.path, arguments).flatMap { HTTPWire.decode($0, address: url.absoluteString) }
      .mapError { error in
        guard case .network(_, let reason) = error, reason.hasPrefix("sayso-fetch") || reason.hasPrefix("cannot run")
        else { return error }
        return .network(url: url.absoluteString, reason: reason)
      }
  }

  /// Serialises making a pipe with spawning a program, so that no program started on another thread
  /// inherits the pipe between its making and its marking as close-on-exec.
  private static let spawning = NSLock()

  /// Runs `path` with `arguments` (stdin and stderr on /dev/null) and returns what it wrote on stdout.
  ///
  /// - Returns: the output; `.network` (with an empty address, filled in by the caller) when the
  ///   program could not be run or did not exit with 0.
  static func output(of path: String, _ arguments: [String]) -> Result<Data, IngestError> {
    func failure(_ reason: String) -> Result<Data, IngestError> { .failure(.network(url: "", reason: reason)) }
    var pipe: [Int32] = [-1, -1]
    spawning.lock()
    guard pipe.withUnsafeMutableBufferPointer({ Self.makePipe($0.baseAddress!) }) == 0 else {
      spawning.unlock()
      return failure("cannot run \(path): no pipe (\(String(cString: strerror(errno))))")
    }
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t? = nil
    #else
      var actions = posix_spawn_file_actions_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let spawned = posix_spawn(&pid, path, &actions, nil, argv, environ)
    spawning.unlock()
    close(pipe[1])
    defer { close(pipe[0]) }
    guard spawned == 0 else { return failure("cannot run \(path): \(String(cString: strerror(spawned)))") }
    var output = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(pipe[0], $0.baseAddress, $0.count) }
      if count > 0 {
        output.append(buffer, count: count)
      } else if count == 0 || errno != EINTR {
        break
      }
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    // Exited with 0: WIFEXITED and WEXITSTATUS 0 together are a raw status of 0.
    guard status == 0 else { return failure("sayso-fetch failed (wait status \(status))") }
    return .success(output)
  }

  /// A pipe whose ends are closed in the programs started after it (only the dup2'd copy survives), so
  /// that requests running at once never hold each other's pipes open.
  private static func makePipe(_ fds: UnsafeMutablePointer<Int32>) -> Int32 {
    guard pipe(fds) == 0 else { return -1 }
    _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
    _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
    return 0
  }
}
