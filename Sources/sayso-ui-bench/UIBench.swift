import Foundation
import SaysoAnalysis
import SaysoCore
import SaysoTerminal
import SaysoUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `sayso-ui-bench`: how fast the reader shows its first frame and answers keys.
///
///     swift build -c release && swift run -c release sayso-ui-bench [--runs N] [--articles N]
///     swift run -c release sayso-ui-bench --long-prompt    # only: a 4,000-character prompt entry
///     swift run -c release sayso-ui-bench --quit-during-index [--articles N]   # only: q while indexing
///
/// 1. Process start to first complete frame: the built `sayso` (next to this benchmark) is started in
///    tmux, told to exit after its first frame and to write the time it was drawn; the start time is
///    taken by the shell right before it execs sayso. On the seeds (index already built, and in memory
///    with --in-memory) and on a generated corpus of 20,000 article files whose index `sayso index`
///    built first (opening still checks every file for changes).
/// 2. First frame in process: building the app and drawing the library, on the seeds and on a
///    20,000-article corpus whose summaries come from an index (as the store gives them).
/// 3. Key to finished redraw, on a `VirtualScreen` (the app's work: layout, highlighting, drawing):
///    scrolling, claim jumps, paragraph moves, search.
/// 4. The same on the terminal: this benchmark runs itself in tmux, drawing through ncurses, so the
///    time includes ncurses working out the changed cells and writing them to the terminal.
@main
struct UIBench {
  static func main() throws {
    let arguments = CommandLine.arguments
    if let i = arguments.firstIndex(of: "--curses-child"), i + 1 < arguments.count {
      OnTerminal.child(resultFile: arguments[i + 1])
      return
    }
    if arguments.contains("--long-prompt") {
      InProcess.longPrompt(seeds: Corpus.seeds())
      return
    }
    let articles = arguments.firstIndex(of: "--articles").flatMap { Int(arguments[$0 + 1]) } ?? 20_000
    if arguments.contains("--quit-during-index") {
      QuitDuringIndex.report(articles: articles, runs: 3)
      return
    }
    let runs = arguments.firstIndex(of: "--runs").flatMap { Int(arguments[$0 + 1]) } ?? 15
    print("sayso-ui-bench: \(runs) runs per figure, median (min–max)\n")

    let seeds = Corpus.seeds()
    ProcessFrame.report(runs: runs, articles: articles)
    InProcess.firstFrames(seeds: seeds, runs: runs)
    InProcess.keys(seeds: seeds, runs: runs)
    OnTerminal.report()
    QuitDuringIndex.report(articles: articles, runs: 3)
  }
}

/// Key press to finished redraw through ncurses, measured by a copy of this benchmark running in tmux.
enum OnTerminal {
  /// The scripted keys, each pressed `count` times.
  static let scenarios: [(label: String, keys: [Key], count: Int)] = [
    ("scroll a line (j)", [.character("j")], 60),
    ("page down (Space)", [.character(" ")], 20),
    ("next claim (Tab)", [.tab], 40),
    ("next paragraph (})", [.character("}")], 40),
    ("search, per letter typed", [.character("/")] + "cooperation".map(Key.character) + [.enter], 13),
    ("theme switch (T)", [.character("T")], 8),
  ]

