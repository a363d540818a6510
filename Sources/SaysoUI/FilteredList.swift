/// The part every list view shares: the rows, a cursor, a text filter.
struct FilteredList<Row> {
  var all: [Row]
  var shown: [Row]
  var cursor = ListCursor()
  var filter = ""
  /// The lines of the area used by rows (the area less the header), from the last frame.
  var height = 20
  let matches: (Row, String) -> Bool

  init(_ rows: [Row], matches: @escaping (Row, String) -> Bool) {
    all = rows
    shown = rows
    self.matches = matches
  }

  var selected: Row? { shown.indices.contains(cursor.selected) ? shown[cursor.selected] : nil }

  mutating func setRows(_ rows: [Row]) {
    all = rows
    apply(filter: filter)
  }

  mutating func apply(filter text: String) {
    filter = text
    let needle = text.folded
    shown = needle.isEmpty ? all : all.filter { matches($0, needle) }
    cursor.clamp(count: shown.count, height: height)
  }

  mutating func move(_ command: Command) -> Bool {
    cursor.move(command, count: shown.count, height: height)
  }

  /// Handles `/` and the filter prompt for a list; nil when the command is not about filtering.
  mutating func filterAction(_ command: Command) -> PageAction? {
    switch command {
    case .search: return .prompt(Prompt(.filter, label: "Filter: ", text: filter))
    case .cancel:
      if filter.isEmpty { return .unsupported }
      apply(filter: "")
      return PageAction.none
    default: return nil
    }
  }

  mutating func promptFinished(_ prompt: Prompt, text: String?) -> PageAction {
    guard prompt.purpose == .filter else { return .none }
    apply(filter: text ?? "")
    return .none
  }

  /// "row/count", with the filter when one is set.
  var position: String {
    let place = shown.isEmpty ? "0/0" : "\(cursor.selected + 1)/\(shown.count)"
    return filter.isEmpty ? place : "filter \"\(DisplayText.line(filter))\"  \(place)"
  }

  /// Puts the cursor on the first shown row that `isWanted`, if one is shown.
  mutating func select(where isWanted: (Row) -> Bool) {
    guard let index = shown.firstIndex(where: isWanted) else { return }
    cursor.selected = index
    cursor.clamp(count: shown.count, height: height)
  }

  mutating func click(row: Int) {
    cursor.selected = cursor.top + row
    cursor.clamp(count: shown.count, height: height)
  }
}
