import SaysoUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs an `App` on the terminal until the user quits or a signal asks it to stop.
public enum TerminalSession {
  /// Starts ncurses, runs the key loop, and restores the terminal on the way out.
  ///
  /// - Parameters:
  ///   - app: the app to run.
  ///   - noColor: NO_COLOR is set.
  ///   - onFirstFrame: called once the first complete frame is on the terminal (for the benchmark).
  ///   - afterFirstFrame: work that may wait until the first frame is shown (e.g. checking the corpus
  ///     for changes, or indexing it the first time); the frame is drawn again after it. It is given a
  ///     function to ask now and then: false once the user quit (q, or a command bound to quit, or
  ///     Ctrl-C), and the work should stop. Other keys typed meanwhile are handled after it.
  /// - Returns: the signal that stopped the app, or 0 after a normal quit.
  @discardableResult
  public static func run(
    _ app: App, noColor: Bool, onFirstFrame: (() -> Void)? = nil,
    afterFirstFrame: ((_ keepGoing: () -> Bool) -> Void)? = nil
  ) -> Int32 {
    let screen = CursesScreen(noColor: noColor, mouse: app.mouseEnabled)
    defer { screen.end() }
    var themeName = app.theme?.name
    if let theme = app.theme { screen.apply(theme) }
    app.render(on: screen)
    onFirstFrame?()
    if !app.done, let afterFirstFrame {
      var typed: [Key] = []
      var quit = false
      afterFirstFrame {
        guard !quit, TerminalGuard.pendingSignal == 0 else { return false }
        while let key = screen.nextKey(timeoutMilliseconds: 0) {
          if let command = app.keymap.command(for: key), command == .quit || command == .quitNow {
            quit = true
            return false
          }
          typed.append(key)
        }
        return true
      }
      if quit { app.run(.quitNow) }
      for key in typed where !app.done { app.handle(key) }
      if !app.done { app.render(on: screen) }
    }
    var quickFailures = 0
    while !app.done {
      if TerminalGuard.pendingSignal != 0 { break }
      // A timeout, so a signal that arrives during the wait is noticed even if the read restarts.
      let waited = ContinuousClock.now
      guard let key = screen.nextKey(timeoutMilliseconds: 250) else {
        // A read that fails at once, again and again, means the terminal is gone (hung up without
        // SIGHUP reaching us): stop rather than spin.
        quickFailures = screen.readFailed && ContinuousClock.now - waited < .milliseconds(50) ? quickFailures + 1 : 0
        if quickFailures >= 50 { break }
        continue
      }
      quickFailures = 0
      app.handle(key)
      if let request = app.takePipe() {
        let outcome = screen.suspend { PipeRunner.run(request) }
        app.pipeFinished(request, status: outcome.status, error: outcome.error)
      }
      if let theme = app.theme, theme.name != themeName {
        screen.apply(theme)
        themeName = theme.name
      }
      if !app.done { app.render(on: screen) }
    }
    app.finish()
    return TerminalGuard.pendingSignal
  }
}
