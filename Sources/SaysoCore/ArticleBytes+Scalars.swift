import Foundation

/// A file's bytes straight to the Unicode scalars the article reader works on, without a whole-text
/// String in between: for a 20 MB file that String is 20 MB more held while the reader runs.
extension ArticleBytes {
  /// The scalars of `data` and the encoding it was read in.
  ///
  /// - Throws: `SaysoCoreError.emptyFile` or `.binary`, naming `path`.
  static func decodeScalarsNamingEncoding(_ data: Data, path: String) throws(SaysoCoreError) -> (
    scalars: [Unicode.Scalar], encoding: TextEncoding
  ) {
    if let decoded = try decodedIfNotUTF8(data, path: path) {
      var scalars: [Unicode.Scalar] = []
      scalars.reserveCapacity(decoded.text.unicodeScalars.count)
      scalars.append(contentsOf: decoded.text.unicodeScalars)
      return (scalars, decoded.encoding)
    }
    return (utf8Scalars(data), .utf8)
  }

  /// Whether `data` holds a carriage return (memchr, not a byte-by-byte walk).
  static func containsCarriageReturn(_ data: Data) -> Bool {
    data.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return false }
      return memchr(base, 0x0D, raw.count) != nil
    }
  }

  /// The scalars of valid UTF-8 `data`, in an array of exactly their number, with universal newlines:
  /// "\r\n" becomes "\n", a lone "\r" is kept.
  static func utf8Scalars(_ data: Data) -> [Unicode.Scalar] {
    data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      return [Unicode.Scalar].decodingUTF8(
        bytes, capacity: [Unicode.Scalar].scalarCount(ofUTF8: bytes), joiningCRLF: true)
    }
  }
}
