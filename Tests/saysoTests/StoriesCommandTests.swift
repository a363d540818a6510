import Foundation
import Testing

/// `sayso stories` end to end.
@Suite struct StoriesCommandTests {
  /// Two outlets quoting one statement (one with more words), and an article that shares nothing.
  static func corpus() throws -> URL {
    let folder = try SaysoBinary.temporaryDirectory().appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let articles = [
      (
        "a.md", "Harbour Herald", "2021-03-01",
        "“The new bridge over the river will open before the winter,” Jane Okoro, the mayor, said."
      ),
      (
        "b.md", "Coastal Post", "2021-03-02",
        "“The new bridge over the river will open before the winter, whatever happens,” Okoro said."
      ),
      (
        "c.md", "Coastal Post", "2021-03-03",
        "“The wheat will not survive another dry month,” Lena Varga, a farmer, said."
      ),
    ]
    for (name, source, date, body) in articles {
      let text = "---\ntitle: Report \(name)\nsource: \(source)\ndate: \(date)\n---\n\nReport \(name)\n\n\(body)\n"
      try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }
    return folder
  }

  @Test func listsTheStoryWithItsDrift() throws {
    let corpus = try Self.corpus()
    let run = try StoreTestHelpers.run(
      ["stories", "--diff", "--corpus", corpus.path], dataDirectory: try StoreTestHelpers.dataDirectory())
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "story 1 — 2 articles, 2 outlets, 2021-03-01 … 2021-03-02")
    #expect(lines.contains { $0.hasPrefix("    Jane Okoro: “The new bridge over the river") })
    #expect(lines.contains { $0.hasSuffix("b.md: added \"whatever happens\"") })
    #expect(!run.output.contains("c.md"))
  }

  @Test func jsonFollowsTheSchema() throws {
    let corpus = try Self.corpus()
    let run = try StoreTestHelpers.run(
      ["stories", "--json", "--corpus", corpus.path], dataDirectory: try StoreTestHelpers.dataDirectory())
    #expect(run.status == 0, "\(run.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let stories = try #require(object["stories"] as? [[String: Any]])
    #expect(stories.count == 1)
    let story = stories[0]
    #expect(Set(story.keys) == ["id", "headline", "first_date", "last_date", "articles", "claims"])
    #expect(story["first_date"] as? String == "2021-03-01")
    let articles = try #require(story["articles"] as? [[String: Any]])
    #expect(Set(articles[0].keys) == ["path", "source", "date", "title"])
    let claims = try #require(story["claims"] as? [[String: Any]])
    #expect(Set(claims[0].keys) == ["speaker", "organisation", "group", "text", "articles"])
    #expect(claims[0]["speaker"] as? String == "Jane Okoro")
    #expect((claims[0]["articles"] as? [String])?.count == 2)
  }

  @Test func noStoryIsNothingMatchesExceptInJSON() throws {
    let data = try StoreTestHelpers.dataDirectory()
    let run = try StoreTestHelpers.run(["stories"], dataDirectory: data)
    #expect(run.status == 1)
    #expect(run.errorLines.first?.hasPrefix("sayso: nothing matches stories") == true)
    let json = try StoreTestHelpers.run(["stories", "--json"], dataDirectory: data)
    #expect(json.status == 0)
    #expect(json.output == "{\"stories\":[\n]}\n")
  }
}
