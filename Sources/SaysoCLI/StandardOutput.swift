import Foundation

/// Bytes on their way to stdout through a buffer of 64 KB, so that output of any size is written piece by
/// piece and never held whole (the JSON of a 5 MB one-paragraph article is 19 MB).
///
/// It writes to the file descriptor itself: whatever `print` left in the C library's buffer is flushed
/// first (`init`), and the caller calls `flush()` before printing again, so the two never interleave.
/// Write errors are ignored, as `print` ignores them (a closed pipe ends the process by SIGPIPE).
struct StandardOutput: JSONBytes {
  static let capacity = 1 << 16

  /// The buffer's memory, freed with its last reference: written through its pointer, with no array's
  /// uniqueness and bounds checks at each byte of the many short runs of JSON.
  private final class Buffer {
    /// `capacity` bytes, left uninitialised: only the bytes copied in are ever read.
    let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: StandardOutput.capacity)
    deinit { bytes.deallocate() }
  }

  /// The buffer, of which the first `count` bytes are to be written.
  private let buffer = Buffer()
  private var count = 0

  init() {
    fflush(nil)  // (every C stream: `stdout` itself is shared mutable state to Swift 6)
  }

  mutating func append(_ byte: UInt8) {
    if count == Self.capacity { flush() }
    buffer.bytes[count] = byte
    count += 1
  }

  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    if count + bytes.count > Self.capacity {
      flush()
      // a long run (a paragraph's text) goes out as it is, not through the buffer
      if bytes.count > Self.capacity / 2 { return Self.writeOut(bytes) }
    }
    guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
    (buffer.bytes + count).update(from: source, count: bytes.count)
    count += bytes.count
  }

  /// Writes what the buffer holds.
  mutating func flush() {
    Self.writeOut(UnsafeBufferPointer(start: buffer.bytes, count: count))
    count = 0
  }

  private static func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) {
    var written = 0
    while written < bytes.count, let base = bytes.baseAddress {
      let result = write(STDOUT_FILENO, base + written, bytes.count - written)
      if result < 0 && errno == EINTR { continue }
      if result <= 0 { return }
      written += result
    }
  }
}
