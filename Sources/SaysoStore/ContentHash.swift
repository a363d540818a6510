import Foundation

/// A fingerprint of a file's bytes, to tell whether an article changed and to recognise a renamed one.
///
/// Two 64-bit FNV-1a hashes with different offsets, plus the length: 32 hex digits. Not cryptographic;
/// a collision would need two different versions of one article to agree on 128 bits and the length.
public struct ContentHash: Sendable, Hashable, CustomStringConvertible {
  /// The hash as lower-case hex digits followed by `-` and the byte count.
  public let description: String

  /// The hash of `bytes`.
  public init(_ bytes: UnsafeRawBufferPointer) {
    var a: UInt64 = 0xcbf2_9ce4_8422_2325
    var b: UInt64 = 0x8422_2325_cbf2_9ce4
    for byte in bytes {
      a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
      b = (b ^ UInt64(byte ^ 0x5A)) &* 0x0000_0100_0000_01B3
    }
    description = Self.hex(a) + Self.hex(b) + "-\(bytes.count)"
  }

  /// The hash of a file's bytes.
  public init(_ data: Data) {
    self = data.withUnsafeBytes { ContentHash($0) }
  }

  /// The hash of bytes held in an array.
  public init(_ bytes: [UInt8]) {
    self = bytes.withUnsafeBytes { ContentHash($0) }
  }

  /// Makes a hash from its stored text.
  public init(stored: String) {
    description = stored
  }

  private static func hex(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
