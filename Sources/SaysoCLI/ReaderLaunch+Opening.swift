import Foundation
import SaysoCore
import SaysoReaderStore
import SaysoUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What `sayso read PATH` opens first: the library, an article, or an article at a paragraph.
extension ReaderLaunch {
  /// The reader on `store`, with the settings of the config: keys, themes, mouse, hints, reading width,
  /// and the bookmark export of `sayso bookmarks export`. It shows the library.
  public func makeApp(_ store: ReaderStore) -> App {
    let services = store.services
    services.readingWidth = config.width
    services.exporter = BookmarkFileExporter(database: store.bookmarks)
    let app = App(services: services, keymap: config.keymap, themes: themes, first: LibraryView(services: services))
    app.mouseEnabled = config.mouse
    app.showHints = config.hints
    return app
  }

  /// The article and paragraph named by `ARTICLE:N` when `path` is one (and no such file exists).
  public static func jump(in path: String?) -> PassageReference? {
    guard let path, !FileManager.default.fileExists(atPath: path), let reference = try? PassageReference(path),
      reference.span == nil
    else { return nil }
    return reference
  }

  /// What `sayso read PATH` asks for: an article to open at a paragraph (`ARTICLE:N`), and the corpus
  /// path to read instead of the default (a folder, a file, or the file of `ARTICLE:N`).
  ///
  /// - Throws: `SaysoError.unknownCommand` for a bare word that is neither a file nor a folder (`sayso lsit`).
  public static func target(of path: String?, commands: [String]) throws -> (
    jump: PassageReference?, corpusPath: String?
  ) {
    let jump = jump(in: path)
    if jump == nil, let path, !FileManager.default.fileExists(atPath: path), !path.contains("/"), !path.contains(".") {
      throw SaysoError.unknownCommand(path, commands: commands)
    }
    return (jump, jump.map { isFile($0.article) ? $0.article : nil } ?? path)
  }

  /// Opens in `app` the view the command line asks for: the article of `jump` at its paragraph (or with
  /// a message when the article has no such paragraph), or the one file given as `path`; else the
  /// library stays.
  ///
  /// - Throws: `SaysoError.unknownArticle` when `jump` names no article of the corpus.
  public static func openFirstView(
    in app: App, services: AppServices, jump: PassageReference?, corpusPath: String?, path: String?
  ) throws {
    let summaries = services.articles.summaries
    if let jump {
      var chosen = summaries.first
      if corpusPath == nil || summaries.count != 1 {
        let selector = ArticleSelector(summaries, path: \.path, title: \.title)
        guard case .article(let found) = try selector.select(jump.article, fileExists: { _ in false }) else {
          throw SaysoError.unknownArticle(jump.article)
        }
        chosen = found
      }
      guard let chosen, let analysis = services.articles.analysis(ofArticle: chosen.path) else {
        throw SaysoError.unknownArticle(jump.article)
      }
      let last = analysis.article.paragraphs.count - 1
      if (0...max(0, last)).contains(jump.paragraph) {
        app.open(ReaderView(analysis: analysis, position: ReadingPosition(paragraph: jump.paragraph, offset: 0)))
      } else {
        app.open(ReaderView(analysis: analysis, position: services.positions.position(forArticle: chosen.path)))
        app.show(.noSuchParagraph(jump.paragraph, last: max(0, last)))
      }
    } else if let path, isFile(path), summaries.count == 1,
      let analysis = services.articles.analysis(ofArticle: summaries[0].path)
    {
      app.open(ReaderView(analysis: analysis, position: services.positions.position(forArticle: analysis.article.path)))
    }
  }

  /// Brings the index up to date behind the first frame (the library shown from the index as it was,
  /// or empty while a new corpus is indexed), then shows what changed; stops when `keepGoing` says so.
  /// Work that takes longer than `progressAfter` seconds shows its progress on the status line, drawn
  /// with `redraw` at most ten times a second. A new corpus that turns out to hold no article ends the
  /// reader (the reason is reported after).
  public static func catchUp(
    _ app: App, store: ReaderStore, while keepGoing: () -> Bool, redraw: () -> Void = {},
    progressAfter seconds: Double = 0.5
  ) {
    let building = store.articles.summaries.isEmpty
    var shownAt: Double?
    let message = store.update(
      while: keepGoing,
      progress: { progress in
        guard progress.seconds >= seconds, progress.seconds - (shownAt ?? -1) >= 0.1 || progress.done == progress.total
        else { return }
        shownAt = progress.seconds
        app.show(.indexingProgress(done: progress.done, total: progress.total, seconds: progress.seconds))
        redraw()
      })
    if let message {
      app.show(message: message, isError: store.lateReport?.errors.isEmpty == false)
    } else if shownAt != nil {
      app.clearMessage()
    }
    app.reload()
    if building && store.lateReport?.isComplete != false && store.articles.summaries.isEmpty { app.run(.quitNow) }
  }

  /// - Throws: `SaysoError.readerNeedsTerminal` unless standard input and output are a terminal.
  public static func requireTerminal() throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw SaysoError.readerNeedsTerminal }
  }

  /// For the benchmark: writes the time now, in nanoseconds since the epoch, to `file`.
  public static func writeTime(to file: String) {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    let nanoseconds = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    try? Data("\(nanoseconds)\n".utf8).write(to: URL(fileURLWithPath: file))
  }
}
