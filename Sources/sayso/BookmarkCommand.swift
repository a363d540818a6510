import ArgumentParser
import SaysoCLI
import SaysoStore

/// `sayso bookmark add|remove|note`: keeps passages with notes and tags.
struct BookmarkCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bookmark", abstract: "Add, remove or annotate a bookmark (list them with `sayso bookmarks`).",
    subcommands: [Add.self, Remove.self, Note.self])

  /// `sayso bookmark add ARTICLE:PARAGRAPH[:START-END]`.
  struct Add: SaysoCommand {
    static let configuration = CommandConfiguration(
      commandName: "add", abstract: "Bookmark a paragraph, or a span inside it.",
      discussion: """
        ARTICLE is a number from `sayso list`, a path, a file name or part of a title; PARAGRAPH is ¶N as \
        `sayso show` numbers it; START-END are Unicode scalar offsets inside the paragraph, as quotes' \
        offsets in `sayso analyze --json` (a span inside a quote or proposal is bookmarked as one, with \
        its speaker). The passage is kept with some text around it, so the bookmark finds it again after \
        the article file is edited; if it cannot, the bookmark is kept as orphaned with its saved text.
        """)

    @Argument(help: ArgumentHelp("The passage.", valueName: "article:paragraph[:start-end]"))
    var passage: String

    @Option(help: "A note to keep with the bookmark.")
    var note: String?

    @Option(name: .customLong("tag"), help: "A tag (repeatable).")
    var tags: [String] = []

    @OptionGroup var corpusOptions: CorpusOptions

    func execute() throws {
      let reference = try PassageReference(passage)
      var corpus = corpusOptions.corpus
      let session = try corpusOptions.storeOptions.session()
      let added = try session.addBookmark(at: reference, note: note, tags: tags, corpus: &corpus)
      print(BookmarkText.added(added.bookmark, isNew: added.isNew))
      try corpus.finish()
    }
  }

  /// `sayso bookmark remove ID`.
  struct Remove: SaysoCommand {
    static let configuration = CommandConfiguration(
      commandName: "remove", abstract: "Remove a bookmark (its number is not reused).")

    @Argument(help: "The bookmark's number, from `sayso bookmarks`.")
    var id: Int64

    @OptionGroup var storeOptions: StoreOptions

    func execute() throws {
      try storeOptions.session().openBookmarks().remove(id)
      print(BookmarkText.removed(id: id))
    }
  }

  /// `sayso bookmark note ID TEXT`.
  struct Note: SaysoCommand {
    static let configuration = CommandConfiguration(
      commandName: "note", abstract: "Replace a bookmark's note (an empty TEXT removes it).")

    @Argument(help: "The bookmark's number, from `sayso bookmarks`.")
    var id: Int64

    @Argument(help: "The note.")
    var text: String

    @OptionGroup var storeOptions: StoreOptions

    func execute() throws {
      let bookmark = try storeOptions.session().openBookmarks().setNote(text, for: id)
      print(BookmarkText.noteChanged(bookmark))
    }
  }
}
