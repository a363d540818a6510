import Foundation

/// A library that several fetching threads add to, one at a time.
final class SharedLibrary: @unchecked Sendable {
  private var library: Library
  private let lock = NSLock()

  init(_ library: Library) { self.library = library }

  /// The library as it is now.
  var current: Library { lock.withLock { library } }

  /// Whether the library holds an item with `entry`'s guid or URL.
  func contains(_ entry: LibraryEntry) -> Bool {
    lock.withLock { library.path(of: entry) != nil }
  }

  /// Adds `entry` (see `Library.add`).
  func add(_ entry: LibraryEntry) throws(IngestError) -> Library.Outcome {
    lock.lock()
    defer { lock.unlock() }
    return try library.add(entry)
  }
}
