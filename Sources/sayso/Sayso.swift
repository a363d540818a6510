import ArgumentParser
import SaysoCLI

/// The `sayso` command: who said what, and who proposed what, in a corpus of news articles.
@main
struct Sayso: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sayso",
    abstract: "Who said what, and who proposed what, in news articles — with the paragraph that says so.",
    discussion: """
      Commands read the corpus given with --corpus (files or folders, repeatable), else the path in \
      $SAYSO_CORPUS, else the library of imported articles when it holds any, else the two seed articles \
      built into sayso. Files that cannot be read are reported \
      on stderr as "sayso: <message>". A path you name that cannot be read makes the exit status 1 (the \
      rest is still processed); a file inside a folder that cannot be read is skipped with that warning \
      and the status stays 0, unless --strict. A command that lists things and finds nothing says \
      "nothing matches" and exits with 1 (0 with --json, whose output is then an empty list).

      Paragraph numbers (¶N) count every block of an article from 0, title and headings included, as the \
      JSON "index" does.
      """,
    version: SaysoVersion.current,
    subcommands: [
      ListCommand.self, ShowCommand.self, PeopleCommand.self, QuotesCommand.self, ProposalsCommand.self,
      AnalyzeCommand.self, ReadCommand.self, SearchCommand.self, BookmarkCommand.self, BookmarksCommand.self,
      IndexCommand.self, StoriesCommand.self, ImportCommand.self, SubscribeCommand.self, UnsubscribeCommand.self,
      FeedsCommand.self, FetchCommand.self,
    ],
    defaultSubcommand: ReadCommand.self)

  /// Runs the command as ArgumentParser's `main()` does, its messages `terminalSafe` (`Diagnostics.exit`).
  static func main() {
    // A plain search skips ArgumentParser, whose reflection was half of a search's instructions.
    if let search = SearchArguments(Array(CommandLine.arguments.dropFirst())) { return SearchCommand.run(search) }
    do {
      let arguments = ArgumentRuns.collapse(Array(CommandLine.arguments.dropFirst()))
      // A leaf subcommand by its own parser (the root's makes all their types); help goes the root's way
      if let name = arguments.first, let sub = configuration.subcommands.first(where: { $0._commandName == name }),
        sub.configuration.subcommands.isEmpty,
        var command = (try? sub.parse(Array(arguments.dropFirst()))) as? ParsableCommand
      {
        return try command.run()
      }
      var command = try parseAsRoot(arguments)
      try command.run()
    } catch {
      Diagnostics.exit(status: exitCode(for: error).rawValue, message: fullMessage(for: error))
    }
  }
}
