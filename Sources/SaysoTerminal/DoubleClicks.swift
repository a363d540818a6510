import SaysoUI

/// Tells a double click from a click: ncurses runs with `mouseinterval(0)` (no waiting after a press
/// for what follows, so clicks and the wheel act at once) and reports presses, so two presses on the
/// same cell within `interval` make the second one a double click.
struct DoubleClicks {
  /// The longest time between the presses of a double click (a common desktop default).
  static let interval: Duration = .milliseconds(400)

  private var last: (row: Int, column: Int, time: ContinuousClock.Instant)?

  /// What a press at this cell is, now.
  mutating func press(
    row: Int, column: Int, at time: ContinuousClock.Instant = .now
  ) -> MouseEvent.Kind {
    if let last, last.row == row, last.column == column, time - last.time <= Self.interval {
      self.last = nil
      return .doubleClick
    }
    last = (row, column, time)
    return .click
  }
}
