import ArgumentParser
import SaysoCLI

/// `sayso show ARTICLE`: one article with its quotes, speakers and proposals marked.
struct ShowCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show an article with its quotes, speakers and proposals marked.",
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
    let columns = width ?? TerminalSize.columns() ?? 0
    try CorpusPrinting.show(article, corpus: &corpus, style: color.style(), width: columns > 0 ? columns : nil)
  }
}
