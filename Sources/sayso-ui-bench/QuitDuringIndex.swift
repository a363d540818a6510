import Foundation

/// How soon `q` ends the reader while it indexes a corpus it has never seen (issue 9: it took 6.5 s on
/// 100,000 files): sayso in tmux on generated articles with an empty data folder, `q` sent once the
/// "Indexing" message is on screen, timed until the process has exited.
enum QuitDuringIndex {
  static func report(articles: Int, runs: Int) {
    print("q during the first index of \(articles) generated articles (sayso in tmux, key sent to exit):")
    let sayso = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("sayso").path
    guard FileManager.default.isExecutableFile(atPath: sayso), let tmux = ProcessFrame.tmux else {
      print("  skipped: needs sayso next to this benchmark and tmux\n")
      return
    }
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("sayso-quit-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: work) }
    let corpus = work.appendingPathComponent("corpus")
    Generated.write(articles: articles, to: corpus)
    var times: [Double] = []
    for run in 0..<runs {
      let data = work.appendingPathComponent("data-\(run)").path  // empty: the index is built anew
      let socket = "sayso-quit-bench-\(getpid())-\(run)"
      let command =
        "HOME=\(work.path) XDG_CONFIG_HOME=\(work.path) SAYSO_DATA_DIR=\(data) TERM=xterm-256color "
        + "\(sayso) read --corpus \(corpus.path); echo SAYSO-EXIT; sleep 60"
      _ = ProcessFrame.shell(
        tmux, ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-x", "80", "-y", "24", command])
      defer { _ = ProcessFrame.shell(tmux, ["-L", socket, "kill-server"]) }
      guard wait(until: "Indexing the corpus", tmux: tmux, socket: socket, seconds: 60) else { continue }
      let start = DispatchTime.now().uptimeNanoseconds
      _ = ProcessFrame.shell(tmux, ["-L", socket, "send-keys", "q"])
      guard wait(until: "SAYSO-EXIT", tmux: tmux, socket: socket, seconds: 120) else { continue }
      times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    Clock.line("q to the process's exit", times.sorted(), expected: runs)
    print("")
  }

  /// Polls the pane until it shows `text`; false after `seconds`.
  private static func wait(until text: String, tmux: String, socket: String, seconds: Double) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: tmux)
      process.arguments = ["-L", socket, "capture-pane", "-p"]
      let pipe = Pipe()
      process.standardOutput = pipe
      process.standardError = FileHandle.nullDevice
      guard (try? process.run()) != nil else { return false }
      let screen = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      process.waitUntilExit()
      if screen.contains(text) { return true }
      usleep(5_000)
    }
    return false
  }
}
