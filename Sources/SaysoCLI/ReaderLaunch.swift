import Foundation
import SaysoCore
import SaysoReaderStore
import SaysoStore
import SaysoUI

/// Everything the reader needs before the terminal is taken over, so that every error still prints as a
/// normal one-line message: the config file, the themes, the corpus's paths checked, then the store
/// with the corpus indexed.
public struct ReaderLaunch {
  public var config: Config
  public var themes: [Theme]
  private let session: StoreSession
  /// The corpus being read, with the files that could not be read so far.
  public var corpus: Corpus

  /// Reads the config (when it exists) and the chosen theme, and checks that the corpus's paths exist.
  ///
  /// - Parameters:
  ///   - corpusPaths: the paths the user named (`--corpus`, or the `read` argument); none takes
  ///     the default corpus (`Corpus`: `$SAYSO_CORPUS`, the config's `corpus` lines, the library, the seeds).
  /// - Throws: `UIError` for a bad config or theme, `SaysoCoreError` for a corpus path that does not
  ///   exist, `SaysoStoreError` when no folder can be found.
  public init(
    corpusPaths: [String], strict: Bool, dataDirectory: String?, themeName: String?,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws {
    session = try StoreSession(dataDirectory: dataDirectory)
    let directories = session.directories
    if let data = FileManager.default.contents(atPath: directories.configFile.path) {
      config = try Config.parse(String(decoding: data, as: UTF8.self), file: directories.configFile.path)
    } else {
      config = Config()
    }
    let first = try ThemeLoader.theme(
      named: themeName ?? config.theme ?? "default", userThemes: directories.themes.path)
    themes = ThemeLoader.cycle(startingWith: first, userThemes: directories.themes.path)

    corpus = Corpus(paths: corpusPaths, strict: strict, dataDirectory: dataDirectory, environment: environment)
    try corpus.checkPathsExist()
  }

  /// Opens the library's store for the corpus: on disk (its index brought up to date just after the
  /// first frame, so a large corpus shows at once and `q` works while it is indexed; an empty index is
  /// built now unless `indexLater`, for a first view that needs its article), or with `inMemory` an
  /// index held in memory (bookmarks and reading positions stay the user's). When the store on disk
  /// cannot be opened, the reader runs on an in-memory one, after saying why.
  ///
  /// - Throws: `SaysoStoreError` when the corpus cannot be indexed even in memory, `SaysoError.exit(1)`
  ///   when it has no article.
  public mutating func openStore(inMemory: Bool, indexLater: Bool = false) throws -> ReaderStore {
    let sources = StoreSession.sources(of: corpus)
    if !inMemory {
      do {
        let index = try CorpusIndex.open(corpus: sources, in: session.directories)
        var listed = try index.articles()
        let needsUpdate = !listed.isEmpty || indexLater
        if !needsUpdate {
          try StoreSession.record(try StoreSession.update(index), in: &corpus)
          listed = try index.articles()
        } else {
          for notice in index.notices { Diagnostics.report(notice) }
          corpus.articleCount = listed.count
        }
        return try ReaderStore(
          index: index, bookmarks: try session.openBookmarks(), state: try session.openReadingState(),
          listed: listed, needsUpdate: needsUpdate)
      } catch let error as SaysoStoreError {
        Diagnostics.report(error)  // then read in memory
      }
    }
    let bookmarks = (try? session.openBookmarks()) ?? .inMemory()
    let state = (try? session.openReadingState()) ?? .inMemory()
    let line = StderrProgress()
    let opened = Result { () throws(SaysoStoreError) in
      try ReaderStore.inMemory(
        corpus: sources, bookmarks: bookmarks, state: state, progress: { line.show($0, in: sources) })
    }
    line.end()
    let (store, report) = try opened.get()
    try StoreSession.record(report, in: &corpus)
    return store
  }

  /// After the reader quit: reports what the update behind the first frame found (or that the user
  /// stopped it), saves the reading positions, and ends the command by the corpus's rule (see
  /// `Corpus.finish()`).
  public mutating func finish(_ store: ReaderStore) throws {
    if let report = store.lateReport, !report.isComplete {
      for error in report.errors { corpus.record(error) }
      Diagnostics.report(
        "indexing stopped with \(report.articles.counted("article")) indexed; the next run carries on")
      try store.services.positions.flush()
      return
    }
    if let report = store.lateReport { try StoreSession.record(report, in: &corpus) }
    if let message = store.lateError { Diagnostics.report(message) }
    try store.services.positions.flush()
    try corpus.finish()
  }
}
