import Foundation
import Testing

/// `sayso search` and `sayso index` end to end.
@Suite struct SearchCommandTests {
  @Test func searchesTheSeedsWithStemsAndMarks() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let run = try StoreTestHelpers.run(["search", "propose"], dataDirectory: data)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines.count >= 6)
    #expect(lines[0].hasPrefix("seeds/"))
    #expect(lines[0].contains(" ¶"))
    #expect(run.output.contains("«proposals»"))
    #expect(run.output.contains("«proposed»"))
    #expect(run.output.contains("quote — Paul Poast"))
    #expect(!run.stdout.contains(0x1B))
    // The index was made under the data folder, nowhere else.
    #expect(!StoreTestHelpers.files(in: data + "/cache", startingWith: "index-seeds-").isEmpty)
  }

  @Test func jsonLimitAndFields() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let run = try StoreTestHelpers.run(
      ["search", "speaker:Putin", "information", "security", "--json", "--limit", "2"], dataDirectory: data)
    #expect(run.status == 0, "\(run.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    #expect(object["query"] as? String == "speaker:Putin information security")
    let results = try #require(object["results"] as? [[String: Any]])
    #expect(results.count == 2)
    for result in results {
      #expect(result["speaker"] as? String == "Vladimir Putin")
      #expect(["quote", "proposal"].contains(result["kind"] as? String))
      let snippet = try #require(result["snippet"] as? String)
      let marks = try #require(result["marks"] as? [[Int]])
      #expect(!marks.isEmpty)
      let scalars = Array(snippet.unicodeScalars)
      let first = String(String.UnicodeScalarView(scalars[marks[0][0]..<marks[0][1]])).lowercased()
      #expect(first.hasPrefix("information"))
      #expect((result["end"] as? Int ?? 0) > (result["start"] as? Int ?? 0))
    }
  }

  /// A plain search is read without ArgumentParser (`SearchArguments`): it prints what the same search
  /// parsed by ArgumentParser prints.
  @Test func aPlainSearchPrintsWhatArgumentParserWouldHave() throws {
    let data = try StoreTestHelpers.dataDirectory()
    for (plain, parsed) in [
      (["search", "propose", "--limit", "2"], ["search", "propose", "--limit=2"]),
      (
        ["search", "--json", "speaker:Putin", "security"],
        ["search", "speaker:Putin", "security", "--json", "--limit=20"]
      ),
      (["search", "nothing-like-this"], ["search", "nothing-like-this", "--limit=20"]),
    ] {
      let fast = try StoreTestHelpers.run(plain, dataDirectory: data)
      let slow = try StoreTestHelpers.run(parsed, dataDirectory: data)
      #expect(fast.status == slow.status, "\(plain)")
      #expect(fast.stdout == slow.stdout, "\(plain)")
      #expect(fast.stderr == slow.stderr, "\(plain)")
    }
    let word = try StoreTestHelpers.run(["search", "-police", "fire"], dataDirectory: data)
    #expect(word.status == 64)
    #expect(word.stderr.contains("-police"))
    let limit = try StoreTestHelpers.run(["search", "a", "--limit", "0"], dataDirectory: data)
    #expect(limit.status == 64)
    #expect(limit.stderr.contains("--limit must be at least 1"))
  }

  @Test func aMalformedQuerySaysWhereNeverSQLite() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let run = try StoreTestHelpers.run(["search", "speaker:\"Poast"], dataDirectory: data)
    #expect(run.status == 1)
    #expect(
      run.errorLines == [
        "sayso: search query, column 9: the phrase opened here has no closing quote (\")",
        "  speaker:\"Poast",
        "          ^",
      ])
    for query in ["(a", "kind:quotes", "date:2020-13", "a OR", "(-a -b)"] {
      let bad = try StoreTestHelpers.run(["search", query], dataDirectory: data)
      #expect(bad.status == 1)
      #expect(bad.errorLines.first?.hasPrefix("sayso: search query, column ") == true, "\(query)")
      #expect(!bad.stderr.lowercased().contains("sqlite"), "\(query)")
    }
  }

  @Test func nothingFoundIsStatusOne() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let run = try StoreTestHelpers.run(["search", "xylophone"], dataDirectory: data)
    #expect(run.status == 1)
    #expect(run.output.isEmpty)
    #expect(run.errorLines == ["sayso: nothing matches xylophone"])
    let json = try StoreTestHelpers.run(["search", "xylophone", "--json"], dataDirectory: data)
    #expect(json.status == 0)
    #expect(json.output == "{\"query\":\"xylophone\",\"total\":0,\"results\":[]}\n")
  }

  @Test func aCappedListSaysOfHowMany() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let all = try StoreTestHelpers.run(["search", "the", "--json", "--limit", "1000"], dataDirectory: data)
    let allObject = try #require(try JSONSerialization.jsonObject(with: all.stdout) as? [String: Any])
    let total = try #require((allObject["results"] as? [[String: Any]])?.count)
    #expect(total > 3)
    #expect(allObject["total"] as? Int == total)
    let capped = try StoreTestHelpers.run(["search", "the", "--limit", "3"], dataDirectory: data)
    #expect(capped.status == 0, "\(capped.stderr)")
    let lines = capped.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 7)  // three results of two lines, then the count
    #expect(lines.last == "3 of \(total)")
    let json = try StoreTestHelpers.run(["search", "the", "--json", "--limit", "3"], dataDirectory: data)
    let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    #expect((object["results"] as? [[String: Any]])?.count == 3)
    #expect(object["total"] as? Int == total)
    // A list that holds every result says nothing more.
    let whole = try StoreTestHelpers.run(["search", "the", "--limit", "1000"], dataDirectory: data)
    #expect(whole.output.split(separator: "\n").count == 2 * total)
  }

  @Test func inTitleFindsATitleWrittenInFrontMatter() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let corpus = try StoreTestHelpers.corpus(articles: 2)
    try Data(
      """
      ---
      title: Pelosi elected Speaker as new Congress sworn in
      date: 2019-01-04
      ---

      The House of Representatives chose its leader on Thursday, after a long vote.

      """.utf8
    ).write(to: corpus.appendingPathComponent("congress.txt"))
    let run = try StoreTestHelpers.run(["search", "in:title pelosi", "--corpus", corpus.path], dataDirectory: data)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.output == corpus.path + "/congress.txt ¶0  title\n    «Pelosi» elected Speaker as new Congress sworn in\n")
  }

  @Test func aCorpusFolderIsIndexedOnceThenIncrementally() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let corpus = try StoreTestHelpers.corpus(articles: 5)
    var run = try StoreTestHelpers.run(["index", "--corpus", corpus.path], dataDirectory: data)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.output.hasPrefix("5 articles: 5 analysed, 0 unchanged, 0 touched, 0 renamed, 0 removed\n"))
    run = try StoreTestHelpers.run(["search", "marker3", "--corpus", corpus.path], dataDirectory: data)
    #expect(run.output.hasPrefix(corpus.path + "/article-00003.txt ¶1  body"))

    try FileManager.default.moveItem(
      at: corpus.appendingPathComponent("article-00001.txt"), to: corpus.appendingPathComponent("renamed.txt"))
    try FileManager.default.removeItem(at: corpus.appendingPathComponent("article-00002.txt"))
    try Data("New article\n\nThe word zeppelin appears here.\n".utf8).write(
      to: corpus.appendingPathComponent("new.txt"))
    run = try StoreTestHelpers.run(["index", "--corpus", corpus.path], dataDirectory: data)
    #expect(run.output.hasPrefix("5 articles: 1 analysed, 3 unchanged, 0 touched, 1 renamed, 1 removed\n"))
    run = try StoreTestHelpers.run(["search", "zeppelin OR marker1", "--corpus", corpus.path], dataDirectory: data)
    #expect(run.status == 0)
    #expect(run.output.contains("/new.txt ¶"))
    #expect(run.output.contains("/renamed.txt ¶"))
    run = try StoreTestHelpers.run(["search", "marker2", "--corpus", corpus.path], dataDirectory: data)
    #expect(run.status == 1)
  }

  @Test func theDataFolderComesFromTheEnvironmentToo() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let run = try SaysoBinary.run(["search", "Poast"], environment: ["SAYSO_DATA_DIR": data])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!StoreTestHelpers.files(in: data + "/cache", startingWith: "index-seeds-").isEmpty)
    #expect(FileManager.default.fileExists(atPath: data + "/state/state.sqlite"))
  }

  @Test func unreadableCorpusFilesAreSkippedWithAWarningAndTheRestSearched() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let corpus = try StoreTestHelpers.corpus(articles: 2)
    try Data([0x41, 0x00]).write(to: corpus.appendingPathComponent("binary.txt"))
    let run = try StoreTestHelpers.run(["search", "marker1", "--corpus", corpus.path], dataDirectory: data)
    #expect(run.status == 0)
    #expect(run.errorLines == ["sayso: \(corpus.path)/binary.txt: binary file (NUL byte at offset 1), not an article"])
    #expect(run.output.contains("article-00001.txt"))
    let strict = try StoreTestHelpers.run(
      ["search", "marker1", "--corpus", corpus.path, "--strict"], dataDirectory: data)
    #expect(strict.status == 1)
    #expect(strict.errorLines == run.errorLines)
    #expect(strict.output == run.output)
  }

  @Test(arguments: [["search"], ["index"], ["bookmark"], ["bookmark", "add"], ["bookmarks"], ["bookmarks", "export"]])
  func everyStoreCommandHasHelp(command: [String]) throws {
    let run = try SaysoBinary.run(command + ["--help"])
    #expect(run.status == 0)
    #expect(run.output.contains("USAGE: sayso"))
  }
}
