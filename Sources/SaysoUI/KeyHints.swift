/// One entry of the key-hint line: a command and the word shown after its key.
public struct KeyHint: Equatable, Sendable {
  public var command: Command
  public var label: String

  public init(_ command: Command, _ label: String) {
    self.command = command
    self.label = label
  }
}

/// The key-hint line at the bottom of each view (newsboat's): the view's main commands, each with the
/// first key bound to it now (a command with no key is left out), `toggle-hints` (or `hints off` in the
/// config) hides it.
public enum KeyHints {
  /// `q back  Enter open  / filter`, as many entries as fit in `width` columns.
  public static func line(_ hints: [KeyHint], keymap: Keymap, width: Int) -> String {
    var line = ""
    for hint in hints {
      guard let key = keymap.keys(for: hint.command).first else { continue }
      let entry = (line.isEmpty ? " " : "  ") + "\(key.name) \(hint.label)"
      if (line + entry).displayWidth > width { break }
      line += entry
    }
    return line
  }

  /// The hints of a list: open, filter, back and help, with the list's own commands between.
  static func list(open: String, own: [KeyHint] = []) -> [KeyHint] {
    [KeyHint(.quit, "back"), KeyHint(.open, open), KeyHint(.search, "filter")] + own + [
      KeyHint(.globalSearch, "search all"), KeyHint(.help, "help"),
    ]
  }
}
