import Foundation
import SaysoTestSupport
import Testing

@testable import SaysoCLI

/// The default corpus of every command: `--corpus`, else `$SAYSO_CORPUS`, else the config's `corpus`
/// lines, else the library when it holds articles, else the seeds.
@Suite struct DefaultCorpusTests {
  /// A data folder whose config says `corpus FOLDER` for each of `folders`.
  static func dataFolder(config: String?) throws -> URL {
    let data = try ScratchFolder.make("default")
    try FileManager.default.createDirectory(
      at: data.appendingPathComponent("config"), withIntermediateDirectories: true)
    if let config { try Data(config.utf8).write(to: data.appendingPathComponent("config/config")) }
    return data
  }

  @Test func theConfigsCorpusLinesComeAfterTheCommandLineAndTheEnvironment() throws {
    let data = try Self.dataFolder(config: "theme default\ncorpus /news/one\ncorpus ~/news two\n")
    let home = NSString(string: "~").expandingTildeInPath
    let fromConfig = Corpus(paths: [], dataDirectory: data.path, environment: [:])
    #expect(fromConfig.sources == [.path("/news/one"), .path(home + "/news two")])
    #expect(Corpus(paths: ["/x"], dataDirectory: data.path, environment: [:]).sources == [.path("/x")])
    let fromEnvironment = Corpus(paths: [], dataDirectory: data.path, environment: ["SAYSO_CORPUS": "/env"])
    #expect(fromEnvironment.sources == [.path("/env")])
  }

  @Test func withoutCorpusLinesTheSeedsAreTheCorpus() throws {
    let data = try Self.dataFolder(config: "theme default\n")
    #expect(Corpus(paths: [], dataDirectory: data.path, environment: [:]).sources == [.seeds])
    let none = try Self.dataFolder(config: nil)
    #expect(Corpus(paths: [], dataDirectory: none.path, environment: [:]).sources == [.seeds])
  }
}
