/// The reader's settings from `$XDG_CONFIG_HOME/sayso/config`.
///
/// One directive per line, `#` comments:
///
///     theme light              # a built-in theme or a file in $XDG_CONFIG_HOME/sayso/themes/
///     corpus ~/news            # the default corpus (repeatable)
///     bind x quit              # run a command with a key (see the help screen for names)
///     unbind f                 # make a key do nothing
///     mouse on                 # wheel scrolls, click selects (off by default)
///     hints off                # no key-hint line at the bottom (on by default)
///     width 100                # article text wraps at 100 columns (the default); 0: the window's width
public struct Config: Equatable, Sendable {
  /// The reading width when the config sets none.
  public static let defaultWidth = 100

  public var theme: String?
  public var corpus: [String] = []
  public var bindings: [Binding] = []
  public var mouse = false
  /// The columns article text wraps at; 0 for the window's width.
  public var width = Config.defaultWidth
  /// Whether the key-hint line is shown (`hints off` hides it).
  public var hints = true

  /// One `bind` or `unbind` line; `command` nil for unbind.
  public struct Binding: Equatable, Sendable {
    public var key: Key
    public var command: Command?
  }

  public init() {}

  /// The keymap with this config's bindings applied to the defaults.
  public var keymap: Keymap {
    var map = Keymap()
    for binding in bindings { map.bind(binding.key, to: binding.command) }
    return map
  }

  /// Reads a config file's text.
  ///
  /// - Parameter file: the path used in error messages.
  /// - Throws: `UIError` naming the file and line of the first bad line.
  public static func parse(_ text: String, file: String) throws -> Config {
    var config = Config()
    for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = number + 1
      let words = Self.words(of: rawLine)
      guard let directive = words.first else { continue }
      let malformed = UIError.malformedLine(file: file, line: line, DisplayText.line(String(rawLine)))
      switch directive {
      case "theme":
        guard words.count == 2 else { throw malformed }
        config.theme = words[1]
      case "corpus":
        guard words.count >= 2 else { throw malformed }
        config.corpus.append(words.dropFirst().joined(separator: " "))
      case "bind":
        guard words.count == 3 else { throw malformed }
        guard let key = Key(name: words[1]) else { throw UIError.unknownKey(file: file, line: line, words[1]) }
        guard let command = Command(rawValue: words[2]) else {
          throw UIError.unknownCommand(file: file, line: line, DisplayText.line(words[2]))
        }
        config.bindings.append(Binding(key: key, command: command))
      case "unbind":
        guard words.count == 2 else { throw malformed }
        guard let key = Key(name: words[1]) else { throw UIError.unknownKey(file: file, line: line, words[1]) }
        config.bindings.append(Binding(key: key, command: nil))
      case "mouse":
        guard words.count == 2, ["on", "off", "yes", "no", "true", "false"].contains(words[1]) else {
          throw malformed
        }
        config.mouse = ["on", "yes", "true"].contains(words[1])
      case "hints":
        guard words.count == 2, ["on", "off", "yes", "no", "true", "false"].contains(words[1]) else {
          throw malformed
        }
        config.hints = ["on", "yes", "true"].contains(words[1])
      case "width":
        guard words.count == 2, words[1].allSatisfy(\.isASCII), let width = Int(words[1]), width >= 0 else {
          throw malformed
        }
        config.width = width
      default:
        throw malformed
      }
    }
    return config
  }

  /// The words of a line up to a comment: a word starting with `#`, except the key of `bind` and
  /// `unbind` (so `bind # top` binds the `#` key).
  private static func words(of line: Substring) -> [String] {
    var words: [String] = []
    for word in line.split(whereSeparator: \.isWhitespace) {
      let isKey = words.count == 1 && (words[0] == "bind" || words[0] == "unbind")
      if word.hasPrefix("#") && !isKey { break }
      words.append(String(word))
    }
    return words
  }
}
