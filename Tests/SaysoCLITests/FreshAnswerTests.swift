import Foundation
import SaysoTestSupport
import SaysoCore
import SaysoStore
import Testing

@testable import SaysoCLI

/// `StoreSession.answer`: a search answers from the index when no folder changed, and never shows an
/// article's analysis from before it was edited.
@Suite struct FreshAnswerTests {
  static func article(_ words: String) -> String {
    "Council report\n\nThe council met on Monday.\n\n\"We will \(words),\" Ana Ruiz said.\n"
  }

  /// A corpus folder and a data folder, the corpus an hour old, indexed once.
  static func indexedCorpus() throws -> (corpus: URL, session: StoreSession) {
    let base = try ScratchFolder.make("fresh")
    let folder = base.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(article("fund the library").utf8).write(to: folder.appendingPathComponent("a.txt"))
    try Data(article("close the pool").utf8).write(to: folder.appendingPathComponent("b.txt"))
    try age(folder)
    let session = try StoreSession(dataDirectory: base.appendingPathComponent("data").path)
    var corpus = Corpus(paths: [folder.path])
    _ = try session.openIndex(of: &corpus)
    return (folder, session)
  }

  /// Sets the times of `folder` and of its files an hour back.
  static func age(_ folder: URL) throws {
    let old = Date(timeIntervalSinceNow: -3600)
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: folder.appendingPathComponent(name).path)
    }
    try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: folder.path)
  }

  static func search(_ text: String, _ folder: URL, _ session: StoreSession) throws -> [SearchResult] {
    var corpus = Corpus(paths: [folder.path])
    let query = try QueryParser.parse(text)
    return try session.answer(from: &corpus, { try $0.search(query, limit: 20) }, articles: { $0.map(\.article) }).1
  }

  @Test func anEditedArticleIsReadAgainBeforeItIsShown() throws {
    let (folder, session) = try Self.indexedCorpus()
    #expect(try Self.search("library", folder, session).count >= 1)
    // edited in place, its folder's time unchanged: only the article's own time tells
    try Data(Self.article("fund the museum library").utf8).write(to: folder.appendingPathComponent("a.txt"))
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: folder.path)
    let results = try Self.search("library", folder, session)
    #expect(!results.isEmpty)
    #expect(results.allSatisfy { $0.text.contains("museum") || !$0.text.contains("library") || $0.kind == .paragraph })
    #expect(results.contains { $0.text.contains("museum") })
  }

  @Test func aFileAddedToTheCorpusIsFoundByTheNextSearch() throws {
    let (folder, session) = try Self.indexedCorpus()
    #expect(try Self.search("stadium", folder, session).isEmpty)
    try Data(Self.article("build a stadium").utf8).write(to: folder.appendingPathComponent("c.txt"))
    #expect(try Self.search("stadium", folder, session).count >= 1)
  }

  @Test func aDeletedArticleIsNotShown() throws {
    let (folder, session) = try Self.indexedCorpus()
    try FileManager.default.removeItem(at: folder.appendingPathComponent("b.txt"))
    #expect(try Self.search("pool", folder, session).isEmpty)
  }
}
