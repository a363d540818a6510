import Foundation

extension Process {
  /// Stops a helper process a test started (a local HTTP server) and waits for it. SIGKILL, not SIGTERM: a
  /// child started from a test runner's worker thread inherits that thread's blocked signals, so a SIGTERM
  /// can stay pending forever and leave the server running after the test (a Python http.server did).
  public func stopForTest() {
    guard isRunning else { return }
    kill(processIdentifier, SIGKILL)
    waitUntilExit()
  }
}
