/// A small, fixed table keyed by ASCII word keys (`[Unicode.Scalar].asciiKey`), asked at every word of a
/// block or a date: the keys sorted, a key found by a binary search. A `Set<UInt64>` or a `Dictionary`
/// hashes each key with SipHash, several times the cost of the few comparisons a table of some dozens of
/// words needs.
struct ASCIIKeyTable<Value: Sendable>: Sendable {
  private let keys: [UInt64]
  private let values: [Value]

  /// The table of `pairs`; of two pairs with one key, the later one's value is kept (as a dictionary
  /// assigned them in turn keeps it).
  init(_ pairs: [(UInt64, Value)]) {
    var byKey: [UInt64: Value] = [:]
    for (key, value) in pairs { byKey[key] = value }
    let sorted = byKey.sorted { $0.key < $1.key }
    keys = sorted.map(\.key)
    values = sorted.map(\.value)
  }

  /// The value of `key`, if the table holds it.
  subscript(key: UInt64) -> Value? {
    var low = 0
    var high = keys.count
    while low < high {
      let middle = (low + high) / 2
      if keys[middle] < key { low = middle + 1 } else { high = middle }
    }
    return low < keys.count && keys[low] == key ? values[low] : nil
  }

  func contains(_ key: UInt64) -> Bool { self[key] != nil }
}

extension ASCIIKeyTable where Value == Bool {
  /// The set of `keys`.
  init(keys: some Sequence<UInt64>) { self.init(keys.map { ($0, true) }) }
}
