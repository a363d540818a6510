import ArgumentParser
import SaysoCLI

/// `sayso proposals`: every proposal in the corpus with its proposer and source.
struct ProposalsCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "proposals", abstract: "List every proposal with who made it and where it stands.",
    discussion: """
      Each proposal is a line `PATH ¶N  Proposer (role) — cue "called for"` followed by what was \
      proposed, indented. With --json: {"proposals": [{"path", "paragraph", "start", "end", "text", "cue", \
      "proposer": {"name", "role", "mention"} or null, "group", "organisation"}]}, each proposal as in \
      `sayso analyze --json`. When there is none, the exit status is 1 (0 with --json).
      """)

  @Flag(help: "Print the proposals as JSON (schema above).")
  var json = false

  @OptionGroup var corpusOptions: CorpusOptions

  func execute() throws {
    var corpus = corpusOptions.corpus
    try ClaimListing.print(&corpus, json: json, key: "proposals", asked: "proposals in the corpus") {
      ClaimListing.proposals(in: $0)
    }
  }
}
