import Foundation

/// Results written by several threads, each into its own slot.
final class ResultSlots<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private var filled = 0
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  /// Stores `value` in slot `i`; returns how many slots are filled now.
  func set(_ i: Int, _ value: Value) -> Int {
    lock.withLock {
      slots[i] = value
      filled += 1
      return filled
    }
  }

  /// Every value, in slot order (after every slot was set).
  var values: [Value] { lock.withLock { slots.compactMap { $0 } } }
}
