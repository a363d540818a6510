import Foundation
import SaysoCore
import Testing

@testable import SaysoCLI

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

  @Test func parallelMapKeepsTheInputOrderAcrossBatches() {
    let values = Array(0..<(ParallelMap.batchSize * 2 + 3))
    var seen: [Int] = []
    ParallelMap.forEach(values, batchSize: 7, transform: { $0 * 2 }) { seen.append($0) }
    #expect(seen == values.map { $0 * 2 })
  }

  @Test func peopleIndexCountsProposalsAndCanListProposers() {
    let article = Article(path: "a.txt", paragraphs: [])
    let minister = Speaker(name: "Ana Ruiz", role: "Mayor", mention: "Ruiz")
    let proposer = Speaker(name: "Tom Berg", role: nil, mention: "Berg")
    let analysis = ArticleAnalysis(
      article: article, people: [Person(name: "Ana Ruiz", roles: ["Mayor"], quotes: 1)], quotes: [],
      proposals: [
        Proposal(paragraph: 0, start: 0, end: 1, text: "x", cue: "proposed", proposer: minister),
        Proposal(paragraph: 0, start: 0, end: 1, text: "y", cue: "called for", proposer: proposer),
        Proposal(paragraph: 0, start: 0, end: 1, text: "z", cue: "called for", proposer: proposer),
        Proposal(paragraph: 0, start: 0, end: 1, text: "w", cue: "urged", proposer: proposer),
      ])
    var index = PeopleIndex()
    index.add(analysis)
    #expect(index.people == [.init(name: "Ana Ruiz", roles: ["Mayor"], quotes: 1, proposals: 1, articles: ["a.txt"])])
    #expect(index.people(includingProposers: true).map(\.name) == ["Tom Berg", "Ana Ruiz"])
  }

  @Test func aLongQueryIsShownAroundItsFault() {
    let short = SearchText.caret(under: "peace (talks", at: 6)
    #expect(short == "  peace (talks\n        ^\n")
    let long = String(repeating: "a ", count: 2_000) + "(" + String(repeating: " b", count: 2_000)
    let shown = SearchText.caret(under: long, at: 4_000)
    let lines = shown.split(separator: "\n")
    #expect(lines[0].count <= 110)
    #expect(lines[0].hasPrefix("  …") && lines[0].hasSuffix("…"))
    // the caret stands under the parenthesis
    let column = lines[1].count - 1
    #expect(Array(lines[0])[column] == "(")
    #expect(SaysoError.nothingMatches(long).description.count < 300)
  }
}
