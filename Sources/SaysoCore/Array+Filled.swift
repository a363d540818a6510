extension Array {
  /// An array of `count` copies of `value`: what `Array(repeating:count:)` makes, allocated by code
  /// specialised for the element type.
  ///
  /// `Array(repeating:count:)` allocates through a standard-library function that is never specialised
  /// (it is not inlinable), so each call asks the runtime's metadata cache for the storage class of the
  /// element type, about 450 instructions: more than the allocation itself. Reserving room in an empty
  /// array is specialised and finds that class in a cache of its own. The analysis makes several such
  /// arrays for each paragraph and article, most of them small.
  /// An empty array allocates nothing (reserving room in it would allocate a buffer of its own).
  @inlinable public init(filledWith value: Element, count: Int) {
    self.init()
    guard count > 0 else { return }
    reserveCapacity(count)
    append(contentsOf: repeatElement(value, count: count))
  }
}
