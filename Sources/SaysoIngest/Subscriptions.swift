import Foundation

/// One feed the user subscribed to, with what the last fetch found.
public struct Subscription: Codable, Sendable, Equatable {
  /// The feed's address as given.
  public var url: String
  /// The feed's title, from the last fetch (or from an OPML file).
  public var title: String?
  /// Validators of the last fetch, for conditional requests.
  public var etag: String?
  public var lastModified: String?
  /// When the feed was last fetched (successfully or not).
  public var lastFetched: Date?
  /// Why the last fetch failed; nil when it worked.
  public var lastError: String?

  public init(url: String, title: String? = nil) {
    self.url = url
    self.title = title
  }
}

/// The subscriptions file, `DATA/subscriptions.json` in Sayso's user-data folder; written whole to a
/// temporary file and renamed over the old one, so it is never half written.
public struct Subscriptions {
  /// The file.
  public let file: URL
  /// The subscriptions, in the order they were added.
  public var all: [Subscription]

  /// Reads the subscriptions in `dataFolder` (none when the file does not exist yet).
  ///
  /// - Throws: `IngestError.unreadable` when the file exists but cannot be read as subscriptions.
  public init(dataFolder: URL) throws(IngestError) {
    file = dataFolder.appendingPathComponent("subscriptions.json")
    guard let data = FileManager.default.contents(atPath: file.path) else {
      all = []
      return
    }
    do {
      all = try Self.decoder.decode([Subscription].self, from: data)
    } catch {
      throw .unreadable(path: file.path, reason: "not a subscriptions file (\(error.localizedDescription))")
    }
  }

  /// Adds `url`; the outcome says whether it was new.
  ///
  /// - Throws: `IngestError.notAnAddress` for anything but an http(s) URL.
  @discardableResult
  public mutating func add(_ url: String, title: String? = nil) throws(IngestError) -> Bool {
    guard let parsed = URL(string: url), ["http", "https"].contains(parsed.scheme?.lowercased() ?? ""),
      parsed.host != nil
    else { throw .notAnAddress(url) }
    if all.contains(where: { $0.url == url }) { return false }
    all.append(Subscription(url: url, title: title))
    return true
  }

  /// Removes `url`.
  ///
  /// - Throws: `IngestError.notSubscribed`.
  public mutating func remove(_ url: String) throws(IngestError) {
    guard let i = all.firstIndex(where: { $0.url == url }) else { throw .notSubscribed(url) }
    all.remove(at: i)
  }

  /// Writes the file.
  ///
  /// - Throws: `IngestError.cannotWrite`.
  public func save() throws(IngestError) {
    do {
      try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      encoder.dateEncodingStrategy = .iso8601
      try encoder.encode(all).write(to: file, options: .atomic)
    } catch {
      throw .cannotWrite(path: file.path, reason: Library.reason(error))
    }
  }

  private static var decoder: JSONDecoder {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return decoder
  }
}
