/// The files of the package's `data/` folder (name lists, gazetteers, lexicons), embedded at build
/// time by the EmbedFiles plugin, which writes `textFiles`: each file's UTF-8 text as a string literal
/// that lies in the program's read-only data and is read in place, never decoded nor copied.
///
/// Every file starts with `#` lines giving its provenance, licence and the script that regenerates
/// it; the rest is one entry per line.
enum EmbeddedData {
  /// The names of the embedded files, in the order of the folder's listing.
  static var names: [String] { textFiles.map { $0.name.description } }

  /// Calls `body` with the bytes of the data file `name`; a file that is not embedded has none.
  static func withBytes<Result>(of name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    guard let file = textFiles.first(where: { $0.name.description == name }) else {
      return body(UnsafeBufferPointer(start: nil, count: 0))
    }
    return file.text.withUTF8Buffer(body)
  }

  /// The entries of the data file `name` (e.g. "surnames.txt"): its lines without the `#` header and
  /// without blank lines, in file order. A file that is not embedded has no entries.
  static func entries(of name: String) -> [Substring] {
    var lines: [Substring] = []
    forEachEntry(of: name) { lines.append(Substring(String(decoding: $0, as: UTF8.self))) }
    return lines
  }

  /// Calls `body` with the bytes of each entry of the data file `name` (a line without its newline),
  /// skipping the `#` header and blank lines: the fast way through the long name lists.
  static func forEachEntry(of name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    withBytes(of: name) { all in
      var start = 0
      while start < all.count {
        let end = newline(in: all, from: start)
        if end > start && all[start] != 0x23 {  // 0x23: "#"
          body(UnsafeBufferPointer(rebasing: all[start..<end]))
        }
        start = end + 1
      }
    }
  }

  /// Calls `body` with each key of the name list `name` that the build made (`keyedFiles`: its entries'
  /// keys, ASCII lower-cased and the rest `nameKey`'s form, each once, in the order first met); a list
  /// that is not keyed has none.
  static func forEachKey(of name: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    guard let file = keyedFiles.first(where: { $0.name.description == name }) else { return }
    file.keys.withUTF8Buffer { keys in
      var start = 0
      while start < keys.count {
        let end = newline(in: keys, from: start)
        body(UnsafeBufferPointer(rebasing: keys[start..<end]))
        start = end + 1
      }
    }
  }

  /// The index of the first newline of `bytes` from `start`, or `bytes.count`: eight bytes at a time, where
  /// a newline sets the high bit of its byte in `(word - ones) & ~word` for `word` the bytes xor newlines
  /// (bytes after a newline may be set too, never before it); then byte by byte.
  @inline(__always) static func newline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    let raw = UnsafeRawPointer(base)
    var index = start
    while index + 8 <= bytes.count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) ^ 0x0A0A_0A0A_0A0A_0A0A
      let found = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
      if found != 0 { return index + found.trailingZeroBitCount / 8 }
      index += 8
    }
    while index < bytes.count && bytes[index] != 0x0A { index += 1 }
    return index
  }

  /// The `#` lines at the top of a data file: what it is, its provenance, licence and script.
  static func header(of name: String) -> String {
    withBytes(of: name) { String(decoding: $0, as: UTF8.self) }.split(separator: "\n").prefix { $0.hasPrefix("#") }
      .joined(separator: "\n")
  }

  /// The fields of `line` between ASCII `separator`s, as `split(separator:omittingEmptySubsequences:)` gives
  /// them: split on the UTF-8 bytes in place, where a split on Characters walks grapheme clusters (8M
  /// instructions for the noun list, at every start) and a split of the UTF-8 view slices it generically
  /// (2.5M).
  static func fields(_ line: Substring, separator: Unicode.Scalar, omittingEmpty: Bool = false) -> [String] {
    var line = line
    let separatorByte = UInt8(ascii: separator)
    return line.withUTF8 { bytes in
      var fields: [String] = []
      var start = 0
      for index in 0...bytes.count where index == bytes.count || bytes[index] == separatorByte {
        if !(omittingEmpty && index == start) {
          fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        }
        start = index + 1
      }
      return fields
    }
  }

  /// The entries of a file of `KEY<TAB>VALUE` lines.
  static func pairs(of name: String) -> [(key: Substring, value: Substring)] {
    entries(of: name).compactMap { line in
      guard let tab = line.firstIndex(of: "\t") else { return nil }
      return (line[..<tab], line[line.index(after: tab)...])
    }
  }
}
