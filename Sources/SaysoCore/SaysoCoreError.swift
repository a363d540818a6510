/// Everything that can go wrong while reading articles. Each message names the file and the problem.
public enum SaysoCoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file could not be read at all.
  case unreadable(path: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    }
  }
}
