import SaysoCore
import SaysoStore

/// How `sayso search` reads: a result as text or JSON, and a malformed query with a caret under it.
public enum SearchText {
  /// Two lines under a query on stderr: the query and a caret at `position` (characters from 0).
  public static func caret(under query: String, at position: Int) -> String {
    let line = TerminalText.line(query)
    let prefix = String(query.prefix(position))
    let column = TerminalText.line(prefix).displayWidth
    return "  \(line)\n  \(String(repeating: " ", count: column))^\n"
  }

  /// One result as text: `PATH ¶N  kind — speaker (role) · title`, then the snippet, indented.
  public static func listing(_ result: SearchResult) -> String {
    var head =
      "\(result.article) ¶\(result.paragraph)  \(result.kind == .paragraph ? result.role.rawValue : result.kind.rawValue)"
    if let speaker = result.speaker {
      head += " — \(speaker)" + (result.speakerRole.map { " (\($0))" } ?? "")
    }
    if let title = result.title, result.role != .title { head += " · \(title)" }
    return TerminalText.line(head) + "\n    " + TerminalText.line(result.snippet.marked())
  }

  /// The line after a capped list: "20 of 389"; nil when the list holds every result.
  public static func countLine(shown: Int, total: Int) -> String? {
    total > shown ? "\(shown) of \(total)" : nil
  }

  /// The results as `sayso search --json` prints them; `total` is how many there are in all (see
  /// `CorpusIndex.total(of:returned:limit:)`), the number of results when omitted.
  public static func json(_ query: String, _ results: [SearchResult], total: Int? = nil) -> JSONValue {
    .object([
      "query": .string(query), "total": .int(total ?? results.count),
      "results": .array(
        results.map { result in
          .object([
            "path": .string(result.article), "title": .string(orNull: result.title),
            "source": .string(orNull: result.source), "date": .string(orNull: result.date),
            "paragraph": .int(result.paragraph), "role": .string(result.role.rawValue),
            "kind": .string(result.kind.rawValue), "speaker": .string(orNull: result.speaker),
            "speaker_role": .string(orNull: result.speakerRole), "start": .int(result.start), "end": .int(result.end),
            "snippet": .string(result.snippet.text), "text": .string(result.text),
            "marks": .array(result.snippet.marks.map { .array([.int($0.lowerBound), .int($0.upperBound)]) }),
          ])
        }),
    ])
  }
}
