import Dispatch
import Foundation
import SaysoCore

/// Fetches subscribed feeds into the library: as many feeds at once as the HTTP client allows requests
/// (each feed's requests, the feed then its items' pages, come one after another), each article written
/// as soon as it is read, so a fetch cut short keeps what it wrote. A feed that fails is reported and
/// the others go on.
public struct FeedFetcher {
  let client: any HTTPGetting

  public init(client: any HTTPGetting) { self.client = client }

  /// Fetches every subscription, updates each one's validators, last fetch and error, and writes new
  /// items to `library`.
  ///
  /// - Parameters:
  ///   - progress: called (from any thread) as each feed is done, with how many are done and of how many.
  /// - Returns: one report per subscription, in their order.
  public func fetch(
    _ subscriptions: inout Subscriptions, into library: inout Library,
    progress: @escaping @Sendable (_ done: Int, _ total: Int, FeedReport) -> Void = { _, _, _ in }
  ) -> [FeedReport] {
    let shared = SharedLibrary(library)
    let feeds = subscriptions.all
    let results = ResultSlots<(FeedReport, Subscription)>(count: feeds.count)
    let group = DispatchGroup()
    let client = self.client
    // No more workers than requests allowed: a worker blocked on a request slot holds a thread, and
    // the client may need threads of its own to answer (URLSession's callbacks).
    let workers = DispatchSemaphore(value: client.maximumConcurrentRequests)
    for (i, subscription) in feeds.enumerated() {
      workers.wait()
      DispatchQueue.global().async(group: group) {
        defer { workers.signal() }
        let outcome = Self.fetchOne(subscription, client: client, library: shared)
        let done = results.set(i, outcome)
        progress(done, feeds.count, outcome.0)
      }
    }
    group.wait()
    let outcomes = results.values
    subscriptions.all = outcomes.map(\.1)
    library = shared.current
    return outcomes.map(\.0)
  }

  /// Fetches one feed and its new items.
  static func fetchOne(
    _ subscription: Subscription, client: any HTTPGetting, library: SharedLibrary
  ) -> (FeedReport, Subscription) {
    var report = FeedReport(url: subscription.url)
    var updated = subscription
    updated.lastFetched = Date()
    guard let url = URL(string: subscription.url) else {
      report.error = .notAnAddress(subscription.url)
      updated.lastError = report.error?.description
      return (report, updated)
    }
    let response: HTTPResponse
    switch client.get(url, etag: subscription.etag, lastModified: subscription.lastModified) {
    case .failure(let error):
      report.error = error
      updated.lastError = error.description
      return (report, updated)
    case .success(let r): response = r
    }
    updated.lastError = nil
    if response.notModified {
      report.notModified = true
      return (report, updated)
    }
    var feed: Feed
    updated.etag = response.etag
    updated.lastModified = response.lastModified
    do {
      feed = try FeedParser.parse(response.body, address: subscription.url)
    } catch {
      // A site's page rather than its feed: follow the feed the page names (and keep no validators,
      // which are the page's).
      guard let alternate = FeedDiscovery.feedURLs(in: response.body, pageURL: response.url).first,
        case .success(let answer) = client.get(alternate),
        let found = try? FeedParser.parse(answer.body, address: alternate.absoluteString)
      else {
        report.error = error
        updated.lastError = error.description
        return (report, updated)
      }
      feed = found
      updated.etag = nil
      updated.lastModified = nil
    }
    report.title = feed.title
    if let title = feed.title, !title.isEmpty { updated.title = LibraryEntry.oneLine(title) }
    let source = updated.title ?? url.host
    for item in feed.items {
      var entry = FeedEntries.stub(item, source: source, feed: subscription.url)
      if library.contains(entry) {
        report.known += 1
        continue
      }
      do {
        try FeedEntries.fill(&entry, from: item, client: client)
        switch try library.add(entry) {
        case .added(let path): report.added.append(path)
        case .known: report.known += 1
        }
      } catch {
        report.notices.append(error.description)
      }
    }
    return (report, updated)
  }
}
