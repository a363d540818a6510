import ArgumentParser
import SaysoCLI

/// `sayso fetch`: every subscription into the library.
struct FetchCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "fetch", abstract: "Fetch every subscribed feed into the library.",
    discussion: """
      Feeds are fetched at once (4 requests at a time, 20 s timeouts, redirects followed) with conditional \
      requests, so an unchanged feed costs one short answer. Items with their full text are imported from \
      it; for the others the linked page is fetched and its article extracted. A feed that fails is \
      reported (and listed by `sayso feeds`) and the others are fetched; the status is then 1.
      """)

  @OptionGroup var storeOptions: StoreOptions

  func execute() throws {
    var session = try IngestSession(dataDirectory: storeOptions.dataDirectory)
    try session.fetch()
    try session.finish()
  }
}
