import Foundation
import SaysoTestSupport
import GRDB
import SaysoCore
import XCTest

@testable import SaysoIngest

/// newsboat's cache, made here with newsboat's own schema (cache.db's rss_feed and rss_item tables).
final class NewsboatTests: XCTestCase {
  static let schema = """
    CREATE TABLE rss_feed (
      rssurl VARCHAR(1024) PRIMARY KEY NOT NULL, url VARCHAR(1024) NOT NULL, title VARCHAR(1024) NOT NULL,
      lastmodified INTEGER(11) NOT NULL DEFAULT 0, is_rtl INTEGER(1) NOT NULL DEFAULT 0,
      etag VARCHAR(128) NOT NULL DEFAULT "");
    CREATE TABLE rss_item (
      id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, guid VARCHAR(64) NOT NULL, title VARCHAR(1024) NOT NULL,
      author VARCHAR(1024) NOT NULL, url VARCHAR(1024) NOT NULL, feedurl VARCHAR(1024) NOT NULL,
      pubDate INTEGER NOT NULL, content VARCHAR(65535) NOT NULL, unread INTEGER(1) NOT NULL,
      enclosure_url VARCHAR(1024), enclosure_type VARCHAR(1024), enqueued INTEGER(1) NOT NULL DEFAULT 0,
      flags VARCHAR(52), deleted INTEGER(1) NOT NULL DEFAULT 0, base VARCHAR(128) NOT NULL DEFAULT "",
      content_mime_type VARCHAR(255) NOT NULL DEFAULT "", enclosure_description VARCHAR(1024) NOT NULL DEFAULT "",
      enclosure_description_mime_type VARCHAR(128) NOT NULL DEFAULT "");
    CREATE TABLE metadata (db_schema_version_major INTEGER NOT NULL, db_schema_version_minor INTEGER NOT NULL);
    CREATE INDEX idx_rssurl ON rss_feed(rssurl);
    CREATE INDEX idx_guid ON rss_item(guid);
    CREATE INDEX idx_feedurl ON rss_item(feedurl);
    INSERT INTO metadata VALUES (2, 32);
    INSERT INTO rss_feed (rssurl, url, title) VALUES ('https://h.invalid/rss', 'https://h.invalid/', 'Harbour Daily');
    INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content, unread) VALUES
      ('g1', 'Port reopens', 'Ana Lima', 'https://h.invalid/1', 'https://h.invalid/rss', 1764576000,
       '<p>The port reopened on Monday after a week of repairs to the quay, the harbour master said.</p><p>Ships queued outside.</p>', 1),
      ('g2', '', '', 'https://h.invalid/2', 'https://h.invalid/rss', 1764662400,
       '<div><p>Ferries will run every hour from Friday. The timetable was agreed with the union this week.</p></div>', 0),
      ('g3', 'Deleted one', '', 'https://h.invalid/3', 'https://h.invalid/rss', 1764662400, '<p>Gone text here.</p>', 0);
    UPDATE rss_item SET deleted = 1 WHERE guid = 'g3';
    """

  /// Makes a cache in a new folder and returns its path.
  static func makeCache() throws -> String {
    let folder = try ScratchFolder.make("newsboat")
    let path = folder.appendingPathComponent("cache.db").path
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: schema) }
    try queue.close()
    return path
  }

  func testImportsItemsReadOnlyAndOnce() throws {
    let cache = try Self.makeCache()
    let folder = URL(fileURLWithPath: cache).deletingLastPathComponent()
    let before = try Data(contentsOf: URL(fileURLWithPath: cache))
    let modified = try FileManager.default.attributesOfItem(atPath: cache)[.modificationDate] as? Date
    // Read-only: even a file the process may not write is read.
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: cache)

    let entries = try NewsboatCache.entries(at: cache)
    XCTAssertEqual(entries.map(\.guid), ["g1", "g2"])
    XCTAssertEqual(entries[0].title, "Port reopens")
    XCTAssertEqual(entries[0].source, "Harbour Daily")
    XCTAssertEqual(entries[0].date, "2025-12-01")
    XCTAssertEqual(entries[0].author, "Ana Lima")
    XCTAssertEqual(entries[0].feed, "https://h.invalid/rss")
    XCTAssertEqual(entries[1].title, "Ferries will run every hour from Friday.")

    var library = Library(folder: folder.appendingPathComponent("library"))
    XCTAssertEqual(
      try entries.map { try library.add($0) }.filter { if case .added = $0 { true } else { false } }.count, 2)
    var again = Library(folder: folder.appendingPathComponent("library"))
    let second = try NewsboatCache.entries(at: cache).map { try again.add($0) }
    XCTAssertTrue(second.allSatisfy { if case .known = $0 { true } else { false } })

    // The cache is unchanged, and no journal or WAL file was made beside it.
    XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: cache)), before)
    XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: cache)[.modificationDate] as? Date, modified)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["cache.db", "library"])
  }

  func testNotANewsboatCache() throws {
    let folder = try ScratchFolder.make("nb")
    let path = folder.appendingPathComponent("other.db").path
    try "plain text".write(toFile: path, atomically: true, encoding: .utf8)
    XCTAssertThrowsError(try NewsboatCache.entries(at: path)) { error in
      XCTAssertTrue("\(error)".hasPrefix("\(path): cannot read newsboat's cache: "), "\(error)")
    }
    XCTAssertThrowsError(try NewsboatCache.entries(at: folder.appendingPathComponent("none.db").path))
  }

  func testDefaultPath() {
    XCTAssertEqual(
      NewsboatCache.defaultPath(environment: ["HOME": "/nonexistent-home", "XDG_DATA_HOME": "/x/data"]),
      "/x/data/newsboat/cache.db")
    XCTAssertEqual(
      NewsboatCache.defaultPath(environment: ["HOME": "/nonexistent-home"]),
      "/nonexistent-home/.local/share/newsboat/cache.db")
  }
}
