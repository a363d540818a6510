import ArgumentParser
import SaysoCLI

/// `sayso import PATH_OR_URL...` and `sayso import --newsboat [CACHE_DB]`: articles into the library.
struct ImportCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import web pages, HTML, Markdown and text files, or newsboat's cache, into the library.",
    discussion: """
      Each article becomes DATA/library/SOURCE/DATE-SLUG.md with front matter (title, source, date, url, \
      author, feed); an article already there (same URL or guid) is not written again. Web pages keep \
      their title, byline, date and paragraphs; menus, headers, footers, asides and related links are \
      dropped. --newsboat reads newsboat's cache (default ~/.newsboat/cache.db, else \
      $XDG_DATA_HOME/newsboat/cache.db) read-only. Without --corpus, commands read the library once it \
      holds an article.
      """)

  @Argument(help: "Files, folders of them and http(s) addresses; with --newsboat, the cache file.")
  var items: [String] = []

  @Flag(help: "Import the items of newsboat's cache.")
  var newsboat = false

  @OptionGroup var storeOptions: StoreOptions

  func validate() throws {
    if newsboat ? items.count > 1 : items.isEmpty { throw ValidationError("name files or addresses, or one cache") }
  }

  func execute() throws {
    var session = try IngestSession(dataDirectory: storeOptions.dataDirectory)
    if newsboat { try session.importNewsboat(items.first) } else { try session.importItems(items) }
    try session.finish()
  }
}
