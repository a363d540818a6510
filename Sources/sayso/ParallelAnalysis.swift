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
    var batchStart = articles.startIndex
    while batchStart < articles.endIndex {
      let batch = articles[batchStart..<min(batchStart + batchSize, articles.endIndex)]
      for analysis in analyses(of: batch) { try body(analysis) }
      batchStart = batch.endIndex
    }
  }

  private static func analyses(of batch: ArraySlice<Article>) -> [ArticleAnalysis] {
    let articles = Array(batch)
    guard articles.count > 1 else { return articles.map(analyze) }
    var results = [ArticleAnalysis?](repeating: nil, count: articles.count)
    results.withUnsafeMutableBufferPointer { buffer in
      // Each iteration writes only its own slot, so the writes never overlap.
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: articles.count) { i in
        slots[i] = analyze(articles[i])
      }
    }
    return results.map { $0! }
  }
}
