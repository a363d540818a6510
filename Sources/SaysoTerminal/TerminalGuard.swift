import CNCurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Gives the terminal back on every way out: a normal quit, Ctrl-C, SIGTERM, SIGHUP, Ctrl-\\, any other
/// fatal signal, and a crash.
///
/// SIGINT, SIGTERM and SIGHUP only set `pendingSignal` (the key loop wakes within its timeout, saves
/// what the user did and ends ncurses); a second one ends ncurses at once and exits. Crash signals
/// (SIGSEGV, SIGILL, SIGTRAP from a Swift runtime error, SIGABRT, SIGBUS, SIGFPE, SIGSYS) end ncurses and
/// then die as they would have. The other signals whose default is to end the process (SIGQUIT from
/// Ctrl-\\, SIGUSR1, SIGALRM, SIGXCPU, …) end ncurses and exit at once with status 128 + the signal,
/// without a core dump. These handlers replace the Swift runtime's own for SIGQUIT and the crash
/// signals, so the reader never shows the runtime's backtrace and its "Press space" prompt over the
/// screen. An exit through `exit()` ends ncurses too. While a command of `|` runs, Ctrl-C and Ctrl-\\
/// stop only that command (see `shielding(_:)`).
public enum TerminalGuard {
  /// The signal that asked the app to stop, 0 when none.
  nonisolated(unsafe) public private(set) static var pendingSignal: Int32 = 0
  nonisolated(unsafe) private static var active = false
  /// While a command of `|` runs: Ctrl-C and Ctrl-\\ are the command's (the terminal sends them to it
  /// too), not the reader's.
  nonisolated(unsafe) private static var shielded = false

  static let stopSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]
  static let crashSignals: [Int32] = [SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGSYS]
  /// Signals that end the process by default with no chance to save: SIGQUIT (Ctrl-\\), whose handler
  /// in the Swift runtime would print a backtrace, and the rest. Ignored ones (a parent may ignore
  /// SIGPIPE, say) stay ignored; SIGQUIT is always handled.
  static let quitSignals: [Int32] = [
    SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ, SIGPIPE,
  ]

  static func install() {
    // A parent may have started us with signals blocked (threads of test runners do); the ones handled
    // here, and SIGWINCH for ncurses' resize handling, must get through.
    var unblock = sigset_t()
    sigemptyset(&unblock)
    for number in stopSignals + crashSignals + quitSignals + [SIGWINCH] { sigaddset(&unblock, number) }
    sigprocmask(SIG_UNBLOCK, &unblock, nil)
    for sig in stopSignals {
      handle(
        sig,
        with: { number in
          if TerminalGuard.shielded && number == SIGINT { return }
          if TerminalGuard.pendingSignal != 0 {
            if TerminalGuard.active { endwin() }
            _exit(128 + number)
          }
          TerminalGuard.pendingSignal = number
        })
    }
    for sig in crashSignals {
      handle(
        sig,
        with: { number in
          if TerminalGuard.active { endwin() }
          signal(number, SIG_DFL)
          raise(number)
        })
    }
    for sig in quitSignals where sig == SIGQUIT || !isIgnored(sig) {
      handle(
        sig,
        with: { number in
          if TerminalGuard.shielded && number == SIGQUIT { return }
          if TerminalGuard.active { endwin() }
          _exit(128 + number)
        })
    }
    atexit {
      if TerminalGuard.active { endwin() }
    }
  }

  static func started() { active = true }

  /// Runs `body` (a command of `|`, in the foreground of the terminal) with the keyboard's signals left
  /// to it: Ctrl-C stops the command, then the reader carries on.
  static func shielding<T>(_ body: () -> T) -> T {
    shielded = true
    defer { shielded = false }
    return body()
  }

  /// Runs `body` with SIGINT and SIGQUIT ignored, not only shielded: the kernel may hand a signal to an
  /// idle thread, whose handler then runs whenever that thread is scheduled — on a loaded machine after
  /// the command is done, when the reader would take the Ctrl-C for its own. An ignored signal is dropped
  /// as it is sent. A command spawned meanwhile gets their default actions back (POSIX_SPAWN_SETSIGDEF).
  static func ignoringKeyboardSignals<T>(_ body: () -> T) -> T {
    var ignore = sigaction()
    ignore.__sigaction_handler.sa_handler = SIG_IGN
    sigemptyset(&ignore.sa_mask)
    var previousInterrupt = sigaction()
    var previousQuit = sigaction()
    sigaction(SIGINT, &ignore, &previousInterrupt)
    sigaction(SIGQUIT, &ignore, &previousQuit)
    defer {
      sigaction(SIGINT, &previousInterrupt, nil)
      sigaction(SIGQUIT, &previousQuit, nil)
    }
    return body()
  }

  static func finish() {
    if active { endwin() }
    active = false
  }

  /// Whether `number` is ignored (SIG_IGN), as a parent may have set it.
  private static func isIgnored(_ number: Int32) -> Bool {
    var current = sigaction()
    sigaction(number, nil, &current)
    return unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
  }

  /// Installs a handler without SA_RESTART, so a blocking read returns when the signal arrives.
  private static func handle(_ number: Int32, with handler: @convention(c) (Int32) -> Void) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(number, &action, nil)
  }
}
