import Dispatch
import Foundation
import SaysoAnalysis
import SaysoCore

/// Runs `analyze(_:)` over articles on every core and hands the results back in input order.
///
/// Articles are analysed a batch at a time (a few per core), and each batch is handed on before the next
/// starts, so a big corpus never holds more than one batch of analyses in memory.
enum ParallelAnalysis {
  /// How many articles are analysed together: enough to keep every core busy.
  static let batchSize = max(1, ProcessInfo.processInfo.activeProcessorCount) * 4

  /// Calls `body` with the analysis of each article, in the order of `articles`.
  ///
  /// - Parameters:
  ///   - articles: the articles to analyse.
  ///   - body: receives each analysis on the calling thread.
  /// - Throws: whatever `body` throws; the remaining articles are then not analysed.
  static func forEach(
    _ articles: [Article], _ body: (ArticleAnalysis) throws -> Void
  ) rethrows {
    try forEach(articles, transform: { $0 }, body)
  }

  /// Calls `body` with `transform` of each article's analysis, in the order of `articles`.
  ///
  /// `transform` runs on the worker threads along with the analysis, so work such as rendering an
  /// article's JSON is spread over the cores too and only printing is left to the calling thread.
  ///
  /// - Parameters:
  ///   - articles: the articles to analyse.
  ///   - transform: what to make of each analysis; called concurrently.
  ///   - body: receives each result on the calling thread.
  /// - Throws: whatever `body` throws; the remaining articles are then not analysed.
  static func forEach<Result>(
    _ articles: [Article], transform: @Sendable (ArticleAnalysis) -> Result, _ body: (Result) throws -> Void
  ) rethrows {
    var batchStart = articles.startIndex
    while batchStart < articles.endIndex {
      let batch = Array(articles[batchStart..<min(batchStart + batchSize, articles.endIndex)])
      for result in results(of: batch, transform) { try body(result) }
      batchStart += batch.count
    }
  }

  private static func results<Result>(
    of articles: [Article], _ transform: @Sendable (ArticleAnalysis) -> Result
  ) -> [Result] {
    guard articles.count > 1 else { return articles.map { transform(analyze($0)) } }
    var results = [Result?](repeating: nil, count: articles.count)
    results.withUnsafeMutableBufferPointer { buffer in
      // Each iteration writes only its own slot, so the writes never overlap.
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: articles.count) { i in
        slots[i] = transform(analyze(articles[i]))
      }
    }
    return results.map { $0! }
  }
}
