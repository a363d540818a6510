/// The strings and word facts of the ASCII words a thread has tokenized lately, so that a word seen
/// before costs a look-up instead of two new Strings (its text and its lower case, which its tokens then
/// share: `TokenStrings`), a hash of the word lists' table and a test of its possessive ending: news
/// repeats its words ("the", "said", the names of the day), and most tokens are words met before.
///
/// One cache a thread (`ThreadLocal`), reached once a paragraph. What a word's entry holds is computed
/// from its letters alone (`Token.init`), so a token made from the cache is the token made without it.
/// The strings of its entries, like those of every token, belong to its current `TokenStringPool`.
final class WordCache {
  /// What `Token.init` computes of a word from its letters.
  struct Entry {
    /// Owned by the cache's current pool (not retained).
    var strings: Unmanaged<TokenStrings>
    var classes: WordClass
    var isPossessive: Bool
  }

  /// Words are keyed by their letters packed into two 64-bit words, so only words of up to 16 ASCII
  /// letters are kept (nearly all: "administration" has 14); a letter is never the zero byte, so the
  /// zero padding tells the length.
  static let maximumLength = 16
  /// Slots, one word each (a word that hashes to a taken slot replaces the one there): some 65,000, about
  /// 2.6 MB a thread. Wikinews's 296 articles hold some 19,000 distinct words: with 16,384 slots, words that
  /// shared a slot put each other out, and a second pass over them made 27,000 of its 215,000 words anew;
  /// with these, 13,000 (words past ASCII or 16 letters, mostly).
  private static let slotBits = 16
  private static let slotCount = 1 << slotBits

  /// The packed letters of each slot's word (`low` 0 for an empty slot), and its entry. Pointers, not
  /// arrays: a class's array property is checked for exclusive access at every read.
  private let lows: UnsafeMutablePointer<UInt64>
  private let highs: UnsafeMutablePointer<UInt64>
  private let entries: UnsafeMutablePointer<Entry>
  /// The pool that owns the strings of the entries, and of the tokens made since it was started.
  private var pool = TokenStringPool()
  /// The strings of an empty slot.
  private static let noStrings = TokenStrings("")

  private init() {
    lows = .allocate(capacity: Self.slotCount)
    lows.initialize(repeating: 0, count: Self.slotCount)
    highs = .allocate(capacity: Self.slotCount)
    highs.initialize(repeating: 0, count: Self.slotCount)
    entries = .allocate(capacity: Self.slotCount)
    entries.initialize(
      repeating: Entry(strings: .passUnretained(Self.noStrings), classes: [], isPossessive: false),
      count: Self.slotCount)
  }

  /// The pool that is to own the strings of a paragraph's new tokens: the current one, unless it is full,
  /// when the cache is emptied (its entries' strings are the full pool's) and a new pool started. Asked
  /// once a paragraph, so that all of a paragraph's tokens share one pool.
  func poolForParagraph() -> TokenStringPool {
    if pool.isFull {
      lows.update(repeating: 0, count: Self.slotCount)
      highs.update(repeating: 0, count: Self.slotCount)
      pool = TokenStringPool()
    }
    return pool
  }

  deinit {
    lows.deallocate()
    highs.deallocate()
    entries.deinitialize(count: Self.slotCount)
    entries.deallocate()
  }

  /// The slot of the word whose packed letters are `low` and `high`.
  @inline(__always) private static func slot(_ low: UInt64, _ high: UInt64) -> Int {
    // (a multiplicative hash of both halves: the top bits mix every letter)
    let mixed = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
    return Int(truncatingIfNeeded: mixed >> UInt64(64 - slotBits))
  }

  /// The entry of the word whose packed letters are `low` and `high`, if the cache holds it: read in
  /// place, so that a token copies its strings once.
  @inline(__always) func entry(_ low: UInt64, _ high: UInt64) -> UnsafePointer<Entry>? {
    let slot = Self.slot(low, high)
    guard lows[slot] == low && highs[slot] == high else { return nil }
    return UnsafePointer(entries + slot)
  }

  /// Keeps `entry` for the word whose packed letters are `low` and `high`.
  @inline(__always) func keep(_ entry: Entry, _ low: UInt64, _ high: UInt64) {
    let slot = Self.slot(low, high)
    lows[slot] = low
    highs[slot] = high
    entries[slot] = entry
  }

  /// The calling thread's cache.
  static func forThisThread() -> WordCache { caches.value }

  private static let caches = ThreadLocal { WordCache() }
}
