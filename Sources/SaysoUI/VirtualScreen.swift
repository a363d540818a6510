/// A `Screen` in memory: a grid of characters and a grid of roles, for tests and snapshots.
///
/// A wide character fills two cells: its own and a continuation cell (empty text) after it; a cluster
/// of narrow letters and spacing marks (Devanagari "को", 2 columns) fills its width the same way. A
/// zero-width character joins the cell before it, as on a terminal.
public final class VirtualScreen: Screen {
  /// One cell: what it shows and what role it was drawn with.
  public struct Cell: Equatable, Sendable {
    /// The character shown, "" in the right half of a wide character.
    public var text: String
    public var role: Role
  }

  public private(set) var columns: Int
  public private(set) var rows: Int
  /// The frame being drawn.
  public private(set) var cells: [[Cell]]
  /// How many frames were presented.
  public private(set) var framesPresented = 0

  public init(columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
    cells = Self.blank(columns: columns, rows: rows)
  }

  /// Changes the size, as a terminal window resize does; the grid is blank afterwards.
  public func resize(columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
    cells = Self.blank(columns: columns, rows: rows)
  }

  public func clear() { cells = Self.blank(columns: columns, rows: rows) }

  public func draw(_ text: String, row: Int, column: Int, role: Role) {
    guard row >= 0, row < rows else { return }
    var col = column
    for c in text {
      let w = c.displayWidth
      if w == 0 {
        if col > 0 && col <= columns { cells[row][col - 1].text.append(c) }
        continue
      }
      if col < 0 || col + w > columns { break }
      // Drawing over half of a wide character blanks its other half, as terminals do.
      if cells[row][col].text.isEmpty && col > 0 {
        cells[row][col - 1] = Cell(text: " ", role: cells[row][col - 1].role)
      }
      cells[row][col] = Cell(text: String(c), role: role)
      for continuation in 1..<w { cells[row][col + continuation] = Cell(text: "", role: role) }
      if col + w < columns && cells[row][col + w].text.isEmpty {
        cells[row][col + w] = Cell(text: " ", role: cells[row][col + w].role)
      }
      col += w
    }
  }

  public func present() { framesPresented += 1 }

  /// Row `row` as text, exactly `columns` wide.
  public func text(ofRow row: Int) -> String { cells[row].map(\.text).joined() }

  /// Every row's text, one per line, without trailing spaces.
  public var text: String {
    (0..<rows).map { row in
      var line = text(ofRow: row)
      while line.last == " " { line.removeLast() }
      return line
    }.joined(separator: "\n")
  }

  /// Whether some row contains `fragment`.
  public func contains(_ fragment: String) -> Bool {
    (0..<rows).contains { text(ofRow: $0).contains(fragment) }
  }

  /// The role codes of row `row` (see `Role.code`), one per cell.
  public func roles(ofRow row: Int) -> String { String(cells[row].map(\.role.code)) }

  /// The roles of the cells where `fragment` first appears on screen (from row `first` on), or nil.
  public func roles(of fragment: String, fromRow first: Int = 0) -> [Role]? {
    for row in first..<max(first, rows) {
      var starts: [Int] = []  // the cell each character starts at
      var line = ""
      for (i, cell) in cells[row].enumerated() where !cell.text.isEmpty {
        starts.append(i)
        line += cell.text
      }
      guard let range = line.range(of: fragment) else { continue }
      let first = line.distance(from: line.startIndex, to: range.lowerBound)
      let count = line.distance(from: range.lowerBound, to: range.upperBound)
      return (first..<first + count).map { cells[row][starts[$0]].role }
    }
    return nil
  }

  /// The snapshot form: a header, the character grid framed by `|`, then the role grid.
  public var snapshot: String {
    var out = "size \(columns)x\(rows)\n"
    for row in 0..<rows { out += "|" + text(ofRow: row) + "|\n" }
    out += "roles\n"
    for row in 0..<rows { out += roles(ofRow: row) + "\n" }
    return out
  }

  private static func blank(columns: Int, rows: Int) -> [[Cell]] {
    Array(repeating: Array(repeating: Cell(text: " ", role: .text), count: max(columns, 0)), count: max(rows, 0))
  }
}
