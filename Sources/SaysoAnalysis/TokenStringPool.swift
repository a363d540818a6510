/// The `TokenStrings` a thread's tokenizer made, kept alive together, so that tokens need not own theirs.
///
/// A token points at its strings without a reference count (an `Unmanaged` reference): making,
/// copying and freeing a paragraph's tokens then retains and releases nothing, where each token cost a
/// retain when made and a release when freed (on the wire files, 450,000 tokens for 12,000 strings made).
/// The strings are owned here instead: whatever keeps tokens keeps the pool they were made from
/// (`ParagraphText` does, `Tokenizer.tokenize` returns it beside them). The thread's `WordCache` holds
/// the pool it adds to and starts a new one past `capacity` strings; an old pool lives on as long as a
/// paragraph made from it.
///
/// Added to by one thread only, the one whose word cache holds it, and only while it is that cache's
/// current pool; read (through tokens) by any.
final class TokenStringPool: @unchecked Sendable {
  /// The strings made since the pool was started.
  private var strings: [TokenStrings] = []

  /// How many strings a pool keeps before the word cache starts another: some 64,000, a few megabytes.
  static let capacity = 1 << 16

  /// Whether the pool holds `capacity` strings or more.
  var isFull: Bool { strings.count >= Self.capacity }

  /// Keeps `made` alive as long as the pool, and returns it.
  @inline(__always) func keep(_ made: TokenStrings) -> TokenStrings {
    strings.append(made)
    return made
  }
}
