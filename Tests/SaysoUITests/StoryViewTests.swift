import SaysoCore
import Testing

@testable import SaysoUI

/// The Stories view, a story's page, and "also reported by" in the reader and the Claims view.
@Suite struct StoryViewTests {
  func harness(columns: Int = 80, rows: Int = 24) -> Harness {
    Harness(store: Fixtures.store(StoryFixtures.all), columns: columns, rows: rows)
  }

  @Test func storiesListsTheStoryAndItsOutlets() throws {
    let h = harness().press("S")
    let view = try #require(h.app.page as? StoriesView)
    #expect(view.list.all.count == 1)
    #expect(h.screen.text.contains("2024-04-01 … 2024-04-03"))
    #expect(h.screen.text.contains("Reported by 3 outlets in 3 articles"))
    #expect(h.screen.text.contains("Coast Herald; Island Post; Evening Wire"))
    #expect(!h.screen.text.contains("wheat"))
  }

  @Test func theStoryPageShowsOneSpeakerAndTheDriftInline() throws {
    let h = harness().press("S", "Enter")
    let page = try #require(h.app.page as? StoryView)
    #expect(page.story.claims.count == 1)
    #expect(page.story.claims[0].speaker == "Ana Ruiz")
    #expect(h.screen.text.contains("Ana Ruiz: “The new ferry"))
    #expect(h.screen.text.contains("first reported"))
    #expect(h.screen.text.contains("+ if the weather allows"))
    #expect(h.screen.roles(of: "+ if the weather allows")?.allSatisfy { $0 == .searchMatch } == true)
    // Enter on a report reads that article on the claim.
    h.press("j", "j", "j", "Enter")
    let reader = try #require(h.reader)
    #expect(reader.analysis.article.path == "news/wire.txt")
    #expect(reader.focusedClaim != nil)
  }

  @Test func theReaderSaysWhereElseAClaimIsAndEnterGoesThere() throws {
    let h = harness().press("/", "=hourly", "Enter", "Enter", "Tab")
    #expect(h.screen.text.contains("also reported by 2 outlets (Enter)"))
    h.press("Enter")
    let page = try #require(h.app.page as? StoryView)
    #expect(page.list.selected == .claim(0))
  }

  @Test func aClaimNobodyElseReportsKeepsEnterForTheSpeaker() throws {
    let h = harness()
    h.press("/", "=dry", "Enter", "Enter", "Tab")
    #expect(!h.screen.text.contains("also reported"))
    h.press("Enter")
    #expect((h.app.page as? ClaimsView)?.name == "Claims by")
  }

  @Test func theClaimsViewSaysSoToo() {
    let h = harness().press("C")
    #expect(h.screen.text.contains("also reported by 2 outlets"))
  }

  @Test func anotherArticleOfTheSameOutletIsNoOtherOutlet() {
    let lookup = StoryLookup(StoryFixtures.stories())
    let post = lookup.place(article: "news/post.txt", paragraph: 1, start: 0)
    #expect(post?.otherOutlets == 2)  // Coast Herald and Evening Wire; its own outlet left out
    var place = StoryLookup.Place(story: 0, claim: 0, otherOutlets: 0, otherArticles: 1)
    #expect(StoryLookup.phrase(place) == "also in 1 other article")
    place.otherArticles = 2
    #expect(StoryLookup.phrase(place) == "also in 2 other articles")
    place.otherOutlets = 1
    #expect(StoryLookup.phrase(place) == "also reported by 1 outlet")
  }

  @Test func snapshots() {
    for (columns, rows) in SnapshotTests.sizes {
      assertSnapshot(harness(columns: columns, rows: rows).press("S").screen, named: "stories-\(columns)x\(rows)")
      assertSnapshot(
        harness(columns: columns, rows: rows).press("S", "Enter", "j", "j", "j").screen,
        named: "story-\(columns)x\(rows)")
    }
  }
}
