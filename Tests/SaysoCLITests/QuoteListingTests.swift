import Foundation
import SaysoCore
import Testing

@testable import SaysoCLI

/// `sayso quotes`: an utterance that a frame splits is listed once, its pieces joined with " … ";
/// its JSON keeps the pieces, linked by `utterance`.
@Suite struct QuoteListingTests {
  /// `"We were ready," the coach said. "The third period was ours."` as two pieces of one utterance,
  /// then a quote of its own.
  static let analysis: ArticleAnalysis = {
    let texts = [
      "Rink report", "\"We were ready,\" the coach said. \"The third period was ours.\"",
      "\"It was close,\" said Joe Grey.",
    ]
    var offset = 0
    var paragraphs: [Paragraph] = []
    for (i, text) in texts.enumerated() {
      paragraphs.append(
        Paragraph(index: i, start: offset, end: offset + text.unicodeScalars.count, role: .body, text: text))
      offset += text.unicodeScalars.count + 2
    }
    let coach = Speaker(name: "Marta Lind", role: "coach", mention: "the coach")
    func quote(_ text: String, paragraph: Int, speaker: Speaker, utterance: Int?) -> Quote {
      let whole = texts[paragraph]
      let start = whole.unicodeScalars.distance(from: whole.startIndex, to: whole.range(of: text)!.lowerBound)
      return Quote(
        paragraph: paragraph, start: start, end: start + text.unicodeScalars.count, text: text, kind: .direct,
        cue: "said", speaker: speaker, group: nil, utterance: utterance)
    }
    let quotes = [
      quote("\"We were ready,\"", paragraph: 1, speaker: coach, utterance: 1),
      quote("\"The third period was ours.\"", paragraph: 1, speaker: coach, utterance: 1),
      quote("\"It was close,\"", paragraph: 2, speaker: Speaker(name: "Joe Grey", mention: "Joe Grey"), utterance: nil),
    ]
    return ArticleAnalysis(
      article: Article(path: "news/rink.txt", title: "Rink report", paragraphs: paragraphs),
      people: [Person(name: "Marta Lind", roles: ["coach"], quotes: 1)], quotes: quotes, proposals: [])
  }()

  @Test func anUtteranceIsListedOnceWithItsPiecesJoined() {
    let listed = ClaimListing.quotes(in: Self.analysis, by: nil)
    #expect(listed.count == 2)
    #expect(listed[0].pieces.count == 2 && listed[0].positions == [0, 1])
    let text = ClaimText.listing(listed[0], in: Self.analysis.article)
    #expect(
      text == """
        news/rink.txt ¶1  Marta Lind as "the coach" (coach) — direct, cue "said"
            "We were ready," … "The third period was ours."
        """)
    #expect(!text.contains("the coach said."))
    #expect(
      ClaimText.summary(listed[0]) == "quote, direct, 2 pieces — Marta Lind as \"the coach\" (coach); cue \"said\"")
    #expect(ClaimListing.quotes(in: Self.analysis, by: "grey").map(\.text) == ["\"It was close,\""])
    #expect(ClaimListing.quotes(in: Self.analysis, by: "lind").map(\.pieces.count) == [2])
  }

  @Test func theJSONKeepsThePiecesLinkedByTheirUtterance() throws {
    let listed = ClaimListing.quotes(in: Self.analysis, by: "lind")
    let objects = try listed[0].pieces.map { piece in
      try #require(
        JSONSerialization.jsonObject(with: Data(JSONOutput.claim(piece).utf8)) as? [String: Any])
    }
    #expect(objects.map { $0["text"] as? String } == ["\"We were ready,\"", "\"The third period was ours.\""])
    #expect(objects.map { $0["utterance"] as? Int } == [1, 1])
  }

  @Test func showListsTheUtteranceOnceUnderItsParagraph() {
    let out = ArticleRenderer(style: OutputStyle(usesColor: false)).render(Self.analysis)
    #expect(out.components(separatedBy: "- quote, direct, 2 pieces — Marta Lind").count == 2)
    #expect(
      out.contains(
        "[Q: \"We were ready,\"]{Marta Lind} the coach said. [Q: \"The third period was ours.\"]{Marta Lind}"))
  }
}
