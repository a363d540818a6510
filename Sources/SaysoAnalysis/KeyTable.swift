/// A read-mostly table from name keys to values, for the long lists of `data/` (tens of thousands of
/// names): the keys' UTF-8 bytes sit in one buffer, slots are found by an FNV-1a hash with linear
/// probing. Built in a few milliseconds, where a `Set<String>` of the same names takes ten times longer;
/// the tables of the name lists whose keys the build made (`EmbeddedData.keyedFiles`) in one pass over
/// them.
struct KeyTable<Value: Sendable>: Sendable {
  /// The keys' bytes one after another, each followed by a newline (key `k` ends one byte before key
  /// `k + 1` starts), then room for more: a key is written there first and kept only if the table does
  /// not hold it yet.
  private var bytes: [UInt8]
  /// Start of each key in `bytes`, and the end of the last one's newline.
  private var starts: [Int32] = [0]
  private var values: [Value] = []
  /// 0 for an empty slot, else 1 + the key's number.
  private var slots: [Int32]
  private var mask: Int

  /// An empty table for about `capacity` keys.
  init(capacity: Int) {
    let size = Self.slotCount(for: capacity)
    slots = [Int32](repeating: 0, count: size)
    mask = size - 1
    bytes = [UInt8](repeating: 0, count: max(capacity * 8, 16))
    starts.reserveCapacity(capacity + 1)
    values.reserveCapacity(capacity)
  }

  /// The number of slots for `capacity` keys: a power of two, at least twice as many.
  private static func slotCount(for capacity: Int) -> Int {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    return size
  }

  /// The table of the name list `file` whose keys the build made: its distinct keys, each with the value
  /// `value` gives for the tab-separated values its entries gave the key (an empty buffer for a list of
  /// names alone). A file that is not embedded gives an empty table.
  init(keyedFile file: String, _ value: (UnsafeBufferPointer<UInt8>) -> Value) {
    guard let keyed = EmbeddedData.keyedFiles.first(where: { $0.name.description == file }) else {
      self.init(capacity: 0)
      return
    }
    let size = Self.slotCount(for: keyed.count)
    let mask = size - 1
    let bytes = keyed.keys.withUTF8Buffer { Array($0) }
    var starts = [Int32](repeating: 0, count: keyed.count + 1)
    var slots = [Int32](repeating: 0, count: size)
    var values: [Value] = []
    values.reserveCapacity(keyed.count)
    // (on the arrays' buffers, taken once: a write to an array checks its uniqueness and its bounds, and
    // the long lists hold some 100,000 keys, made at the start of every run)
    starts.withUnsafeMutableBufferPointer { starts in
      slots.withUnsafeMutableBufferPointer { slots in
        bytes.withUnsafeBufferPointer { keys in
          keyed.values.withUTF8Buffer { valueLines in
            var keyStart = 0
            var valueStart = 0
            for entry in 0..<keyed.count {
              // (the keys are distinct: each takes the first empty slot)
              let keyEnd = EmbeddedData.newline(in: keys, from: keyStart)
              var index = Self.hash(UnsafeBufferPointer(rebasing: keys[keyStart..<keyEnd])) & mask
              while slots[index] != 0 { index = (index + 1) & mask }
              slots[index] = Int32(entry + 1)
              keyStart = keyEnd + 1
              starts[entry + 1] = Int32(keyStart)
              guard !valueLines.isEmpty else {
                values.append(value(valueLines))
                continue
              }
              let valueEnd = EmbeddedData.newline(in: valueLines, from: valueStart)
              values.append(value(UnsafeBufferPointer(rebasing: valueLines[valueStart..<valueEnd])))
              valueStart = valueEnd + 1
            }
          }
        }
      }
    }
    self.init(bytes: bytes, starts: starts, values: values, slots: slots)
  }

  private init(bytes: [UInt8], starts: [Int32], values: [Value], slots: [Int32]) {
    self.bytes = bytes
    self.starts = starts
    self.values = values
    self.slots = slots
    mask = slots.count - 1
  }

  var count: Int { values.count }

