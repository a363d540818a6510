import Foundation

/// Everything that can go wrong while reading articles. Each message names the file and the problem,
/// on one line, e.g. `notes/x.txt: line 3: invalid UTF-8 (byte 0xE9)`.
public enum SaysoCoreError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
  /// The file could not be read at all (permissions, I/O error); `reason` says why.
  case unreadable(path: String, reason: String)
  /// Nothing exists at the path.
  case missing(path: String)
  /// The path is neither a regular file nor a folder (a FIFO, a device, a socket): reading it could hang.
  case notRegularFile(path: String)
  /// A folder (searched recursively) holds no `.txt` or `.md` file that is not hidden.
  case noArticles(path: String)
  /// The file has zero bytes.
  case emptyFile(path: String)
  /// The file holds only white space (or a byte-order mark, or front matter and nothing after it).
  case noText(path: String)
  /// The file contains a NUL byte, so it is binary rather than text; `offset` is the byte offset of the first.
  case binary(path: String, offset: Int)
  /// The file starts with a UTF-16 byte-order mark; only UTF-8 is read.
  case utf16(path: String)
  /// The bytes are not valid UTF-8; `line` counts from 1 and `byte` is the first offending byte.
  case invalidUTF8(path: String, line: Int, byte: UInt8)
  /// The file is larger than the loader's limit (both in bytes); it is refused before it is read.
  case tooLarge(path: String, size: Int, limit: Int)
  /// The file's name is not valid UTF-8, so sayso cannot name it in its index, JSON or bookmarks;
  /// `path` shows the invalid bytes as `\xNN`.
  case invalidFileName(path: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .missing(let path): "\(path): no such file or folder"
    case .notRegularFile(let path): "\(path): not a regular file or folder"
    case .noArticles(let path): "\(path): no .txt or .md articles in this folder"
    case .emptyFile(let path): "\(path): empty file"
    case .noText(let path): "\(path): no article text (only white space or front matter)"
    case .binary(let path, let offset):
      "\(path): binary file (NUL byte at offset \(offset)), not an article"
    case .utf16(let path): "\(path): UTF-16 text is not supported; save the file as UTF-8"
    case .invalidUTF8(let path, let line, let byte):
      "\(path): line \(line): invalid UTF-8 (byte 0x\(Self.hex(byte)))"
    case .tooLarge(let path, let size, let limit):
      "\(path): file too large (\(Self.megabytes(size)); the limit is \(Self.megabytes(limit)))"
    case .invalidFileName(let path): "\(path): the file name is not valid UTF-8; rename it to read it"
    }
  }

  public var errorDescription: String? { description }

  /// The path of the file or folder the error is about.
  public var path: String {
    switch self {
    case .unreadable(let path, _), .missing(let path), .notRegularFile(let path),
      .noArticles(let path),
      .emptyFile(let path), .noText(let path), .binary(let path, _), .utf16(let path),
      .invalidUTF8(let path, _, _), .tooLarge(let path, _, _), .invalidFileName(let path):
      path
    }
  }

  /// Two upper-case hex digits, e.g. `E9`.
  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
  }

  /// Decimal megabytes with one decimal, e.g. `52.4 MB`.
  private static func megabytes(_ bytes: Int) -> String {
    let tenths = (bytes + 50_000) / 100_000
    return "\(tenths / 10).\(tenths % 10) MB"
  }
}
