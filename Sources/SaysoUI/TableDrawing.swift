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
