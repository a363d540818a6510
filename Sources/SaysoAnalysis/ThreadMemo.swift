/// A function of a string, worked out once a thread for each string and remembered there (`ThreadLocal`):
/// the forms of names and roles that a corpus gives again and again (`RoleForm`, `OrganisationName`, a
/// name's gender), which the analyses of a corpus ask on every core at once. A thread keeps up to 4,096
/// strings, then starts again: the names of a long run of articles are mostly new.
final class ThreadMemo<Value>: Sendable {
  private let memos: ThreadLocal<Memo>
  private let make: @Sendable (String) -> Value

  init(_ make: @escaping @Sendable (String) -> Value) {
    self.make = make
    memos = ThreadLocal { Memo() }
  }

  /// `make(key)`, worked out once a thread.
  func callAsFunction(_ key: String) -> Value {
    let memo = memos.value
    let hash = Memo.hash(key)
    if let known = memo.value(of: key, hash: hash) { return known }
    let value = make(key)
    memo.keep(value, for: key, hash: hash)
    return value
  }

  /// What a thread has worked out, by string: an open-addressing table keyed by an FNV-1a hash of the
  /// string's UTF-8, as `KeyTable` is, where a `Dictionary` hashes a string with SipHash (a look-up cost
  /// about a thousand instructions). Pointers, not arrays: a class's array property is checked for
  /// exclusive access at every read.
  final class Memo {
    /// Strings kept before the table starts again, and its slots: twice as many, a power of two.
    static var limit: Int { 4096 }
    private static var slotCount: Int { 8192 }

    /// The hash of each slot's string (0 for an empty slot), the string, and its value.
    private let hashes: UnsafeMutablePointer<UInt64>
    private let keys: UnsafeMutablePointer<String>
    private let values: UnsafeMutablePointer<Value?>
    private var count = 0

    init() {
      hashes = .allocate(capacity: Self.slotCount)
      hashes.initialize(repeating: 0, count: Self.slotCount)
      keys = .allocate(capacity: Self.slotCount)
      keys.initialize(repeating: "", count: Self.slotCount)
      values = .allocate(capacity: Self.slotCount)
      values.initialize(repeating: nil, count: Self.slotCount)
    }

    deinit {
      hashes.deallocate()
      keys.deinitialize(count: Self.slotCount)
      keys.deallocate()
      values.deinitialize(count: Self.slotCount)
      values.deallocate()
    }

    /// The FNV-1a hash of `key`'s UTF-8, never 0 (which marks an empty slot).
    static func hash(_ key: String) -> UInt64 {
      func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { fnv1a(bytes) | 1 }
      // (on the string's own UTF-8, with no copy; a string bridged from Foundation has none and is copied)
      return key.utf8.withContiguousStorageIfAvailable(hash) ?? Array(key.utf8).withUnsafeBufferPointer(hash)
    }

    /// The slot that holds `key` (whose hash is `hash`), or the empty slot where it would go.
    private func slot(of key: String, hash: UInt64) -> Int {
      let mask = Self.slotCount - 1
      var slot = Int(truncatingIfNeeded: hash) & mask
      while hashes[slot] != 0 && !(hashes[slot] == hash && keys[slot] == key) { slot = (slot + 1) & mask }
      return slot
    }

    /// The value kept for `key`, if any.
    func value(of key: String, hash: UInt64) -> Value? {
      values[slot(of: key, hash: hash)]
    }

    /// Keeps `value` for `key`, after emptying the table when it holds `limit` strings.
    func keep(_ value: Value, for key: String, hash: UInt64) {
      if count >= Self.limit {
        for slot in 0..<Self.slotCount where hashes[slot] != 0 {
          hashes[slot] = 0
          keys[slot] = ""
          values[slot] = nil
        }
        count = 0
      }
      // (the slot is found again: working the value out may have kept others)
      let slot = slot(of: key, hash: hash)
      if hashes[slot] == 0 { count += 1 }
      hashes[slot] = hash
      keys[slot] = key
      values[slot] = value
    }
  }
}
