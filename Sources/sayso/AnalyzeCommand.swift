import ArgumentParser
import SaysoCLI

/// `sayso analyze`: the full analysis of articles, as JSON or as a readable summary.
struct AnalyzeCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "analyze", abstract: "Analyse articles: people, quotes and proposals, as JSON or a summary.",
    discussion: """
      With --json the output is one object, streamed article by article in the order given:
        {"articles": [{"path", "title", "source", "date",
          "paragraphs": [{"index", "start", "end", "role", "text"}],
          "people": [{"name", "roles", "quotes"}],
          "quotes": [{"paragraph", "start", "end", "text", "kind", "cue",
            "speaker": {"name", "role", "mention"} or null, "group", "organisation", "utterance"}],
          "proposals": [{"paragraph", "start", "end", "text", "cue",
            "proposer": {"name", "role", "mention"} or null, "group", "organisation"}]}]}
      A claim whose source is not a person has speaker null and names it in "organisation" (a company, \
      outlet, body or place) or "group" ("experts", "a spokesman"). Quoted pieces that one frame splits \
      ("A," she said. "B.") are two quotes with the same "utterance" id (unique in the article).
      "path" is the path as given. Paragraph start/end are Unicode scalar offsets into the file's text as \
      Python reads it in text mode (open(path, encoding="utf-8").read(), string indices): a byte-order mark \
      counts as one, and every line ending counts as one: a CRLF ("\\r\\n") is one "\\n" in the text, a lone \
      CR ("\\r") one "\\r", kept (Python's text has "\\n" there). With CRLF line endings an offset is thus \
      smaller than the count of the file's scalars by the CRLFs before it. Quote and proposal \
      start/end are Unicode scalar offsets into their paragraph's text, so text is exactly that slice. \
      Missing values are null. Articles are analysed on all cores. An article of more than 1 MB of text, \
      far longer than any news article, is analysed in runs of whole paragraphs of about 1 MB with the \
      people carried over from run to run, so that memory stays bounded; names typed by evidence only a \
      later run gives, and frameless quotes at a run's start, may then come out otherwise. Likewise a paragraph \
      of over 100,000 scalars is analysed in runs of whole sentences of about 20,000 (offsets as always).
      """)

  @Flag(help: "Print the analysis as JSON (schema above) instead of a summary.")
  var json = false

  @Argument(help: "Article files or folders (as --corpus). Default: $SAYSO_CORPUS, else the built-in seeds.")
  var paths: [String] = []

  @OptionGroup var corpusOptions: CorpusOptions

  func execute() throws {
    let data = corpusOptions.storeOptions.dataDirectory
    var corpus = Corpus(paths: paths + corpusOptions.paths, strict: corpusOptions.strict, dataDirectory: data)
    try CorpusPrinting.analyze(&corpus, json: json)
  }
}
