import Foundation
import SaysoTestSupport
import Testing

/// `import`, `subscribe`, `feeds`, `fetch` and `unsubscribe` run as a user runs them, against files the
/// test writes and feeds served from 127.0.0.1 by `python3 -m http.server` (nothing leaves the machine).
@Suite struct IngestCommandTests {
  static let page = """
    <html><head><title>Harbour wall to be rebuilt | Coast News</title>
    <meta property="og:site_name" content="Coast News"><meta name="author" content="Jane Doe">
    <meta property="article:published_time" content="2026-11-28T09:00:00Z"></head>
    <body><nav><a href="/">Home</a> <a href="/sport">Sport</a></nav><article><h1>Harbour wall to be rebuilt</h1>
    <p>The council approved the plan on Tuesday, ending two years of debate over the cost of the work.</p>
    <p>"We have waited long enough," the mayor, Tom Reed, said after the vote in the town hall.</p>
    </article><footer><p>All rights reserved by Coast News, every day of the year and the next one.</p></footer></body></html>
    """

  /// A feed of `count` items with their full text.
  static func feed(title: String, count: Int) -> String {
    let items = (0..<count).map { i in
      """
      <item><title>\(title) story \(i)</title><link>https://news.invalid/\(title)/\(i)</link><guid>\(title)-\(i)</guid>
      <pubDate>Tue, 01 Dec 2026 08:00:00 +0000</pubDate><content:encoded><![CDATA[<p>Story \(i) of \(title): the \
      council met on Monday, and "it went well," a spokesman said afterwards.</p>]]></content:encoded></item>
      """
    }
    return """
      <?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel><title>\(title)</title>\(items.joined(separator: "\n"))</channel></rss>
      """
  }

  /// Serves `folder` on 127.0.0.1 with Python's http.server; returns the process and the base address.
  static func serve(_ folder: URL) throws -> (Process, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-u", "-m", "http.server", "--bind", "127.0.0.1", "--directory", folder.path, "0"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    try process.run()
    var text = ""
    while !text.contains("\n") {
      let chunk = pipe.fileHandleForReading.availableData
      if chunk.isEmpty { break }
      text += String(decoding: chunk, as: UTF8.self)
    }
    // "Serving HTTP on 127.0.0.1 port 40123 (http://127.0.0.1:40123/) ..."
    guard let range = text.range(of: "port "), let port = Int(text[range.upperBound...].prefix { $0.isNumber }) else {
      process.stopForTest()
      throw CocoaError(.fileReadUnknown)
    }
    return (process, "http://127.0.0.1:\(port)")
  }

  static func libraryFiles(_ data: URL) -> [String] {
    let folder = data.appendingPathComponent("data/library")
    // Hidden files (an article being written) are not articles.
    return (FileManager.default.subpaths(atPath: folder.path) ?? []).filter {
      $0.hasSuffix(".md") && !($0 as NSString).lastPathComponent.hasPrefix(".")
    }.sorted()
  }

  @Test func importAFileThenListItAsTheDefaultCorpus() throws {
    let dir = try SaysoBinary.temporaryDirectory()
    let page = dir.appendingPathComponent("harbour.html")
    try Self.page.write(to: page, atomically: true, encoding: .utf8)
    let data = dir.appendingPathComponent("sayso").path
    let first = try SaysoBinary.run(["import", page.path, "--data-dir", data])
    #expect(first.status == 0)
    #expect(first.output == "added \(data)/data/library/coast-news/2026-11-28-harbour-wall-to-be-rebuilt.md\n")
    let again = try SaysoBinary.run(["import", page.path, "--data-dir", data])
    #expect(again.status == 0)
    #expect(again.output.contains("already in the library"))
    let list = try SaysoBinary.run(["list"], environment: ["SAYSO_DATA_DIR": data])
    #expect(list.output.contains("2026-11-28  Coast News  Harbour wall to be rebuilt"))
    #expect(list.output.split(separator: "\n").count == 1)
    #expect(try SaysoBinary.run(["list", "--data-dir", data]).output == list.output)
    // A folder: its HTML, Markdown and text files.
    let folder = dir.appendingPathComponent("saved/sport")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "# Team wins cup\n\nThe team won the cup on Saturday.\n".write(
      to: folder.appendingPathComponent("cup.md"), atomically: true, encoding: .utf8)
    try "ignored".write(to: folder.appendingPathComponent("notes.rst"), atomically: true, encoding: .utf8)
    let saved = try SaysoBinary.run(["import", dir.appendingPathComponent("saved").path, "--data-dir", data])
    #expect(saved.output == "added \(data)/data/library/imported/undated-team-wins-cup.md\n")
    let missing = try SaysoBinary.run([
      "import", dir.appendingPathComponent("none.html").path, page.path, "--data-dir", data,
    ])
    #expect(missing.status == 1)
    #expect(missing.errorLines == ["sayso: \(dir.path)/none.html: cannot read: no such file or folder"])
  }

