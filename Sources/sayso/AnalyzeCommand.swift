import ArgumentParser
import SaysoCore

/// `sayso analyze`: the full analysis of articles, as JSON or as a readable summary.
struct AnalyzeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze",
    abstract: "Analyse articles: people, quotes and proposals, as JSON or a summary.",
    discussion: """
      With --json the output is one object, streamed article by article in the order given:
        {"articles": [{"path", "title", "source", "date",
          "paragraphs": [{"index", "start", "end", "role", "text"}],
          "people": [{"name", "roles", "quotes"}],
          "quotes": [{"paragraph", "start", "end", "text", "kind", "cue",
            "speaker": {"name", "role", "mention"} or null, "group", "organisation", "utterance"}],
          "proposals": [{"paragraph", "start", "end", "text", "cue",
            "proposer": {"name", "role", "mention"} or null, "group", "organisation"}]}]}
      A claim whose source is not a person has speaker null and names it in "organisation" (a company, \
      outlet, body or place) or "group" ("experts", "a spokesman"). Quoted pieces that one frame splits \
      ("A," she said. "B.") are two quotes with the same "utterance" id (unique in the article).
      "path" is the path as given. Paragraph start/end are Unicode scalar offsets into the file; quote and \
      proposal start/end are Unicode scalar offsets into their paragraph's text, so text is exactly that \
      slice. Missing values are null. Articles are analysed on all cores.
      """)

  @Flag(help: "Print the analysis as JSON (schema above) instead of a summary.")
  var json = false

  @Argument(help: "Article files or folders. Default: $SAYSO_CORPUS, else the built-in seeds.")
  var paths: [String] = []

  func run() throws {
    var corpus = Corpus(paths: paths)
    if json { print(JSONOutput.opening) }
    var first = true
    let render: @Sendable (ArticleAnalysis) -> String = json ? JSONOutput.article : Self.summary
    corpus.forEachSource { articles in
      ParallelAnalysis.forEach(articles, transform: render) { text in
        print(json && !first ? JSONOutput.separator + text : text)
        first = false
      }
    }
    if json { print(JSONOutput.closing) }
    try corpus.finish()
  }

  /// A few readable lines about one analysed article.
  private static func summary(of analysis: ArticleAnalysis) -> String {
    let article = analysis.article
    var lines = [TerminalText.line(article.path)]
    let metadata = [article.title, article.source, article.date].compactMap { $0 }.map(TerminalText.line)
    if !metadata.isEmpty { lines.append("  " + metadata.joined(separator: " · ")) }
    lines.append(
      "  \(article.paragraphs.count) paragraphs, \(analysis.people.count) people, "
        + "\(analysis.quotes.count) quotes, \(analysis.proposals.count) proposals")
    if !analysis.people.isEmpty {
      let people = analysis.people.map { "\(TerminalText.line($0.name)) (\($0.quotes))" }
      lines.append("  quoted: " + people.joined(separator: ", "))
    }
    return lines.joined(separator: "\n")
  }
}
