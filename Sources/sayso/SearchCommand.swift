import ArgumentParser
import SaysoCLI

/// `sayso search QUERY`: ranked keyword search over the paragraphs, quotes and proposals of the corpus.
struct SearchCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Search paragraphs, quotes and proposals by keyword, best matches first.",
    discussion: """
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
      """)

  @Argument(help: "The query; several arguments are joined with spaces.")
  var query: [String]

  @Flag(help: "Print the results as JSON.")
  var json = false

  @Option(help: "The most results to show.")
  var limit = 20

  @OptionGroup var corpusOptions: CorpusOptions

  func validate() throws {
    guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
  }

  func execute() throws {
    let text = query.joined(separator: " ")
    var corpus = corpusOptions.corpus
    let session = try corpusOptions.storeOptions.session()
    let listed = try session.search(text, limit: limit, json: json, corpus: &corpus)
    try corpus.finish(listed: listed, json: json, asked: text)
  }
}