  @Test func subscribeFetchFeedsUnsubscribe() throws {
    let dir = try SaysoBinary.temporaryDirectory()
    let www = dir.appendingPathComponent("www")
    try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
    try Self.feed(title: "Harbour", count: 2).write(
      to: www.appendingPathComponent("rss.xml"), atomically: true, encoding: .utf8)
    let (server, base) = try Self.serve(www)
    defer { server.stopForTest() }
    let data = dir.appendingPathComponent("sayso").path
    let feeds = ["\(base)/rss.xml", "\(base)/missing.xml"]
    let subscribe = try SaysoBinary.run(["subscribe"] + feeds + ["--data-dir", data])
    #expect(subscribe.output == "subscribed to \(feeds[0])\nsubscribed to \(feeds[1])\n")
    let fetch = try SaysoBinary.run(["fetch", "--data-dir", data])
    #expect(fetch.status == 1)
    #expect(fetch.output.contains("\(feeds[0]): 2 new, 0 already in the library"))
    #expect(fetch.errorLines == ["sayso: \(feeds[1]): HTTP 404"])
    #expect(Self.libraryFiles(URL(fileURLWithPath: data)).count == 2)
    let listing = try SaysoBinary.run(["feeds", "--data-dir", data])
    let lines = listing.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("\(feeds[0])  \"Harbour\"  last fetch ") && lines[0].hasSuffix("  ok"))
    #expect(lines[1].hasSuffix("error: \(feeds[1]): HTTP 404"))
    let second = try SaysoBinary.run(["fetch", "--data-dir", data])
    #expect(second.output.contains("\(feeds[0]): not modified since the last fetch"))
    let notAPage = try SaysoBinary.run(["import", feeds[0], "--data-dir", data])
    #expect(
      notAPage.errorLines == [
        "sayso: \(feeds[0]): an RSS or Atom feed, not a page (`sayso subscribe \(feeds[0])` follows it)"
      ])
    let gone = try SaysoBinary.run(["unsubscribe", feeds[1], "--data-dir", data])
    #expect(gone.status == 0)
    #expect(try SaysoBinary.run(["feeds", "--data-dir", data]).output.split(separator: "\n").count == 1)
    let unknown = try SaysoBinary.run(["unsubscribe", feeds[1], "--data-dir", data])
    #expect(unknown.errorLines == ["sayso: \(feeds[1]): not subscribed (see `sayso feeds`)"])
  }

  @Test func aFetchKilledMidwayLeavesWholeArticlesOnly() throws {
    let dir = try SaysoBinary.temporaryDirectory()
    let www = dir.appendingPathComponent("www")
    try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
    let data = dir.appendingPathComponent("sayso")
    var urls: [String] = []
    for n in 0..<4 {
      try Self.feed(title: "Feed\(n)", count: 150).write(
        to: www.appendingPathComponent("f\(n).xml"), atomically: true, encoding: .utf8)
    }
    let (server, base) = try Self.serve(www)
    defer { server.stopForTest() }
    for n in 0..<4 { urls.append("\(base)/f\(n).xml") }
    _ = try SaysoBinary.run(["subscribe"] + urls + ["--data-dir", data.path])

    let process = Process()
    process.executableURL = SaysoBinary.executable
    process.arguments = ["fetch", "--data-dir", data.path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(20)
    while Self.libraryFiles(data).isEmpty && Date() < deadline && process.isRunning { usleep(2_000) }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()

    // Every article in the library is whole: its front matter and its one paragraph.
    let files = Self.libraryFiles(data)
    for file in files {
      let text = try String(contentsOf: data.appendingPathComponent("data/library/\(file)"), encoding: .utf8)
      #expect(text.hasPrefix("---\ntitle: "))
      #expect(text.hasSuffix("a spokesman said afterwards.\n"))
    }
    // At most the article being written is left under its hidden temporary name.
    let hidden = (FileManager.default.subpaths(atPath: data.appendingPathComponent("data/library").path) ?? [])
      .filter { ($0 as NSString).lastPathComponent.hasPrefix(".") }
    #expect(hidden.allSatisfy { $0.hasSuffix(".part") })
    // The next fetch completes the library, adding no article twice.
    let again = try SaysoBinary.run(["fetch", "--data-dir", data.path])
    #expect(again.status == 0)
    #expect(Self.libraryFiles(data).count == 600)
  }

  @Test func twoFetchesAtOnceAddEachArticleOnce() throws {
    let dir = try SaysoBinary.temporaryDirectory()
    let www = dir.appendingPathComponent("www")
    try FileManager.default.createDirectory(at: www, withIntermediateDirectories: true)
    let data = dir.appendingPathComponent("sayso")
    for n in 0..<2 {
      try Self.feed(title: "Twin\(n)", count: 100).write(
        to: www.appendingPathComponent("t\(n).xml"), atomically: true, encoding: .utf8)
    }
    let (server, base) = try Self.serve(www)
    defer { server.stopForTest() }
    _ = try SaysoBinary.run(["subscribe", "\(base)/t0.xml", "\(base)/t1.xml", "--data-dir", data.path])
    let fetches = (0..<2).map { _ in
      let process = Process()
      process.executableURL = SaysoBinary.executable
      process.arguments = ["fetch", "--data-dir", data.path]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      return process
    }
    for process in fetches { try process.run() }
    for process in fetches { process.waitUntilExit() }
    #expect(fetches.map(\.terminationStatus) == [0, 0])
    #expect(Self.libraryFiles(data).count == 200)
  }
}
