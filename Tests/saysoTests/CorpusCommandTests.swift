import Foundation
import Testing

/// `list`, `people`, `quotes` and `proposals` on the default corpus and on given ones.
@Suite struct CorpusCommandTests {
  @Test func listShowsTheTwoSeedArticles() throws {
    let run = try SaysoBinary.run(["list"])
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("1  seeds/000_7fb133a97eb46ec9.txt  ") == true)
    #expect(lines.last?.hasPrefix("2  seeds/002_ee816ef9547c31f7.txt  ") == true)
  }

  @Test func sayso_CORPUSReplacesTheSeeds() throws {
    let path = try SaysoBinary.articleFile("Only Article\n\nText.\n", name: "only.txt")
    let run = try SaysoBinary.run(["list"], environment: ["SAYSO_CORPUS": path])
    #expect(run.status == 0)
    #expect(run.output.hasPrefix("1  \(path)  "))
    #expect(run.output.split(separator: "\n").count == 1)
  }

  @Test func repeatedCorpusOptionsKeepTheirOrder() throws {
    let first = try SaysoBinary.articleFile("First\n\nText.\n", name: "b.txt")
    let second = try SaysoBinary.articleFile("Second\n\nText.\n", name: "a.txt")
    let run = try SaysoBinary.run(["list", "--corpus", first, "--corpus", second])
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines.first?.contains(first) == true)
    #expect(lines.last?.contains(second) == true)
  }

  @Test func aBadCorpusPathFailsButTheRestIsListed() throws {
    let good = try SaysoBinary.articleFile("Good\n\nText.\n")
    let run = try SaysoBinary.run(["list", "--corpus", "/nonexistent-sayso/x.txt", "--corpus", good])
    #expect(run.status == 1)
    #expect(run.errorLines.count == 1)
    #expect(run.errorLines.first?.hasPrefix("sayso: /nonexistent-sayso/x.txt") == true)
    #expect(run.output.contains(good))
  }

  @Test func corpusCommandsRunOnTheSeeds() throws {
    for command in [["people"], ["quotes"], ["quotes", "--speaker", "putin"], ["proposals"], ["analyze"]] {
      let run = try SaysoBinary.run(command)
      #expect(run.status == 0, "\(command): \(run.stderr)")
      #expect(run.stderr.isEmpty, "\(command)")
      #expect(!run.stdout.contains(0x1B), "\(command)")
    }
  }

  @Test func usageErrorsUseArgumentParsersExitCode() throws {
    let run = try SaysoBinary.run(["quotes", "--no-such-option"])
    #expect(run.status == 64)
  }
}
