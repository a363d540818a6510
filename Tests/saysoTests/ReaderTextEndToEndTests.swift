import Foundation
import Testing

/// The reader in tmux on text that is hard to draw and on the reader's newer keys: grapheme clusters
/// drawn whole, jumps to a paragraph.
@Suite(.serialized) struct ReaderTextEndToEndTests {
  /// Fails the test with the install hint when tmux is missing.
  func requireTmux() throws {
    if case .failure(let missing) = TmuxSession.tmux {
      Issue.record("\(missing)")
      throw missing
    }
  }

  /// A corpus folder holding one article with `text`, and the folder to remove afterwards.
  func corpus(_ text: String, file: String = "wide.txt") throws -> (folder: URL, corpus: URL) {
    let folder = try SaysoBinary.temporaryDirectory()
    let corpus = folder.appendingPathComponent("news")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: corpus.appendingPathComponent(file))
    return (folder, corpus)
  }

  @Test func graphemeClustersAreDrawnWhole() throws {
    try requireTmux()
    let (folder, corpus) = try corpus(
      "Greetings in many scripts\n\nShe asked: \"तुमको क्या काम है?\" and smiled.\n\n"
        + "A greeting 🙏🏽 from the family 👩‍👩‍👧 today.\n\nThe end of the note.\n")
    defer { try? FileManager.default.removeItem(at: folder) }
    let session = try TmuxSession(
      ["read", "--corpus", corpus.path, "--in-memory"], columns: 80, rows: 8, home: folder)
    try session.wait(for: "Greetings in many scripts")
    try session.send("Enter")
    try session.wait(for: "Sayso · Reader")
    // Vowel signs, conjuncts, the skin tone and every person of the family reach the terminal, and
    // the words after them are where they belong.
    let screen = try session.wait(for: "She asked: \"तुमको क्या काम है?\" and smiled.")
    #expect(screen.contains("A greeting 🙏🏽 from the family 👩‍👩‍👧 today."))
    // Scrolled by a line, each row is drawn again over the one before: nothing stale is left.
    try session.send("j")
    let scrolled = try session.wait(for: "the title scrolled off") { !$0.contains(" 0  Greetings") }
    #expect(scrolled.components(separatedBy: "तुमको क्या काम है?").count == 2)
    #expect(scrolled.contains(" 1  She asked: \"तुमको क्या काम है?\" and smiled.\n"))
    #expect(scrolled.contains(" 2  A greeting 🙏🏽 from the family 👩‍👩‍👧 today.\n"))
    try session.send("Q")
    try session.wait(for: "SAYSO-EXIT 0")
    session.close()
  }

  @Test func readOpensAnArticleAtAParagraphAndColonAndCountsJump() throws {
    try requireTmux()
    let session = try TmuxSession(["read", "1:5", "--in-memory"])
    try session.wait(for: "Sayso · Reader")
    try session.wait(for: " ¶5 · ")
    try session.send(":")
    try session.wait(for: "the prompt") { $0.split(separator: "\n").last?.hasPrefix(":") == true }
    try session.type("2")
    try session.send("Enter")
    try session.wait(for: " ¶2 · ")
    try session.send("3", "}")
    try session.wait(for: " ¶5 · ")
    try session.send("1", "2", "g")
    try session.wait(for: " ¶12 · ")
    try session.send("Q")
    try session.wait(for: "SAYSO-EXIT 0")

    let missing = try TmuxSession(["read", "1:999", "--in-memory"])
    try missing.wait(for: "There is no ¶999")
    try missing.send("Q")
    try missing.wait(for: "SAYSO-EXIT 0")
  }

  @Test func aMalformedQueryKeepsItsPromptAndUpRecallsEarlierSearches() throws {
    try requireTmux()
    let session = try TmuxSession(["--in-memory"])
    try session.wait(for: "Sayso · Library")
    try session.send("s")
    try session.wait(for: "Search all articles:")
    try session.type("\"unclosed")
    try session.send("Enter")
    try session.wait(for: "the error above the open prompt") {
      $0.contains("Search: ") && $0.contains("Search all articles: \"unclosed")
    }
    try session.send("C-u")
    try session.type("cybersecurity")
    try session.send("Enter")
    try session.wait(for: "Sayso · Search · \"cybersecurity\"")
    try session.send("s", "Up")
    try session.wait(for: "Search all articles: cybersecurity")
    try session.send("Up")
    try session.wait(for: "Search all articles: \"unclosed")
    try session.send("Escape", "Q")
    try session.wait(for: "SAYSO-EXIT 0")
  }

  @Test func hintsFollowTheBindingsAndCountsOfOneAreSingular() throws {
    try requireTmux()
    let (folder, corpus) = try corpus("Harbour plan\n\n\"We cannot wait,\" Mayor Ana Ruiz said.\n", file: "harbour.txt")
    defer { try? FileManager.default.removeItem(at: folder) }
    let settings = folder.appendingPathComponent("config/sayso")
    try FileManager.default.createDirectory(at: settings, withIntermediateDirectories: true)
    try Data("unbind q\nbind x quit\n".utf8).write(to: settings.appendingPathComponent("config"))
    let session = try TmuxSession(["--corpus", corpus.path, "--in-memory"], home: folder)
    // (the footer is waited for, not only the header: the screen was once read between the two)
    let screen = try session.wait(for: "? help  x back")
    #expect(screen.contains("Sayso · Library · 1 article, by"))
    #expect(!screen.contains("q back"))
    try session.send("x")
    try session.wait(for: "SAYSO-EXIT 0")
  }
}
