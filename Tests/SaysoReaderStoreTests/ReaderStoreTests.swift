import Foundation
import SaysoTestSupport
import SaysoCore
import SaysoStore
import SaysoUI
import Testing

@testable import SaysoReaderStore

/// The adapters that put the library's store behind the reader's protocols.
@Suite struct ReaderStoreTests {
  /// An up-to-date in-memory index of the seeds.
  func seedIndex() throws -> CorpusIndex {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
    let documents = try names.map {
      EmbeddedDocument(path: "seeds/\($0)", bytes: [UInt8](try Data(contentsOf: folder.appendingPathComponent($0))))
    }
    let index = CorpusIndex.inMemory(corpus: [.embedded(name: "seeds", documents: documents)])
    _ = try index.update()
    return index
  }

  @Test func globalSearchUsesTheIndexAndItsQuerySyntax() throws {
    let search = IndexSearch(index: try seedIndex())
    let hits = try search.search("cybersecurity", limit: 10)
    #expect(!hits.isEmpty)
    for hit in hits {
      #expect(!hit.marks.isEmpty)
      #expect(hit.terms.contains { $0.lowercased().hasPrefix("cybersecurity") })
    }
    let poast = try search.search("speaker:Poast", limit: 10)
    #expect(!poast.isEmpty && poast.allSatisfy { $0.article.hasSuffix("002_ee816ef9547c31f7.txt") })
    #expect(throws: (any Error).self) { try search.search("bad (", limit: 10) }
  }

  @Test func theTotalOfACappedSearchIsTheCountOfItsMatches() throws {
    let index = try seedIndex()
    let search = IndexSearch(index: index)
    let hits = try search.search("the", limit: 2)
    #expect(hits.count == 2)
    // the count the search made in its pass, the same as counting apart
    let counted = try index.count(QueryParser.parse("the"))
    #expect(counted > 2)
    #expect(try search.total("the", returned: hits.count, limit: 2) == counted)
    // another query is counted apart
    #expect(try search.total("cybersecurity", returned: 2, limit: 2) >= 2)
  }

  @Test func bookmarksGoToTheBookmarkDatabase() throws {
    let index = try seedIndex()
    let database = BookmarkDatabase.inMemory()
    let store = DatabaseBookmarks(database: database, index: index)
    let article = try #require(try index.articles().first).path
    let analysis = try #require(try index.analysis(of: article))
    let quote = try #require(analysis.quotes.first)
    try store.add(
      BookmarkRecord(
        article: article, articleTitle: "", paragraph: quote.paragraph, start: quote.start, end: quote.end,
        excerpt: quote.text, note: "check"))
    try store.add(BookmarkRecord(article: article, articleTitle: "", paragraph: 1, excerpt: "", note: ""))
    let saved = try store.bookmarks()
    #expect(saved.count == 2)
    #expect(saved[0].note == "check" && saved[0].start == quote.start && saved[0].excerpt == quote.text)
    #expect(saved[1].start == nil && saved[1].paragraph == 1)
    #expect(try database.bookmarks().first?.kind == .quote)
    try store.remove(id: saved[0].id)
    #expect(try store.bookmarks().map(\.id) == [saved[1].id])
  }

  @Test func theLibraryListsTheIndexAndLoadsAnalysesWhenAsked() throws {
    let articles = try IndexedArticles(index: try seedIndex())
    #expect(articles.summaries.count == 2)
    #expect(articles.summaries.allSatisfy { $0.quotes == nil })
    let counted = articles.counted(articles.summaries[1])
    #expect((counted.quotes ?? 0) > 0 && counted.people != nil)
    #expect(articles.people().contains { $0.name == "Vladimir Putin" })
    var claims = 0
    for summary in articles.summaries {
      let counted = articles.counted(summary)
      claims += (counted.quotes ?? 0) + (counted.proposals ?? 0)
    }
    #expect(articles.claims().count == claims)
    #expect(articles.analysis(ofArticle: "no/such.txt") == nil)
  }

  @Test func anInMemoryStoreOverHandMadeAnalysesSearchesAndKeepsBookmarks() throws {
    let index = try seedIndex()
    let analyses = try index.articles().compactMap { try index.analysis(of: $0.path) }
    let store = try ReaderStore.inMemory(analyses: analyses)
    #expect(store.services.articles.summaries.map(\.path) == analyses.map(\.article.path))
    #expect(try !store.services.search.search("speaker:Poast", limit: 5).isEmpty)
    let quote = try #require(analyses[1].quotes.first)
    try store.services.add(
      BookmarkRecord(
        article: analyses[1].article.path, articleTitle: "", paragraph: quote.paragraph, start: quote.start,
        end: quote.end, excerpt: quote.text, note: "n"))
    let saved = try store.services.allBookmarks()
    #expect(saved.count == 1 && saved[0].status == .exact && saved[0].start == quote.start)
    #expect(store.update() == nil)  // nothing to check: it was built in memory just now
  }

  @Test func anInMemoryCorpusIsIndexedAtOnceAndReanchorsTheUsersBookmarks() throws {
    let folder = try ScratchFolder.make("rs")
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data("Harbour plan\n\n\"We cannot wait,\" Mayor Ana Ruiz said.\n".utf8)
      .write(to: folder.appendingPathComponent("a.txt"))
    try Data("".utf8).write(to: folder.appendingPathComponent("empty.txt"))
    let (store, report) = try ReaderStore.inMemory(corpus: [.path(folder.path)])
    #expect(report.articles == 1 && report.errors.count == 1)
    #expect(store.index.file == nil)
    #expect(store.services.articles.summaries.first?.title == "Harbour plan")
    #expect(try store.services.search.search("wait", limit: 5).count == 1)
  }

  @Test func readingPositionsGoToTheReadingState() throws {
    let index = try seedIndex()
    let state = ReadingState.inMemory()
    let positions = StateReadingPositions(state: state, corpus: index.identity)
    positions.save(ReadingPosition(paragraph: 7, offset: 12), forArticle: "seeds/a.txt")
    try positions.flush()
    #expect(try state.position(of: "seeds/a.txt", in: index.identity) == 7)
    #expect(
      StateReadingPositions(state: state, corpus: index.identity).position(forArticle: "seeds/a.txt")?.paragraph == 7)
  }
}
