import Foundation
import SaysoCore
import SaysoIngest

#if canImport(Glibc)
  import Glibc
#endif

extension IngestSession {
  /// Subscribes to `urls`, and to the feeds of an OPML file or of newsboat's `urls` file.
  public mutating func subscribe(_ urls: [String], opml: String?, newsboatURLs: String?) throws {
    try Self.withIngestLock(directories.data) { try subscribeLocked(urls, opml: opml, newsboatURLs: newsboatURLs) }
  }

  private mutating func subscribeLocked(_ urls: [String], opml: String?, newsboatURLs: String?) throws {
    var subscriptions = try Subscriptions(dataFolder: directories.data)
    var wanted = urls.map { (url: $0, title: String?.none) }
    for (path, isOPML) in [(opml, true), (newsboatURLs, false)] {
      guard let path else { continue }
      guard let data = FileManager.default.contents(atPath: path) else {
        fail(IngestError.unreadable(path: path, reason: "no such file or not readable"))
        continue
      }
      do {
        wanted +=
          isOPML
          ? try SubscriptionList.opml(data, path: path)
          : SubscriptionList.newsboatURLs(String(decoding: data, as: UTF8.self))
      } catch {
        fail(error)
      }
    }
    for (url, title) in wanted {
      do {
        let new = try subscriptions.add(url, title: title)
        print(TerminalText.line(new ? "subscribed to \(url)" : "\(url): already subscribed"))
      } catch {
        fail(error)
      }
    }
    try subscriptions.save()
  }

  /// Unsubscribes from `url` (the articles already fetched stay in the library).
  public mutating func unsubscribe(_ url: String) throws {
    try Self.withIngestLock(directories.data) {
      var subscriptions = try Subscriptions(dataFolder: directories.data)
      try subscriptions.remove(url)
      try subscriptions.save()
    }
    print(TerminalText.line("unsubscribed from \(url); its articles stay in the library"))
  }

  /// Prints one line per subscription (`feedLines()`).
  ///
  /// - Throws: `SaysoError.nothingMatches` when there is none.
  public func printFeeds() throws {
    let lines = try feedLines()
    if lines.isEmpty { throw SaysoError.nothingMatches("feeds: no subscriptions (add one with `sayso subscribe URL`)") }
    for line in lines { print(line) }
  }

  /// One line per subscription: address, title, last fetch and its error.
  public func feedLines() throws -> [String] {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withSpaceBetweenDateAndTime]
    return try Subscriptions(dataFolder: directories.data).all.map { s in
      let fetched = s.lastFetched.map { "last fetch \(formatter.string(from: $0)) UTC" } ?? "never fetched"
      let status = s.lastError.map { "error: \($0)" } ?? (s.lastFetched == nil ? "" : "ok")
      return TerminalText.line(
        [s.url, s.title.map { "\"\($0)\"" }, fetched, status].compactMap { $0 }.filter { !$0.isEmpty }
          .joined(separator: "  "))
    }
  }

  /// Fetches every subscription into the library: one line per feed, a progress line on stderr when it
  /// is a terminal, and one `sayso:` line for each feed or item that failed.
  public mutating func fetch() throws {
    try Self.withIngestLock(directories.data) { try fetchLocked() }
  }

  private mutating func fetchLocked() throws {
    var subscriptions = try Subscriptions(dataFolder: directories.data)
    guard !subscriptions.all.isEmpty else {
      print("no subscriptions: add one with `sayso subscribe URL`")
      return
    }
    let client = Self.client()
    guard client.isAvailable else { throw IngestError.fetcherMissing(path: client.helper.path) }
    var library = self.library
    let onTerminal = isatty(STDERR_FILENO) == 1
    let reports = FeedFetcher(client: client).fetch(&subscriptions, into: &library) { done, total, _ in
      guard onTerminal else { return }
      FileHandle.standardError.write(Data("\rfetching feeds: \(done)/\(total)\u{1B}[K".utf8))
    }
    if onTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    try subscriptions.save()
    for report in reports {
      if let error = report.error { fail(error) } else { print(TerminalText.line(report.summary)) }
      for notice in report.notices { Diagnostics.report(notice) }
    }
    let added = reports.reduce(0) { $0 + $1.added.count }
    print(TerminalText.line("\(added.counted("new article")) in \(library.folder.path)"))
  }
}
