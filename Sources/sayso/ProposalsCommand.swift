import ArgumentParser
import SaysoCore

/// `sayso proposals`: every proposal in the corpus with its proposer and source.
struct ProposalsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "proposals",
    abstract: "List every proposal with who made it and where it stands.",
    discussion: """
      Each proposal is a line `PATH ¶N  Proposer (role) — cue "called for"` followed by what was \
      proposed, indented.
      """)

  @OptionGroup var corpusOptions: CorpusOptions

  func run() throws {
    var corpus = corpusOptions.corpus
    corpus.forEachSource { articles in
      ParallelAnalysis.forEach(articles) { analysis in
        for proposal in analysis.proposals {
          print(ClaimText.listing(.proposal(proposal), in: analysis.article, text: proposal.text))
        }
      }
    }
    try corpus.finish()
  }
}
