import Foundation
import SaysoStore

/// Queries an attacker or a clumsy user might type, timed through the parser and the search:
/// `sayso-store-bench --hostile [--articles N]`.
///
/// Each line gives the query's name and length, how long parsing took, and how long the search took
/// (or, for a refused query, the start of the message). Every query must be answered or refused in
/// well under a second. The deepest ones are built last: before the parser had a depth limit they
/// overflowed the stack.
enum HostileQueries {
  /// A named query.
  struct Case {
    var name: String
    var text: String
  }

  /// Distinct words of the corpus's first articles, to build queries whose every term has hits.
  nonisolated(unsafe) static var vocabulary: [String] = []

  static var all: [Case] {
    func distinct(_ count: Int, _ separator: String) -> Case {
      Case(
        name: "\(count) distinct corpus words\(separator == " " ? "" : separator)",
        text: vocabulary.prefix(count).joined(separator: separator))
    }
    let words = (0..<4_000).map { "w\($0)x" }
    let common = [
      "minister", "said", "council", "budget", "national", "public", "talks", "report", "plan", "final",
      "regional", "military", "energy", "election", "hospital", "commission", "permanent", "local", "weeks",
      "backing",
    ]
    return [
      Case(
        name: "minister x 4,000 (in every article)",
        text: Array(repeating: "minister", count: 4_000).joined(separator: " ")),
      Case(name: "minister OR x 4,000", text: Array(repeating: "minister", count: 4_000).joined(separator: " OR ")),
      Case(
        name: "20 common words x 200",
        text: Array(repeating: common.joined(separator: " "), count: 200).joined(separator: " ")),
      Case(
        name: "20 common words OR x 200",
        text: Array(repeating: common.joined(separator: " OR "), count: 200).joined(separator: " OR ")),
      Case(name: "20 common words OR", text: common.joined(separator: " OR ")),
      distinct(64, " OR "), distinct(128, " OR "), distinct(256, " OR "), distinct(1_000, " OR "),
      distinct(64, " "), distinct(1_000, " "),
      Case(name: "trump x 4,000", text: Array(repeating: "trump", count: 4_000).joined(separator: " ")),
      Case(
        name: "\"trump\" x 2,000 (phrase)", text: Array(repeating: "\"trump\"", count: 2_000).joined(separator: " ")),
      Case(name: "trump OR x 4,000", text: Array(repeating: "trump", count: 4_000).joined(separator: " OR ")),
      Case(name: "-trump x 4,000", text: "budget " + Array(repeating: "-trump", count: 4_000).joined(separator: " ")),
      Case(name: "4,000 distinct words", text: words.joined(separator: " ")),
      Case(name: "4,000 distinct words OR", text: words.joined(separator: " OR ")),
      Case(name: "4,000 prefixes", text: words.map { $0 + "*" }.joined(separator: " ")),
      Case(name: "one 30 KB word", text: String(repeating: "a", count: 30_000)),
      Case(name: "30 KB phrase", text: "\"" + Array(repeating: "minister", count: 3_300).joined(separator: " ") + "\""),
      Case(name: "speaker: x 2,000", text: Array(repeating: "speaker:Keller", count: 2_000).joined(separator: " ")),
      Case(name: "(a OR b) x 2,000", text: Array(repeating: "(budget OR strike)", count: 2_000).joined(separator: " ")),
      Case(
        name: "nested parens depth 16, prefixes",
        text: String(repeating: "(electi* ", count: 16) + "budget" + String(repeating: ")", count: 16)),
      Case(
        name: "nested -( depth 16",
        text: "budget " + String(repeating: "-(budget ", count: 16) + String(repeating: ")", count: 16)),
      Case(
        name: "nested ( OR depth 16",
        text: String(repeating: "(strike OR ", count: 16) + "budget" + String(repeating: ")", count: 16)),
      Case(name: "nested parens depth 8", text: nested(8)),
      Case(name: "nested parens depth 16", text: nested(16)),
      Case(name: "nested parens depth 24", text: nested(24)),
      Case(name: "nested parens depth 32", text: nested(32)),
      Case(name: "nested parens depth 40", text: nested(40)),
      Case(name: "nested parens depth 50", text: nested(50)),
      Case(name: "nested parens depth 100", text: nested(100)),
      Case(name: "nested parens depth 1,000", text: nested(1_000)),
      Case(name: "nested parens depth 15,000", text: nested(15_000)),
      Case(
        name: "nested -( depth 15,000",
        text: "budget " + String(repeating: "-(budget ", count: 15_000) + String(repeating: ")", count: 15_000)),
      Case(name: "nested parens depth 100,000", text: nested(100_000)),
    ]
  }

  /// `(((budget)))` with `depth` pairs of parentheses, a word at each level.
  static func nested(_ depth: Int) -> String {
    String(repeating: "(strike ", count: depth) + "budget" + String(repeating: ")", count: depth)
  }

  /// Writes a line at once, unbuffered, so that the lines before a crash are kept.
  static func emit(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
  }

  /// Times every case on `index` and prints one line each.
  static func run(on index: CorpusIndex, corpus folder: URL) {
    var seen: Set<String> = []
    let files = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
    for file in files where file.hasSuffix(".txt") && vocabulary.count < 1_000 {
      let text = (try? String(contentsOfFile: folder.path + "/" + file, encoding: .utf8)) ?? ""
      for word in text.split(whereSeparator: { !$0.isLetter }) where word.count >= 4 && word.allSatisfy(\.isLowercase) {
        if seen.insert(String(word)).inserted { vocabulary.append(String(word)) }
      }
    }
    emit("")
    emit("| query | chars | parse ms | search ms | outcome |")
    emit("|---|---|---|---|---|")
    for query in all {
      var parsed: Query?
      var refusal: String?
      let parse = Measurement.seconds {
        do {
          parsed = try QueryParser.parse(query.text)
        } catch {
          refusal = "\(error)"
        }
      }
      var searchTime = Double.nan
      var outcome = ""
      if let parsed {
        do {
          var hits = 0
          searchTime = try Measurement.seconds { hits = try index.search(parsed, limit: 20).count }
          outcome = "\(hits) hits"
        } catch {
          outcome = "error: " + String("\(error)".prefix(70))
        }
      } else {
        outcome = "refused: " + String((refusal ?? "").prefix(70))
      }
      func ms(_ seconds: Double) -> String { seconds.isNaN ? "-" : String(format: "%.1f", seconds * 1000) }
      emit("| \(query.name) | \(query.text.count) | \(ms(parse)) | \(ms(searchTime)) | \(outcome) |")
    }
  }
}
