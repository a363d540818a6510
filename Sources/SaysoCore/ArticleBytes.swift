import Foundation

/// Checks the bytes of an article file and decodes them, refusing what is not text.
///
/// UTF-8 is read in one pass over the bytes, no copies besides the decoded string. The text is the file
/// as Python reads it in text mode, so that offsets agree with Python string indices (and with the
/// scorer): a UTF-8 byte-order mark is kept (U+FEFF at scalar offset 0), and a "\r\n" reads as "\n", one
/// scalar. A lone "\r" ends a line as Python's universal newlines do, and is one scalar there too, so it
/// stays in the text as it is (the model never rewrites text; rendering shows it as a line break).
/// A file with a UTF-16 byte-order mark is read as UTF-16 (without the mark); a file that is not valid
/// UTF-8 is read as Windows-1252 (the legacy encoding of Western European news sites and Windows
/// editors; its five unassigned bytes read as the C1 controls of the same number, as Latin-1 has them),
/// and the article says so (`Article.encoding`).
enum ArticleBytes {
  /// The decoded text of `data`, or the error that says why it is not an article.
  ///
  /// - Throws: `SaysoCoreError.emptyFile` or `.binary`, naming `path`.
  static func decode(_ data: Data, path: String) throws(SaysoCoreError) -> String {
    try decodeNamingEncoding(data, path: path).text
  }

  /// The decoded text of `data` and the encoding it was read in.
  ///
  /// - Throws: `SaysoCoreError.emptyFile` or `.binary`, naming `path`.
  static func decodeNamingEncoding(_ data: Data, path: String) throws(SaysoCoreError) -> (
    text: String, encoding: TextEncoding
  ) {
    if let decoded = try decodedIfNotUTF8(data, path: path) { return decoded }
    guard containsCarriageReturn(data) else { return (String(decoding: data, as: UTF8.self), .utf8) }
    let scalars = utf8Scalars(data)
    return (scalars.string(0..<scalars.count), .utf8)
  }

  /// The text of `data` and its encoding when it is UTF-16 or not valid UTF-8 (read as Windows-1252),
  /// with universal newlines; nil for valid UTF-8, which the caller decodes as it needs.
  ///
  /// - Throws: `SaysoCoreError.emptyFile` or `.binary`, naming `path`.
  static func decodedIfNotUTF8(_ data: Data, path: String) throws(SaysoCoreError) -> (
    text: String, encoding: TextEncoding
  )? {
    if data.isEmpty { throw .emptyFile(path: path) }
    let problem: SaysoCoreError? = data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      if bytes.count >= 2
        && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
      {
        return .utf16(path: path)
      }
      if let base = bytes.baseAddress, let nul = memchr(base, 0, bytes.count) {
        return .binary(
          path: path, offset: base.distance(to: nul.assumingMemoryBound(to: UInt8.self)))
      }
      guard let bad = firstInvalidUTF8(bytes) else { return nil }
      var line = 1
      for i in 0..<bad where bytes[i] == 0x0A { line += 1 }
      return .invalidUTF8(path: path, line: line, byte: bytes[bad])
    }
    switch problem {
    case .utf16:
      guard let text = String(data: data, encoding: .utf16) else { throw .utf16(path: path) }
      let body = text.unicodeScalars.first?.value == 0xFEFF ? String(text.unicodeScalars.dropFirst()) : text
      return (universalNewlines(body), .utf16)
    case .invalidUTF8:
      return (universalNewlines(windows1252(data)), .windows1252)
    case .some(let problem):
      throw problem
    case nil:
      break
    }
    return nil
  }

  /// `data` read as Windows-1252: Latin-1, except 0x80–0x9F, which Foundation's Windows-1252 table maps
  /// ("€", "“", "—"…); its five unassigned bytes stay the C1 controls of the same number. Decoded byte by
  /// byte because Foundation refuses a whole text that holds an unassigned byte.
  static func windows1252(_ data: Data) -> String {
    var out = String.UnicodeScalarView()
    for byte in data {
      if (0x80...0x9F).contains(byte) {
        out.append(windows1252High[Int(byte - 0x80)])
      } else {
        out.append(Unicode.Scalar(byte))
      }
    }
    return String(out)
  }

  /// What Foundation's Windows-1252 gives for 0x80…0x9F.
  private static let windows1252High: [Unicode.Scalar] = (0x80...0x9F).map { (byte: UInt8) in
    String(data: Data([byte]), encoding: .windowsCP1252)?.unicodeScalars.first ?? Unicode.Scalar(byte)
  }

  /// `text` with each "\r\n" as "\n" (a lone "\r" stays).
  static func universalNewlines(_ text: String) -> String {
    guard text.unicodeScalars.contains("\r") else { return text }
    // "\r\n" -> "\n"; a lone "\r" is kept, as for UTF-8.
    var out = String.UnicodeScalarView()
    var previousWasCR = false
    for c in text.unicodeScalars {
      if c == "\n" && previousWasCR { out.removeLast() }
      out.append(c)
      previousWasCR = c == "\r"
    }
    return String(out)
  }


  /// The offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
  /// surrogates and code points past U+10FFFF are refused, as Python's strict decoder does), or nil.
  static func firstInvalidUTF8(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
    let n = b.count
    var i = 0
    while i < n {
      // eight ASCII bytes at a time, told by their high bits together: most text is ASCII
      if i + 8 <= n, let base = b.baseAddress,
        UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
      {
        i += 8
        continue
      }
      let c = b[i]
      if c < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80  // allowed range of the second byte
      var high: UInt8 = 0xBF
      switch c {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return i
      }
      guard i + length <= n, b[i + 1] >= low, b[i + 1] <= high else { return i }
      var k = 2
      while k < length {
        guard b[i + k] & 0xC0 == 0x80 else { return i }
        k += 1
      }
      i += length
    }
    return nil
  }
}
