import ArgumentParser
import Foundation
import SaysoCore
import SaysoTerminal
import SaysoUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `sayso read [PATH]` (and bare `sayso`): the corpus in the full-screen reader.
struct ReadCommand: ParsableCommand {
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
      article is kept in the reading state. When the store cannot be opened, the reader keeps \
      everything in memory (as with --in-memory).
      """)

  @Argument(help: "An article file or a folder to read instead of the corpus; a file opens straight in the reader.")
  var path: String?

  @Option(help: "The colour theme: default, light, universal, monochrome, or a theme of your own.")
  var theme: String?

  @OptionGroup var corpusOptions: CorpusOptions

  @OptionGroup var storeOptions: StoreOptions

  @Flag(help: "Keep everything in memory: no index (search scans the articles), bookmarks in ui-bookmarks.json.")
  var inMemory = false

  /// For the benchmark: exit as soon as the first frame is on the terminal, writing the time (ns since
  /// the epoch) to the file named by SAYSO_FIRST_FRAME_REPORT.
  @Flag(help: .hidden) var exitAfterFirstFrame = false

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let paths = DataPaths(environment: environment)
    let setup: ReaderSetup
    do {
      setup = try ReaderSetup(paths: paths, themeName: theme)
    } catch let error as UIError {
      Diagnostics.report(error)
      throw ExitCode.failure
    }
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      Diagnostics.report("the reader needs a terminal; for piped output use `sayso show` or `sayso list`")
      throw ExitCode.failure
    }

    var corpusPaths = path.map { [$0] } ?? corpusOptions.paths
    if corpusPaths.isEmpty && (environment["SAYSO_CORPUS"] ?? "").isEmpty { corpusPaths = setup.config.corpus }
    var corpus = Corpus(paths: corpusPaths)
    let services: AppServices
    var hasFailures: Bool
    let store = inMemory ? nil : try ReaderStore.open(corpus: corpus, options: storeOptions)
    if let store {
      services = store.services
      hasFailures = store.hasFailures
    } else {
      let articles = corpus.loadAll()
      guard !articles.isEmpty else {
        try corpus.finish()
        return
      }
      var analyses: [ArticleAnalysis] = []
      analyses.reserveCapacity(articles.count)
      ParallelAnalysis.forEach(articles) { analyses.append($0) }
      let model = CorpusModel(analyses: analyses)
      services = AppServices(
        articles: model, search: InMemorySearch(provider: model),
        bookmarks: JSONBookmarkStore(path: paths.data + "/ui-bookmarks.json"),
        positions: JSONReadingPositions(path: paths.state + "/ui-positions.json"))
      hasFailures = corpus.hasFailures
    }
    let summaries = services.articles.summaries
    let app = App(
      services: services, keymap: setup.config.keymap, themes: setup.themes, first: LibraryView(services: services))
    app.mouseEnabled = setup.config.mouse
    if let path, ArticleSelector.isFile(path), summaries.count == 1,
      let analysis = services.articles.analysis(ofArticle: summaries[0].path)
    {
      app.open(ReaderView(analysis: analysis, position: services.positions.position(forArticle: analysis.article.path)))
    }
    if hasFailures { app.show(message: "Some files could not be read: see the messages after quitting", isError: true) }

    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
    let report = environment["SAYSO_FIRST_FRAME_REPORT"]
    let stopped = TerminalSession.run(
      app, noColor: noColor,
      onFirstFrame: {
        guard exitAfterFirstFrame else { return }
        if let report {
          var now = timespec()
          clock_gettime(CLOCK_REALTIME, &now)
          let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
          try? Data("\(nanoseconds)\n".utf8).write(to: URL(fileURLWithPath: report))
        }
        app.run(.quitNow)
      },
      afterFirstFrame: {
        // The library is on screen from the index as it was; now check the files for changes.
        guard let store, store.needsUpdate else { return }
        if let message = store.update() { app.show(message: message, isError: store.hasFailures) }
        app.reload()
      })
    for message in store?.laterMessages ?? [] { Diagnostics.report(message) }
    if store?.hasFailures == true { hasFailures = true }
    do {
      try services.positions.flush()
    } catch {
      Diagnostics.report("\(error)")
    }
    if stopped != 0 { throw ExitCode(128 + stopped) }
    if hasFailures { throw ExitCode.failure }
  }
}

/// The config file and themes, read before the terminal is taken over so errors print normally.
struct ReaderSetup {
  var config: Config
  var themes: [Theme]

  /// Reads `$XDG_CONFIG_HOME/sayso/config` (when it exists) and the chosen theme.
  ///
  /// - Throws: `UIError` naming the file and line of a bad config or theme line, or an unknown theme.
  init(paths: DataPaths, themeName: String?) throws {
    if let data = FileManager.default.contents(atPath: paths.configFile) {
      config = try Config.parse(String(decoding: data, as: UTF8.self), file: paths.configFile)
    } else {
      config = Config()
    }
    let first = try ThemeLoader.theme(named: themeName ?? config.theme ?? "default", userThemes: paths.themes)
    themes = ThemeLoader.cycle(startingWith: first, userThemes: paths.themes)
  }
}
