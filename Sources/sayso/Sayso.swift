import ArgumentParser

/// The `sayso` command: who said what, and who proposed what, in a corpus of news articles.
@main
struct Sayso: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sayso",
    abstract: "Who said what, and who proposed what, in news articles — with the paragraph that says so.",
    discussion: """
      Commands read the corpus given with --corpus (files or folders, repeatable), else the path in \
      $SAYSO_CORPUS, else the two seed articles built into sayso. Files that cannot be read are reported \
      on stderr as "sayso: <message>"; the rest is still processed, and the exit status is then 1.

      Paragraph numbers (¶N) count every block of an article from 0, title and headings included, as the \
      JSON "index" does.
      """,
    subcommands: [
      ListCommand.self, ShowCommand.self, PeopleCommand.self, QuotesCommand.self, ProposalsCommand.self,
      AnalyzeCommand.self, ReadCommand.self, SearchCommand.self, BookmarkCommand.self, BookmarksCommand.self,
      IndexCommand.self,
    ],
    defaultSubcommand: ReadCommand.self)
}
