import BenchmarkSupport
import Foundation
import Testing

@testable import SaysoStore

/// A seeded fuzz run of the query parser and the search behind it, bounded so that `swift test` stays
/// fast: random queries from the syntax's pieces (and random characters) are parsed and, when they
/// parse, searched on a small index. A query is answered or refused with a `malformedQuery` naming a
/// column inside it; nothing traps, and no SQLite or FTS5 error ever comes out. `SAYSO_FUZZ_SEED` and
/// `SAYSO_FUZZ_ITERATIONS` run it longer; `scripts/fuzz.sh` does the same through the real binary.
@Suite struct QueryFuzzTests {

  static let pieces: [String] = [
    "budget", "inquiry", "Keller", "strike", "propos*", "electi*", "*", "**", "a*b", " ", "  ", "\t", "\n", "(",
    ")", "((", "))", "\"", "\"peace talks\"", "\"\"", "-", "--", "-(", "OR", " OR ", "or", "AND", "NOT", "NEAR",
    "speaker:", "speaker:Keller", "speaker:\"Maria Keller\"", "source:", "source:Sputnik", "kind:", "kind:quote",
    "kind:quote|proposal", "kind:x", "in:", "in:title", "date:", "date:2020-09", "date:2021..2020",
    "date:2020-13", "date:..2021", "date:2020-09-01..2020-10-15", "x:", ":", "::", "'", "''", "^", "{", "}",
    "text:", "rank", "rowid", "NEAR(a b)", "é", "Zoë", "日本", "😀", "\u{0}", "\u{1B}", "\u{202E}", "—", "…",
    "1", "2020", "%", "_", ";", "--", "/*", "*/", "?", "\\",
  ]

  var seed: UInt64 { ProcessInfo.processInfo.environment["SAYSO_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_260_901 }
  var iterations: Int {
    ProcessInfo.processInfo.environment["SAYSO_FUZZ_ITERATIONS"].flatMap { Int($0) } ?? 1_500
  }

  static func query(_ random: inout SeededRandom) -> String {
    var text = ""
    for _ in 0..<random.below(14) {
      switch random.below(10) {
      case 0: text.unicodeScalars.append(Unicode.Scalar(UInt8(truncatingIfNeeded: random.next() % 0x7F)))
      case 1: text += String(repeating: pieces[random.below(pieces.count)], count: 1 + random.below(40))
      default: text += pieces[random.below(pieces.count)]
      }
      if random.below(2) == 0 { text += " " }
    }
    return text
  }

  @Test func randomQueriesAreAnsweredOrRefusedCleanly() throws {
    let (index, _) = try StoreTestSupport.indexedFolder()
    var random = SeededRandom(seed: seed)
    var answered = 0
    for iteration in 0..<iterations {
      let text = Self.query(&random)
      let query: Query
      do {
        query = try QueryParser.parse(text)
      } catch {
        guard case .malformedQuery(_, let position) = error else {
          Issue.record("seed \(seed) iteration \(iteration): \(error) for \(text.debugDescription)")
          continue
        }
        #expect(
          position >= 0 && position <= text.count, "seed \(seed) iteration \(iteration): \(text.debugDescription)")
        #expect(!error.description.lowercased().contains("sql"))
        continue
      }
      do {
        _ = try index.search(query, limit: 5)
        answered += 1
      } catch {
        Issue.record("seed \(seed) iteration \(iteration): \(error) for \(text.debugDescription)")
      }
    }
    #expect(answered > iterations / 20, "the generator must make some valid queries too")
  }

  /// Findings of the fuzz runs, kept as regression tests.
  @Test(arguments: [
    String(repeating: "(", count: 40) + "a" + String(repeating: ")", count: 40),
    "a " + String(repeating: "-(a ", count: 30) + String(repeating: ")", count: 30),
    String(repeating: "(electi* ", count: 20) + "budget" + String(repeating: ")", count: 20),
  ])
  func deepQueriesAreRefusedNotDatabaseErrors(text: String) throws {
    let (index, _) = try StoreTestSupport.indexedFolder()
    do {
      _ = try index.search(text)
      Issue.record("\(text) was answered")
    } catch let error as SaysoStoreError {
      guard case .malformedQuery(.tooDeep, _) = error else {
        Issue.record("\(error)")
        return
      }
    }
  }

  /// A NUL inside a word ended FTS5's string early: "database error: unterminated string" (found by
  /// this fuzz test, seed 20260901, iteration 109).
  @Test(arguments: [
    "U\u{0}or", "--kind:quote \u{0}or budget", "\u{0}2020 2020", "\"budget\u{0}\"", "speaker:Kel\u{0}ler",
  ])
  func aNULInAQueryIsNoDatabaseError(text: String) throws {
    let (index, _) = try StoreTestSupport.indexedFolder()
    do {
      _ = try index.search(text)
    } catch let error as SaysoStoreError {
      guard case .malformedQuery = error else {
        Issue.record("\(text.debugDescription): \(error)")
        return
      }
    }
  }
}
