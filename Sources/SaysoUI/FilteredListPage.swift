/// A view that shows a `FilteredList`: typing filters it, a click selects a row, and the status line
/// shows the position — one implementation for the Library, People, Claims, Search and Bookmarks views.
protocol FilteredListPage: Page {
  associatedtype Row
  var list: FilteredList<Row> { get set }
  /// Screen rows above the first item (a table's header).
  static var headerRows: Int { get }
  /// Screen rows each item takes.
  static var rowsPerItem: Int { get }
  /// What `open` (Enter) does with the selected row.
  func open(_ row: Row, services: AppServices) -> PageAction
  /// Runs a command of the view's own: one that neither moves, filters nor opens (none by default).
  mutating func performOwn(_ command: Command, services: AppServices) -> PageAction
}

extension FilteredListPage {
  static var headerRows: Int { 1 }
  static var rowsPerItem: Int { 1 }

  /// Moves in the list, filters it, or opens the selected row; any other command is the view's own.
  public mutating func perform(_ command: Command, services: AppServices) -> PageAction {
    if list.move(command) { return .none }
    if let action = list.filterAction(command) { return action }
    guard command == .open else { return performOwn(command, services: services) }
    guard let row = list.selected else { return .none }
    return open(row, services: services)
  }

  mutating func performOwn(_ command: Command, services: AppServices) -> PageAction { .unsupported }

  public mutating func promptChanged(_ prompt: Prompt, services: AppServices) { list.apply(filter: prompt.text) }

  public mutating func promptFinished(_ prompt: Prompt, text: String?, services: AppServices) -> PageAction {
    list.promptFinished(prompt, text: text)
  }

  public mutating func click(row: Int, services: AppServices) -> PageAction {
    let itemRow = row - Self.headerRows
    guard itemRow >= 0 else { return .none }
    list.click(row: itemRow / Self.rowsPerItem)
    return .none
  }

  public func position() -> String { list.position }

  /// A list's key hints: back, open (to read), filter, search all, help; views add their own commands.
  public var keyHints: [KeyHint] { KeyHints.list(open: "read") }
}

extension FilteredListPage {
  /// The items on screen, `rowsPerItem` rows each below the header: each one's index in `list.shown`,
  /// its first row and whether it is selected (that row is filled in the selection role).
  func visibleItems(on screen: Screen, in area: Area) -> [(index: Int, row: Int, selected: Bool)] {
    list.cursor.visible(count: list.shown.count, height: list.height).enumerated().map { r, i in
      let row = area.row + Self.headerRows + Self.rowsPerItem * r
      let selected = i == list.cursor.selected
      if selected { screen.fill(row: row, column: area.column, width: area.width, role: .selection) }
      return (i, row, selected)
    }
  }
}
