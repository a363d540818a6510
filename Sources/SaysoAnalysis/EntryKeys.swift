import SaysoCore

/// Makes the keys of data entries as `WorldKnowledge`'s tables hold them, on the entries' bytes: ASCII
/// lower-cased byte by byte; an entry with any other byte gets `nameKey`'s form (accents folded, runs
/// of white space as one space, none at the ends).
///
/// `nameKey` of a String costs thousands of instructions an entry (a String, its scalars, a folding
/// table look-up a scalar); the lists hold about 9,000 non-ASCII entries, most of the loading time.
/// Here each distinct non-ASCII scalar is folded once with `nameKey` and remembered, and an entry is
/// folded scalar by scalar into a reused buffer: the same bytes, as `EntryKeysTests` checks for every
/// entry of every list.
struct EntryKeys {
  /// The folded UTF-8 bytes of each non-ASCII scalar met so far: `nameKey` of the scalar alone.
  private var foldedScalars: [UInt32: [UInt8]] = [:]
  /// The same for scalars below `directScalars` (the letters of most names), found without hashing: where
  /// the scalar's folded bytes lie in `directBytes`, as `offset << 8 | count`, plus one; 0 for not yet met.
  private var directFolds = [UInt32](repeating: 0, count: Self.directScalars)
  private var directBytes: [UInt8] = []
  private static let directScalars = 0x3000

  /// The key of an entry with a non-ASCII byte, reused from one entry to the next.
  private var foldedBuffer: [UInt8] = []

  /// Writes `bytes` lower-cased (ASCII letters only) to `target`, which has room for them, and says
  /// whether they are all ASCII: then they are the entry's key. In one pass, for the long lists.
  @inline(__always)
  static func lowercaseASCII(_ bytes: UnsafeBufferPointer<UInt8>, to target: UnsafeMutablePointer<UInt8>) -> Bool {
    var high: UInt8 = 0
    for index in 0..<bytes.count {
      let byte = bytes[index]
      high |= byte
      target[index] = byte &- 65 < 26 ? byte + 32 : byte
    }
    return high < 0x80
  }

  /// Calls `body` with the key of `bytes` (one entry, UTF-8, not all ASCII), folded into a reused buffer.
  mutating func withFoldedKey<Result>(
    _ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) -> Result {
    var key = foldedBuffer  // moved out, so that `foldedKey` may change `self`
    foldedBuffer = []
    defer { foldedBuffer = key }
    foldedKey(bytes, into: &key)
    return key.withUnsafeBufferPointer(body)
  }

  /// Writes the key of `bytes` (one entry, UTF-8) into `buffer`, replacing what it held.
  mutating func key(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt8]) {
    buffer.removeAll(keepingCapacity: true)
    buffer.append(contentsOf: repeatElement(0, count: bytes.count))
    let isASCII = buffer.withUnsafeMutableBufferPointer { key in
      key.baseAddress.map { Self.lowercaseASCII(bytes, to: $0) } ?? true
    }
    if !isASCII { foldedKey(bytes, into: &buffer) }
  }

  /// `nameKey(String(decoding: bytes, as: UTF8.self))`, made scalar by scalar.
  private mutating func foldedKey(_ bytes: UnsafeBufferPointer<UInt8>, into buffer: inout [UInt8]) {
    buffer.removeAll(keepingCapacity: true)
    buffer.reserveCapacity(bytes.count * 2)
    var pendingSpace = false
    var index = 0
    while index < bytes.count {
      // an ASCII byte is its scalar; another scalar is parsed from its bytes, an invalid sequence read as
      // String(decoding:) repairs it
      let scalar: Unicode.Scalar
      if bytes[index] < 0x80 {
        scalar = Unicode.Scalar(bytes[index])
        index += 1
      } else {
        var parser = Unicode.UTF8.ForwardParser()
        var rest = UnsafeBufferPointer(rebasing: bytes[index...]).makeIterator()
        switch parser.parseScalar(from: &rest) {
        case .valid(let encoded):
          scalar = Unicode.UTF8.decode(encoded)
          index += encoded.count
        case .error(let length):
          scalar = "\u{FFFD}"
          index += length
        case .emptyInput: return
        }
      }
      if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}" {
        pendingSpace = !buffer.isEmpty
        continue
      }
      if pendingSpace {
        buffer.append(0x20)
        pendingSpace = false
      }
      if scalar.isASCII {
        let byte = UInt8(scalar.value)
        buffer.append(byte >= 65 && byte <= 90 ? byte + 32 : byte)
      } else if scalar.value < Self.directScalars {
        var fold = directFolds[Int(scalar.value)]
        if fold == 0 {
          let folded = nameKey(String(scalar)).utf8
          fold = UInt32(directBytes.count) << 8 | UInt32(folded.count) + 1
          directBytes.append(contentsOf: folded)
          directFolds[Int(scalar.value)] = fold
        }
        // (byte by byte: appending a slice of a few bytes costs more)
        let offset = Int(fold >> 8)
        for position in offset..<offset + Int((fold - 1) & 0xFF) { buffer.append(directBytes[position]) }
      } else if let folded = foldedScalars[scalar.value] {
        buffer.append(contentsOf: folded)
      } else {
        let folded = Array(nameKey(String(scalar)).utf8)
        foldedScalars[scalar.value] = folded
        buffer.append(contentsOf: folded)
      }
    }
  }
}
