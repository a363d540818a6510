import Testing

@testable import SaysoUI

/// `|` asks for a command and hands the terminal loop the article, or in Claims the claim, to pipe to it.
@Suite struct PipeTests {
  @Test func theReaderPipesTheWholeArticle() {
    let h = Harness(store: Fixtures.store([Fixtures.harbour]))
    h.press("Enter", "|")
    #expect(h.status.hasPrefix("Pipe the article to: "))
    h.press("=wc -w", "Enter")
    let request = h.app.takePipe()
    #expect(request?.command == "wc -w")
    #expect(request?.input.hasPrefix("Harbour plan divides the council\n\nPublished: March 2, 2024\n\n") == true)
    #expect(request?.input.hasSuffix("The council will vote next month.\n") == true)
    #expect(h.app.takePipe() == nil)
    h.app.pipeFinished(request!, status: 0)
    #expect(h.app.message == "Piped to wc -w")
    h.app.pipeFinished(request!, status: 2)
    #expect(h.app.messageIsError && h.app.message == "Exit status 2 from wc -w")
  }

  @Test func claimsPipeTheClaimUnderTheCursorAndEscCancels() {
    let h = Harness(store: Fixtures.store([Fixtures.harbour]))
    h.press("C", "j", "|", "=cat", "Esc")
    #expect(h.app.takePipe() == nil)
    h.press("|", "=cat", "Enter")
    let input = h.app.takePipe()?.input ?? ""
    #expect(input.hasPrefix("\"We cannot wait another year,\"\n— "))
    #expect(input.hasSuffix(" · news/harbour.txt ¶2\n"))
    #expect(input.contains("Ana Ruiz"))
  }
}
