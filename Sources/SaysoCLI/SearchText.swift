import SaysoCore
import SaysoStore

/// How `sayso search` reads: a result as text or JSON, and a malformed query with a caret under it.
public enum SearchText {
  /// What `sayso search --help` says about queries, results and the JSON.
  public static let discussion = """
    Words must all match, ignoring case and accents and comparing stems ("propose" finds "proposed" \
    and "proposals"). "exact phrase", -excluded, prefix*, OR, (groups). Fields: speaker:NAME, \
    source:OUTLET, kind:quote|proposal|paragraph, date:2020-09 or date:2020-09-01..2020-10-15, \
    in:title|heading|body|dateline. Quote the query for the shell: sayso search 'speaker:Putin "peace talks"'.

    Each result is `PATH ¶N` and what matched (a paragraph, or a quote or proposal with its speaker), \
    then a snippet with the matched words in «»; a list cut at --limit ends with a line such as \
    "20 of 389". The total counts matching paragraphs, so with speaker: or kind:quote|proposal it is an \
    upper bound (a matching paragraph may hold no such claim). With --json: {"query", "total", \
    "results": [{"path", "title", "source", "date", "paragraph", "role", "kind", "speaker", \
    "speaker_role", "start", "end", "snippet", "text", "marks"}]}, where start/end are the passage's \
    Unicode scalar offsets in the paragraph, text is the whole passage and marks are [start, end] \
    offsets in the snippet. speaker: and kind: apply to the quote or proposal itself. in:title also \
    finds a title written only in the front matter (`title:`), given as ¶0 with start = end = 0. The \
    exit status is 1 when nothing matches (0 with --json).
    """

  /// Two lines under a query on stderr: the query and a caret at `position` (characters from 0).
  /// A query longer than `width` characters is shown as the `width` around the fault, "…" at each cut.
  public static func caret(under query: String, at position: Int, width: Int = 100) -> String {
    let characters = Array(query)
    var (start, end) = (0, characters.count)
    if characters.count > width {
      start = max(0, min(position - width / 2, characters.count - width))
      end = start + width
    }
    let before = start > 0 ? "…" : ""
    let line = TerminalText.line(before + String(characters[start..<end]) + (end < characters.count ? "…" : ""))
    let prefix = before + String(characters[start..<min(max(position, start), end)])
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
