/// A key press (or mouse event) as the UI sees it, decoded from the terminal by the `Screen`.
public enum Key: Hashable, Sendable {
  /// A printable character, e.g. "j", "G", "/", "é".
  case character(Character)
  /// A control character typed as Ctrl plus a letter or symbol, e.g. `.control("f")` for Ctrl-F.
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, escape, tab, backTab, backspace, delete, insert
  /// A function key, F1 to F12.
  case function(Int)
  /// The terminal changed size.
  case resize
  /// A mouse event, reported only when the mouse is enabled.
  case mouse(MouseEvent)

  /// Names used in `bind KEY COMMAND` and on the help screen, for keys that are not one printable character.
  static let specialNames: [(String, Key)] = [
    ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
    ("PageUp", .pageUp), ("PageDown", .pageDown), ("Home", .home), ("End", .end),
    ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("S-Tab", .backTab),
    ("Backspace", .backspace), ("Delete", .delete), ("Insert", .insert), ("Space", .character(" ")),
  ]

  /// The key's name as `bind` takes it: "j", "G", "Space", "Enter", "C-f", "F1", "S-Tab".
  public var name: String {
    if let special = Self.specialNames.first(where: { $0.1 == self }) { return special.0 }
    switch self {
    case .character(let c): return String(c)
    case .control(let c): return "C-\(c)"
    case .function(let n): return "F\(n)"
    case .resize: return "Resize"
    case .mouse: return "Mouse"
    default: return "?"
    }
  }

  /// The key a name stands for: one character, a special name (case ignored), `C-x` / `^X`, or `F1`…`F12`.
  ///
  /// - Returns: nil when the name means no key.
  public init?(name: String) {
    if name.count == 1, let c = name.first {
      self = .character(c)
      return
    }
    if let special = Self.specialNames.first(where: { $0.0.lowercased() == name.lowercased() }) {
      self = special.1
      return
    }
    let aliases: [String: Key] = [
      "pgup": .pageUp, "pgdn": .pageDown, "return": .enter, "escape": .escape, "backtab": .backTab,
      "del": .delete, "bs": .backspace, "space": .character(" "), "lt": .character("<"),
    ]
    if let key = aliases[name.lowercased()] {
      self = key
      return
    }
    let lower = name.lowercased()
    if (lower.hasPrefix("c-") && name.count == 3) || (name.hasPrefix("^") && name.count == 2) {
      self = .control(Character(String(name.last!).lowercased()))
      return
    }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
      self = .function(n)
      return
    }
    return nil
  }
}

/// A mouse event at a screen cell.
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Kind: Hashable, Sendable {
    case click, doubleClick, wheelUp, wheelDown
  }

  public var kind: Kind
  public var row: Int
  public var column: Int

  public init(kind: Kind, row: Int, column: Int) {
    self.kind = kind
    self.row = row
    self.column = column
  }
}
