/// Where an update of the index stands: how many of the articles it has to read are done, for a
/// progress line (`ProgressText`).
public struct UpdateProgress: Sendable, Equatable {
  /// Articles read (and analysed, when their bytes changed) and written so far.
  public var done: Int
  /// Articles the update has to read: new files and those whose size or time changed.
  public var total: Int
  /// Seconds since the update began.
  public var seconds: Double
  /// The path of the last article written, if any.
  public var path: String?

  public init(done: Int, total: Int, seconds: Double, path: String? = nil) {
    self.done = done
    self.total = total
    self.seconds = seconds
    self.path = path
  }
}
