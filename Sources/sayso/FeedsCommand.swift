import ArgumentParser
import SaysoCLI

/// `sayso feeds`: the subscriptions with their last fetch and error.
struct FeedsCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "feeds", abstract: "List the subscribed feeds with their last fetch and its error.")

  @OptionGroup var storeOptions: StoreOptions

  func execute() throws {
    try IngestSession(dataDirectory: storeOptions.dataDirectory).printFeeds()
  }
}
