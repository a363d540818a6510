/// A deterministic random number generator (SplitMix64): the same seed gives the same corpus everywhere.
///
/// Shared by the benchmarks that generate corpora (`sayso-bench`, `sayso-store-bench`) and the seeded
/// fuzz tests, so that a failing seed replays anywhere.
public struct SeededRandom: RandomNumberGenerator {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<n` (0 when `n` is not positive).
  public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }

  /// One element of `list`.
  public mutating func pick<T>(_ list: [T]) -> T { list[Int(next() % UInt64(list.count))] }

  /// A number in `range`.
  public mutating func number(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }
}
