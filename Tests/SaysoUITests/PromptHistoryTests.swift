import Testing

@testable import SaysoUI

/// Up and Down in the search prompts recall earlier answers; a malformed query keeps its prompt open.
@Suite struct PromptHistoryTests {
  @Test func upAndDownRecallEarlierArticleSearches() {
    let h = Harness()
    h.press("Enter", "/", "=harbour", "Enter", "/", "=council", "Enter")
    h.press("/", "=draft", "Up")
    #expect(h.app.prompt?.text == "council")
    #expect(h.status.contains("/council"))
    h.press("Up")
    #expect(h.app.prompt?.text == "harbour")
    h.press("Up")
    #expect(h.app.prompt?.text == "harbour", "nothing older")
    h.press("Down")
    #expect(h.app.prompt?.text == "council")
    h.press("Down")
    #expect(h.app.prompt?.text == "draft", "what was being typed comes back")
    h.press("Esc")
  }

  @Test func upRecallsEarlierGlobalSearches() {
    let h = Harness()
    h.press("s", "=council", "Enter")
    #expect(h.titleBar.contains("Search"))
    h.press("s", "Up")
    #expect(h.app.prompt?.text == "council")
    h.press("Enter")
    #expect(h.titleBar.contains("\"council\""))
  }

  @Test func aMalformedQueryKeepsThePromptOpenWithTheErrorAboveIt() throws {
    let h = Harness()
    h.press("s", "=\"unclosed", "Enter")
    let prompt = try #require(h.app.prompt)
    #expect(prompt.purpose == .globalSearch)
    #expect(prompt.text == "\"unclosed")
    #expect(h.status.hasPrefix("Search all articles: \"unclosed"))
    let above = (1..<h.screen.rows - 1).map { h.screen.text(ofRow: $0) }.filter { $0.contains("Search: ") }
    #expect(above.count == 1)
    #expect(h.screen.roles(of: "Search: ")?.allSatisfy { $0 == .error } == true)
    // Correcting it clears the error; Enter then searches.
    h.press("Backspace", "=d\"")
    #expect(!h.screen.contains("Search: "))
    h.press("C-u", "=council", "Enter")
    #expect(h.app.prompt == nil)
    #expect(h.titleBar.contains("\"council\""))
  }
}
