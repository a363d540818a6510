/// What fetching one feed did.
public struct FeedReport: Sendable, Equatable {
  /// The feed's address.
  public var url: String
  /// The feed's title, when it was read.
  public var title: String?
  /// Articles written to the library, as paths relative to it.
  public var added: [String] = []
  /// Items the library held already.
  public var known = 0
  /// The server said the feed had not changed since the last fetch (HTTP 304).
  public var notModified = false
  /// Why the feed could not be fetched or read; the other feeds are fetched all the same.
  public var error: IngestError?
  /// One line for each item that could not be imported (its page failed, it had no text…).
  public var notices: [String] = []

  public init(url: String) { self.url = url }

  /// One line for the user: `URL: 3 new, 12 known` or `URL: not modified` or the error.
  public var summary: String {
    if let error { return error.description }
    if notModified { return "\(url): not modified since the last fetch" }
    return "\(url): \(added.count) new, \(known) already in the library"
  }
}
