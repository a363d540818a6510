import Foundation
import Testing

@testable import SaysoCLI

@Suite struct SeedCorpusTests {
  @Test func embeddedSeedsEqualTheSeedsFolderByteForByte() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { !$0.hasPrefix(".") }.sorted()
    #expect(SeedCorpus.files.map(\.name) == names)
    for file in SeedCorpus.files {
      let onDisk = try Data(contentsOf: folder.appendingPathComponent(file.name))
      #expect(file.bytes == [UInt8](onDisk), "\(file.name)")
    }
  }

  @Test func seedArticlesHaveSeedsPaths() {
    #expect(SeedCorpus.articles.map(\.path) == SeedCorpus.files.map { "seeds/\($0.name)" })
    #expect(SeedCorpus.articles.count == 2)
  }

  @Test func theDefaultCorpusIsTheSeedsUnlessSAYSO_CORPUSIsSet() {
    #expect(Corpus(paths: [], environment: [:]).sources == [.seeds])
    #expect(Corpus(paths: [], environment: ["SAYSO_CORPUS": ""]).sources == [.seeds])
    #expect(Corpus(paths: [], environment: ["SAYSO_CORPUS": "/x"]).sources == [.path("/x")])
    #expect(Corpus(paths: ["a", "b"], environment: ["SAYSO_CORPUS": "/x"]).sources == [.path("a"), .path("b")])
  }
}
