/// The character encoding an article file was read in.
public enum TextEncoding: String, Sendable, Equatable {
  /// UTF-8, the encoding articles are expected in.
  case utf8 = "UTF-8"
  /// UTF-16, recognized by its byte-order mark.
  case utf16 = "UTF-16"
  /// Windows-1252, taken for a file that is not valid UTF-8.
  case windows1252 = "Windows-1252"

  /// The one-line notice for a file read in this encoding, or nil for UTF-8:
  /// `notes/bbc.txt: not UTF-8; read as Windows-1252`.
  public func notice(path: String) -> String? {
    switch self {
    case .utf8: nil
    case .utf16: "\(path): read as UTF-16 (it starts with a UTF-16 byte-order mark)"
    case .windows1252: "\(path): not valid UTF-8; read as Windows-1252"
    }
  }
}
