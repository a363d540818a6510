import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The names in a folder, read as bytes, so that a name that is not valid UTF-8 is told apart from the
/// others instead of being decoded with replacement characters into a path that does not exist.
public enum FolderListing {
  /// The entries of `folder` (without "." and ".."): the names that are valid UTF-8, and the others
  /// written with their invalid bytes as `\xNN` (`caf\xE9.txt`) for messages.
  ///
  /// - Throws: the `errno` of `opendir` when the folder cannot be listed.
  public static func names(in folder: String) throws -> (valid: [String], invalid: [String]) {
    guard let directory = opendir(folder) else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    defer { closedir(directory) }
    var valid: [String] = []
    var invalid: [String] = []
    while let entry = readdir(directory) {
      // (the name is read where it lies, up to its NUL: a record is only as long as its name, and copying
      // the field's full 256 bytes read past the end of the last record in readdir's buffer)
      let name = UnsafeRawPointer(entry).advanced(by: Self.nameOffset)
      let length = strlen(name.assumingMemoryBound(to: CChar.self))
      let bytes = Array(UnsafeBufferPointer(start: name.assumingMemoryBound(to: UInt8.self), count: length))
      if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
      if let name = String(validating: bytes, as: UTF8.self) {
        valid.append(name)
      } else {
        invalid.append(escaped(bytes))
      }
    }
    return (valid, invalid)
  }

  /// Where a directory entry's name starts in its record.
  static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

  /// `bytes` as text: valid UTF-8 as it is, every other byte as `\xNN` (upper-case hex).
  public static func escaped(_ bytes: [UInt8]) -> String {
    var out = ""
    var rest = bytes[...]
    while !rest.isEmpty {
      // The longest valid prefix, then one invalid byte.
      var end = rest.endIndex
      while end > rest.startIndex, String(validating: rest[rest.startIndex..<end], as: UTF8.self) == nil {
        end -= 1
      }
      if end > rest.startIndex {
        out += String(decoding: rest[rest.startIndex..<end], as: UTF8.self)
        rest = rest[end...]
      } else {
        let byte = rest.removeFirst()
        let hex = String(byte, radix: 16, uppercase: true)
        out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
      }
    }
    return out
  }

  /// The command-line arguments that are not valid UTF-8, each as Swift decodes it (with U+FFFD) and
  /// as `escaped(_:)` writes it, to name such a path in a message instead of "no such file".
  public static func invalidArguments() -> [(decoded: String, escaped: String)] {
    var found: [(String, String)] = []
    for n in 0..<Int(CommandLine.argc) {
      guard let pointer = CommandLine.unsafeArgv[n] else { continue }
      let bytes = Array(
        UnsafeBufferPointer(
          start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: strlen(pointer)))
      if String(validating: bytes, as: UTF8.self) == nil {
        found.append((String(decoding: bytes, as: UTF8.self), escaped(bytes)))
      }
    }
    return found
  }
}
