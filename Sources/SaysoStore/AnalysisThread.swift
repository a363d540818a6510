import Foundation

/// The scheduling of the threads that analyse articles for an update, beside its one writer.
///
/// The writer holds an update up when it runs short of a core: the analysis threads (one per core) and
/// the writer share the cores evenly, so on two cores the writer had two thirds of one while the batches
/// ahead of it were analysed. Analysis threads take a lower priority, so that the writer, which nothing
/// can replace, runs whenever it has work; they still have every core the writer leaves.
enum AnalysisThread {
  /// The nice value analysis threads take (Linux; 0 is the default, 19 the lowest priority).
  static let nice: Int32 = 5

  /// Lowers the calling thread's priority to `nice`, once per thread (a no-op where threads have no nice
  /// value of their own). Lowering is all an unprivileged process may do, so this is only called on
  /// threads that do nothing but analysis: Dispatch's worker threads.
  static func yieldToWriter() {
    #if os(Linux)
      guard !lowered else { return }
      lowered = true
      // On Linux a nice value belongs to a thread, and `who` 0 is the calling thread.
      setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, nice)
    #endif
  }

  /// Whether this thread's priority was lowered: a thread-specific flag.
  nonisolated(unsafe) private static var loweredKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
  }()
  private static var lowered: Bool {
    get { pthread_getspecific(loweredKey) != nil }
    set { pthread_setspecific(loweredKey, newValue ? UnsafeRawPointer(bitPattern: 1) : nil) }
  }
}
