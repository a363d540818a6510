/// A grid of character cells that the UI draws into: ncurses in the terminal, `VirtualScreen` in tests.
///
/// Views never talk to ncurses; they call `draw(_:row:column:role:)` with text that is already safe for
/// the terminal and already clipped to the grid (see `Screen+Drawing.swift`), and say what each piece is
/// with a `Role`. A frame is `clear()`, draws, `present()`.
public protocol Screen: AnyObject {
  /// The number of columns.
  var columns: Int { get }
  /// The number of rows.
  var rows: Int { get }
  /// Blanks the whole grid (in memory; nothing reaches the terminal before `present()`).
  func clear()
  /// Writes `text` starting at a cell; `text` holds no control character and fits on the row.
  func draw(_ text: String, row: Int, column: Int, role: Role)
  /// Shows the frame: only the cells that changed since the last frame are sent to the terminal.
  func present()
}
