import Foundation
import Testing

/// The rules every command follows: `--json` on every listing, `--version`, `--corpus` everywhere,
/// "nothing matches" the same way, and skipped files as warnings unless `--strict`.
@Suite struct CommandLineRulesTests {
  /// The object printed by `run`, which must be valid JSON.
  func object(_ run: SaysoBinary.Outcome) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
  }

  @Test func everyListingPrintsValidJSON() throws {
    let list = try object(try SaysoBinary.run(["list", "--json"]))
    let articles = try #require(list["articles"] as? [[String: Any]])
    #expect(articles.map { $0["number"] as? Int } == [1, 2])
    #expect(Set(articles[0].keys) == ["number", "path", "title", "source", "date", "paragraphs"])

    let people = try #require(try object(try SaysoBinary.run(["people", "--json"]))["people"] as? [[String: Any]])
    #expect(people.contains { $0["name"] as? String == "Vladimir Putin" })
    #expect(Set(people[0].keys) == ["name", "roles", "quotes", "proposals", "articles"])

    let quotes = try #require(try object(try SaysoBinary.run(["quotes", "--json"]))["quotes"] as? [[String: Any]])
    #expect(!quotes.isEmpty)
    #expect(quotes.allSatisfy { ($0["path"] as? String)?.hasPrefix("seeds/") == true && $0["text"] is String })

    let proposals = try #require(
      try object(try SaysoBinary.run(["proposals", "--json"]))["proposals"] as? [[String: Any]])
    #expect(!proposals.isEmpty)
    #expect(proposals.allSatisfy { $0["proposer"] != nil && $0["cue"] is String })
  }

  @Test(arguments: ["list", "people", "quotes", "proposals", "analyze", "search", "bookmarks list"])
  func everyListingDocumentsItsJSON(command: String) throws {
    let help = try SaysoBinary.run(command.split(separator: " ").map(String.init) + ["--help"])
    #expect(help.status == 0)
    #expect(help.output.contains("--json"))
  }

  @Test func theVersionComesFromOneConstant() throws {
    let run = try SaysoBinary.run(["--version"])
    #expect(run.status == 0)
    #expect(run.output.range(of: #"^[0-9]+\.[0-9]+\.[0-9]+\n$"#, options: .regularExpression) != nil)
  }

  @Test func nothingMatchesIsTheSameEverywhere() throws {
    let quotes = try SaysoBinary.run(["quotes", "--speaker", "Zzzz"])
    #expect(quotes.status == 1)
    #expect(quotes.output.isEmpty)
    #expect(quotes.errorLines == ["sayso: nothing matches --speaker Zzzz"])
    let json = try SaysoBinary.run(["quotes", "--speaker", "Zzzz", "--json"])
    #expect(json.status == 0)
    #expect((try object(json)["quotes"] as? [Any])?.isEmpty == true)

    let plain = try SaysoBinary.articleFile("Weather\n\nIt will rain on Monday.\n")
    for command in ["people", "quotes", "proposals"] {
      let run = try SaysoBinary.run([command, "--corpus", plain])
      #expect(run.status == 1, "\(command)")
      #expect(run.errorLines.first?.hasPrefix("sayso: nothing matches") == true, "\(command): \(run.stderr)")
    }
  }

  @Test func analyzeTakesCorpusLikeEveryCommand() throws {
    let path = try SaysoBinary.articleFile("Talks\n\n\"We are ready,\" Ana Ruiz said.\n")
    let run = try SaysoBinary.run(["analyze", "--json", "--corpus", path])
    #expect(run.status == 0, "\(run.stderr)")
    let articles = try #require(try object(run)["articles"] as? [[String: Any]])
    #expect(articles.map { $0["path"] as? String } == [path])
  }

  @Test(arguments: [["list"], ["people"], ["quotes"], ["proposals"], ["analyze"], ["show", "1"]])
  func aSkippedFileIsAWarningUnlessStrict(command: [String]) throws {
    let folder = try SaysoBinary.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("Talks\n\n\"We are ready,\" Ana Ruiz said. She proposed a vote.\n".utf8)
      .write(to: folder.appendingPathComponent("a.txt"))
    try Data().write(to: folder.appendingPathComponent("empty.txt"))
    let run = try SaysoBinary.run(command + ["--corpus", folder.path])
    #expect(run.status == 0, "\(command): \(run.stderr)")
    #expect(run.errorLines == ["sayso: \(folder.path)/empty.txt: empty file"], "\(command)")
    #expect(!run.stdout.isEmpty)
    let strict = try SaysoBinary.run(command + ["--corpus", folder.path, "--strict"])
    #expect(strict.status == 1, "\(command)")
    #expect(strict.errorLines == run.errorLines)
  }
}
