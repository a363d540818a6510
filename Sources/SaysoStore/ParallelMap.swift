import Dispatch
import Foundation

/// Maps a batch of values on every core, keeping their order.
enum ParallelMap {
  /// `transform` of each element of `values`, computed concurrently, in the order of `values`.
  static func map<Value: Sendable, Result: Sendable>(
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

  /// How many values make a batch: a few per core, so every core stays busy and memory stays small.
  static let batchSize = max(1, ProcessInfo.processInfo.activeProcessorCount) * 16
}
