import Foundation
import SaysoAnalysis
import SaysoCore
import Testing

@testable import SaysoCLI

/// `sayso show` on a Markdown article: headings as headings, emphasis as attributes, links as their text
/// with the address listed under the paragraph; the quote's offsets still refer to the file.
@Suite struct MarkdownRenderingTests {
  static let file = """
    ---
    title: Council approves plan
    url: https://example.org/plan
    ---

    # Council approves plan

    The council met on **Tuesday** and approved the [harbour plan](https://example.org/p), at last.

    ## What next

    "It is a good day for the town," the mayor, Tom Reed, said on *Tuesday* evening.
    """

  @Test func markupIsRenderedNotShownRaw() {
    let article = ArticleReader.parse(Self.file, path: "library/coast/2026-11-28-council.md")
    let plain = ArticleRenderer(style: OutputStyle(usesColor: false)).render(analyze(article))
    #expect(plain.contains("Council approves plan · 2026-11-28 · https://example.org/plan"))
    #expect(plain.contains("   0  # Council approves plan\n"))
    #expect(plain.contains("The council met on Tuesday and approved the harbour plan, at last."))
    #expect(plain.contains("- link \"harbour plan\": https://example.org/p"))
    #expect(plain.contains("   2  ## What next\n"))
    #expect(!plain.contains("**") && !plain.contains("](") && !plain.contains("# #"))
    let colour = ArticleRenderer(style: OutputStyle(usesColor: true)).render(analyze(article))
    #expect(colour.contains("\u{1B}[1mTuesday\u{1B}[0m"))
    #expect(colour.contains("\u{1B}[4mharbour plan\u{1B}[0m"))
  }

  @Test func aTextFileIsShownAsItIs() {
    let article = ArticleReader.parse("Title line here\n\nA *starred* word stays.\n\nMore.", path: "notes/a.txt")
    let plain = ArticleRenderer(style: OutputStyle(usesColor: false)).render(analyze(article))
    #expect(plain.contains("A *starred* word stays."))
  }
}
