/// Where the reader keeps its files, by the XDG base directory rules.
///
/// Each folder is `$XDG_…_HOME/sayso`, else the XDG default under `$HOME`.
public struct DataPaths: Equatable, Sendable {
  /// `$XDG_CONFIG_HOME/sayso`: the config file and user themes.
  public var config: String
  /// `$XDG_DATA_HOME/sayso`: bookmarks and notes.
  public var data: String
  /// `$XDG_STATE_HOME/sayso`: reading positions.
  public var state: String

  /// The folders for an environment.
  public init(environment: [String: String]) {
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    func base(_ variable: String, _ fallback: String) -> String {
      // The spec says a relative path in an XDG variable is invalid and must be ignored.
      if let value = environment[variable], value.hasPrefix("/") { return value }
      return home + "/" + fallback
    }
    config = base("XDG_CONFIG_HOME", ".config") + "/sayso"
    data = base("XDG_DATA_HOME", ".local/share") + "/sayso"
    state = base("XDG_STATE_HOME", ".local/state") + "/sayso"
  }

  /// The config file.
  public var configFile: String { config + "/config" }
  /// The folder of user themes.
  public var themes: String { config + "/themes" }
}
