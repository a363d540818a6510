import ArgumentParser
import SaysoCLI

/// `sayso unsubscribe URL`.
struct UnsubscribeCommand: SaysoCommand {
  static let configuration = CommandConfiguration(
    commandName: "unsubscribe", abstract: "Unsubscribe from a feed (its articles stay in the library).")

  @Argument(help: "The feed's address, as `sayso feeds` lists it.")
  var url: String

  @OptionGroup var storeOptions: StoreOptions

  func execute() throws {
    var session = try IngestSession(dataDirectory: storeOptions.dataDirectory)
    try session.unsubscribe(url)
  }
}
