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
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      // (written straight into the array's storage: appending each scalar costs several times more)
      return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, written in
        written = 0
        var index = 0
        let end = bytes.count
        while index < end {
          // eight ASCII bytes at a time when none is a carriage return: told by their bits together
          if index + 8 <= end {
            let word = UnsafeRawPointer(bytes.baseAddress.unsafelyUnwrapped + index).loadUnaligned(as: UInt64.self)
            let returns = word ^ 0x0D0D_0D0D_0D0D_0D0D
            let hasReturn = (returns &- 0x0101_0101_0101_0101) & ~returns & 0x8080_8080_8080_8080 != 0
            if word & 0x8080_8080_8080_8080 == 0 && !hasReturn {
              for offset in 0..<8 { buffer[written + offset] = Unicode.Scalar(bytes[index + offset]) }
              index += 8
              written += 8
              continue
            }
          }
          let lead = UInt32(bytes[index])
          if lead < 0x80 {
            // the CR of a CRLF is dropped
            if lead != 0x0D || index + 1 == end || bytes[index + 1] != 0x0A {
              buffer[written] = Unicode.Scalar(UInt8(lead))
              written += 1
            }
            index += 1
            continue
          }
          let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
          var value = lead & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
          for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
          buffer[written] = Unicode.Scalar(value).unsafelyUnwrapped
          written += 1
          index += length
        }
      }
    }
  }
}
