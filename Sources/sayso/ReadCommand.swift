import ArgumentParser
import Foundation
import SaysoCLI
import SaysoTerminal
import SaysoUI

/// `sayso read [PATH]` (and bare `sayso`): the corpus in the full-screen reader.
struct ReadCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Read the corpus full-screen: quotes, speakers and proposals highlighted (the default command).",
    discussion: """
      Opens the library of articles; Enter reads one. In the reader, Tab and Shift-Tab go from claim to \
      claim, / searches the article (n/N), s searches every article, m bookmarks with a note, C lists \
      every claim, P every person, B the bookmarks; h goes back and l forward, q goes back and then \
      quits, ? lists every key. Keys follow less and vi (j/k, Space, b, g/G).

      Settings are read from $XDG_CONFIG_HOME/sayso/config: `theme NAME`, `corpus PATH`, \
      `bind KEY COMMAND`, `unbind KEY`, `mouse on`. Themes: default, light, universal, monochrome, or \
      NAME.theme files in $XDG_CONFIG_HOME/sayso/themes/ (lines `color ROLE FG BG [ATTR ...]`); T cycles \
      them. NO_COLOR turns colour off.

      The corpus is read through the library's index (as `sayso search` reads it), so global search takes \
      its query syntax, bookmarks are those of `sayso bookmarks`, and the reading position of each \
      article is kept in the reading state. With --in-memory the index is built in memory instead of \
      the cache folder (the same search, bookmarks and reading state); so it is when the index on disk \
      cannot be opened.
      """)

  @Argument(
    help: """
      An article file or a folder to read instead of the corpus; a file opens straight in the reader. \
      ARTICLE:N (ARTICLE as `sayso show` takes it, or a file) opens that article at ¶N.
      """)
  var path: String?

  @Option(help: "The colour theme: default, light, universal, monochrome, or a theme of your own.")
  var theme: String?

  @OptionGroup var corpusOptions: CorpusOptions

  @Flag(help: "Index the corpus in memory, not in the cache folder; bookmarks and positions stay the user's.")
  var inMemory = false

  /// For the benchmark: exit once the first frame is drawn, its time (ns) in $SAYSO_FIRST_FRAME_REPORT.
  @Flag(help: .hidden) var exitAfterFirstFrame = false

  func execute() throws {
    // `ARTICLE:N`: an article of the corpus (or a file) to open at a paragraph.
    let (jump, corpusPath) = try ReaderLaunch.target(
      of: path, commands: Sayso.configuration.subcommands.map { $0._commandName })
    var launch = try ReaderLaunch(
      corpusPaths: corpusPath.map { [$0] } ?? corpusOptions.paths, strict: corpusOptions.strict,
      dataDirectory: corpusOptions.storeOptions.dataDirectory, themeName: theme)
    try ReaderLaunch.requireTerminal()
    let store = try launch.openStore(inMemory: inMemory, indexLater: jump == nil && corpusPath.map(isFile) != true)
    let app = launch.makeApp(store)
    try ReaderLaunch.openFirstView(in: app, services: store.services, jump: jump, corpusPath: corpusPath, path: path)
    if launch.corpus.hasFailures { app.show(.filesSkipped) }
    if store.needsUpdate && store.articles.summaries.isEmpty { app.show(.indexing) }
    let environment = ProcessInfo.processInfo.environment
    let stopped = TerminalSession.run(
      app, noColor: !(environment["NO_COLOR"] ?? "").isEmpty,
      onFirstFrame: {
        guard exitAfterFirstFrame else { return }
        if let report = environment["SAYSO_FIRST_FRAME_REPORT"] { ReaderLaunch.writeTime(to: report) }
        app.run(.quitNow)
      },
      afterFirstFrame: { ReaderLaunch.catchUp(app, store: store, while: $0, redraw: $1) })
    if stopped != 0 { throw SaysoError.exit(128 + stopped) }
    try launch.finish(store)
  }
}
