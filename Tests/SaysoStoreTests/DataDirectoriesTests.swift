import Foundation
import Testing

@testable import SaysoStore

/// Where the store keeps its files.
@Suite struct DataDirectoriesTests {
  @Test func xdgVariablesThenHome() throws {
    let directories = try DataDirectories.resolve(environment: [
      "HOME": "/home/ana", "XDG_CACHE_HOME": "/var/cache/ana", "XDG_DATA_HOME": "relative/ignored",
      "XDG_CONFIG_HOME": "/etc/ana",
    ])
    #expect(directories.configFile.path == "/etc/ana/sayso/config")
    #expect(directories.themes.path == "/etc/ana/sayso/themes")
    #expect(directories.cache.path == "/var/cache/ana/sayso")
    #expect(directories.data.path == "/home/ana/.local/share/sayso")
    #expect(directories.state.path == "/home/ana/.local/state/sayso")
    #expect(directories.bookmarksFile.path == "/home/ana/.local/share/sayso/bookmarks.sqlite")
    #expect(directories.readingStateFile.path == "/home/ana/.local/state/sayso/state.sqlite")
  }

  @Test func theOptionBeatsTheVariableWhichBeatsXDG() throws {
    let environment = ["HOME": "/home/ana", "SAYSO_DATA_DIR": "/tmp/from-env"]
    #expect(try DataDirectories.resolve(environment: environment).cache.path == "/tmp/from-env/cache")
    let option = try DataDirectories.resolve(dataDirectory: "/tmp/option", environment: environment)
    #expect(option == DataDirectories(root: URL(fileURLWithPath: "/tmp/option")))
    #expect(option.data.path == "/tmp/option/data")
    #expect(option.state.path == "/tmp/option/state")
    #expect(option.config.path == "/tmp/option/config")
    #expect(try DataDirectories.resolve(environment: ["HOME": "/home/ana"]).config.path == "/home/ana/.config/sayso")
  }

  @Test func noHomeIsAnError() {
    #expect(throws: SaysoStoreError.noHomeDirectory) { try DataDirectories.resolve(environment: [:]) }
  }

  /// The variables the folders are resolved from, read one by one, are the process's environment's.
  @Test func theVariablesReadAreTheProcessEnvironments() {
    let names = DataDirectories.variables + ["SAYSO_TEST_NO_SUCH_VARIABLE"]
    let whole = ProcessInfo.processInfo.environment
    #expect(DataDirectories.environment(names) == whole.filter { names.contains($0.key) })
    #expect(DataDirectories.environment()["HOME"] == whole["HOME"])
  }

  @Test func eachCorpusHasItsOwnIndexFile() throws {
    let directories = DataDirectories(root: URL(fileURLWithPath: "/tmp/d"))
    let a = CorpusIdentity(sources: [.path("news")], workingDirectory: "/home/ana")
    let same = CorpusIdentity(sources: [.path("/home/ana/news/")], workingDirectory: "/elsewhere")
    let other = CorpusIdentity(sources: [.path("news")], workingDirectory: "/home/bo")
    let seeds = CorpusIdentity(sources: [.embedded(name: "seeds", documents: [])])
    #expect(a == same)
    #expect(a.key != other.key)
    #expect(directories.indexFile(for: a).lastPathComponent == "index-news-\(a.key).sqlite")
    #expect(directories.indexFile(for: seeds).lastPathComponent.hasPrefix("index-seeds-"))
  }
}
