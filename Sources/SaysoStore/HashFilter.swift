/// A set of content hashes that may answer "maybe" for a hash never added, but never "no" for one
/// that was: a Bloom filter of fixed size (128 KB), however many hashes it holds.
///
/// An update fills it with the hashes of the articles whose path vanished, so that the threads reading
/// files can tell, without asking the database, whether a file may be one of them renamed. A "maybe" is
/// settled by an indexed query; with 100,000 hashes in it, about one file in a hundred gets a needless one.
struct HashFilter: Sendable {
  /// How many bits are set per hash.
  private static let probes = 4
  private var words: [UInt64]

  /// An empty filter of `bits` bits (a power of two).
  init(bits: Int = 1 << 20) {
    precondition(bits >= 64 && bits & (bits - 1) == 0, "a power of two")
    words = Array(repeating: 0, count: bits / 64)
  }

  /// Adds `hash` (a `ContentHash`'s text).
  mutating func insert(_ hash: String) {
    for bit in bits(of: hash) { words[bit >> 6] |= 1 << UInt64(bit & 63) }
  }

  /// False when `hash` was surely never added.
  func mayContain(_ hash: String) -> Bool {
    bits(of: hash).allSatisfy { words[$0 >> 6] & (1 << UInt64($0 & 63)) != 0 }
  }

  /// The bits of `hash`, by double hashing: `a + i·b` for i in 0..<probes.
  private func bits(of hash: String) -> [Int] {
    var hasher = Hasher()
    hasher.combine(hash)
    let value = UInt64(bitPattern: Int64(hasher.finalize()))
    let a = value & 0xFFFF_FFFF
    let b = (value >> 32) | 1
    let mask = UInt64(words.count * 64 - 1)
    return (0..<Self.probes).map { Int((a &+ UInt64($0) &* b) & mask) }
  }
}
