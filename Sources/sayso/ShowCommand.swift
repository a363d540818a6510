import ArgumentParser
import SaysoAnalysis
import SaysoCLI
import SaysoCore

/// `sayso show ARTICLE`: one article with its quotes, speakers and proposals marked.
struct ShowCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show an article with its quotes, speakers and proposals marked.",
    discussion: """
      Each paragraph is printed with its number (¶N, from 0) in the margin, then a line per claim in it: \
      kind, speaker and role, and the cue word.

      On a terminal (and with NO_COLOR unset) quotes are green and followed by the speaker in {braces}, \
      proposals are yellow and underlined, the title and headings bold. Piped, or with NO_COLOR set, the \
      marks are plain text:
        [Q: quoted words]{Speaker}   a quote and its speaker ({?}: not found)
        <<P: proposed action>>       a proposal
        # Title, ## Heading          the title line and section headings
      Control characters in articles never reach the terminal: they are shown as visible symbols.
      """)

  @Argument(help: "A number from `sayso list`, a path (business/001.txt), a file name, or part of a title.")
  var article: String

  @Option(help: "When to colour the output: auto (on a terminal without NO_COLOR), always, never.")
  var color: ColorChoice = .auto

  @Option(
    help:
      "Wrap paragraphs to this many columns; 0 keeps each line whole. Default: the terminal's width, or 0 when piped.")
  var width: Int?

  @OptionGroup var corpusOptions: CorpusOptions

  func execute() throws {
    var corpus = corpusOptions.corpus
    var selected: Article?
    switch try ArticleSelector(articles: corpus.loadAll()).select(article) {
    case .article(let found):
      selected = found
    case .file(let path):
      var file = Corpus(paths: [path])
      selected = file.loadAll().first
      try file.finish()  // reports and fails when the file cannot be read
    }
    let columns = width ?? TerminalSize.columns() ?? 0
    let renderer = ArticleRenderer(style: color.style(), width: columns > 0 ? columns : nil)
    if let selected { print(renderer.render(analyze(selected)), terminator: "") }
    try corpus.finish()
  }
}
