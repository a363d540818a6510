extension Screen {
  /// Draws `text` at a cell, made safe and clipped to `width` columns (default: to the right edge).
  ///
  /// - Returns: the number of columns drawn.
  @discardableResult
  public func put(
    _ text: String, row: Int, column: Int, width: Int? = nil, role: Role, ellipsis: Bool = false
  ) -> Int {
    guard row >= 0, row < rows, column >= 0, column < columns else { return 0 }
    let room = min(width ?? (columns - column), columns - column)
    let (clipped, used) = DisplayText.clipped(DisplayText.line(text), toWidth: room, ellipsis: ellipsis)
    if !clipped.isEmpty { draw(clipped, row: row, column: column, role: role) }
    return used
  }

  /// Paints `width` blank cells (default: to the right edge) with a role, e.g. a status bar's background.
  public func fill(row: Int, column: Int = 0, width: Int? = nil, role: Role) {
    guard row >= 0, row < rows, column >= 0, column < columns else { return }
    let room = min(width ?? (columns - column), columns - column)
    if room > 0 { draw(String(repeating: " ", count: room), row: row, column: column, role: role) }
  }
}
