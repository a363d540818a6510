/// For the first token of each sentence of a paragraph, the first token of its content (past a dateline
/// or a dash): a 4-byte slot per token, read as `Int`.
struct ContentStarts {
  private var slots: [Int32]

  /// A table for `count` tokens, every slot 0.
  init(count: Int = 0) { slots = [Int32](filledWith: 0, count: count) }

  subscript(index: Int) -> Int {
    get { Int(slots[index]) }
    set { slots[index] = Int32(newValue) }
  }

  var count: Int { slots.count }
}
