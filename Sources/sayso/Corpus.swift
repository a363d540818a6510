import ArgumentParser
import Foundation
import SaysoCore

/// The articles a command works on, loaded one source at a time, and how the loading went.
///
/// Sources are, in order of precedence: the paths on the command line, the path in `SAYSO_CORPUS`,
/// the seed articles built into the binary. Every file that cannot be read is reported on stderr as
/// `sayso: <message>` and the rest is still loaded; `finish()` then turns the outcome into the exit status.
struct Corpus {
  /// Where articles come from.
  enum Source: Equatable {
    /// The seed articles embedded in the binary.
    case seeds
    /// A file or folder, read by `CorpusLoader`.
    case path(String)
  }

  /// The sources, in the order their articles are shown.
  let sources: [Source]
  /// Whether any source failed to load.
  private(set) var hasFailures = false
  /// How many articles were loaded so far.
  private(set) var articleCount = 0

  /// The corpus for `paths`, or the default corpus when `paths` is empty.
  ///
  /// - Parameters:
  ///   - paths: files and folders the user named.
  ///   - environment: where `SAYSO_CORPUS` is looked up.
  init(paths: [String], environment: [String: String] = ProcessInfo.processInfo.environment) {
    if !paths.isEmpty {
      sources = paths.map(Source.path)
    } else if let path = environment["SAYSO_CORPUS"], !path.isEmpty {
      sources = [.path(path)]
    } else {
      sources = [.seeds]
    }
  }

  /// How many articles are handed on at a time: enough to keep every core busy, few enough that memory
  /// does not grow with the corpus.
  static let chunkSize = 64

  /// Loads the sources in order and hands their articles to `body` a chunk at a time, so that memory
  /// holds one chunk, not the corpus.
  ///
  /// Load errors are reported on stderr as they happen.
  mutating func forEachSource(_ body: ([Article]) throws -> Void) rethrows {
    for source in sources {
      switch source {
      case .seeds:
        articleCount += SeedCorpus.articles.count
        try body(SeedCorpus.articles)
      case .path(let path):
        var chunk: [Article] = []
        try CorpusLoader.forEachArticle(paths: [path]) { outcome in
          switch outcome {
          case .success(let article):
            chunk.append(article)
            articleCount += 1
            if chunk.count == Self.chunkSize {
              try body(chunk)
              chunk.removeAll(keepingCapacity: true)
            }
          case .failure(let error):
            Diagnostics.report(error)
            hasFailures = true
          }
        }
        if !chunk.isEmpty { try body(chunk) }
      }
    }
  }

  /// Loads every source and returns all articles in order.
  mutating func loadAll() -> [Article] {
    var all: [Article] = []
    forEachSource { all += $0 }
    return all
  }

  /// Ends the command: throws a failure exit code when a source failed or no article could be read.
  ///
  /// - Throws: `ExitCode.failure` after reporting, when there is nothing to exit 0 for.
  func finish() throws {
    if articleCount == 0 && !hasFailures {
      Diagnostics.report(SaysoError.noArticles(sources.map(\.description)))
    }
    if hasFailures || articleCount == 0 { throw ExitCode.failure }
  }
}

extension Corpus.Source: CustomStringConvertible {
  var description: String {
    switch self {
    case .seeds: "the built-in seed articles"
    case .path(let path): path
    }
  }
}
