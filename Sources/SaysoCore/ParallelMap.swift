import Dispatch
import Foundation

/// Maps values on every core, keeping their order: the one parallel map of the package (the index's
/// updates and the command line's analyses both use it).
public enum ParallelMap {
  /// `transform` of each element of `values`, computed concurrently, in the order of `values`.
  public static func map<Value: Sendable, Result: Sendable>(
    _ values: [Value], _ transform: @Sendable (Value) -> Result
  ) -> [Result] {
    guard values.count > 1 else { return values.map(transform) }
    var results = [Result?](repeating: nil, count: values.count)
    results.withUnsafeMutableBufferPointer { buffer in
      // Each iteration writes only its own slot, so the writes never overlap.
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: values.count) { i in
        slots[i] = transform(values[i])
      }
    }
    return results.map { $0! }
  }

  /// Calls `body` with `transform` of each element of `values`, in order, mapping a batch at a time so
  /// that memory holds one batch of results, not all of them.
  ///
  /// - Parameters:
  ///   - values: what to map.
  ///   - batchSize: how many values are mapped together.
  ///   - transform: called concurrently.
  ///   - body: receives each result on the calling thread.
  /// - Throws: whatever `body` throws; the remaining values are then not mapped.
  public static func forEach<Value: Sendable, Result: Sendable>(
    _ values: [Value], batchSize: Int = ParallelMap.batchSize, transform: @Sendable (Value) -> Result,
    _ body: (Result) throws -> Void
  ) rethrows {
    var start = values.startIndex
    while start < values.endIndex {
      let end = min(start + max(1, batchSize), values.endIndex)
      for result in map(Array(values[start..<end]), transform) { try body(result) }
      start = end
    }
  }

  /// How many values make a batch: a few per core, so every core stays busy and memory stays small.
  public static let batchSize = max(1, ProcessInfo.processInfo.activeProcessorCount) * 16
}
