/// A colour as a theme names it.
public enum ThemeColor: Equatable, Sendable {
  /// The terminal's own foreground or background.
  case terminalDefault
  /// A palette index, 0–255; 0–7 are black, red, green, yellow, blue, magenta, cyan, white.
  case index(Int)
  /// A true colour, shown as the nearest colour the terminal has.
  case rgb(UInt8, UInt8, UInt8)

  /// The eight names and their palette indices.
  static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

  /// Reads `default`, a colour name, `colorN` or `#rrggbb`; nil for anything else.
  init?(name: String) {
    let lower = name.lowercased()
    if lower == "default" {
      self = .terminalDefault
    } else if let i = Self.names.firstIndex(of: lower) {
      self = .index(i)
    } else if lower.hasPrefix("color"), let n = Int(lower.dropFirst(5)), (0...255).contains(n),
      lower.dropFirst(5).allSatisfy(\.isASCII)
    {
      self = .index(n)
    } else if lower.hasPrefix("#"), lower.count == 7, let v = UInt32(lower.dropFirst(), radix: 16) {
      self = .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF))
    } else {
      return nil
    }
  }
}

/// A text attribute; colours aside, the only way a monochrome terminal tells roles apart.
public enum TextAttribute: String, CaseIterable, Sendable {
  case bold, underline, reverse, standout, dim, italic, blink
}

/// How one role looks: foreground, background and attributes.
public struct Style: Equatable, Sendable {
  public var foreground: ThemeColor
  public var background: ThemeColor
  public var attributes: Set<TextAttribute>

  public init(
    foreground: ThemeColor = .terminalDefault, background: ThemeColor = .terminalDefault,
    attributes: Set<TextAttribute> = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// This style without colours, for NO_COLOR and terminals without colour.
  public var withoutColor: Style { Style(attributes: attributes) }
}

/// A named set of styles, one per role; a role the theme leaves out looks like `text`.
public struct Theme: Equatable, Sendable {
  public var name: String
  public var styles: [Role: Style]

  public init(name: String, styles: [Role: Style]) {
    self.name = name
    self.styles = styles
  }

  /// The style for `role`: the theme's own, else its `text` style, else the terminal's default.
  public func style(for role: Role) -> Style {
    styles[role] ?? styles[.text] ?? Style()
  }

  /// This theme for a terminal that must not show colour (NO_COLOR, or no colour support).
  ///
  /// Attributes stay. A role that would then look like plain text (most themes tell quotes from
  /// text by colour alone) takes the monochrome theme's attributes, and one drawn on a background
  /// colour (bars, the cursor) adds them to its own, so highlights stay visible.
  public var monochrome: Theme {
    let fallback = BuiltinThemes.monochromeTheme
    var styles: [Role: Style] = [:]
    for role in Role.allCases {
      let style = style(for: role)
      let own = style.withoutColor
      if own.attributes.isEmpty && role != .text {
        styles[role] = fallback.style(for: role)
      } else if style.background != .terminalDefault && !own.attributes.contains(.reverse) {
        // A bar or highlight drawn with a background colour keeps standing out, in reverse video.
        styles[role] = Style(attributes: own.attributes.union(fallback.style(for: role).attributes))
      } else {
        styles[role] = own
      }
    }
    return Theme(name: name, styles: styles)
  }
}
