import ArgumentParser
import SaysoCLI

/// The `--data-dir DIR` option of the commands that use the index, bookmarks or reading state.
struct StoreOptions: ParsableArguments {
  @Option(
    name: .customLong("data-dir"),
    help: ArgumentHelp(
      "Keep the config, index, bookmarks and reading state in DIR/config, DIR/cache, DIR/data and DIR/state. "
        + "Default: $SAYSO_DATA_DIR, else $XDG_CONFIG_HOME/sayso, $XDG_CACHE_HOME/sayso, $XDG_DATA_HOME/sayso "
        + "and $XDG_STATE_HOME/sayso.",
      valueName: "dir"))
  var dataDirectory: String?

  /// The store's folders, as these options name them.
  func session() throws -> StoreSession { try StoreSession(dataDirectory: dataDirectory) }
}
