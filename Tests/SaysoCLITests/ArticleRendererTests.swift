import Foundation
import SaysoCore
import Testing

@testable import SaysoCLI

@Suite struct ArticleRendererTests {
  // "Zoë said "we 👩🏽‍🔬 win" and called for talks." — offsets are Unicode scalars, and the emoji is 4 of them.
  static let text = "Zoë said \"we 👩🏽‍🔬 win\" and called for talks."
  static let speaker = Speaker(name: "Zoë Ødegaard", role: "the minister", mention: "Zoë")
  static let quote = Quote(
    paragraph: 1, start: 10, end: 21, text: "we 👩🏽‍🔬 win", kind: .direct, cue: "said", speaker: speaker, group: nil)
  static let proposal = Proposal(
    paragraph: 1, start: 27, end: 43, text: "called for talks", cue: "called for", proposer: speaker)

  static let analysis = ArticleAnalysis(
    article: Article(
      path: "news/zoe.txt", title: "Talks", source: "Synthetic News", date: "2021-05-04",
      paragraphs: [
        Paragraph(index: 0, start: 0, end: 5, role: .title, text: "Talks"),
        Paragraph(index: 1, start: 7, end: 7 + 44, role: .body, text: text),
      ]),
    people: [Person(name: "Zoë Ødegaard", roles: ["the minister"], quotes: 1)],
    quotes: [quote], proposals: [proposal])

  @Test func theOffsetsOfTheFixtureAreRight() {
    let scalars = Array(Self.text.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[10..<21])) == Self.quote.text)
    #expect(String(String.UnicodeScalarView(scalars[27..<43])) == Self.proposal.text)
  }

  @Test func plainOutputMarksQuotesSpeakersAndProposals() {
    let output = ArticleRenderer(style: OutputStyle(usesColor: false)).render(Self.analysis)
    #expect(
      output == """
        news/zoe.txt
        Talks · Synthetic News · 2021-05-04

           0  # Talks

           1  Zoë said "[Q: we 👩🏽‍🔬 win]{Zoë Ødegaard}" and <<P: called for talks>>.
              - quote, direct — Zoë Ødegaard as "Zoë" (the minister); cue "said"
              - proposal — Zoë Ødegaard as "Zoë" (the minister); cue "called for"


        """)
  }

  @Test func colourOutputStylesInsteadOfBracketing() {
    let lines = ArticleRenderer(style: OutputStyle(usesColor: true)).markedLines(
      Self.text, claims: Self.analysis.claims)
    #expect(
      lines == [
        "Zoë said \"\u{1B}[32mwe 👩🏽‍🔬 win\u{1B}[0m\u{1B}[1;36m{Zoë Ødegaard}\u{1B}[0m\" and "
          + "\u{1B}[33;4mcalled for talks\u{1B}[0m."
      ])
  }

  @Test func nestedAndOverlappingClaimsKeepTheirMarksBalanced() {
    let text = "abcdefghij"
    let outer = Proposal(paragraph: 0, start: 0, end: 8, text: "abcdefgh", cue: "proposed", proposer: nil)
    let inner = Quote(
      paragraph: 0, start: 2, end: 5, text: "cde", kind: .direct, cue: nil, speaker: nil, group: "experts")
    let crossing = Quote(
      paragraph: 0, start: 6, end: 10, text: "ghij", kind: .indirect, cue: nil, speaker: nil, group: nil)
    let lines = ArticleRenderer(style: OutputStyle(usesColor: false)).markedLines(
      text, claims: [.proposal(outer), .quote(inner), .quote(crossing)])
    #expect(lines == ["<<P: ab[Q: cde]{experts}f[Q: gh>>ij]{?}"])
  }

  @Test func claimsOutsideTheParagraphAreClampedOrDropped() {
    let bad = Quote(paragraph: 0, start: 8, end: 99, text: "", kind: .direct, cue: nil, speaker: nil, group: nil)
    let empty = Quote(paragraph: 0, start: 50, end: 60, text: "", kind: .direct, cue: nil, speaker: nil, group: nil)
    let lines = ArticleRenderer(style: OutputStyle(usesColor: false)).markedLines(
      "abcdefghij", claims: [.quote(bad), .quote(empty)])
    #expect(lines == ["abcdefgh[Q: ij]{?}"])
  }

  @Test func multiLineParagraphsKeepTheirLinesAndControlsAreMadeVisible() {
    let lines = ArticleRenderer(style: OutputStyle(usesColor: false)).markedLines(
      "one\u{1B}[2J\r\ntwo\nthree", claims: [])
    #expect(lines.count == 3)
    #expect(!lines.joined().unicodeScalars.contains { $0.value < 0x20 })
    #expect(lines[1] == "two")
    #expect(lines[2] == "three")
  }

  @Test func wrappingKeepsMarksAndStylesAndFitsTheWidth() {
    let plain = ArticleRenderer(style: OutputStyle(usesColor: false)).markedLines(
      Self.text, claims: Self.analysis.claims, width: 16)
    #expect(plain.allSatisfy { $0.displayWidth <= 16 })
    #expect(plain.joined(separator: " ") == "Zoë said \"[Q: we 👩🏽‍🔬 win]{Zoë Ødegaard}\" and <<P: called for talks>>.")

    let coloured = ArticleRenderer(style: OutputStyle(usesColor: true)).markedLines(
      Self.text, claims: Self.analysis.claims, width: 16)
    let unstyled = coloured.map {
      $0.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }
    #expect(unstyled.allSatisfy { $0.displayWidth <= 16 })
    #expect(unstyled.joined(separator: " ") == "Zoë said \"we 👩🏽‍🔬 win{Zoë Ødegaard}\" and called for talks.")
    // Every wrapped piece of the proposal is styled on its own line.
    #expect(coloured.filter { $0.contains("\u{1B}[33;4m") }.count == 2)
  }

  @Test func headingsArePrefixedWhenPlain() {
    let renderer = ArticleRenderer(style: OutputStyle(usesColor: false))
    #expect(
      renderer.markedLines("Difference of approaches", claims: [], role: .heading) == ["## Difference of approaches"])
    #expect(renderer.markedLines("Talks", claims: [], role: .title) == ["# Talks"])
  }
}
