/// Everything that can go wrong in the reader's own files: themes, the config file, saved state.
///
/// Each message names the file and, where there is one, the line.
public enum UIError: Error, Equatable, CustomStringConvertible {
  /// A theme line names a role that does not exist.
  case unknownRole(file: String, line: Int, String)
  /// A theme line names a colour that is not `default`, a colour name, `colorN` (0–255) or `#rrggbb`.
  case unknownColor(file: String, line: Int, String)
  /// A theme line names an attribute that is not bold, underline, reverse, standout, dim, italic or blink.
  case unknownAttribute(file: String, line: Int, String)
  /// A line that is not `color ROLE FG BG [ATTR ...]` in a theme, or not a known directive in the config.
  case malformedLine(file: String, line: Int, String)
  /// `bind KEY COMMAND` with a key name that means no key.
  case unknownKey(file: String, line: Int, String)
  /// `bind KEY COMMAND` with a command that does not exist.
  case unknownCommand(file: String, line: Int, String)
  /// `--theme NAME` or `theme NAME` names no built-in theme and no file in the user's themes folder.
  case unknownTheme(String, searched: [String])
  /// A file could not be read or written.
  case fileError(path: String, reason: String)

  public var description: String {
    switch self {
    case .unknownRole(let file, let line, let name):
      "\(file):\(line): unknown role \"\(name)\" (roles: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))"
    case .unknownColor(let file, let line, let name):
      "\(file):\(line): unknown colour \"\(name)\" (use default, black, red, green, yellow, blue, magenta, cyan, white, colorN or #rrggbb)"
    case .unknownAttribute(let file, let line, let name):
      "\(file):\(line): unknown attribute \"\(name)\" (use bold, underline, reverse, standout, dim, italic, blink)"
    case .malformedLine(let file, let line, let text):
      "\(file):\(line): cannot read \"\(text)\""
    case .unknownKey(let file, let line, let name):
      "\(file):\(line): unknown key \"\(name)\" (e.g. j, G, Space, Enter, Tab, S-Tab, C-f, F1, PageDown)"
    case .unknownCommand(let file, let line, let name):
      "\(file):\(line): unknown command \"\(name)\" (see the help screen, key ?)"
    case .unknownTheme(let name, let searched):
      "unknown theme \"\(name)\" (built in: \(BuiltinThemes.names.joined(separator: ", ")); searched \(searched.joined(separator: ", ")))"
    case .fileError(let path, let reason):
      "\(path): \(reason)"
    }
  }
}
