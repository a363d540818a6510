import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads an article file's bytes, refusing one over the size limit before reading any of it.
///
/// The file is opened once and its size is taken from the open file (`fstat`), so the limit holds for
/// a symbolic link to a big file, and for a file that grows between the check and the read: at most
/// `limit + 1` bytes are ever read. Opening does not block on a FIFO, which is refused as not a
/// regular file.
public enum ArticleFile {
  /// The bytes of the file at `path`.
  ///
  /// - Parameters:
  ///   - path: the file (a symbolic link is followed).
  ///   - limit: the most bytes accepted.
  /// - Returns: the bytes, or the error naming `path`: `.missing`, `.notRegularFile`, `.unreadable`
  ///   or `.tooLarge` (with the size `fstat` gave, or `limit + 1` for a file that grew).
  public static func read(_ path: String, limit: Int) -> Result<Data, SaysoCoreError> {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else { return .failure(openError(path, errno)) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { return .failure(.unreadable(path: path, reason: reason(errno))) }
    guard (info.st_mode & S_IFMT) == S_IFREG else { return .failure(.notRegularFile(path: path)) }
    let size = Int(info.st_size)
    guard size <= limit else { return .failure(.tooLarge(path: path, size: size, limit: limit)) }
    // The size may change after the check: read until the end, but never past limit + 1 bytes.
    var data = Data(count: min(size, limit) + 1)
    var filled = 0
    let capacity = limit + 1
    while filled < capacity {
      if filled == data.count { data.count = min(capacity, max(data.count * 2, 4096)) }
      let room = data.count - filled
      let got = data.withUnsafeMutableBytes { raw in systemRead(fd, raw.baseAddress! + filled, room) }
      if got < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable(path: path, reason: reason(errno)))
      }
      if got == 0 { break }
      filled += got
    }
    guard filled <= limit else { return .failure(.tooLarge(path: path, size: filled, limit: limit)) }
    data.count = filled
    return .success(data)
  }

  private static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.read(fd, buffer, count)
    #else
      Darwin.read(fd, buffer, count)
    #endif
  }

  private static func openError(_ path: String, _ code: Int32) -> SaysoCoreError {
    switch code {
    case ENOENT, ENOTDIR: .missing(path: path)
    case ENXIO: .notRegularFile(path: path)
    case EACCES, EPERM: .unreadable(path: path, reason: "permission denied")
    default: .unreadable(path: path, reason: reason(code))
    }
  }

  private static func reason(_ code: Int32) -> String {
    String(cString: strerror(code)).lowercased()
  }
}
