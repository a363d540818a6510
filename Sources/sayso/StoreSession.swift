import ArgumentParser
import Foundation
import SaysoCore
import SaysoStore

/// Wires SaysoStore into a command: the data folders, the corpus index brought up to date, and the
/// bookmarks, with every problem reported the way the other commands report theirs.
struct StoreSession {
  /// The folders in use.
  let directories: DataDirectories
  /// Whether a file of the corpus could not be read (the command then exits with status 1).
  private(set) var hasFailures = false

  /// Resolves the folders.
  ///
  /// - Throws: `ExitCode.failure` after reporting when no folder can be found.
  init(_ options: StoreOptions) throws {
    directories = try Self.reporting { try options.directories() }
  }

  /// The store's sources for a corpus: its paths, or the seeds built into the binary.
  static func sources(of corpus: Corpus) -> [CorpusSource] {
    corpus.sources.map { source in
      switch source {
      case .seeds:
        .embedded(
          name: "seeds",
          documents: SeedCorpus.files.map { EmbeddedDocument(path: "seeds/\($0.name)", bytes: $0.bytes) })
      case .path(let path): .path(path)
      }
    }
  }

  /// Opens the index of `corpus` and brings it up to date; files that cannot be read are reported on
  /// stderr as `sayso: <message>`, as are the problems the index recovered from.
  ///
  /// - Returns: the index and what the update did.
  /// - Throws: `ExitCode.failure` after reporting when the index cannot be opened or written.
  mutating func openIndex(of corpus: Corpus) throws -> (CorpusIndex, UpdateReport) {
    let sources = Self.sources(of: corpus)
    let (index, report) = try Self.reporting {
      let index = try CorpusIndex.open(corpus: sources, in: directories)
      return (index, try index.update())
    }
    for notice in report.notices { Diagnostics.report(notice) }
    for error in report.errors { Diagnostics.report(error) }
    if !report.errors.isEmpty { hasFailures = true }
    if report.articles == 0 && report.errors.isEmpty {
      Diagnostics.report(SaysoError.noArticles(corpus.sources.map(\.description)))
      throw ExitCode.failure
    }
    return (index, report)
  }

  /// Opens the bookmarks, reporting a damaged file that was moved aside.
  ///
  /// - Throws: `ExitCode.failure` after reporting when they cannot be opened.
  func openBookmarks() throws -> BookmarkDatabase {
    let bookmarks = try Self.reporting { try BookmarkDatabase.open(in: directories) }
    for notice in bookmarks.notices { Diagnostics.report(notice) }
    return bookmarks
  }

  /// Ends the command: exit status 1 when a file of the corpus could not be read.
  func finish() throws {
    if hasFailures { throw ExitCode.failure }
  }

  /// Runs `body`; a store or command-line error is reported on stderr and becomes exit status 1.
  static func reporting<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as SaysoStoreError {
      Diagnostics.report(error)
      throw ExitCode.failure
    } catch let error as SaysoError {
      Diagnostics.report(error)
      throw ExitCode.failure
    }
  }
}
