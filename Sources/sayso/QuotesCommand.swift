import ArgumentParser
import SaysoCore

/// `sayso quotes`: every quote in the corpus with its speaker and source.
struct QuotesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quotes",
    abstract: "List every quote with its speaker and where it stands.",
    discussion: """
      Each quote is a line `PATH ¶N  Speaker (role) — kind, cue "said"` followed by the quoted words, \
      indented. kind is direct (in quote marks), indirect (reported speech) or mixed.
      """)

  @Option(help: "Only quotes whose speaker's name, or group, contains this (ignoring case).")
  var speaker: String?

  @OptionGroup var corpusOptions: CorpusOptions

  func run() throws {
    var corpus = corpusOptions.corpus
    let wanted = speaker?.lowercased()
    corpus.forEachSource { articles in
      ParallelAnalysis.forEach(articles) { analysis in
        for quote in analysis.quotes {
          if let wanted {
            let names = [quote.speaker?.name, quote.organisation, quote.group].compactMap { $0?.lowercased() }
            guard names.contains(where: { $0.contains(wanted) }) else { continue }
          }
          print(ClaimText.listing(.quote(quote), in: analysis.article, text: quote.text))
        }
      }
    }
    try corpus.finish()
  }
}