  static func report() {
    print("\nKey press to finished redraw through ncurses (in tmux, 80×24, long article, 256 colours):")
    guard let tmux = ProcessFrame.tmux else {
      print("  skipped: tmux is not installed (apt-get install -y tmux)")
      return
    }
    let result = FileManager.default.temporaryDirectory.appendingPathComponent("sayso-ui-bench-keys-\(getpid())").path
    defer { try? FileManager.default.removeItem(atPath: result) }
    let socket = "sayso-ui-bench-keys-\(getpid())"
    let command = "TERM=xterm-256color exec \(CommandLine.arguments[0]) --curses-child \(result)"
    _ = ProcessFrame.shell(
      tmux, ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", command])
    let deadline = Date().addingTimeInterval(60)
    while Date() < deadline, (FileManager.default.contents(atPath: result)?.count ?? 0) == 0 { usleep(10000) }
    _ = ProcessFrame.shell(tmux, ["-L", socket, "kill-server"])
    guard let data = FileManager.default.contents(atPath: result), !data.isEmpty else {
      print("  no result: the benchmark did not finish in tmux")
      return
    }
    print(String(decoding: data, as: UTF8.self), terminator: "")
  }

  /// Runs in tmux: the app on ncurses, each scripted key handled and the frame drawn and refreshed.
  static func child(resultFile: String) {
    let long = Corpus.long(times: 20)
    var lines: [String] = []
    let screen = CursesScreen(noColor: false, mouse: false)
    let themes = BuiltinThemes.names.compactMap(BuiltinThemes.theme(named:))
    for scenario in scenarios {
      let app = App(services: InProcess.services([long]), themes: themes, first: ReaderView(analysis: long))
      screen.apply(themes[0])
      app.render(on: screen)
      var times: [Double] = []
      var applied = themes[0].name
      for _ in 0..<scenario.count {
        for key in scenario.keys {
          let start = DispatchTime.now().uptimeNanoseconds
          app.handle(key)
          if let theme = app.theme, theme.name != applied {
            screen.apply(theme)
            applied = theme.name
          }
          app.render(on: screen)
          times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
      }
      let label = scenario.label.padding(toLength: 42, withPad: " ", startingAt: 0)
      lines.append("  " + label + Clock.summary(times.sorted()))
    }
    screen.end()
    try? Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: resultFile))
  }
}

/// Timing helpers.
enum Clock {
  /// Runs `body` `runs` times and returns the durations in milliseconds, sorted.
  static func measure(runs: Int, _ body: () -> Void) -> [Double] {
    (0..<runs).map { _ in
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }.sorted()
  }

  /// "median ms (min–max)".
  static func summary(_ sorted: [Double]) -> String {
    guard !sorted.isEmpty else { return "n/a" }
    return String(format: "%7.3f ms (%.3f–%.3f)", sorted[sorted.count / 2], sorted.first!, sorted.last!)
  }

  static func line(_ label: String, _ sorted: [Double], expected: Int? = nil) {
    let missing = expected.map { $0 - sorted.count } ?? 0
    print(
      "  " + label.padding(toLength: 44, withPad: " ", startingAt: 0) + summary(sorted)
        + (missing > 0 ? "  (\(missing) runs drew no frame)" : ""))
  }
}

/// The corpora the benchmark uses.
enum Corpus {
  /// The seed articles from the package's seeds/ folder, analysed.
  static func seeds() -> [ArticleAnalysis] {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("seeds")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    return names.map { name in
      let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
      return analyze(ArticleReader.parse(text, path: "seeds/\(name)"))
    }
  }

  /// A long article (the seeds' paragraphs repeated `times` times), analysed.
  static func long(times: Int) -> ArticleAnalysis {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("seeds")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    let body = names.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
      .joined(separator: "\n\n")
    let text = "A long article\n\n" + Array(repeating: body, count: times).joined(separator: "\n\n")
    return analyze(ArticleReader.parse(text, path: "long.txt"))
  }
}

