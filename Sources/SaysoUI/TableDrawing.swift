/// One cell of a table row: text, its column width, role and alignment.
struct TableCell {
  var text: String
  var width: Int
  var role: Role = .text
  var alignRight = false
}

/// Draws the rows of the list views: fixed columns separated by one space; a selected row in the
/// selection role across the whole width.
enum TableDrawing {
  static func draw(_ cells: [TableCell], on screen: Screen, row: Int, area: Area, selected: Bool = false) {
    if selected { screen.fill(row: row, column: area.column, width: area.width, role: .selection) }
    var x = area.column
    for cell in cells {
      let room = min(cell.width, area.column + area.width - x)
      guard room > 0 else { break }
      let text = DisplayText.fitted(cell.text, toWidth: room, alignRight: cell.alignRight)
      screen.put(text, row: row, column: x, width: room, role: selected ? .selection : cell.role)
      x += room + 1
    }
  }

  /// The width left for one flexible column after the fixed ones and the spaces between all.
  static func flexible(total: Int, fixed: [Int]) -> Int {
    max(1, total - fixed.reduce(0, +) - fixed.count)
  }

  /// A line saying why a list is empty, in the middle of the area.
  static func empty(_ text: String, on screen: Screen, area: Area, row: Int) {
    screen.put("  " + text, row: row, column: area.column, width: area.width, role: .dim, ellipsis: true)
  }
}

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

  mutating func click(row: Int) {
    cursor.selected = cursor.top + row
    cursor.clamp(count: shown.count, height: height)
  }
}
