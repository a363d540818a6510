import Foundation
import SaysoCore
import Testing

@testable import SaysoStore

/// Stories found in an index: the same claim across outlets.
@Suite struct StoryTests {
  @Test func oneStatementInThreeOutletsIsOneStoryWithOneSpeaker() throws {
    let stories = try StoryCorpus.index().stories()
    #expect(stories.count == 1)
    let story = try #require(stories.first)
    #expect(story.articles.map(\.path) == ["herald.md", "post.md", "wire.md"])
    #expect(story.outlets == ["Harbour Herald", "Coastal Post", "Evening Wire"])
    #expect(story.firstDate == "2021-03-01")
    #expect(story.lastDate == "2021-03-03")
    #expect(story.claims.count == 1)
    let claim = try #require(story.claims.first)
    #expect(claim.speaker == "Jane Okoro")
    #expect(claim.articles == ["herald.md", "post.md", "wire.md"])
    #expect(story.headline.contains("The new bridge over the river will open"))
  }

  @Test func theDriftNamesTheExtraWords() throws {
    let claim = try #require(try StoryCorpus.index().stories().first?.claims.first)
    let drift = claim.drift
    #expect(drift.count == 1)
    #expect(drift.first?.report.path == "wire.md")
    #expect(drift.first?.diff.changes == [.added(["whatever", "the", "council", "decides"])])
  }

  @Test func anUnrelatedArticleAndACommonPhraseStayOut() throws {
    let paths = try StoryCorpus.index().stories().flatMap { $0.articles.map(\.path) }
    #expect(!paths.contains("hospital.md"))
    #expect(!paths.contains("farm.md"))
  }

  @Test func storiesFollowTheIndexWhenAnArticleLeaves() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for document in StoryCorpus.documents { try StoreTestSupport.write(document.text, document.path, in: folder) }
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try index.update()
    #expect(try index.stories().first?.articles.count == 3)
    try FileManager.default.removeItem(at: folder.appendingPathComponent("herald.md"))
    try index.update()
    let story = try #require(try index.stories().first)
    #expect(story.articles.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["post.md", "wire.md"])
    try FileManager.default.removeItem(at: folder.appendingPathComponent("post.md"))
    try index.update()
    #expect(try index.stories().isEmpty)
  }
}

/// The stories kept in the index follow the articles.
@Suite struct StoryCacheTests {
  @Test func aRenamedArticleKeepsItsPlaceInTheStory() throws {
    let folder = try StoreTestSupport.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for document in StoryCorpus.documents { try StoreTestSupport.write(document.text, document.path, in: folder) }
    let index = CorpusIndex.inMemory(corpus: [.path(folder.path)])
    try index.update()
    let first = try index.stories()
    #expect(try index.stories() == first)  // read back from the cache
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent("post.md"), to: folder.appendingPathComponent("renamed.md"))
    let report = try index.update()
    #expect(report.renamed.count == 1)
    let paths = try #require(try index.stories().first).articles.map { URL(fileURLWithPath: $0.path).lastPathComponent }
    #expect(paths == ["herald.md", "renamed.md", "wire.md"])
  }
}
