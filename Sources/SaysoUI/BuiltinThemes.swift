// Generated from themes/*.theme (a test checks they match): the themes built into sayso, so an
// installed binary has them wherever it is copied.

/// The themes that ship with Sayso; the files in themes/ at the repository root hold the same text.
public enum BuiltinThemes {
  /// The names, in the order the cycle-theme key goes through them.
  public static let names = ["default", "light", "universal", "monochrome"]

  /// The source text of the built-in theme `name`, or nil.
  public static func source(named name: String) -> String? {
    switch name {
    case "default":
      return #"""
        # Sayso default theme: 256 colours on a dark background.
        # Format: color ROLE FG BG [ATTR ...]   (see README: roles, colours, attributes)
        color text            default   default
        color title           color230  default  bold
        color heading         color117  default  bold
        color dim             color245  default
        color paragraph-number color242 default
        color quote           color114  default
        color speaker         color215  default  bold
        color proposal        color221  default  underline
        color strong          default   default  bold
        color emphasis        default   default  italic
        color link            default   default  underline
        color cursor          color16   color117 bold
        color search-match    color16   color214 bold
        color bookmark        color205  default  bold
        color title-bar       color252  color24  bold
        color status          color250  color236
        color prompt          color255  color236 bold
        color error           color203  color236 bold
        color panel           color252  color235
        color panel-title     color117  color235 bold
        color selection       color16   color110
        color column-header   color245  default  underline
        color help-key        color114  default  bold
        """#
    case "light":
      return #"""
        # Sayso light theme: 256 colours on a light background.
        color text            default   default
        color title           color17   default  bold
        color heading         color25   default  bold
        color dim             color244  default
        color paragraph-number color246 default
        color quote           color22   default
        color speaker         color130  default  bold
        color proposal        color94   default  underline
        color strong          default   default  bold
        color emphasis        default   default  italic
        color link            default   default  underline
        color cursor          color231  color25  bold
        color search-match    color16   color220 bold
        color bookmark        color162  default  bold
        color title-bar       color231  color25  bold
        color status          color236  color253
        color prompt          color16   color253 bold
        color error           color160  color253 bold
        color panel           color236  color255
        color panel-title     color25   color255 bold
        color selection       color16   color153
        color column-header   color244  default  underline
        color help-key        color22   default  bold
        """#
    case "universal":
      return #"""
        # Sayso universal theme: the eight basic colours only, for any colour terminal.
        color text            default   default
        color title           default   default  bold
        color heading         cyan      default  bold
        color dim             default   default  dim
        color paragraph-number default  default  dim
        color quote           green     default
        color speaker         yellow    default  bold
        color proposal        magenta   default  underline
        color strong          default   default  bold
        color emphasis        default   default  italic
        color link            default   default  underline
        color cursor          black     cyan
        color search-match    black     yellow
        color bookmark        red       default  bold
        color title-bar       white     blue     bold
        color status          black     white
        color prompt          black     white    bold
        color error           red       white    bold
        color panel           default   default
        color panel-title     cyan      default  bold underline
        color selection       black     cyan
        color column-header   default   default  underline
        color help-key        green     default  bold
        """#
    case "monochrome":
      return #"""
        # Sayso monochrome theme: attributes only, no colour. Also the fallback used under NO_COLOR.
        color text            default   default
        color title           default   default  bold
        color heading         default   default  bold underline
        color dim             default   default  dim
        color paragraph-number default  default  dim
        color quote           default   default  italic
        color speaker         default   default  bold
        color proposal        default   default  underline
        color strong          default   default  bold
        color emphasis        default   default  italic
        color link            default   default  underline
        color cursor          default   default  reverse
        color search-match    default   default  reverse bold
        color bookmark        default   default  bold
        color title-bar       default   default  reverse bold
        color status          default   default  reverse
        color prompt          default   default  bold
        color error           default   default  bold reverse
        color panel           default   default
        color panel-title     default   default  bold underline
        color selection       default   default  reverse
        color column-header   default   default  underline
        color help-key        default   default  bold
        """#
    default:
      return nil
    }
  }

  /// The built-in theme `name`, parsed; nil when there is none.
  public static func theme(named name: String) -> Theme? {
    guard let text = source(named: name) else { return nil }
    // The built-in texts are checked by the tests, so they always parse.
    return try? ThemeParser.parse(text + "\n", name: name, file: "themes/\(name).theme")
  }

  /// The monochrome theme: the fallback for roles without attributes under NO_COLOR.
  public static var monochromeTheme: Theme { theme(named: "monochrome") ?? Theme(name: "monochrome", styles: [:]) }
}
