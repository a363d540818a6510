import Foundation
import SaysoAnalysis
import SaysoCore
import SaysoIngest
import SaysoStore
import SaysoUI

/// The articles a command works on, loaded one source at a time, and how the loading went.
///
/// Sources are, in order of precedence: the paths on the command line, the path in `SAYSO_CORPUS`,
/// the config file's `corpus` lines, the library of imported articles when it holds any (`DATA/library`, see `DataDirectories`), the seed
/// articles built into the binary. Every file that cannot be read is reported on stderr as
/// `sayso: <message>` and the rest is still loaded. `finish()` then decides the exit status, by one
/// rule for every command:
/// - a path the user named that cannot be read (missing, not a file or folder, a folder without
///   articles, an unreadable file) is an error: status 1;
/// - a file found inside a folder that cannot be read (empty, binary, …) is skipped with its one-line
///   warning: status 0, or 1 with `strict`;
/// - no article at all is an error.
public struct Corpus {
  /// Where articles come from.
  public enum Source: Equatable, Sendable, CustomStringConvertible {
    /// The seed articles embedded in the binary.
    case seeds
    /// A file or folder, read by `CorpusLoader`.
    case path(String)

    public var description: String {
      switch self {
      case .seeds: "the built-in seed articles"
      case .path(let path): path
      }
    }
  }

  /// The sources, in the order their articles are shown.
  public let sources: [Source]
  /// Whether a file skipped inside a folder fails the command.
  public var strict: Bool
  /// How many paths the user named could not be read.
  public private(set) var failedSources = 0
  /// How many files inside folders were skipped.
  public private(set) var skippedFiles = 0
  /// How many articles were loaded (or indexed) so far.
  public internal(set) var articleCount = 0

  /// The corpus for `paths`, or the default corpus when `paths` is empty.
  ///
  /// - Parameters:
  ///   - paths: files and folders the user named.
  ///   - strict: whether a skipped file fails the command.
  ///   - dataDirectory: the `--data-dir` option, where the library is looked for.
  ///   - environment: where `SAYSO_CORPUS` and the data folders' variables are looked up.
  public init(
    paths: [String], strict: Bool = false, dataDirectory: String? = nil,
    environment: [String: String] = DataDirectories.environment(["SAYSO_CORPUS"] + DataDirectories.variables)
  ) {
    if !paths.isEmpty {
      sources = ArgumentRuns.expanded(paths).map(Source.path)
    } else if let path = environment["SAYSO_CORPUS"], !path.isEmpty {
      sources = [.path(path)]
    } else if let configured = Self.configuredCorpus(dataDirectory: dataDirectory, environment: environment),
      !configured.isEmpty
    {
      sources = configured.map(Source.path)
    } else if let data = try? DataDirectories.resolve(dataDirectory: dataDirectory, environment: environment).data,
      case let library = Library(dataFolder: data).folder, Library.holdsArticles(library)
    {
      sources = [.path(library.path)]
    } else {
      sources = [.seeds]
    }
    self.strict = strict
  }

  /// The `corpus` lines of the config file (`~` expanded), or nil when there is no config. A config that
  /// cannot be read is reported on stderr and gives no corpus.
  static func configuredCorpus(dataDirectory: String?, environment: [String: String]) -> [String]? {
    guard let file = try? DataDirectories.resolve(dataDirectory: dataDirectory, environment: environment).configFile,
      let data = FileManager.default.contents(atPath: file.path)
    else { return nil }
    do {
      return try Config.parse(String(decoding: data, as: UTF8.self), file: file.path).corpus.map {
        NSString(string: $0).expandingTildeInPath
      }
    } catch let error as UIError {
      Diagnostics.report(error)
      return nil
    } catch {
      return nil
    }
  }

  /// The paths given on the command line whose bytes are not valid UTF-8, as Swift decoded them (with
  /// U+FFFD), with their bytes written as `\xNN`: such a path is reported as an invalid name, not as a
  /// missing file.
  static let invalidArguments: [String: String] = Dictionary(
    FolderListing.invalidArguments().map { ($0.decoded, $0.escaped) }, uniquingKeysWith: { first, _ in first })

  /// `error`, or for a missing path the user gave with bytes that are not UTF-8, the error that says so.
  static func explained(_ error: SaysoCoreError) -> SaysoCoreError {
    guard case .missing(let path) = error, path.contains("\u{FFFD}") else { return error }
    if let escaped = invalidArguments[path] { return .invalidFileName(path: escaped) }
    // `--corpus=PATH` is one argument.
    for (decoded, escaped) in invalidArguments where decoded.hasSuffix("=" + path) {
      return .invalidFileName(path: String(escaped.drop { $0 != "=" }.dropFirst()))
    }
    return error
  }

  /// Whether `path` is a path the user gave whose bytes are not valid UTF-8 (as Swift decoded it).
  static func isInvalidFileName(_ path: String) -> Bool {
    if case .invalidFileName = explained(.missing(path: path)) { return true }
    return false
  }

  /// Whether a file of the corpus could not be read (named or skipped).
  public var hasFailures: Bool { failedSources + skippedFiles > 0 }

