import Foundation
import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// The data files are read in place from the program and their keys made on bytes: the tables must
/// answer as the `Set<String>`s of `nameKey`s they stand for, for every entry.
final class CompactDataTests: XCTestCase {
  /// The package's data/ folder.
  static let dataFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data")

  /// The key the tables held before, made through a String: ASCII lower-cased, the rest `nameKey`.
  static func stringKey(_ entry: Substring) -> String {
    entry.utf8.allSatisfy { $0 < 0x80 } ? String(entry).lowercased() : nameKey(String(entry))
  }

  /// The first field of each entry of a data file (the whole line when it has no tab).
  static func names(of file: String) -> [Substring] {
    EmbeddedData.entries(of: file).map { $0.split(separator: "\t", omittingEmptySubsequences: false)[0] }
  }

  func testTheEmbeddedFilesAreTheDataFilesByteForByte() throws {
    let listed = try FileManager.default.contentsOfDirectory(atPath: Self.dataFolder.path)
      .filter { $0.hasSuffix(".txt") }.sorted()
    XCTAssertEqual(EmbeddedData.names, listed)
    for name in listed {
      let onDisk = try Data(contentsOf: Self.dataFolder.appendingPathComponent(name))
      let embedded = EmbeddedData.withBytes(of: name) { Data(buffer: $0) }
      XCTAssertEqual(embedded, onDisk, name)
    }
    XCTAssertEqual(EmbeddedData.entries(of: "no-such-file.txt"), [])
  }

  func testEveryListsKeysAreTheKeysOfItsEntries() {
    var folded = 0
    for file in [
      "given-names.txt", "given-name-genders.txt", "surnames.txt", "places.txt", "outlets.txt", "companies.txt",
      "organisation-words.txt", "trade-words.txt",
    ] {
      var expected: [String] = []
      var seen = Set<String>()
      for name in Self.names(of: file) where seen.insert(Self.stringKey(name)).inserted {
        expected.append(Self.stringKey(name))
        if name.utf8.contains(where: { $0 >= 0x80 }) { folded += 1 }
      }
      var keys: [String] = []
      EmbeddedData.forEachKey(of: file) { keys.append(String(decoding: $0, as: UTF8.self)) }
      XCTAssertEqual(keys, expected, file)
    }
    XCTAssertGreaterThan(folded, 5_000, "the lists hold thousands of accented names")
  }

  func testTheTablesAnswerAsSetsOfTheirEntriesDid() {
    let world = WorldKnowledge.shared
    for (file, table) in [("given-names.txt", world.givenNames), ("surnames.txt", world.surnames)] {
      let set = Set(Self.names(of: file).map(Self.stringKey))
      XCTAssertEqual(table.count, set.count, file)
      for key in set {
        XCTAssertTrue(table.contains(key), "\(file): \(key)")
        XCTAssertFalse(table.contains(key + "qx"), "\(file): \(key)qx")
      }
    }
    var placeKinds: [String: WorldKnowledge.PlaceKind] = [:]
    for line in EmbeddedData.entries(of: "places.txt") {
      let fields = line.split(separator: "\t")
      let kind: WorldKnowledge.PlaceKind =
        switch fields.last { case "country": .country; case "state": .state; case "continent": .continent; default: .city }
      placeKinds[Self.stringKey(fields[0]), default: kind] = max(placeKinds[Self.stringKey(fields[0])] ?? kind, kind)
    }
    XCTAssertEqual(world.places.count, placeKinds.count)
    for (key, kind) in placeKinds { XCTAssertEqual(world.places[key], kind, key) }
    XCTAssertEqual(world.places["russia"], .country)
    XCTAssertNil(world.places["no such place"])
    let words = EmbeddedData.entries(of: "common-words.txt")
    XCTAssertEqual(world.commonWordRank[String(words[0])], 0)
    for (rank, word) in words.enumerated() where world.commonWordRank[String(word)] != nil {
      XCTAssertLessThanOrEqual(world.commonWordRank[String(word)]!, rank, String(word))
    }
  }
}
