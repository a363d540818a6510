import ArgumentParser
import SaysoCLI

/// `sayso subscribe URL...`, `--opml FILE`, `--newsboat-urls FILE`.
struct SubscribeCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "subscribe", abstract: "Subscribe to RSS or Atom feeds (then `sayso fetch`).")

  @Argument(help: "Feed addresses.")
  var urls: [String] = []

  @Option(help: ArgumentHelp("Subscribe to every feed of an OPML file.", valueName: "file"))
  var opml: String?

  @Option(help: ArgumentHelp("Subscribe to every feed of newsboat's urls file.", valueName: "file"))
  var newsboatUrls: String?

  @OptionGroup var storeOptions: StoreOptions

  func execute() throws {
    var session = try IngestSession(dataDirectory: storeOptions.dataDirectory)
    try session.subscribe(urls, opml: opml, newsboatURLs: newsboatUrls)
    try session.finish()
  }
}
