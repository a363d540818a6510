import SaysoCore
import Testing

@testable import SaysoUI

/// The reader shows the article's address (front matter `url`) and `O` opens it.
@Suite struct ArticleAddressTests {
  static let withURL: ArticleAnalysis = {
    var a = Fixtures.article(
      path: "library/coast/a.md", title: "Harbour **wall** rebuilt",
      blocks: [
        (.title, "# Harbour wall rebuilt"), (.body, "The council met on **Tuesday** and [voted](https://e.invalid/v)."),
      ])
    a.url = "https://coast.invalid/harbour"
    return ArticleAnalysis(article: a, people: [], quotes: [], proposals: [])
  }()

  @Test func theTitleBarShowsTheAddressAndOOpensIt() {
    let h = Harness(store: Fixtures.store([Self.withURL]), columns: 120)
    h.press("Enter")
    let rows = (0..<h.screen.rows).map { h.screen.text(ofRow: $0) }
    #expect(h.titleBar.contains("https://coast.invalid/harbour"))
    // Markdown markup is not shown: the heading's hashes, ** and the link's address.
    #expect(rows.contains { $0.contains("The council met on Tuesday and voted.") }, "\(rows)")
    #expect(rows.contains { $0.contains(" Harbour wall rebuilt") && !$0.contains("#") }, "\(rows)")
    h.press("O")
    let request = h.app.takePipe()
    #expect(request?.input == "https://coast.invalid/harbour\n")
    #expect(request?.command.contains("$BROWSER") == true)
    h.app.pipeFinished(request!, status: 0)
    #expect(h.app.message == "Piped to the browser: https://coast.invalid/harbour")
  }

  @Test func anArticleWithoutAnAddressSaysSo() {
    let h = Harness(store: Fixtures.store([Fixtures.harbour]))
    h.press("Enter", "O")
    #expect(h.app.takePipe() == nil)
    #expect(h.status.contains("This article has no address (no url in its front matter)"))
  }
}
