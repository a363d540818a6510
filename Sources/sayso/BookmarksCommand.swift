import ArgumentParser
import SaysoCLI

/// `sayso bookmarks [--json]` and `sayso bookmarks export --format markdown|json`.
struct BookmarksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bookmarks", abstract: "List the bookmarks, or export them.",
    subcommands: [List.self, Export.self],
    defaultSubcommand: List.self)

  /// `sayso bookmarks`: every bookmark, after checking those of the corpus.
  struct List: SaysoCommand {
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List every bookmark (the default).",
      discussion: """
        Bookmarks made in the current corpus (--corpus, $SAYSO_CORPUS or the seeds) are first found \
        again in their articles: a passage that moved or was edited is followed, one that is gone is kept \
        as ORPHANED with its saved text and note. Each bookmark is `ID  PATH ¶N[:START-END]  kind  date`, \
        then the title, the passage, the note and the tags, indented. With --json: {"bookmarks": [{"id", \
        "path", "title", "source", "date", "paragraph", "start", "end", "whole_paragraph", "text", \
        "prefix", "suffix", "kind", "role", "speaker", "speaker_role", "note", "tags", "created", "status", \
        "corpus"}]}; status is exact, moved, changed, orphaned-passage or orphaned-article.
        """)

    @Flag(help: "Print the bookmarks as JSON.")
    var json = false

    @OptionGroup var corpusOptions: CorpusOptions

    func execute() throws {
      var corpus = corpusOptions.corpus
      try corpusOptions.storeOptions.session().printBookmarks(corpus: &corpus, json: json)
    }
  }

  /// `sayso bookmarks export --format markdown|json`.
  struct Export: SaysoCommand {
    static let configuration = CommandConfiguration(
      commandName: "export", abstract: "Export every bookmark as Markdown or JSON.",
      discussion: """
        Markdown: for each bookmark, the passage as a block quote; its speaker and role when it is a quote \
        or proposal; the article's title, source, date and paragraph number; the tags; then the note. \
        Orphaned bookmarks say so. Passages, notes, titles, names and tags are escaped: they read as the \
        text they are, never as Markdown or HTML. JSON: as `sayso bookmarks --json`.
        """)

    @Option(help: "markdown or json.")
    var format: BookmarkText.ExportFormat = .markdown

    @OptionGroup var corpusOptions: CorpusOptions

    func execute() throws {
      var corpus = corpusOptions.corpus
      let session = try corpusOptions.storeOptions.session()
      try session.printBookmarks(corpus: &corpus, export: format)
    }
  }
}