  @inline(__always) private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
    let state = fnv1a(key)
    return Int(truncatingIfNeeded: state ^ (state >> 29))
  }

  /// The slot that holds `key`, or the empty slot where it would go. On the arrays' buffers, in one
  /// function: a slice of `bytes` for each key compared costs more than the comparison, and so does a
  /// closure for each buffer.
  @inline(__always) private static func slot(
    of key: UnsafeBufferPointer<UInt8>, bytes: UnsafePointer<UInt8>, starts: UnsafePointer<Int32>,
    slots: UnsafePointer<Int32>, mask: Int
  ) -> Int {
    var index = hash(key) & mask
    while slots[index] != 0 {
      let entry = Int(slots[index] - 1)
      let start = Int(starts[entry])
      if Int(starts[entry + 1]) - 1 - start == key.count {
        var offset = 0
        while offset < key.count && bytes[start + offset] == key[offset] { offset += 1 }
        if offset == key.count { return index }
      }
      index = (index + 1) & mask
    }
    return index
  }

  private func slot(of key: UnsafeBufferPointer<UInt8>) -> Int {
    bytes.withUnsafeBufferPointer { bytes in
      starts.withUnsafeBufferPointer { starts in
        slots.withUnsafeBufferPointer { slots in
          Self.slot(
            of: key, bytes: bytes.baseAddress.unsafelyUnwrapped, starts: starts.baseAddress.unsafelyUnwrapped,
            slots: slots.baseAddress.unsafelyUnwrapped, mask: mask)
        }
      }
    }
  }

  /// Adds `key` with `value`, or lets `merge` combine it with the value already there.
  mutating func insert(
    _ key: UnsafeBufferPointer<UInt8>, _ value: Value, merge: (Value, Value) -> Value = { old, _ in old }
  ) {
    let start = makeRoom(for: key.count)
    if let source = key.baseAddress {
      bytes.withUnsafeMutableBufferPointer { ($0.baseAddress! + start).update(from: source, count: key.count) }
    }
    addWrittenKey(count: key.count, value, merge: merge)
  }

  /// Where the next key's bytes go, with room for `count` of them and the newline after them.
  @inline(__always) private mutating func makeRoom(for count: Int) -> Int {
    let start = Int(starts[starts.count - 1])
    if start + count + 1 > bytes.count {
      bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, count + 1)))
    }
    return start
  }

  /// Keeps the key of `count` bytes written after the last one, with `value`, unless the table holds it:
  /// then `merge` combines the values.
  @inline(__always) private mutating func addWrittenKey(
    count: Int, _ value: Value, merge: (Value, Value) -> Value
  ) {
    if values.count * 2 >= slots.count { grow() }
    let start = Int(starts[starts.count - 1])
    let mask = mask
    let index = bytes.withUnsafeBufferPointer { bytes in
      starts.withUnsafeBufferPointer { starts in
        slots.withUnsafeBufferPointer { slots in
          let base = bytes.baseAddress.unsafelyUnwrapped
          return Self.slot(
            of: UnsafeBufferPointer(start: base + start, count: count), bytes: base,
            starts: starts.baseAddress.unsafelyUnwrapped, slots: slots.baseAddress.unsafelyUnwrapped, mask: mask)
        }
      }
    }
    if slots[index] != 0 {
      let entry = Int(slots[index] - 1)
      values[entry] = merge(values[entry], value)
      return
    }
    bytes[start + count] = 0x0A
    starts.append(Int32(start + count + 1))
    values.append(value)
    slots[index] = Int32(values.count)
  }

  private mutating func grow() {
    slots = [Int32](repeating: 0, count: slots.count * 2)
    mask = slots.count - 1
    bytes.withUnsafeBufferPointer { bytes in
      for entry in values.indices {
        let start = Int(starts[entry])
        var index = Self.hash(UnsafeBufferPointer(rebasing: bytes[start..<Int(starts[entry + 1]) - 1])) & mask
        while slots[index] != 0 { index = (index + 1) & mask }
        slots[index] = Int32(entry + 1)
      }
    }
  }

  subscript(key: String) -> Value? {
    // (on the key's own UTF-8, with no copy of the key, which `withUTF8` needs; a string bridged from
    // Foundation has none and is copied)
    let index =
      key.utf8.withContiguousStorageIfAvailable { slot(of: $0) }
      ?? Array(key.utf8).withUnsafeBufferPointer { slot(of: $0) }
    return slots[index] == 0 ? nil : values[Int(slots[index] - 1)]
  }

  func contains(_ key: String) -> Bool { self[key] != nil }

  /// Calls `body` with the bytes of every key and its value, in insertion order.
  func forEachEntry(_ body: (ArraySlice<UInt8>, Value) -> Void) {
    for entry in values.indices { body(bytes[Int(starts[entry])..<Int(starts[entry + 1]) - 1], values[entry]) }
  }

  /// Every key with its value, in insertion order.
  var entries: [(key: String, value: Value)] {
    values.indices.map { entry in
      (String(decoding: bytes[Int(starts[entry])..<Int(starts[entry + 1]) - 1], as: UTF8.self), values[entry])
    }
  }
}

/// A set of words asked only whether it holds a word: a `KeyTable` of them, where a look-up is an FNV-1a
/// hash and a comparison of bytes; a `Set<String>` hashes with SipHash and compares Strings, several times
/// the cost, for the word lists asked at every token.
typealias WordSet = KeyTable<Bool>

/// A small table written as a dictionary literal, for the lists asked at every word or name that map a
/// word to something (`CueFinder.extra`): a `Dictionary` hashes each word with SipHash.
extension KeyTable: ExpressibleByDictionaryLiteral {
  init(dictionaryLiteral pairs: (String, Value)...) {
    self.init(capacity: pairs.count)
    for (key, value) in pairs {
      var key = key
      key.withUTF8 { insert($0, value) }
    }
  }

  /// The keys, in insertion order.
  var keys: [String] { entries.map(\.key) }
}

extension KeyTable: ExpressibleByArrayLiteral where Value == Bool {
  init(arrayLiteral words: String...) { self.init(words) }

  /// The set of `words`.
  init(_ words: some Sequence<String>) {
    self.init(capacity: words.underestimatedCount)
    for word in words {
      var word = word
      word.withUTF8 { insert($0, true) }
    }
  }
}

/// The FNV-1a hash of `bytes`, by which the analysis's tables of strings file their keys (`KeyTable`,
/// `ThreadMemo`).
@inline(__always) func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
  var state: UInt64 = 0xcbf2_9ce4_8422_2325
  for byte in bytes { state = (state ^ UInt64(byte)) &* 0x100_0000_01b3 }
  return state
}
