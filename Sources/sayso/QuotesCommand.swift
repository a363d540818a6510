import ArgumentParser
import SaysoCLI
import SaysoCore

/// `sayso quotes`: every quote in the corpus with its speaker and source.
struct QuotesCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotes",
    abstract: "List every quote with its speaker and where it stands.",
    discussion: """
      Each quote is a line `PATH ¶N  Speaker (role) — kind, cue "said"` followed by the quoted words, \
      indented. kind is direct (in quote marks), indirect (reported speech) or mixed. With --json: \
      {"quotes": [{"path", "paragraph", "start", "end", "text", "kind", "cue", "speaker": {"name", "role", \
      "mention"} or null, "group", "organisation", "utterance"}]}, each quote as in `sayso analyze --json`. \
      When no quote matches, the exit status is 1 (0 with --json).
      """)

  @Option(help: "Only quotes whose speaker's name, or group, contains this (ignoring case).")
  var speaker: String?

  @Flag(help: "Print the quotes as JSON (schema above).")
  var json = false

  @OptionGroup var corpusOptions: CorpusOptions

  func execute() throws {
    var corpus = corpusOptions.corpus
    var stream = json ? JSONOutput.Stream(key: "quotes") : nil
    var listed = 0
    corpus.forEachAnalysis { analysis in
      for quote in analysis.quotes where speaker.map({ ClaimText.quote(quote, isBy: $0) }) ?? true {
        listed += 1
        if json {
          stream?.write(JSONOutput.quote(quote).prepending("path", .string(analysis.article.path)).serialized)
        } else {
          print(ClaimText.listing(.quote(quote), in: analysis.article, text: quote.text))
        }
      }
    }
    stream?.close()
    try corpus.finish(listed: listed, json: json, asked: speaker.map { "--speaker \($0)" } ?? "quotes in the corpus")
  }
}
