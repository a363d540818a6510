/// The selected row and scroll position of a list, with the moves every list shares.
struct ListCursor: Equatable {
  var selected = 0
  var top = 0

  /// Applies a moving command for a list of `count` rows shown `height` at a time; false when the
  /// command is not a move.
  mutating func move(_ command: Command, count: Int, height: Int) -> Bool {
    let page = max(1, height - 1)
    switch command {
    case .down: selected += 1
    case .up: selected -= 1
    case .pageDown:
      selected += page
      top += page
    case .pageUp:
      selected -= page
      top -= page
    case .halfPageDown: selected += page / 2 + 1
    case .halfPageUp: selected -= page / 2 + 1
    case .top: selected = 0
    case .bottom: selected = count - 1
    default: return false
    }
    clamp(count: count, height: height)
    return true
  }

  /// Keeps the selection inside the list and on screen.
  mutating func clamp(count: Int, height: Int) {
    selected = max(0, min(selected, count - 1))
    let height = max(1, height)
    top = max(0, min(top, max(0, count - height)))
    if selected < top { top = selected }
    if selected >= top + height { top = selected - height + 1 }
  }

  /// The rows to draw: indices from `top`, at most `height`.
  func visible(count: Int, height: Int) -> Range<Int> {
    top..<min(count, top + max(0, height))
  }
}
