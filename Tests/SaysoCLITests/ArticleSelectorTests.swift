import SaysoCore
import SaysoStore
import Testing

@testable import SaysoCLI

@Suite struct ArticleSelectorTests {
  static let articles = [
    Article(path: "a/one.txt", title: "Putin Offers Talks", paragraphs: []),
    Article(path: "b/one.txt", title: "Budget Vote Delayed", paragraphs: []),
    Article(path: "b/two.txt", title: "Putin Signs Budget", paragraphs: []),
  ]
  let selector = ArticleSelector(articles: articles)
  let noFiles: (String) -> Bool = { _ in false }

  @Test func numbersCountFromOne() throws {
    #expect(try selector.select("3", fileExists: noFiles) == .article(Self.articles[2]))
    #expect(throws: SaysoError.articleNumberOutOfRange(4, count: 3)) { try selector.select("4", fileExists: noFiles) }
    #expect(throws: SaysoError.articleNumberOutOfRange(0, count: 3)) { try selector.select("0", fileExists: noFiles) }
  }

  @Test func pathsAndFileNames() throws {
    #expect(try selector.select("b/one.txt", fileExists: noFiles) == .article(Self.articles[1]))
    #expect(try selector.select("two.txt", fileExists: noFiles) == .article(Self.articles[2]))
    #expect(throws: SaysoError.ambiguousArticle("one.txt", matches: ["a/one.txt", "b/one.txt"])) {
      try selector.select("one.txt", fileExists: noFiles)
    }
  }

  @Test func aFileOutsideTheCorpusIsLoaded() throws {
    #expect(try selector.select("/tmp/x.txt", fileExists: { $0 == "/tmp/x.txt" }) == .file("/tmp/x.txt"))
  }

  @Test func titleFragmentsIgnoreCaseAndMustBeUnique() throws {
    #expect(try selector.select("offers TALKS", fileExists: noFiles) == .article(Self.articles[0]))
    #expect(throws: SaysoError.ambiguousArticle("putin", matches: ["a/one.txt", "b/two.txt"])) {
      try selector.select("putin", fileExists: noFiles)
    }
    #expect(throws: SaysoError.unknownArticle("nothing")) { try selector.select("nothing", fileExists: noFiles) }
  }

  @Test func indexedArticlesFollowTheSameRulesAndNeverAFile() throws {
    let indexed = Self.articles.map {
      IndexedArticle(path: $0.path, title: $0.title, source: nil, date: nil, paragraphCount: 0, hash: ContentHash([]))
    }
    let selector = ArticleSelector(articles: indexed)
    #expect(try selector.article("3").path == "b/two.txt")
    #expect(try selector.article("two.txt").path == "b/two.txt")
    #expect(try selector.article("offers TALKS").path == "a/one.txt")
    #expect(throws: SaysoError.ambiguousArticle("one.txt", matches: ["a/one.txt", "b/one.txt"])) {
      try selector.article("one.txt")
    }
    #expect(throws: SaysoError.unknownArticle("/tmp")) { try selector.article("/tmp") }
  }

  @Test func errorsAreOneLine() {
    let errors: [SaysoError] = [
      .unknownArticle("x"), .ambiguousArticle("x", matches: Array(repeating: "p", count: 9)),
      .articleNumberOutOfRange(9, count: 2), .noArticles(["a", "b"]),
    ]
    for error in errors { #expect(!error.description.contains("\n")) }
  }
}
