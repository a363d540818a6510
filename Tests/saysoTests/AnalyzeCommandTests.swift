import Foundation
import Testing

@Suite struct AnalyzeCommandTests {
  static let article = """
    Minister Promises Water For Every Village

    LAGOS (Synthetic News - 4th May, 2021) "We will bring clean water to every village by 2025," \
    Maria Keller, the water minister, said on Monday.

    Tomas Brandt, a spokesman for the opposition, said the plan “does not add up” and called for an \
    independent audit of the contract.

    According to Keller, the first wells — in Ọyọ and Kano — will open in June. Zoë Ødegaard 👩🏽‍🔬 \
    proposed a public register of the works.

    """

  /// The scalars of `text` from `start` to `end`, or nil when the offsets fall outside it.
  func slice(_ text: String, _ start: Int, _ end: Int) -> String? {
    let scalars = Array(text.unicodeScalars)
    guard 0 <= start, start <= end, end <= scalars.count else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[start..<end])
    return String(view)
  }

  @Test func jsonFollowsTheSchemaAndOffsetsPointAtTheText() throws {
    let path = try SaysoBinary.articleFile(Self.article)
    let run = try SaysoBinary.run(["analyze", "--json", path])
    #expect(run.status == 0, "stderr: \(run.stderr)")
    let root = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    #expect(Set(root.keys) == ["articles"])
    let articles = try #require(root["articles"] as? [[String: Any]])
    try #require(articles.count == 1)
    let article = articles[0]
    #expect(
      Set(article.keys) == ["path", "title", "source", "date", "paragraphs", "people", "quotes", "proposals"])
    #expect(article["path"] as? String == path)

    let paragraphs = try #require(article["paragraphs"] as? [[String: Any]])
    #expect(paragraphs.count == 4)
    var paragraphTexts: [Int: String] = [:]
    for paragraph in paragraphs {
      #expect(Set(paragraph.keys) == ["index", "start", "end", "role", "text"])
      let index = try #require(paragraph["index"] as? Int)
      let text = try #require(paragraph["text"] as? String)
      let start = try #require(paragraph["start"] as? Int)
      let end = try #require(paragraph["end"] as? Int)
      #expect(slice(Self.article, start, end) == text, "paragraph \(index)")
      paragraphTexts[index] = text
    }

    let people = try #require(article["people"] as? [[String: Any]])
    for person in people {
      #expect(Set(person.keys) == ["name", "roles", "quotes"])
    }
    let quotes = try #require(article["quotes"] as? [[String: Any]])
    for quote in quotes {
      #expect(
        Set(quote.keys) == [
          "paragraph", "start", "end", "text", "kind", "cue", "speaker", "group", "organisation", "utterance",
        ])
      if let speaker = quote["speaker"] as? [String: Any] {
        #expect(Set(speaker.keys) == ["name", "role", "mention"])
      } else {
        #expect(quote["speaker"] is NSNull)
      }
      try expectSlice(quote, of: paragraphTexts)
    }
    let proposals = try #require(article["proposals"] as? [[String: Any]])
    for proposal in proposals {
      #expect(Set(proposal.keys) == ["paragraph", "start", "end", "text", "cue", "proposer", "group", "organisation"])
      try expectSlice(proposal, of: paragraphTexts)
    }
  }

  /// Checks that a claim's `text` is its paragraph's text from `start` to `end`, in Unicode scalars.
  func expectSlice(_ claim: [String: Any], of paragraphs: [Int: String]) throws {
    let index = try #require(claim["paragraph"] as? Int)
    let paragraph = try #require(paragraphs[index])
    let start = try #require(claim["start"] as? Int)
    let end = try #require(claim["end"] as? Int)
    let text = try #require(claim["text"] as? String)
    #expect(slice(paragraph, start, end) == text, "¶\(index) \(start)..<\(end)")
  }

  @Test func articlesComeOutInTheOrderGiven() throws {
    let paths = try (0..<12).map { try SaysoBinary.articleFile("Article \($0)\n\nShe said \"number \($0)\".\n") }
    let run = try SaysoBinary.run(["analyze", "--json"] + paths)
    #expect(run.status == 0)
    let root = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let articles = try #require(root["articles"] as? [[String: Any]])
    #expect(articles.map { $0["path"] as? String } == paths)
  }

  @Test func aMissingPathIsOneErrorLineAndTheOtherFilesAreStillAnalysed() throws {
    let good = try SaysoBinary.articleFile(Self.article)
    let missing = "/nonexistent-sayso-test/missing-article.txt"
    let run = try SaysoBinary.run(["analyze", "--json", missing, good])
    #expect(run.status != 0)
    #expect(run.errorLines.count == 1)
    #expect(run.errorLines.first?.hasPrefix("sayso: ") == true)
    #expect(run.stderr.contains(missing))
    let root = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let articles = try #require(root["articles"] as? [[String: Any]])
    #expect(articles.map { $0["path"] as? String } == [good])
  }

  @Test func withoutJSONItPrintsASummary() throws {
    let path = try SaysoBinary.articleFile(Self.article)
    let run = try SaysoBinary.run(["analyze", path])
    #expect(run.status == 0)
    #expect(run.output.hasPrefix(path))
    #expect(run.output.contains("4 paragraphs"))
  }

  @Test func controlCharactersInTheTextAreEscapedInTheJSON() throws {
    let path = try SaysoBinary.articleFile("Title \u{1B}[2J\n\nHe said \u{9B}31m \"hi\u{7F}\".\n")
    let run = try SaysoBinary.run(["analyze", "--json", path])
    #expect(run.status == 0)
    #expect(!run.stdout.contains(0x1B))
    #expect(!run.stdout.contains(0x7F))
    #expect(!run.output.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
    let root = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    let article = try #require((root["articles"] as? [[String: Any]])?.first)
    let paragraphs = try #require(article["paragraphs"] as? [[String: Any]])
    #expect(paragraphs.first?["text"] as? String == "Title \u{1B}[2J")
  }
}
