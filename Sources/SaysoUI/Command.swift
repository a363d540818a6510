/// Everything a key can do. The raw value (the case's name unless another is written) is the command's
/// name in `bind KEY COMMAND` and on the help screen; `CommandTable` gives each its default keys and help text.
public enum Command: String, CaseIterable, Sendable {
  case down
  case up
  case pageDown = "page-down"
  case pageUp = "page-up"
  case halfPageDown = "half-page-down"
  case halfPageUp = "half-page-up"
  case top
  case bottom
  case nextParagraph = "next-paragraph"
  case previousParagraph = "previous-paragraph"
  case goToParagraph = "go-to-paragraph"
  case nextClaim = "next-claim"
  case previousClaim = "previous-claim"
  case open
  case back
  case forward
  case quit
  case quitNow = "quit-now"
  case cancel
  case search
  case searchNext = "search-next"
  case searchPrevious = "search-previous"
  case globalSearch = "global-search"
  case library
  case people
  case claims
  case bookmarks
  case stories
  case help
  case bookmark
  case delete
  case undo
  case editNote = "edit-note"
  case exportBookmarks = "export-bookmarks"
  case sort
  case kindFilter = "kind-filter"
  case togglePanel = "toggle-panel"
  case cycleTheme = "cycle-theme"
  case redraw
  case toggleHints = "toggle-hints"
  case pipe
  case openURL = "open-url"

  /// Whether a count typed before the key (`5j`, `3}`) runs the command that many times.
  public var repeatsWithCount: Bool {
    switch self {
    case .down, .up, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .nextParagraph, .previousParagraph, .nextClaim,
      .previousClaim, .searchNext, .searchPrevious:
      true
    default: false
    }
  }
}
