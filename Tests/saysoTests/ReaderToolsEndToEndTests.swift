import Foundation
import Testing

/// The reader's tools in tmux: bookmark notes and export, the key-hint line, piping to a command.
@Suite(.serialized) struct ReaderToolsEndToEndTests {
  /// Fails the test with the install hint when tmux is missing.
  func requireTmux() throws {
    if case .failure(let missing) = TmuxSession.tmux {
      Issue.record("\(missing)")
      throw missing
    }
  }

  @Test func theKeyHintLineFollowsTheViewAndCanBeSwitchedOff() throws {
    try requireTmux()
    let session = try TmuxSession(["--in-memory"])
    try session.wait(for: " q quit  Enter read  / filter  o sort")
    try session.send("Enter")
    try session.wait(for: " q back  Tab next claim  Enter claims by")
    try session.send("H")
    try session.wait(for: "the hint line gone") { !$0.contains("Tab next claim") }
    try session.send("Q")
    try session.wait(for: "SAYSO-EXIT 0")
    session.close()

    // `hints off` in the config.
    let home = try SaysoBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: home) }
    let settings = home.appendingPathComponent("config/sayso")
    try FileManager.default.createDirectory(at: settings, withIntermediateDirectories: true)
    try Data("hints off\n".utf8).write(to: settings.appendingPathComponent("config"))
    let off = try TmuxSession(["--in-memory"], home: home)
    let screen = try off.wait(for: "Sayso · Library")
    #expect(!screen.contains("Enter read"))
    try off.send("H")
    try off.wait(for: " q quit  Enter read")
    try off.send("Q")
    try off.wait(for: "SAYSO-EXIT 0")
  }

  @Test func barPipesTheArticleToAShellCommandAndRedraws() throws {
    try requireTmux()
    let session = try TmuxSession(["--in-memory"])
    try session.wait(for: "Sayso · Library")
    try session.send("Enter")
    try session.wait(for: "Sayso · Reader")
    let out = session.home.appendingPathComponent("piped.txt").path
    try session.send("|")
    try session.wait(for: "Pipe the article to:")
    try session.type("cat > '\(out)'; echo piped-ok")
    try session.send("Enter")
    // The screen is given back while it runs; Enter returns to the reader, redrawn.
    try session.wait(for: "Press Enter to return to Sayso")
    #expect(try session.screen().contains("piped-ok"))
    try session.send("Enter")
    try session.wait(for: "Sayso · Reader")
    try session.wait(for: "Piped to cat >")
    let piped = try String(contentsOfFile: out, encoding: .utf8)
    #expect(piped.contains("\n\n"))
    #expect(piped.count > 500)
    // A failing command is reported as such.
    try session.send("|")
    try session.type("exit 3")
    try session.send("Enter")
    try session.wait(for: "[exit status 3] Press Enter")
    try session.send("Enter")
    try session.wait(for: "Exit status 3 from exit 3")
    try session.send("Q")
    try session.wait(for: "SAYSO-EXIT 0")
  }

  @Test func bookmarksAreEditedExportedAndNotDoubled() throws {
    try requireTmux()
    let data = try StoreTestHelpers.dataDirectory()
    defer { try? FileManager.default.removeItem(atPath: data) }
    _ = try StoreTestHelpers.run(["bookmark", "add", "2:5", "--note", "first note"], dataDirectory: data)
    let session = try TmuxSession(["--data-dir", data])
    try session.wait(for: "Sayso · Library")
    try session.send("B")
    try session.wait(for: "first note")
    // e: the note in a prompt, edited.
    try session.send("e")
    try session.wait(for: "Note (empty removes it): first note")
    try session.send("C-u")
    try session.type("second note")
    try session.send("Enter")
    try session.wait(for: "Note saved: second note")
    // The same paragraph again: said, not added.
    try session.send("Enter")
    try session.wait(for: "Sayso · Reader")
    try session.send("m")
    try session.wait(for: "Already bookmarked: ¶5 (second note)")
    // x: Markdown and JSON, as `sayso bookmarks export` writes them.
    try session.send("B", "x")
    try session.wait(for: "Export to (.md and .json): sayso-bookmarks")
    let stem = data + "/exported"
    try session.send("C-u")
    try session.type(stem)
    try session.send("Enter")
    try session.wait(for: "Exported 1 bookmark to")
    try session.send("Q")
    try session.wait(for: "SAYSO-EXIT 0")
    session.close()
    let markdown = try StoreTestHelpers.run(["bookmarks", "export", "--format", "markdown"], dataDirectory: data)
    let json = try StoreTestHelpers.run(["bookmarks", "export", "--format", "json"], dataDirectory: data)
    #expect(markdown.output.contains("second note"))
    #expect(try String(contentsOfFile: stem + ".md", encoding: .utf8) == markdown.output)
    #expect(try String(contentsOfFile: stem + ".json", encoding: .utf8) == json.output)
    // One bookmark: the second m added none.
    #expect(!json.output.contains("\"id\":2") && !json.output.contains("\"id\": 2"))
  }
}
