import Foundation
import Testing

/// Progress on long work with the real binary: on a terminal's stderr while `sayso index` and
/// `sayso search` build an index, on the reader's status line while it indexes a new corpus, and
/// nowhere when stderr is a pipe.
@Suite(.serialized) struct ProgressEndToEndTests {
  /// Fails the test with the install hint when tmux is missing.
  func requireTmux() throws {
    if case .failure(let missing) = TmuxSession.tmux {
      Issue.record("\(missing)")
      throw missing
    }
  }

  /// A corpus that takes a while to index even on a fast machine, with one file whose name holds an
  /// escape sequence.
  func bigCorpus(in folder: URL) throws -> URL {
    let corpus = folder.appendingPathComponent("big")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    let body = String(
      repeating: "\"We will propose a new tax on harbours,\" the minister, Ana Ruiz, said on Monday. ", count: 40)
    for n in 0..<3_000 {
      try Data("Article \(n)\n\n\(body)\n".utf8).write(to: corpus.appendingPathComponent(String(format: "a%04d.txt", n)))
    }
    try Data("Evil\n\nNothing.\n".utf8).write(to: corpus.appendingPathComponent("a2999\u{1B}[31mred.txt"))
    return corpus
  }

  @Test func aPipeGetsNoProgress() throws {
    let folder = try SaysoBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = try bigCorpus(in: folder)
    let data = folder.appendingPathComponent("data").path
    let index = try SaysoBinary.run(["index", "--corpus", corpus.path, "--data-dir", data])
    #expect(index.status == 0, "\(index.stderr)")
    #expect(index.stderr.isEmpty, "\(index.stderr)")
    #expect(String(decoding: index.stdout, as: UTF8.self).hasPrefix("3001 articles: 3001 analysed"))
    let other = folder.appendingPathComponent("data2").path
    let search = try SaysoBinary.run(["search", "harbours", "--corpus", corpus.path, "--data-dir", other])
    #expect(search.status == 0 && search.stderr.isEmpty, "\(search.stderr)")
  }

  @Test func aTerminalSeesIndexingProgressOnStderr() throws {
    try requireTmux()
    let folder = try SaysoBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = try bigCorpus(in: folder)
    let session = try TmuxSession(["index", "--corpus", corpus.path], columns: 100, home: folder)
    let during = try session.wait(for: "of 3,001 articles") { $0.contains(" of 3,001 articles (") }
    #expect(during.contains("Indexing "), "\(during)")
    #expect(during.contains(" a second"), "\(during)")
    // a debug build on a loaded machine may take longer than the usual wait to index 3,001 articles
    let end = try session.wait(for: "SAYSO-EXIT 0", timeout: 120)
    // Wiped once done: the summary stands alone on its line.
    let lines = end.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(lines.contains { $0.hasPrefix("3001 articles: 3001 analysed") }, "\(end)")
    #expect(!lines.contains { $0.contains("Indexing") }, "\(end)")
  }

  @Test func theReaderShowsProgressWhileItIndexesANewCorpus() throws {
    try requireTmux()
    let folder = try SaysoBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let corpus = try bigCorpus(in: folder)
    let session = try TmuxSession(["--corpus", corpus.path], columns: 100, home: folder)
    let during = try session.wait(for: "progress on the status line") {
      $0.contains(" of 3,001 articles (") && $0.contains("a second · q quits")
    }
    #expect(during.contains("Sayso · Library"), "\(during)")
    // Still answering keys: q stops the indexing and quits.
    try session.send("q")
    let end = try session.wait(for: "SAYSO-EXIT 0")
    #expect(end.contains("indexing stopped with") || end.contains("SAYSO-EXIT 0"), "\(end)")
  }
}
