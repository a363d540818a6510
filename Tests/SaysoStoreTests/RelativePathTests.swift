import Testing

@testable import SaysoStore

/// Article paths as the reader shows them: relative to the corpus root.
@Suite struct RelativePathTests {
  @Test func pathsLoseTheFolderTheyWereFoundIn() {
    let sources: [CorpusSource] = [.path("/news"), .path("more/"), .path("/one/file.txt")]
    #expect(CorpusSource.relativePath("/news/business/001.txt", in: sources) == "business/001.txt")
    #expect(CorpusSource.relativePath("/news/001.txt", in: sources) == "001.txt")
    #expect(CorpusSource.relativePath("more/sport/001.txt", in: sources) == "sport/001.txt")
    #expect(CorpusSource.relativePath("/one/file.txt", in: sources) == "file.txt")
    // Not under any source: as it is; `/newsroom` is not under `/news`.
    #expect(CorpusSource.relativePath("/newsroom/a.txt", in: sources) == "/newsroom/a.txt")
    // Nested sources: the innermost one is the root.
    let nested: [CorpusSource] = [.path("/news"), .path("/news/business")]
    #expect(CorpusSource.relativePath("/news/business/001.txt", in: nested) == "001.txt")
    #expect(
      CorpusSource.relativePath("seeds/000_7fb1.txt", in: [.embedded(name: "seeds", documents: [])]) == "000_7fb1.txt")
  }
}
