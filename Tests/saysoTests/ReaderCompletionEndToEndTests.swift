import Foundation
import Testing

/// The reader's last pieces in tmux, with the real binary: paths in the corpus in the source columns
/// and on the command line, double clicks, Ctrl-C during `|`, and `q` while a new corpus is indexed.
@Suite(.serialized) struct ReaderCompletionEndToEndTests {
  /// Fails the test with the install hint when tmux is missing.
  func requireTmux() throws {
    if case .failure(let missing) = TmuxSession.tmux {
      Issue.record("\(missing)")
      throw missing
    }
  }

  /// A corpus whose folders each hold a `001.txt` with a quote in ¶2.
  func twoFolders() throws -> (folder: URL, corpus: URL) {
    let folder = try SaysoBinary.temporaryDirectory()
    let corpus = folder.appendingPathComponent("news")
    for (section, speaker) in [("business", "Ana Ruiz"), ("sport", "Tom Berg")] {
      let dir = corpus.appendingPathComponent(section)
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      let text = "The \(section) page\n\nA day of news.\n\n\"We cannot wait,\" \(speaker), the mayor, said.\n"
      try Data(text.utf8).write(to: dir.appendingPathComponent("001.txt"))
    }
    return (folder, corpus)
  }

  @Test func pathsInTheCorpusNameArticlesInColumnsAndOnTheCommandLine() throws {
    try requireTmux()
    let (folder, corpus) = try twoFolders()
    defer { try? FileManager.default.removeItem(at: folder) }
    let session = try TmuxSession(["--corpus", corpus.path, "--in-memory"], columns: 100, rows: 24, home: folder)
    try session.wait(for: "Sayso · Library")
    try session.send("C")
    // The whole frame, not only its title bar (tmux may show a frame half written).
    let claims = try session.wait(for: "the claims listed") { $0.contains("Sayso · Claims") && $0.contains(" ¶2") }
    #expect(claims.contains("business/001.txt ¶2"), "\(claims)")
    #expect(claims.contains("sport/001.txt ¶2"), "\(claims)")
    try session.send("Q")
    try session.wait(for: "SAYSO-EXIT 0")

    let show = try SaysoBinary.run(["show", "business/001.txt", "--corpus", corpus.path])
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.output.contains("Ana Ruiz"))
    #expect(!show.output.contains("Tom Berg"))
    let ambiguous = try SaysoBinary.run(["show", "001.txt", "--corpus", corpus.path])
    #expect(ambiguous.status != 0)
    #expect(ambiguous.stderr.contains("business/001.txt") && ambiguous.stderr.contains("sport/001.txt"))
  }

  @Test func aDoubleClickOpensTheArticle() throws {
    try requireTmux()
    let (folder, corpus) = try twoFolders()
    defer { try? FileManager.default.removeItem(at: folder) }
    let settings = folder.appendingPathComponent("config/sayso")
    try FileManager.default.createDirectory(at: settings, withIntermediateDirectories: true)
    try Data("mouse on\n".utf8).write(to: settings.appendingPathComponent("config"))
    let session = try TmuxSession(["--corpus", corpus.path, "--in-memory"], home: folder)
    let library = try session.wait(for: "The sport page")
    let rows = library.split(separator: "\n", omittingEmptySubsequences: false)
    let row = try #require(rows.firstIndex { $0.contains("The sport page") })
    // SGR mouse reports, as xterm's terminfo entry (kmous=\E[<) has ncurses read them: ESC [ < button ;
    // column ; row, then M for a press and m for a release (column and row from 1).
    func report(_ press: Bool) -> [UInt8] { Array("\u{1B}[<0;11;\(row + 1)\(press ? "M" : "m")".utf8) }
    // One click selects the row (the position at the bottom right says so) and opens nothing.
    let place = "\(row - 1)/2"
    func shows(_ position: String) -> (String) -> Bool {
      { $0.split(separator: "\n").last?.hasSuffix(position) == true }
    }
    if place == "1/2" {
      try session.send("j")
      try session.wait(for: "2/2", until: shows("2/2"))
    }
    try session.sendBytes(report(true) + report(false))
    let clicked = try session.wait(for: place, until: shows(place))
    #expect(!clicked.contains("Sayso · Reader"))
    // A double click opens it.
    try session.sendBytes(report(true) + report(false) + report(true) + report(false))
    try session.wait(for: "Sayso · Reader · The sport page")
    try session.send("Q")
    try session.wait(for: "SAYSO-EXIT 0")
  }

  @Test func ctrlCStopsThePipedCommandAndTheReaderCarriesOn() throws {
    try requireTmux()
    let session = try TmuxSession(["--in-memory"])
    try session.wait(for: "Sayso · Library")
    try session.send("Enter")
    try session.wait(for: "Sayso · Reader")
    try session.send("|")
    try session.wait(for: "Pipe the article to:")
    // The command prints what the prompt does not show ("ready-2"), so Ctrl-C waits for it to run, and
    // prints it from the very process the Ctrl-C must end, its SIGINT already at the default. (With
    // `echo ready-2; sleep 60`, dash catches a SIGINT that comes between the echo and the exec of
    // sleep and loses it: sleep ran on and the test timed out, 17 times in 200 when sent at once.)
    try session.type(
      "python3 -c \"import signal, time; signal.signal(signal.SIGINT, signal.SIG_DFL); "
        + "print('ready-' + str(1 + 1), flush=True); time.sleep(60)\"")
    try session.send("Enter")
    try session.wait(for: "ready-2")
    try session.send("C-c")
    try session.wait(for: "[interrupted] Press Enter to return to Sayso")
    try session.send("Enter")
    try session.wait(for: "Sayso · Reader")
    try session.wait(for: "Exit status 130 from python3")
    // Still running: j scrolls, Q quits normally.
    try session.send("Q")
    try session.wait(for: "SAYSO-EXIT 0")
  }

  @Test func qQuitsWhileANewCorpusIsIndexed() throws {
    try requireTmux()
    let folder = try SaysoBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    // Enough articles that indexing them takes a while, even on a fast machine.
    let corpus = folder.appendingPathComponent("big")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    let body = String(
      repeating: "\"We will propose a new tax on harbours,\" the minister, Ana Ruiz, said on Monday. ", count: 40)
    for n in 0..<4_000 {
      try Data("Article \(n)\n\n\(body)\n".utf8).write(to: corpus.appendingPathComponent("a\(n).txt"))
    }
    let session = try TmuxSession(["--corpus", corpus.path], home: folder)
    try session.wait(for: "Indexing the corpus for the first time")
    try session.send("q")
    let end = try session.wait(for: "SAYSO-EXIT 0")
    #expect(end.contains("indexing stopped with"), "\(end)")
    // The next run carries on from what was written.
    let again = try TmuxSession(["--corpus", corpus.path], home: folder)
    try again.wait(for: "Sayso · Library")
    try again.send("Q")
    try again.wait(for: "SAYSO-EXIT")
  }
}
