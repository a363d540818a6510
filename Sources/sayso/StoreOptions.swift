import ArgumentParser
import Foundation
import SaysoStore

/// The `--data-dir DIR` option of the commands that use the index, bookmarks or reading state.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      "Keep the index, bookmarks and reading state in DIR/cache, DIR/data and DIR/state. Default: "
        + "$SAYSO_DATA_DIR, else $XDG_CACHE_HOME/sayso, $XDG_DATA_HOME/sayso and $XDG_STATE_HOME/sayso.",
      valueName: "dir"))
  var dataDirectory: String?

  /// The folders these options name.
  ///
  /// - Throws: `SaysoStoreError.noHomeDirectory` when no folder can be found.
  func directories() throws(SaysoStoreError) -> DataDirectories {
    try DataDirectories.resolve(dataDirectory: dataDirectory)
  }
}