  /// Checks that every path the user named exists, before anything is read or drawn.
  ///
  /// - Throws: `SaysoCoreError.missing` for the first path that does not.
  public func checkPathsExist() throws(SaysoCoreError) {
    for case .path(let path) in sources where !FileManager.default.fileExists(atPath: path) {
      throw Self.explained(.missing(path: path))
    }
  }

  /// Reports a file that could not be read on stderr, and counts it as a failed source when it is a path
  /// the user named, else as a skipped file.
  public mutating func record(_ error: SaysoCoreError) {
    Diagnostics.report(Self.explained(error))
    let named = sources.contains { source in
      guard case .path(let path) = source else { return false }
      return path == error.path || URL(fileURLWithPath: path).standardizedFileURL.path == error.path
    }
    if named { failedSources += 1 } else { skippedFiles += 1 }
  }

  /// Loads every source and returns all articles in order.
  public mutating func loadAll() -> [Article] {
    var all: [Article] = []
    forEachLoaded(transform: { $0 }) { all.append($0) }
    return all
  }

  /// Reads and analyses the corpus on every core, a chunk at a time, handing `transform` of each
  /// analysis to `body` in corpus order.
  ///
  /// - Parameters:
  ///   - transform: what to make of each analysis (e.g. its JSON); runs on the worker threads.
  ///   - body: receives each result on the calling thread.
  public mutating func forEachAnalysis<Result: Sendable>(
    transform: @escaping @Sendable (ArticleAnalysis) -> Result, _ body: (Result) throws -> Void
  ) rethrows {
    try forEachLoaded(transform: { transform(analyze($0)) }, body)
  }

  /// Reads the sources in order on every core, a chunk at a time, and hands `transform` of each article
  /// to `body` in corpus order; files that cannot be read are recorded (and reported) in their place.
  /// Files are read on the worker threads too, and a chunk may span several sources, so that many small
  /// files named one by one keep every core busy; memory holds one chunk, not the corpus.
  private mutating func forEachLoaded<Result: Sendable>(
    transform: @escaping @Sendable (Article) -> Result, _ body: (Result) throws -> Void
  ) rethrows {
    var chunk: [CorpusWork] = []
    func flush(_ corpus: inout Corpus) throws {
      // Each result with the notice of a file read in another encoding than UTF-8, if any.
      let results = ParallelMap.map(chunk) { work -> Swift.Result<(Result, String?), SaysoCoreError> in
        switch work {
        case .article(let article): return .success((transform(article), nil))
        case .entry(.file(let path)):
          return CorpusLoader.readArticle(path).map { (transform($0), $0.encoding.notice(path: $0.path)) }
        case .entry(.failure(let error)): return .failure(error)
        }
      }
      chunk.removeAll(keepingCapacity: true)
      for result in results {
        switch result {
        case .success(let (value, notice)):
          if let notice { Diagnostics.report(notice) }
          corpus.articleCount += 1
          try body(value)
        case .failure(let error):
          corpus.record(error)
        }
      }
    }
    for source in sources {
      let work: [CorpusWork] =
        switch source {
        case .seeds: SeedCorpus.articles.map(CorpusWork.article)
        case .path(let path): CorpusLoader.entries(of: path).map(CorpusWork.entry)
        }
      for item in work {
        chunk.append(item)
        if chunk.count == ParallelMap.batchSize { try flush(&self) }
      }
    }
    if !chunk.isEmpty { try flush(&self) }
  }

  /// Analyses the corpus on every core, handing each analysis to `body` in corpus order.
  public mutating func forEachAnalysis(_ body: (ArticleAnalysis) throws -> Void) rethrows {
    try forEachAnalysis(transform: { $0 }, body)
  }

  /// Ends the command by the rule above.
  ///
  /// - Throws: `SaysoError.exit(1)` when a named path failed, nothing was read, or (strict) a file was
  ///   skipped; each reason was reported already, except an empty corpus, reported here.
  public func finish() throws(SaysoError) {
    if articleCount == 0 && !hasFailures {
      Diagnostics.report(SaysoError.noArticles(sources.map(\.description)))
    }
    if failedSources > 0 || articleCount == 0 || (strict && skippedFiles > 0) { throw .exit(1) }
  }

  /// Ends a command that lists things: by the rule above, then "nothing matches" (status 1) when it
  /// listed nothing — except with `--json`, whose empty list says so itself (status 0).
  ///
  /// - Parameters:
  ///   - listed: how many things were listed.
  ///   - json: whether the listing was JSON.
  ///   - asked: what was asked for, for the message (`--speaker Zzzz`, `quotes in the corpus`).
  /// - Throws: `SaysoError`.
  public func finish(listed: Int, json: Bool, asked: String) throws(SaysoError) {
    try finish()
    if listed == 0 && !json { throw .nothingMatches(asked) }
  }
}

/// One item of a corpus's work: an article already in memory, or an entry of a path (a file to read, or
/// the error in its place).
private enum CorpusWork: Sendable {
  case article(Article)
  case entry(CorpusLoader.Entry)
}
