/// A JSON value whose object keys keep the order they were given in, so output reads in schema order.
///
/// Serializing escapes every control character (C0, DEL, C1) and the line separators U+2028/U+2029 as
/// `\uXXXX`: the JSON stays exact, and nothing in it can drive a terminal it is printed to.
public enum JSONValue: Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONValue])
  /// An object's members, in order.
  case members([(key: String, value: JSONValue)])

  /// An object written as a literal: `.object(["path": .string(p), "paragraph": .int(n)])`.
  public static func object(_ members: KeyValuePairs<String, JSONValue>) -> JSONValue {
    .members(members.map { ($0.key, $0.value) })
  }

  /// A string, or `null` when there is none.
  public static func string(orNull text: String?) -> JSONValue {
    text.map(JSONValue.string) ?? .null
  }

  /// A number, or `null` when there is none.
  public static func int(orNull number: Int?) -> JSONValue {
    number.map(JSONValue.int) ?? .null
  }

  /// The compact JSON text of the value.
  public var serialized: String {
    var out: [UInt8] = []
    out.reserveCapacity(4096)
    write(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  func write(to out: inout some JSONBytes) {
    switch self {
    case .null: out.append("null")
    case .bool(let value): out.append(value ? "true" : "false")
    case .int(let number): Self.write(number, to: &out)
    case .string(let text): Self.write(text, to: &out)
    case .array(let elements):
      out.append(UInt8(ascii: "["))
      for (i, element) in elements.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        element.write(to: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .members(let members):
      out.append(UInt8(ascii: "{"))
      for (i, member) in members.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        Self.write(member.key, to: &out)
        out.append(UInt8(ascii: ":"))
        member.value.write(to: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  /// Writes `number` in decimal, as `String(number)` spells it, without making the String.
  static func write(_ number: Int, to out: inout some JSONBytes) {
    // (20 bytes hold any Int: 19 digits and a sign)
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var magnitude = number.magnitude
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = UInt8(truncatingIfNeeded: 48 + magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      if number < 0 {
        start -= 1
        digits[start] = UInt8(ascii: "-")
      }
      out.append(UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }

  /// Writes `text` as a JSON string, copying UTF-8 in runs and escaping only what must be.
  static func write(_ text: String, to out: inout some JSONBytes) {
    var text = text
    out.append(UInt8(ascii: "\""))
    text.withUTF8 { bytes in
      var runStart = 0
      var i = 0
      while i < bytes.count {
        // most bytes need nothing: skipped in a tight loop
        i = plainRunEnd(bytes, from: i)
        guard i < bytes.count else { break }
        let byte = bytes[i]
        let escaped: String?
        let length: Int
        switch byte {
        case UInt8(ascii: "\""): (escaped, length) = ("\\\"", 1)
        case UInt8(ascii: "\\"): (escaped, length) = ("\\\\", 1)
        case UInt8(ascii: "\n"): (escaped, length) = ("\\n", 1)
        case UInt8(ascii: "\r"): (escaped, length) = ("\\r", 1)
        case UInt8(ascii: "\t"): (escaped, length) = ("\\t", 1)
        case 0x00..<0x20, 0x7F: (escaped, length) = (unicodeEscape(UInt32(byte)), 1)
        // C1 controls U+0080–U+009F are C2 80 … C2 9F in UTF-8.
        case 0xC2 where i + 1 < bytes.count && (0x80...0x9F).contains(bytes[i + 1]):
          (escaped, length) = (unicodeEscape(UInt32(bytes[i + 1])), 2)
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
        case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
          (escaped, length) = (unicodeEscape(bytes[i + 2] == 0xA8 ? 0x2028 : 0x2029), 3)
        // The bidirectional controls (U+200E/F, U+202A–U+202E, U+2066–U+2069: E2 80 8E … E2 81 A9, and
        // U+061C: D8 9C) are escaped too, so JSON on a terminal cannot reorder what is shown.
        case 0xE2
        where i + 2 < bytes.count
          && ((bytes[i + 1] == 0x80
            && (bytes[i + 2] == 0x8E || bytes[i + 2] == 0x8F || (0xAA...0xAE).contains(bytes[i + 2])))
            || (bytes[i + 1] == 0x81 && (0xA6...0xA9).contains(bytes[i + 2]))):
          (escaped, length) = (
            unicodeEscape(0x2000 + UInt32(bytes[i + 1] & 0x3F) << 6 + UInt32(bytes[i + 2] & 0x3F)), 3
          )
        case 0xD8 where i + 1 < bytes.count && bytes[i + 1] == 0x9C:
          (escaped, length) = (unicodeEscape(0x061C), 2)
        default: (escaped, length) = (nil, 1)
        }
        if let escaped {
          out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
          out.append(escaped)
          runStart = i + length
        }
        i += length
      }
      out.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
    out.append(UInt8(ascii: "\""))
  }

  /// Whether `byte` is written as it is whatever follows it: printable ASCII but the quote and the
  /// backslash, and every byte that cannot open an escaped sequence (continuation bytes, lead bytes
  /// other than C2, D8, E2).
  @inline(__always) private static func isPlain(_ byte: UInt8) -> Bool {
    byte &- 0x20 < 0x5F
      ? byte != 0x22 && byte != 0x5C
      : byte >= 0x80 && byte != 0xC2 && byte != 0xD8 && byte != 0xE2
  }

  /// The end of the run of bytes from `start` that are written as they are (`isPlain`): eight at a time
  /// while they are plain ASCII, else one by one.
  @inline(__always) private static func plainRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    guard let base = bytes.baseAddress else { return start }
    let raw = UnsafeRawPointer(base)
    var i = start
    while i < bytes.count {
      if i + 8 <= bytes.count && isPlainASCII(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) {
        i += 8
        continue
      }
      // a word with a byte to look at: its bytes one by one
      let wordEnd = min(i + 8, bytes.count)
      while i < wordEnd && isPlain(bytes[i]) { i += 1 }
      if i < wordEnd { return i }
    }
    return i
  }

  /// Whether the eight bytes of `word` are all written as they are and printable ASCII: none below 0x20
  /// or from 0x7F, none a quote or a backslash. (A byte below `n` sets its high bit in `(word - n × ones)
  /// & ~word`, a zero byte in `(word - ones) & ~word`, a byte from 0x7F in `word | (word + ones)`; bits
  /// may be set past such a byte, never when there is none.)
  @inline(__always) private static func isPlainASCII(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let quotes = word ^ (ones &* 0x22)
    let backslashes = word ^ (ones &* 0x5C)
    let flagged =
      ((word &- ones &* 0x20) & ~word) | (word | (word &+ ones)) | ((quotes &- ones) & ~quotes)
      | ((backslashes &- ones) & ~backslashes)
    return flagged & highs == 0
  }

  /// `\u` and four lower-case hex digits, e.g. `\u001b`.
  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
  }
}

/// Where JSON text is written: a byte array, or stdout (`StandardOutput`).
protocol JSONBytes {
  mutating func append(_ byte: UInt8)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>)
}

extension JSONBytes {
  /// Appends the UTF-8 of `text`.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }
}

extension [UInt8]: JSONBytes {
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}
