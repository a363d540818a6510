/// Drawing the app: the page, the title bar, the hint line and the status line.
extension App {
  /// The smallest window that gets the full layout; a smaller one gets a short message.
  public static let minimumColumns = 20
  public static let minimumRows = 6
  /// The fewest rows that get the key-hint line.
  public static let hintLineRows = 12

  /// Draws a complete frame and presents it.
  public func render(on screen: Screen) {
    screen.clear()
    let columns = screen.columns
    let rows = screen.rows
    if columns < Self.minimumColumns || rows < Self.minimumRows {
      let words = "Sayso: window too small (\(Self.minimumColumns)×\(Self.minimumRows) needed)"
      for (i, line) in words.wrapped(toWidth: max(columns, 1)).prefix(max(rows, 0)).enumerated() {
        screen.put(line, row: i, column: 0, role: .error)
      }
      screen.present()
      return
    }
    drawTitleBar(on: screen)
    let hintRow = showHints && rows >= Self.hintLineRows
    if hintRow {
      screen.fill(row: rows - 2, role: .titleBar)
      let line = KeyHints.line(page.keyHints, keymap: keymap, width: columns - 1)
      screen.put(line, row: rows - 2, column: 0, width: columns, role: .titleBar)
    }
    let area = Area(row: 1, column: 0, width: columns, height: rows - (hintRow ? 3 : 2))
    lastArea = area
    drawPage(on: screen, in: area)
    drawStatusLine(on: screen)
    screen.present()
  }

  /// The keys for help and for going back, as they are bound now ("? help  q back "); a command with
  /// no key is left out.
  var hints: String {
    let parts = [(Command.help, "help"), (Command.quit, "back")].compactMap { command, word in
      keymap.keys(for: command).first.map { "\($0.name) \(word)" }
    }
    return parts.isEmpty ? "" : parts.joined(separator: "  ") + " "
  }

  private func drawTitleBar(on screen: Screen) {
    screen.fill(row: 0, role: .titleBar)
    let right = screen.columns >= 50 ? hints : ""
    let rightWidth = right.displayWidth
    var text = " Sayso · \(page.name)"
    if !page.subtitle.isEmpty { text += " · " + page.subtitle }
    screen.put(text, row: 0, column: 0, width: screen.columns - rightWidth - 1, role: .titleBar, ellipsis: true)
    if rightWidth > 0 { screen.put(right, row: 0, column: screen.columns - rightWidth, role: .titleBar) }
  }

  private func drawStatusLine(on screen: Screen) {
    let row = screen.rows - 1
    if let prompt {
      screen.fill(row: row, role: .prompt)
      let used = screen.put(prompt.label, row: row, column: 0, role: .prompt)
      let room = screen.columns - used - 1
      // Show the end of a long answer, the part being typed.
      let shown = DisplayText.tail(DisplayText.line(prompt.text), toWidth: room)
      let typed = screen.put(shown, row: row, column: used, role: .prompt)
      screen.put(" ", row: row, column: used + typed, role: .cursor)
      if let message, messageIsError {
        // What is wrong with the answer, on the line above it (each line of a message with a caret).
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false).suffix(max(0, row - 1))
        for (i, line) in lines.enumerated() {
          let y = row - lines.count + i
          screen.fill(row: y, role: .error)
          screen.put(" " + line, row: y, column: 0, role: .error, ellipsis: true)
        }
      }
      return
    }
    screen.fill(row: row, role: .status)
    let position = (pendingCount.map { "\($0)  " } ?? "") + page.position()
    let positionWidth = position.displayWidth
    if !position.isEmpty, positionWidth < screen.columns {
      screen.put(position, row: row, column: screen.columns - positionWidth - 1, role: .status)
    }
    let room = screen.columns - (position.isEmpty ? 0 : positionWidth + 2)
    if let message {
      screen.put(
        " " + message, row: row, column: 0, width: room, role: messageIsError ? .error : .status, ellipsis: true)
    }
  }
}
