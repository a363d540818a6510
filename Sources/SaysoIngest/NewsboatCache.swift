import Foundation
import GRDB
import SaysoCore

/// newsboat's cache (`cache.db`, SQLite), opened read-only: its items become library entries. Sayso never
/// writes to it — the file is opened with SQLITE_OPEN_READONLY and only SELECTs are run.
public enum NewsboatCache {
  /// Where newsboat keeps its cache: `~/.newsboat/cache.db` when that exists, else
  /// `$XDG_DATA_HOME/newsboat/cache.db` (`~/.local/share/newsboat/cache.db`).
  public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    let home = environment["HOME"] ?? NSHomeDirectory()
    let dotted = home + "/.newsboat/cache.db"
    if FileManager.default.fileExists(atPath: dotted) { return dotted }
    let data = environment["XDG_DATA_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? home + "/.local/share"
    return data + "/newsboat/cache.db"
  }

  /// The cache's items that are not deleted, oldest first, as entries (`source` the feed's title, `feed`
  /// its address, the item's HTML content as paragraphs). Items with no text are left out.
  ///
  /// - Throws: `IngestError.newsboatCache` when the file is missing or is not a newsboat cache.
  public static func entries(at path: String) throws(IngestError) -> [LibraryEntry] {
    guard FileManager.default.fileExists(atPath: path) else {
      throw .newsboatCache(path: path, reason: "no such file")
    }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.label = "newsboat cache"
    let rows: [Row]
    do {
      let queue = try DatabaseQueue(path: path, configuration: configuration)
      rows = try queue.read { db in
        try Row.fetchAll(
          db,
          sql: """
            SELECT i.guid, i.title, i.author, i.url, i.feedurl, i.pubDate, i.content, f.title AS feedTitle
            FROM rss_item i LEFT JOIN rss_feed f ON f.rssurl = i.feedurl
            WHERE i.deleted = 0 ORDER BY i.pubDate, i.id
            """)
      }
      try queue.close()
    } catch let error as DatabaseError {
      throw .newsboatCache(path: path, reason: error.message ?? "SQLite error \(error.resultCode.rawValue)")
    } catch {
      throw .newsboatCache(path: path, reason: error.localizedDescription)
    }
    return rows.compactMap { row in
      let feed: String = row["feedurl"] ?? ""
      let link: String = row["url"] ?? ""
      let seconds: Int64 = row["pubDate"] ?? 0
      let feedTitle: String? = row["feedTitle"]
      var entry = LibraryEntry(
        title: LibraryEntry.oneLine(row["title"] ?? ""),
        source: feedTitle.flatMap { $0.isEmpty ? nil : $0 } ?? URL(string: link)?.host,
        date: seconds > 0 ? day(seconds) : nil, url: link.isEmpty ? nil : link,
        author: (row["author"] as String?).flatMap { $0.isEmpty ? nil : LibraryEntry.oneLine($0) },
        feed: feed.isEmpty ? nil : feed, guid: (row["guid"] as String?).flatMap { $0.isEmpty ? nil : $0 },
        paragraphs: FeedEntries.paragraphs(ofFragment: row["content"] ?? "", title: row["title"]))
      guard !entry.paragraphs.isEmpty else { return nil }
      if entry.title.isEmpty { entry.title = LeadTitle.from(entry.paragraphs) ?? "Untitled" }
      return entry
    }
  }

  /// `YYYY-MM-DD` (UTC) of a Unix time.
  static func day(_ seconds: Int64) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
  }
}