/// Process start to first frame of the real `sayso`, in tmux.
enum ProcessFrame {
  static func report(runs: Int, articles: Int) {
    print("Process start to first complete frame (sayso in tmux, 80×24):")
    let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    let sayso = folder.appendingPathComponent("sayso").path
    guard FileManager.default.isExecutableFile(atPath: sayso) else {
      print("  skipped: no sayso next to this benchmark (run `swift build -c release` first)\n")
      return
    }
    guard let tmux = Self.tmux else {
      print("  skipped: tmux is not installed (apt-get install -y tmux)\n")
      return
    }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("sayso-ui-bench-\(getpid())")
    try? FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    let socket = "sayso-ui-bench-\(getpid())"
    let data = work.appendingPathComponent("data").path
    /// Builds the index of the corpus at `path` (the seeds for "") with `sayso index`.
    func index(_ path: String) {
      var environment = ProcessInfo.processInfo.environment
      environment["SAYSO_DATA_DIR"] = data
      let process = Process()
      process.executableURL = URL(fileURLWithPath: sayso)
      process.arguments = ["index"] + (path.isEmpty ? [] : ["--corpus", path])
      process.environment = environment
      process.standardOutput = FileHandle.nullDevice
      try? process.run()
      process.waitUntilExit()
    }
    func firstFrames(_ arguments: String, runs: Int) -> [Double] {
      var times: [Double] = []
      for run in 0..<runs {
        let start = work.appendingPathComponent("start-\(run)").path
        let frame = work.appendingPathComponent("frame-\(run)").path
        try? FileManager.default.removeItem(atPath: frame)
        let command =
          "date +%s%N > \(start); HOME=\(work.path) XDG_CONFIG_HOME=\(work.path) SAYSO_DATA_DIR=\(data) "
          + "SAYSO_FIRST_FRAME_REPORT=\(frame) TERM=xterm-256color exec \(sayso) read --exit-after-first-frame \(arguments)"
        // A socket of its own per run: a server started right after another was killed on the same
        // socket sometimes exits at once.
        let socket = "\(socket)-\(run)"
        _ = shell(tmux, ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", command])
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, (FileManager.default.contents(atPath: frame)?.count ?? 0) == 0 {
          usleep(2000)
        }
        _ = shell(tmux, ["-L", socket, "kill-server"])
        guard let a = read(start), let b = read(frame) else { continue }
        times.append(Double(b - a) / 1e6)
      }
      return times.sorted()
    }
    index("")  // the seeds' index, so the runs below open it (a first run indexes behind the first frame)
    Clock.line("seeds, through the index", firstFrames("", runs: runs), expected: runs)
    Clock.line("seeds, --in-memory (read and analysed)", firstFrames("--in-memory", runs: runs), expected: runs)
    guard articles > 0 else { return }
    let corpus = work.appendingPathComponent("corpus")
    Generated.write(articles: articles, to: corpus)
    let indexStart = Date()
    index(corpus.path)
    print(
      String(
        format: "  (%d generated articles indexed by `sayso index` in %.1f s)", articles,
        Date().timeIntervalSince(indexStart)))
    Clock.line(
      "\(articles) articles, through the index", firstFrames("--corpus \(corpus.path)", runs: max(3, runs / 3)),
      expected: max(3, runs / 3))
    print("")
  }

  private static func read(_ path: String) -> Int64? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    return Int64(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Where tmux is installed, if it is.
  static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first(where: {
    FileManager.default.isExecutableFile(atPath: $0)
  })

  /// Runs a command with every descriptor but the standard ones closed (tmux's server keeps them).
  static func shell(_ executable: String, _ arguments: [String]) -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for fd in Int32(0)...2 {
      posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
    }
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for arg in argv { free(arg) } }
    var pid: pid_t = 0
    guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else { return -1 }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return status
  }
}

/// Article files made up for the large-corpus figure: a title, a dateline, quotes and a proposal each.
enum Generated {
  static func write(articles: Int, to folder: URL) {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let names = ["Maria Keller", "Tomas Brandt", "Aiko Tanaka", "Olu Adeyemi", "Sergei Volkov", "Fatima Haddad"]
    let topics = ["the budget", "the bridge project", "the water shortage", "the trade agreement", "the rail strike"]
    for i in 0..<articles {
      let name = names[i % names.count]
      let other = names[(i / 7) % names.count]
      let topic = topics[i % topics.count]
      let text = """
        ---
        title: Talks on \(topic) continue (\(i))
        source: Wire \(i % 9)
        date: 20\(10 + i % 15)-\(String(format: "%02d", 1 + i % 12))-\(String(format: "%02d", 1 + i % 28))
        ---
        "We will not back down on \(topic)," \(name), the finance minister, said on Tuesday.

        \(other) called for an independent inquiry into \(topic). Figures published on Tuesday showed a sharp rise.

        "The numbers simply do not add up," \(other) told reporters.
        """
      try? Data(text.utf8).write(to: folder.appendingPathComponent("article-\(i).md"))
    }
  }
}
