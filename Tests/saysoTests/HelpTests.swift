import Testing

@Suite struct HelpTests {
  @Test(arguments: [[], ["list"], ["show"], ["people"], ["quotes"], ["proposals"], ["analyze"]])
  func everyCommandHasHelp(command: [String]) throws {
    let run = try SaysoBinary.run(command + ["--help"])
    #expect(run.status == 0)
    #expect(run.output.contains("USAGE: sayso"))
    #expect(run.output.contains("OVERVIEW:"))
  }

  @Test func showHelpDocumentsTheMarkers() throws {
    let run = try SaysoBinary.run(["show", "--help"])
    #expect(run.output.contains("[Q: quoted words]{Speaker}"))
    #expect(run.output.contains("<<P: proposed action>>"))
  }

  /// The Install section's completion commands work out of the box, and the set-up commands stay as they are.
  @Test(arguments: ["bash", "zsh", "fish"])
  func completionScriptsAreGeneratedAsTheReadmeSays(shell: String) throws {
    let run = try SaysoBinary.run(["--generate-completion-script", shell])
    #expect(run.status == 0)
    #expect(run.output.contains("sayso"))
    #expect(run.output.contains("bookmarks"))
    let readme = try String(
      contentsOf: SaysoBinary.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains("## Install"))
    #expect(readme.contains("sayso --generate-completion-script \(shell) >"))
    #expect(readme.contains("swift package generate-manual"))
    #expect(readme.contains("```\nswift run sayso\n```"))
    #expect(readme.contains("```\nswift test\n```"))
  }
}
