import ArgumentParser
import Foundation
import SaysoCore
import SaysoStore

/// `sayso search QUERY`: ranked keyword search over the paragraphs, quotes and proposals of the corpus.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search paragraphs, quotes and proposals by keyword, best matches first.",
    discussion: """
      Words must all match, ignoring case and accents and comparing stems ("propose" finds "proposed" \
      and "proposals"). "exact phrase", -excluded, prefix*, OR, (groups). Fields: speaker:NAME, \
      source:OUTLET, kind:quote|proposal|paragraph, date:2020-09 or date:2020-09-01..2020-10-15, \
      in:title|heading|body|dateline. Quote the query for the shell: sayso search 'speaker:Putin "peace talks"'.

      Each result is `PATH ¶N` and what matched (a paragraph, or a quote or proposal with its speaker), \
      then a snippet with the matched words in «». With --json: {"query", "results": [{"path", "title", \
      "source", "date", "paragraph", "role", "kind", "speaker", "speaker_role", "start", "end", "snippet", \
      "marks"}]}, where start/end are the passage's Unicode scalar offsets in the paragraph and marks are \
      [start, end] offsets in the snippet. The exit status is 1 when nothing matches (0 with --json).
      """)

  @Argument(help: "The query; several arguments are joined with spaces.")
  var query: [String]

  @Flag(help: "Print the results as JSON.")
  var json = false

  @Option(help: "The most results to show.")
  var limit = 20

  @OptionGroup var corpusOptions: CorpusOptions
  @OptionGroup var storeOptions: StoreOptions

  func validate() throws {
    guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
  }

  func run() throws {
    let text = query.joined(separator: " ")
    let parsed: Query
    do {
      parsed = try QueryParser.parse(text)
    } catch {
      Diagnostics.report(SaysoError.invalidQuery(text, error))
      FileHandle.standardError.write(Data(Self.caret(under: text, at: error.position).utf8))
      throw ExitCode.failure
    }
    var session = try StoreSession(storeOptions)
    let (index, _) = try session.openIndex(of: corpusOptions.corpus)
    let results = try StoreSession.reporting { try index.search(parsed, limit: limit) }
    if let state = try? ReadingState.open(in: session.directories) { try? state.recordSearch(text) }
    if json {
      print(Self.json(text, results).serialized)
    } else {
      for result in results { print(Self.listing(result)) }
      if results.isEmpty {
        Diagnostics.report("nothing matches \(text)")
        throw ExitCode.failure
      }
    }
    try session.finish()
  }

  /// Two lines under a query on stderr: the query and a caret at `position` (characters from 0).
  static func caret(under query: String, at position: Int) -> String {
    let line = TerminalText.line(query)
    let prefix = String(query.prefix(position))
    let column = TerminalText.line(prefix).displayWidth
    return "  \(line)\n  \(String(repeating: " ", count: column))^\n"
  }

  /// One result as text: `PATH ¶N  kind — speaker (role) · title`, then the snippet, indented.
  static func listing(_ result: SearchResult) -> String {
    var head =
      "\(result.article) ¶\(result.paragraph)  \(result.kind == .paragraph ? result.role.rawValue : result.kind.rawValue)"
    if let speaker = result.speaker {
      head += " — \(speaker)" + (result.speakerRole.map { " (\($0))" } ?? "")
    }
    if let title = result.title, result.role != .title { head += " · \(title)" }
    return TerminalText.line(head) + "\n    " + TerminalText.line(result.snippet.marked())
  }

  /// The results as the JSON documented above.
  static func json(_ query: String, _ results: [SearchResult]) -> JSONValue {
    .object([
      "query": .string(query),
      "results": .array(
        results.map { result in
          .object([
            "path": .string(result.article), "title": .string(orNull: result.title),
            "source": .string(orNull: result.source), "date": .string(orNull: result.date),
            "paragraph": .int(result.paragraph), "role": .string(result.role.rawValue),
            "kind": .string(result.kind.rawValue), "speaker": .string(orNull: result.speaker),
            "speaker_role": .string(orNull: result.speakerRole), "start": .int(result.start), "end": .int(result.end),
            "snippet": .string(result.snippet.text),
            "marks": .array(result.snippet.marks.map { .array([.int($0.lowerBound), .int($0.upperBound)]) }),
          ])
        }),
    ])
  }
}
