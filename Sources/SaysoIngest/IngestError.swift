import Foundation

/// Everything that can go wrong while bringing news in, every message in this one switch. Each message is
/// one line naming the file or address and what is wrong, e.g. `https://example.com/feed: HTTP 500`.
public enum IngestError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
  /// A file could not be read; `reason` says why.
  case unreadable(path: String, reason: String)
  /// A page or file held no article text once navigation, footers and the like were dropped.
  case noArticleText(String)
  /// The server answered with an HTTP status that is not a success.
  case httpStatus(url: String, status: Int)
  /// The request failed before an answer came (no such host, refused, timed out…).
  case network(url: String, reason: String)
  /// A feed that is neither RSS 2.0 nor Atom 1.0, or XML that does not parse; `reason` says where.
  case notAFeed(url: String, reason: String)
  /// Text that should be an address is not an http(s) URL or a file.
  case notAnAddress(String)
  /// `import` was given a feed's address rather than a page's.
  case isAFeed(String)
  /// `unsubscribe` named an address that is not subscribed.
  case notSubscribed(String)
  /// `subscribe` named an address that is subscribed already.
  case alreadySubscribed(String)
  /// A library or subscriptions file could not be written; `reason` says why.
  case cannotWrite(path: String, reason: String)
  /// newsboat's cache could not be opened or read (not a newsboat cache, locked, damaged).
  case newsboatCache(path: String, reason: String)
  /// An OPML file or a newsboat `urls` file that cannot be read as subscriptions.
  case badSubscriptionList(path: String, reason: String)
  /// `sayso-fetch`, the program that `sayso` fetches web pages through, is not where it should be.
  case fetcherMissing(path: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason): "\(path): cannot read: \(reason)"
    case .noArticleText(let source): "\(source): no article text found"
    case .httpStatus(let url, let status): "\(url): HTTP \(status)"
    case .network(let url, let reason): "\(url): \(reason)"
    case .notAFeed(let url, let reason): "\(url): not an RSS or Atom feed (\(reason))"
    case .notAnAddress(let text): "\(text): not an http(s) address or a file"
    case .isAFeed(let url): "\(url): an RSS or Atom feed, not a page (`sayso subscribe \(url)` follows it)"
    case .notSubscribed(let url): "\(url): not subscribed (see `sayso feeds`)"
    case .alreadySubscribed(let url): "\(url): already subscribed"
    case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)"
    case .newsboatCache(let path, let reason): "\(path): cannot read newsboat's cache: \(reason)"
    case .badSubscriptionList(let path, let reason): "\(path): \(reason)"
    case .fetcherMissing(let path):
      "\(path): not found; sayso fetches web pages through this program, built beside it "
        + "(`swift build --product sayso-fetch`) and installed with it"
    }
  }

  public var errorDescription: String? { description }
}
