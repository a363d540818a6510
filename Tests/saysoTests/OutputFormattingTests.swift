import Foundation
import SaysoCore
import Testing

@testable import sayso

/// JSON escaping, terminal-safe text and the people directory.
@Suite struct OutputFormattingTests {
  @Test func jsonEscapesEveryControlCharacterAndStaysExact() throws {
    let text = "a\"b\\c\n\t\u{1B}[0m\u{7F}\u{9B}\u{2028}é👩🏽‍🔬"
    let json = JSONValue.object(["text": .string(text), "none": .string(orNull: nil), "n": .int(-3)]).serialized
    #expect(json.hasPrefix("{\"text\":\"a\\\"b\\\\c\\n\\t\\u001b[0m\\u007f\\u009b\\u2028é"))
    #expect(json.hasSuffix(",\"none\":null,\"n\":-3}"))
    #expect(!json.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    #expect(decoded?["text"] as? String == text)
  }

  @Test func terminalTextHasNoControlCharacters() {
    let hostile = "a\u{1B}]0;title\u{07}b\u{9B}c\u{7F}d\u{202E}e\tf\r\ng"
    let line = TerminalText.line(hostile)
    #expect(!line.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(TerminalText.lines("one\r\ntwo\nthree").count == 3)
    #expect(TerminalText.line("plain text, ünïcode 漢字") == "plain text, ünïcode 漢字")
  }

  @Test func peopleAreMergedByNameAcrossArticles() {
    func analysis(_ path: String, _ people: [Person]) -> ArticleAnalysis {
      ArticleAnalysis(article: Article(path: path, paragraphs: []), people: people, quotes: [], proposals: [])
    }
    var directory = PeopleIndex()
    directory.add(analysis("a.txt", [Person(name: "Vladimir Putin", roles: ["Russian President"], quotes: 2)]))
    directory.add(
      analysis(
        "b.txt",
        [
          Person(name: "vladimir  putin", roles: ["russian president", "the Russian leader"], quotes: 3),
          Person(name: "Paul Poast", roles: [], quotes: 1),
        ]))
    #expect(
      directory.people == [
        .init(
          name: "Vladimir Putin", roles: ["Russian President", "the Russian leader"], quotes: 5,
          articles: ["a.txt", "b.txt"]),
        .init(name: "Paul Poast", roles: [], quotes: 1, articles: ["b.txt"]),
      ])
  }

  @Test func parallelAnalysisKeepsTheInputOrder() {
    let articles = (0..<(ParallelAnalysis.batchSize * 2 + 3)).map {
      ArticleReader.parse("Article \($0)\n\nText \($0).\n", path: "\($0).txt")
    }
    var paths: [String] = []
    ParallelAnalysis.forEach(articles) { paths.append($0.article.path) }
    #expect(paths == articles.map(\.path))
  }
}
