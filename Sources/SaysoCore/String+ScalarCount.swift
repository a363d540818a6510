extension String {
  /// The number of Unicode scalars, counted on the UTF-8 bytes in place: the bytes that do not go on with a
  /// scalar (`unicodeScalars.count` steps through the scalars, some 25 instructions each).
  public var unicodeScalarCountQuickly: Int {
    utf8.withContiguousStorageIfAvailable { [Unicode.Scalar].scalarCount(ofUTF8: $0) } ?? unicodeScalars.count
  }
}
