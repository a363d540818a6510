import Testing

@testable import SaysoCLI

/// A plain `sayso search` command line is read without ArgumentParser; anything else is left to it.
@Suite struct SearchArgumentsTests {
  @Test func aPlainSearchIsRead() {
    #expect(SearchArguments(["search", "net", "income"]) == SearchArguments(query: ["net", "income"]))
    #expect(
      SearchArguments([
        "search", "kind:quote", "--json", "tax", "--limit", "7", "--corpus", "a", "--strict", "--corpus", "b",
        "--data-dir", "data",
      ])
        == SearchArguments(
          query: ["kind:quote", "tax"], json: true, limit: 7, paths: ["a", "b"], strict: true, dataDirectory: "data"))
    // quotes, colons and spaces are the query's business
    #expect(SearchArguments(["search", "speaker:\"Poast", "a b"])?.query == ["speaker:\"Poast", "a b"])
  }

  @Test func anythingElseIsLeftToArgumentParser() {
    for arguments in [
      ["list"], ["search"], ["search", "--json"], ["search", "-police", "fire"], ["search", "a", "--help"],
      ["search", "a", "-h"], ["search", "a", "--limit=3"], ["search", "a", "--limit", "0"],
      ["search", "a", "--limit", "-1"], ["search", "a", "--limit", "x"], ["search", "a", "--limit", "+3"],
      ["search", "a", "--limit"], ["search", "a", "--limit", "3", "--limit", "4"], ["search", "a", "--json", "--json"],
      ["search", "a", "--corpus"], ["search", "a", "--corpus", "--json"], ["search", "a", "--data-dir"],
      ["search", "a", "--", "b"], ["search", "a", "--version"], ["search", "a", "--unknown"], ["search", "a", "-"],
      ["search"] + Array(repeating: "a", count: ArgumentRuns.threshold),
    ] {
      #expect(SearchArguments(arguments) == nil, "\(arguments)")
    }
  }
}
