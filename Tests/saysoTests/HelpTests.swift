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
}
