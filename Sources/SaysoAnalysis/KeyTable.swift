/// A read-mostly table from name keys to values, for the long lists of `data/` (tens of thousands of
/// names): the keys' UTF-8 bytes sit in one buffer, slots are found by an FNV-1a hash with linear
/// probing. Built in a few milliseconds, where a `Set<String>` of the same names takes ten times longer.
struct KeyTable<Value: Sendable>: Sendable {
  private var bytes: [UInt8] = []
  /// Start of each key in `bytes`; key `k` ends where key `k + 1` starts.
  private var starts: [Int32] = [0]
  private var values: [Value] = []
  /// 0 for an empty slot, else 1 + the key's number.
  private var slots: [Int32]
  private var mask: Int

  /// An empty table for about `capacity` keys.
  init(capacity: Int) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: 0, count: size)
    mask = size - 1
    bytes.reserveCapacity(capacity * 8)
    starts.reserveCapacity(capacity + 1)
    values.reserveCapacity(capacity)
  }

  var count: Int { values.count }

  @inline(__always) private static func hash<C: Collection>(_ key: C) -> Int where C.Element == UInt8 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in key { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  /// The slot that holds `key`, or the empty slot where it would go.
  private func slot<C: Collection>(of key: C) -> Int where C.Element == UInt8 {
    var i = Self.hash(key) & mask
    while slots[i] != 0 {
      let k = Int(slots[i] - 1)
      let stored = bytes[Int(starts[k])..<Int(starts[k + 1])]
      if stored.count == key.count && stored.elementsEqual(key) { return i }
      i = (i + 1) & mask
    }
    return i
  }

  /// Adds `key` with `value`, or lets `merge` combine it with the value already there.
  mutating func insert<C: Collection>(
    _ key: C, _ value: Value, merge: (Value, Value) -> Value = { old, _ in old }
  ) where C.Element == UInt8 {
    if values.count * 2 >= slots.count { grow() }
    let i = slot(of: key)
    if slots[i] != 0 {
      let k = Int(slots[i] - 1)
      values[k] = merge(values[k], value)
      return
    }
    bytes.append(contentsOf: key)
    starts.append(Int32(bytes.count))
    values.append(value)
    slots[i] = Int32(values.count)
  }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    mask = slots.count - 1
    for k in values.indices {
      var i = Self.hash(bytes[Int(starts[k])..<Int(starts[k + 1])]) & mask
      while slots[i] != 0 { i = (i + 1) & mask }
      slots[i] = Int32(k + 1)
    }
  }

  subscript(key: String) -> Value? {
    var key = key
    return key.withUTF8 { utf8 in
      let i = slot(of: utf8)
      return slots[i] == 0 ? nil : values[Int(slots[i] - 1)]
    }
  }

  func contains(_ key: String) -> Bool { self[key] != nil }

  /// Every key with its value, in insertion order.
  var entries: [(key: String, value: Value)] {
    values.indices.map { k in
      (String(decoding: bytes[Int(starts[k])..<Int(starts[k + 1])], as: UTF8.self), values[k])
    }
  }
}
