import Foundation
import Testing

/// The reader driven in tmux, as a user would: keys in, screen text and colours out.
///
/// Each test runs twice against the same expectations: on the store on disk, and with `--in-memory`
/// (the index in memory, through the same SaysoStore code).
@Suite(.serialized) struct ReaderEndToEndTests {
  /// The two ways the reader keeps its index.
  static let stores: [[String]] = [[], ["--in-memory"]]

  /// Fails the test with the install hint when tmux is missing.
  func requireTmux() throws {
    if case .failure(let missing) = TmuxSession.tmux {
      Issue.record("\(missing)")
      throw missing
    }
  }

  @Test(arguments: stores) func claimsSourcesAndSearch(store: [String]) throws {
    try requireTmux()
    let session = try TmuxSession(store)
    try session.wait(for: "Sayso · Library · 2 articles")
    try session.wait(for: "RPT: ANALYSIS - Russia's Security")

    // Open the first article and move to a claim: the panel shows it.
    try session.send("Enter")
    try session.wait(for: "Sayso · Reader")
    try session.send("Tab")
    try session.wait(for: "claim 1/")
    try session.wait(for: "▸ ")

    // Every claim: move to one, jump to its source, and come back.
    try session.send("C")
    try session.wait(for: "Sayso · Claims")
    try session.send("j", "j", "Enter")
    let reader = try session.wait(for: "a claim in the reader") {
      $0.contains("Sayso · Reader") && $0.contains("claim 3/")
    }
    #expect(reader.contains("▸ "))
    try session.send("h")
    try session.wait(for: "Sayso · Claims")
    try session.send("l")
    try session.wait(for: "claim 3/")

    // Search in the article: incremental, with a count, n for the next match.
    try session.send("g", "/")
    try session.type("Putin")
    try session.send("Enter")
    let first = try session.wait(for: "a match count") {
      $0.range(of: #"1/[0-9]+ "#, options: .regularExpression) != nil
    }
    #expect(!first.contains("Pattern not found"))
    try session.send("n")
    try session.wait(for: "the second match") { $0.range(of: #" 2/[0-9]+ "#, options: .regularExpression) != nil }

    // Search every article, open a result.
    try session.send("s")
    try session.wait(for: "Search all articles:")
    try session.type("cybersecurity")
    try session.send("Enter")
    try session.wait(for: "Sayso · Search · \"cybersecurity\"")
    try session.send("Enter")
    try session.wait(for: "Sayso · Reader")

    try session.send("Q")
    try session.wait(for: "SAYSO-EXIT 0")
  }

  @Test(arguments: stores) func bookmarksSurviveARestartAndTheTerminalIsRestored(store: [String]) throws {
    try requireTmux()
    let session = try TmuxSession(store)
    session.keepHome()
    defer { try? FileManager.default.removeItem(at: session.home) }
    try session.wait(for: "Sayso · Library")
    try session.send("Enter")
    try session.wait(for: "Sayso · Reader")
    try session.send("Tab", "Tab", "m")
    try session.wait(for: "Note for claim")
    try session.type("follow up with Sputnik")
    try session.send("Enter")
    try session.wait(for: "Bookmarked ¶")
    try session.send("q")
    try session.wait(for: "Sayso · Library")
    try session.send("q")
    try session.wait(for: "SAYSO-EXIT 0")
    // The terminal is back as it was: main screen, cursor shown, line editing and echo on.
    try session.wait(for: "modes: icanon echo")
    #expect(try session.pane("#{alternate_on}") == "0")
    #expect(try session.pane("#{cursor_flag}") == "1")

    let again = try TmuxSession(store, home: session.home)
    try again.wait(for: "Sayso · Library")
    try again.send("B")
    try again.wait(for: "follow up with Sputnik")
    try again.send("Enter")
    try again.wait(for: "Sayso · Reader")
    try again.send("Q")
    try again.wait(for: "SAYSO-EXIT 0")
    again.close()
    session.close()
  }

  @Test(arguments: stores) func resizeAndThemes(store: [String]) throws {
    try requireTmux()
    let session = try TmuxSession(store)
    try session.wait(for: "Sayso · Library")
    try session.send("Enter")
    try session.wait(for: "Sayso · Reader")
    try session.send("Tab")
    try session.wait(for: "claim 1/")

    try session.resize(columns: 40, rows: 12)
    let narrow = try session.wait(for: "a 40-column layout") { screen in
      let lines = screen.split(separator: "\n")
      // The whole frame: the title shortened to the width, and the status line.
      return lines.count <= 12 && lines.first?.hasSuffix("…") == true && screen.contains("claim 1/")
    }
    #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 40 })
    try session.resize(columns: 20, rows: 6)
    try session.wait(for: "Sayso · Reader · …")
    try session.resize(columns: 12, rows: 4)
    try session.wait(for: "window too")
    try session.resize(columns: 100, rows: 30)
    try session.wait(for: "? help  q back")

    // The default theme uses 256 colours; T switches to the light one live.
    let dark = try session.wait(for: "256-colour codes", escapes: true) { $0.contains("38;5;") }
    #expect(TmuxSession.usesColour(dark))
    try session.send("T")
    try session.wait(for: "Theme: light")
    let light = try session.screen(escapes: true)
    #expect(light != dark)
    try session.send("T", "T")
    try session.wait(for: "Theme: monochrome")
    let mono = try session.screen(escapes: true)
    #expect(!TmuxSession.usesColour(mono))

    try session.send("Q")
    try session.wait(for: "SAYSO-EXIT 0")
  }

  @Test(arguments: stores) func noColorAndThemeOption(store: [String]) throws {
    try requireTmux()
    let session = try TmuxSession(["read", "--theme", "universal"] + store, environment: ["NO_COLOR": "1"])
    try session.wait(for: "Sayso · Library")
    let screen = try session.screen(escapes: true)
    #expect(!TmuxSession.usesColour(screen))
    #expect(screen.contains("[7m") || screen.contains(";7m"), "reverse video stays: \(screen)")
    try session.send("q")
    try session.wait(for: "SAYSO-EXIT 0")
  }

  @Test(arguments: stores) func aSignalRestoresTheTerminal(store: [String]) throws {
    try requireTmux()
    let session = try TmuxSession(store)
    try session.wait(for: "Sayso · Library")
    let pid = try #require(try session.sayso())
    kill(pid, SIGTERM)
    try session.wait(for: "SAYSO-EXIT 143")
    #expect(try session.pane("#{alternate_on}") == "0")

    let interrupted = try TmuxSession(store)
    try interrupted.wait(for: "Sayso · Library")
    try interrupted.send("C-c")
    try interrupted.wait(for: "SAYSO-EXIT 130")
    #expect(try interrupted.pane("#{alternate_on}") == "0")

    // A crash (as a fatal error or a bad memory access ends the process) gives the terminal back too.
    let crashed = try TmuxSession(store)
    try crashed.wait(for: "Sayso · Library")
    let crashing = try #require(try crashed.sayso())
    kill(crashing, SIGSEGV)
    try crashed.wait(for: "SAYSO-EXIT 139")
    try crashed.wait(for: "modes: icanon echo")
    #expect(try crashed.pane("#{alternate_on}") == "0")
  }

  /// Ctrl-\ (SIGQUIT) and the other fatal signals give the terminal back and end sayso at once: no
  /// backtrace from the Swift runtime, no "Press space" prompt, the cursor shown again.
  @Test(arguments: stores) func ctrlBackslashAndOtherFatalSignalsRestoreTheTerminalAtOnce(store: [String]) throws {
    try requireTmux()
    let session = try TmuxSession(store)
    try session.wait(for: "Sayso · Library")
    try session.send("Enter")
    try session.wait(for: "Sayso · Reader")
    try session.send("C-\\")
    // The runtime's prompt would wait 30 s; a prompt-free exit takes a moment.
    let screen = try session.wait(for: "SAYSO-EXIT 131", timeout: 10)
    try session.wait(for: "modes: icanon echo")
    #expect(!screen.contains("Press space"), "\(screen)")
    #expect(!screen.contains("Crash"), "\(screen)")
    #expect(!screen.contains("Backtrace"), "\(screen)")
    #expect(try session.pane("#{alternate_on}") == "0")
    #expect(try session.pane("#{cursor_flag}") == "1")

    for (signal, status) in [(SIGQUIT, 131), (SIGUSR1, 138), (SIGALRM, 142)] {
      let other = try TmuxSession(store)
      try other.wait(for: "Sayso · Library")
      let pid = try #require(try other.sayso())
      kill(pid, signal)
      let after = try other.wait(for: "SAYSO-EXIT \(status)", timeout: 10)
      try other.wait(for: "modes: icanon echo")
      #expect(!after.contains("Press space"), "signal \(signal): \(after)")
      #expect(try other.pane("#{alternate_on}") == "0", "signal \(signal)")
      #expect(try other.pane("#{cursor_flag}") == "1", "signal \(signal)")
    }
  }

  @Test(arguments: stores) func theLibraryShowsTheIndexAtOnceThenCatchesUpWithTheFiles(store: [String]) throws {
    try requireTmux()
    let folder = try SaysoBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = folder.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try Data("Harbour plan\n\n\"We cannot wait,\" Mayor Ana Ruiz said.\n".utf8)
      .write(to: corpus.appendingPathComponent("harbour.txt"))
    let first = try TmuxSession(["--corpus", corpus.path] + store, home: folder)
    try first.wait(for: "Harbour plan")
    try first.send("q")
    try first.wait(for: "SAYSO-EXIT 0")

    try Data("Ferry timetable\n\nThe winter timetable starts on Monday.\n".utf8)
      .write(to: corpus.appendingPathComponent("ferry.txt"))
    let second = try TmuxSession(["--corpus", corpus.path] + store, home: folder)
    // On disk the library shows the index as it was, then says what changed; in memory it is built now.
    if store.isEmpty { try second.wait(for: "The corpus changed: 1 article indexed again") }
    try second.wait(for: "Ferry timetable")
    try second.send("q")
    try second.wait(for: "SAYSO-EXIT 0")
    first.close()
    second.close()
  }

  @Test(arguments: stores) func badThemeLinesAreReportedWithFileAndLine(store: [String]) throws {
    try requireTmux()
    let home = try SaysoBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: home) }
    try FileManager.default.createDirectory(
      at: home.appendingPathComponent("config/sayso/themes"), withIntermediateDirectories: true)
    try Data("color quote green default\ncolor qoute red default\n".utf8)
      .write(to: home.appendingPathComponent("config/sayso/themes/mine.theme"))
    let session = try TmuxSession(["--theme", "mine"] + store, home: home)
    try session.wait(for: "mine.theme:2: unknown role \"qoute\"")
    try session.wait(for: "SAYSO-EXIT 1")
  }

  /// At 160 columns the seed's text wraps at 100 columns by default, at the window with `width 0` and
  /// at 50 with `width 50`; the text column starts after the 4-column margin either way.
  @Test func articleTextWrapsAtTheReadingWidthFromTheConfig() throws {
    try requireTmux()
    for (setting, widest) in [(nil, 100), ("width 0", 160 - 5), ("width 50", 50)] {
      let home = try SaysoBinary.temporaryDirectory()
      defer { try? FileManager.default.removeItem(at: home) }
      if let setting {
        try FileManager.default.createDirectory(
          at: home.appendingPathComponent("config/sayso"), withIntermediateDirectories: true)
        try Data("\(setting)\n".utf8).write(to: home.appendingPathComponent("config/sayso/config"))
      }
      let session = try TmuxSession(["--in-memory"], columns: 160, rows: 40, home: home)
      try session.wait(for: "Sayso · Library")
      try session.send("Enter")
      let screen = try session.wait(for: "the reader") { $0.contains("Sayso · Reader") && $0.contains(" ¶0 · ") }
      // The text rows: after the title bar, up to the panel's heading.
      let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst()
        .prefix { !$0.hasPrefix(" ¶") }
      let longest = rows.map { $0.count }.max() ?? 0
      #expect(longest <= 4 + widest, "\(setting ?? "no setting"): \(longest)")
      #expect(longest > 4 + widest - 20, "\(setting ?? "no setting"): wraps near \(widest), not before: \(longest)")
      session.close()
    }
  }

  @Test(arguments: [[], ["read"], ["--in-memory"]])
  func withoutATerminalTheReaderSaysWhatToUseInstead(arguments: [String]) throws {
    let run = try SaysoBinary.run(arguments)
    #expect(run.status == 1)
    #expect(run.stderr.contains("the reader needs a terminal"))
    let help = try SaysoBinary.run(["read", "--help"])
    #expect(help.status == 0 && help.output.contains("Shift-Tab"))
  }

  @Test(arguments: stores)
  func anUnknownCommandOrAMissingCorpusFailsBeforeAnyScreen(store: [String]) throws {
    for arguments in [["lsit"], ["read", "--corpus", "/no/such/dir"], ["--corpus", "/no/such/dir"]] {
      let run = try SaysoBinary.run(arguments + store)
      #expect(run.status == 1, "\(arguments)")
      #expect(run.errorLines.count == 1, "\(arguments): \(run.stderr)")
      #expect(!run.stderr.contains("terminal"), "\(arguments)")
      #expect(run.stdout.isEmpty)
    }
    #expect(try SaysoBinary.run(["lsit"] + store).stderr.hasPrefix("sayso: \"lsit\" is not a command"))
    #expect(
      try SaysoBinary.run(["read", "--corpus", "/no/such/dir"] + store).errorLines == [
        "sayso: /no/such/dir: no such file or folder"
      ])
  }

  @Test func theMissingTmuxMessageSaysHowToInstallIt() {
    guard case .failure(let missing) = TmuxSession.locate("tmux", in: "/nonexistent") else {
      Issue.record("found tmux in /nonexistent")
      return
    }
    #expect("\(missing)".contains("apt-get install -y tmux"))
  }
}
