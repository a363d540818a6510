import ArgumentParser
import SaysoCLI

/// `sayso quotes`: every quote in the corpus with its speaker and source.
struct QuotesCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotes", abstract: "List every quote with its speaker and where it stands.",
    discussion: """
      Each quote is a line `PATH ¶N  Speaker (role) — kind, cue "said"` followed by the quoted words, \
      indented; the pieces of one utterance that a frame splits ("A," she said. "B.") are listed once, \
      joined with " … ". kind is direct (in quote marks), indirect (reported speech) or mixed. With --json: \
      {"quotes": [{"path", "paragraph", "start", "end", "text", "kind", "cue", "speaker": {"name", "role", \
      "mention"} or null, "group", "organisation", "utterance"}]}, each quote as in `sayso analyze --json` \
      (one element per piece, the pieces of an utterance sharing their "utterance" id). \
      When no quote matches, the exit status is 1 (0 with --json).
      """)

  @Option(help: "Only quotes whose speaker's name, or group, contains this (ignoring case).")
  var speaker: String?

  @Flag(help: "Print the quotes as JSON (schema above).")
  var json = false

  @OptionGroup var corpusOptions: CorpusOptions

  func execute() throws {
    var corpus = corpusOptions.corpus
    try ClaimListing.print(
      &corpus, json: json, key: "quotes", asked: speaker.map { "--speaker \($0)" } ?? "quotes in the corpus"
    ) { ClaimListing.quotes(in: $0, by: speaker) }
  }
}
