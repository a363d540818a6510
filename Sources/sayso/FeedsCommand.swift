import ArgumentParser
import SaysoCLI

/// `sayso feeds`: the subscriptions with their last fetch and error.
struct FeedsCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "feeds", abstract: "List the subscribed feeds with their last fetch and its error.")

  @OptionGroup var storeOptions: StoreOptions

  func execute() throws {
    let lines = try IngestSession(dataDirectory: storeOptions.dataDirectory).feedLines()
    if lines.isEmpty { throw SaysoError.nothingMatches("feeds: no subscriptions (add one with `sayso subscribe URL`)") }
    for line in lines { print(line) }
  }
}
