import Testing

@testable import SaysoCLI

/// Runs of paths are taken out of a long command line before parsing and given back, in order, to the
/// corpus.
@Suite struct ArgumentRunsTests {
  static let files = (0..<400).map { "dir/\($0).txt" }
  static func exists(_ path: String) -> Bool { path.hasPrefix("dir/") }

  @Test func aLongRunOfPathsBecomesOnePlaceholderAndComesBackWhole() {
    let arguments = ["analyze", "--json"] + Self.files
    let collapsed = ArgumentRuns.collapse(arguments, exists: Self.exists)
    #expect(collapsed.count == 4)  // analyze, --json, the path after --json, one placeholder
    #expect(collapsed[2] == "dir/0.txt")
    #expect(ArgumentRuns.expanded(Array(collapsed.dropFirst(2))) == Self.files)
    #expect(Corpus(paths: Array(collapsed.dropFirst(2))).sources == Self.files.map(Corpus.Source.path))
  }

  @Test func optionValuesOptionsAndWordsStayAsTheyAre() {
    let arguments = ["analyze", "--corpus", "dir/a.txt", "word", "--strict"] + Self.files + ["--", "dir/x.txt", "dir/y.txt"]
    let collapsed = ArgumentRuns.collapse(arguments, exists: Self.exists)
    #expect(Array(collapsed.prefix(5)) == ["analyze", "--corpus", "dir/a.txt", "word", "--strict"])
    #expect(collapsed[5] == "dir/0.txt")  // may be --strict's value: kept
    #expect(collapsed.suffix(3) == ["--", "dir/x.txt", "dir/y.txt"])
    #expect(ArgumentRuns.expanded(collapsed) == arguments)
  }

  @Test func shortCommandLinesAreNotTouched() {
    let arguments = ["analyze"] + Self.files.prefix(10)
    #expect(ArgumentRuns.collapse(arguments, exists: Self.exists) == arguments)
  }
}
