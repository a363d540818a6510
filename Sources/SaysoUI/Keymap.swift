/// Which command each key runs: the command table's defaults, changed by `bind` lines.
public struct Keymap: Sendable {
  private var commands: [Key: Command] = [:]

  /// The default keys of every command in `CommandTable`.
  public init() {
    for entry in CommandTable.entries {
      for key in entry.keys { commands[key] = entry.command }
    }
  }

  /// The command bound to `key`, or nil when the key is unbound.
  public func command(for key: Key) -> Command? { commands[key] }

  /// Binds `key` to `command` (nil unbinds it), replacing what it did before.
  public mutating func bind(_ key: Key, to command: Command?) { commands[key] = command }

  /// The keys that run `command`, in the table's order first, then rebound ones by name.
  public func keys(for command: Command) -> [Key] {
    let defaults = CommandTable.entry(for: command).keys.filter { commands[$0] == command }
    let extra = commands.filter { $0.value == command && !defaults.contains($0.key) }.map(\.key)
      .sorted { $0.name < $1.name }
    return defaults + extra
  }
}
