/// Every command with its keys and what it does, generated from the command table and the keymap
/// (so rebound keys show); `/` filters it.
public struct HelpView: Page {
  /// One line of help: a group heading, or a command with its keys.
  struct Line {
    var heading: String?
    var keys: String = ""
    var command: String = ""
    var help: String = ""
  }

  var all: [Line] = []
  var shown: [Line] = []
  var top = 0
  var height = 20
  var filter = ""

  public var name: String { "Help" }
  public var keyHints: [KeyHint] {
    [KeyHint(.quit, "back"), KeyHint(.search, "find"), KeyHint(.toggleHints, "hide hints")]
  }
  public var subtitle: String { "keys, from the command table" }

  public init(keymap: Keymap) {
    for group in CommandTable.Group.allCases {
      all.append(Line(heading: group.rawValue))
      for entry in CommandTable.entries where entry.group == group {
        let keys = keymap.keys(for: entry.command).map(\.name).joined(separator: " ")
        all.append(Line(keys: keys.isEmpty ? "(unbound)" : keys, command: entry.command.rawValue, help: entry.help))
      }
    }
    all.append(Line(heading: "Mouse (with mouse on in the config)"))
    all.append(Line(keys: "wheel", command: "", help: "Scroll three lines; three rows in lists"))
    all.append(Line(keys: "click", command: "", help: "Select the row; in the reader, the paragraph clicked"))
    all.append(Line(keys: "double-click", command: "", help: "Open the row, as Enter does (in lists)"))
    shown = all
  }

  private mutating func apply(filter text: String) {
    filter = text
    let needle = text.folded
    shown =
      needle.isEmpty
      ? all
      : all.filter { line in
        line.heading == nil
          && (line.keys.folded.contains(needle) || line.command.contains(needle) || line.help.folded.contains(needle))
      }
    top = 0
  }

  public mutating func perform(_ command: Command, services: AppServices) -> PageAction {
    let maxTop = max(0, shown.count - height)
    switch command {
    case .down: top += 1
    case .up: top -= 1
    case .pageDown: top += max(1, height - 1)
    case .pageUp: top -= max(1, height - 1)
    case .halfPageDown: top += max(1, height / 2)
    case .halfPageUp: top -= max(1, height / 2)
    case .top: top = 0
    case .bottom: top = maxTop
    case .search: return .prompt(Prompt(.filter, label: "Find in help: ", text: filter))
    case .cancel:
      if filter.isEmpty { return .unsupported }
      apply(filter: "")
    default: return .unsupported
    }
    top = max(0, min(top, maxTop))
    return .none
  }

  public mutating func promptChanged(_ prompt: Prompt, services: AppServices) { apply(filter: prompt.text) }
  public mutating func promptFinished(_ prompt: Prompt, text: String?, services: AppServices) -> PageAction {
    apply(filter: text ?? "")
    return .none
  }

  public func position() -> String {
    filter.isEmpty ? "" : "\"\(DisplayText.line(filter))\" \(shown.count) commands"
  }

  public mutating func draw(on screen: Screen, in area: Area, services: AppServices) {
    height = max(1, area.height)
    top = max(0, min(top, max(0, shown.count - height)))
    let keysWidth = min(24, max(8, area.width / 4))
    let commandWidth = area.width >= 60 ? 18 : 0
    for (r, line) in shown.dropFirst(top).prefix(height).enumerated() {
      let y = area.row + r
      if let heading = line.heading {
        screen.put(heading, row: y, column: area.column, width: area.width, role: .heading)
        continue
      }
      var x = area.column + 1
      x += screen.put(DisplayText.fitted(line.keys, toWidth: keysWidth), row: y, column: x, role: .helpKey) + 1
      if commandWidth > 0 {
        x += screen.put(DisplayText.fitted(line.command, toWidth: commandWidth), row: y, column: x, role: .dim) + 1
      }
      screen.put(line.help, row: y, column: x, width: area.column + area.width - x, role: .text, ellipsis: true)
    }
  }
}
