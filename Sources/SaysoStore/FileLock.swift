import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An advisory lock on a file shared by every sayso process (`flock`), held until `unlock()`.
///
/// The store takes it around work that must not interleave between processes: creating a database
/// and migrating its schema, and bringing an index up to date (so two processes never analyse the same
/// corpus at once; the second waits, then finds the index current); the ingest commands take it around
/// their writes to the library and the subscriptions.
public final class FileLock {
  private var descriptor: Int32

  /// Opens (creating) `url` and waits until this process holds the exclusive lock on it.
  ///
  /// - Throws: `SaysoStoreError.readOnly` or `.diskFull` naming the folder, or `.cannotOpen`, when the
  ///   lock file cannot be created.
  public init(_ url: URL) throws(SaysoStoreError) {
    descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    if descriptor < 0 {
      let folder = url.deletingLastPathComponent().path
      switch errno {
      case EROFS, EACCES, EPERM: throw .readOnly(path: folder)
      case ENOSPC, EDQUOT: throw .diskFull(path: folder)
      default: throw .cannotOpen(path: url.path, reason: String(cString: strerror(errno)).lowercased())
      }
    }
    while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
  }

  /// Releases the lock.
  public func unlock() {
    guard descriptor >= 0 else { return }
    _ = flock(descriptor, LOCK_UN)
    close(descriptor)
    descriptor = -1
  }

  deinit { unlock() }

  /// Runs `body` while holding the lock on `url`; `url` nil runs it without a lock (in-memory stores).
  public static func withLock<T>(_ url: URL?, _ body: () throws -> T) throws -> T {
    guard let url else { return try body() }
    let lock = try FileLock(url)
    defer { lock.unlock() }
    return try body()
  }
}
