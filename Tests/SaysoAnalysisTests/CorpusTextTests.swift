import Foundation
import XCTest

/// The project holds no text of the articles it is measured on: no line of the sources, tests, scripts,
/// data or README shares a run of `CorpusTextTests.runLength` words with an article of ../shared (Wikinews,
/// the PolNeAR splits, the seeds' originals). Examples in comments and test inputs are invented, in the shape
/// of the sentence they stand for. Skipped, with a message, when ../shared is not beside the repository.
final class CorpusTextTests: XCTestCase {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
  /// Seven words: shorter runs are common phrases ("said in a statement on Monday that").
  static let runLength = 7

  /// The words of a text, lower-cased: runs of ASCII letters, digits and apostrophes (' and ’), each as its hash.
  static func wordHashes(_ text: String) -> [(hash: UInt64, line: Int)] {
    var words: [(UInt64, Int)] = []
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var inWord = false
    var line = 1
    func add(_ byte: UInt8) {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      inWord = true
    }
    var bytes = Array(text.utf8)[...]
    while let byte = bytes.popFirst() {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "'"):
        add(byte)
      case UInt8(ascii: "A")...UInt8(ascii: "Z"): add(byte | 0x20)
      case 0xE2 where bytes.starts(with: [0x80, 0x99]):  // ’, read as '
        bytes.removeFirst(2)
        add(UInt8(ascii: "'"))
      default:
        if inWord { words.append((hash, line)) }
        hash = 0xcbf2_9ce4_8422_2325
        inWord = false
        if byte == UInt8(ascii: "\n") { line += 1 }
      }
    }
    if inWord { words.append((hash, line)) }
    return words
  }

  /// The hash of the run of `runLength` words starting at `start`, and the line of its first word.
  static func runs(_ words: [(hash: UInt64, line: Int)]) -> [(hash: UInt64, line: Int)] {
    guard words.count >= runLength else { return [] }
    return (0...(words.count - runLength)).map { start in
      var hash: UInt64 = 0
      for word in words[start..<(start + runLength)] { hash = (hash &* 0x9E37_79B9_7F4A_7C15) ^ word.hash }
      return (hash, words[start].line)
    }
  }

  static func files(in folder: URL, extensions: Set<String>) -> [URL] {
    let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
    return (walker?.allObjects as? [URL] ?? []).filter { extensions.contains($0.pathExtension) }
  }

  func testNoLineRepeatsAnArticleOfTheMeasuredSets() throws {
    let folders = ["corpus/wikinews", "eval/polnear-train/text", "eval/polnear-dev/text", "seeds"]
      .map { Self.shared.appendingPathComponent($0) }
    guard folders.allSatisfy({ FileManager.default.fileExists(atPath: $0.path) }) else {
      throw XCTSkip("articles not found under \(Self.shared.path): ../shared is not beside the repository")
    }
    var corpus = Set<UInt64>()
    for folder in folders {
      for file in Self.files(in: folder, extensions: ["txt"]) {
        for run in Self.runs(Self.wordHashes(try String(contentsOf: file, encoding: .utf8))) { corpus.insert(run.hash) }
      }
    }
    XCTAssertGreaterThan(corpus.count, 500_000, "the articles were read")
    let project =
      ["Sources", "Tests", "scripts"].flatMap {
        Self.files(in: Self.root.appendingPathComponent($0), extensions: ["swift", "py", "sh", "md"])
      } + Self.files(in: Self.root.appendingPathComponent("data"), extensions: ["txt"])
      + [Self.root.appendingPathComponent("README.md")]
    var found: [String] = []
    for file in project {
      let text = try String(contentsOf: file, encoding: .utf8)
      let lines = Set(Self.runs(Self.wordHashes(text)).filter { corpus.contains($0.hash) }.map(\.line))
      let path = file.path.replacingOccurrences(of: Self.root.path + "/", with: "")
      found += lines.sorted().map { "\(path):\($0)" }
    }
    XCTAssertEqual(found, [], "lines that repeat \(Self.runLength) words of an article in ../shared")
    XCTAssertGreaterThan(project.count, 100, "the project's files were read")
  }

  func testARunIsFoundWhateverItsCaseSpacingAndApostrophe() {
    let a = Self.runs(Self.wordHashes("It’s time, the Mayor said\n  on Monday, to act now."))
    let b = Self.runs(Self.wordHashes("it's time the mayor said on monday to act now"))
    XCTAssertEqual(a.map(\.hash), b.map(\.hash))
    XCTAssertEqual(a.map(\.line), [1, 1, 1, 1])
    XCTAssertNotEqual(a.first?.hash, Self.runs(Self.wordHashes("it's time the mayor said on tuesday")).first?.hash)
  }
}
