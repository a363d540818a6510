import SaysoCore

/// Drawing the reader: the text with its highlights and margin, then the claims panel.
extension ReaderView {
  // MARK: Drawing

  /// The width of the paragraph-number margin for a screen `columns` wide.
  func marginWidth(columns: Int) -> Int {
    guard columns >= 30 else { return 0 }
    return max(4, String(max(0, paragraphCount - 1)).count + 2)
  }

  /// The columns the text wraps at: the reading width (`width N` in the config) when the window has
  /// room for it, else what there is; a reading width of 0 means the window's width. The text column
  /// stays left-aligned, after the margin.
  static func textWidth(available: Int, readingWidth: Int) -> Int {
    let available = max(1, available)
    return readingWidth > 0 ? min(available, readingWidth) : available
  }

  /// The panel's height (title line included) in an area `height` rows high.
  func panelHeight(areaHeight height: Int) -> Int {
    guard showPanel else { return 0 }
    if height >= 18 { return 6 }
    if height >= 9 { return 3 }
    return 0
  }

  public mutating func draw(on screen: Screen, in area: Area, services: AppServices) {
    let margin = marginWidth(columns: area.width)
    let panel = panelHeight(areaHeight: area.height)
    let height = max(1, area.height - panel)
    let width = Self.textWidth(available: area.width - margin - 1, readingWidth: services.readingWidth)
    if height != textHeight, let layout, layout.width == width {
      // Only the height changed: show the reading position at the top again, as far as it fits.
      top = layout.line(paragraph: anchor.paragraph, offset: anchor.offset)
    }
    textHeight = height
    textWidth = width
    ensureLayout(width: textWidth)
    clampTop()
    bookmarkedParagraphs = services.bookmarkedParagraphs(inArticle: analysis.article.path)
    let numberWidth = max(0, margin - 2)
    for row in 0..<textHeight {
      let index = top + row
      guard lines.indices.contains(index) else { break }
      let line = lines[index]
      let y = area.row + row
      if margin > 0 && line.isFirst {
        let number = DisplayText.fitted(String(line.paragraph), toWidth: numberWidth, alignRight: true)
        screen.put(
          number, row: y, column: area.column, role: line.paragraph == cursorParagraph ? .cursor : .paragraphNumber)
        if bookmarkedParagraphs.contains(line.paragraph) {
          screen.put("•", row: y, column: area.column + numberWidth, role: .bookmark)
        }
      }
      if let wrapped = line.wrapped {
        drawText(wrapped, paragraph: line.paragraph, on: screen, row: y, column: area.column + margin)
      }
    }
    if panel > 0 {
      drawPanel(on: screen, row: area.row + textHeight, height: panel, area: area, stories: services.storyLookup())
    }
  }

  func drawText(_ line: WrappedLine, paragraph p: Int, on screen: Screen, row: Int, column: Int) {
    let text = analysis.article.paragraphs[p].text
    let spans = spans(in: p)
    let base = baseRole(p)
    let datelineEnd = analysis.article.paragraphs[p].datelineEnd ?? 0
    // A Markdown article's markup is hidden and its strong, emphasised and link text styled.
    let markup = MarkdownMarkup.applies(to: analysis.article) ? MarkdownMarkup(text) : nil
    let styled: [(Range<Int>, Role)] =
      (markup?.strong ?? []).map { ($0, .strong) } + (markup?.emphasis ?? []).map { ($0, .emphasis) }
      + (markup?.links ?? []).map { ($0.range, .link) } + (markup?.code ?? []).map { ($0, .dim) }
    var x = column
    var run = ""
    var runRole = Role.text
    var offset = line.start
    for c in text[line.range] {
      if let markup, markup.hides(offset) {
        offset += c.unicodeScalars.count
        continue
      }
      var role = offset < datelineEnd && base == .text ? Role.dim : base
      if base == .text, let style = styled.first(where: { $0.0.contains(offset) }) { role = style.1 }
      for span in spans where span.range.contains(offset) {
        role = span.role
        break
      }
      let form = DisplayText.form(of: c)
      if role != runRole && !run.isEmpty {
        x += screen.put(run, row: row, column: x, role: runRole)
        run = ""
      }
      runRole = role
      run += form.text
      offset += c.unicodeScalars.count
    }
    if !run.isEmpty { screen.put(run, row: row, column: x, role: runRole) }
  }

  func baseRole(_ p: Int) -> Role {
    switch analysis.article.paragraphs[p].role {
    case .title: .title
    case .heading: .heading
    case .dateline: .dim
    case .body: .text
    }
  }

  /// The highlighted spans of paragraph `p`, strongest first.
  func spans(in p: Int) -> [(range: Range<Int>, role: Role)] {
    var out: [(Range<Int>, Role)] = []
    if let search, let found = search.byParagraph[p] {
      for i in found {
        out.append((search.matches[i].range, i == search.current ? .cursor : .searchMatch))
      }
    }
    if let focusedClaim {
      // Each piece of an utterance, not the frame between them.
      for piece in claims[focusedClaim].pieces where piece.paragraph == p {
        out.append((piece.start..<max(piece.start, piece.end), .cursor))
      }
    }
    out += marks.proposals[p].map { ($0, .proposal) }
    out += marks.speakers[p].map { ($0, .speaker) }
    out += marks.quotes[p].map { ($0, .quote) }
    return out
  }

  /// The claims panel: the paragraph's claims, the focused one marked; a claim other articles carry
  /// says so ("also reported by 2 outlets"), and Enter on it opens the story.
  func drawPanel(on screen: Screen, row: Int, height: Int, area: Area, stories: StoryLookup) {
    let inParagraph = claims.indices.filter { claims[$0].paragraph == cursorParagraph }
    for r in row..<row + height { screen.fill(row: r, column: area.column, width: area.width, role: .panel) }
    let count = inParagraph.count
    let heading =
      " ¶\(cursorParagraph) · " + (count == 0 ? "no claims" : count.counted("claim"))
      + (!claims.isEmpty && focusedClaim == nil ? " · Tab: next claim" : "")
    screen.fill(row: row, column: area.column, width: area.width, role: .panelTitle)
    screen.put(heading, row: row, column: area.column, width: area.width, role: .panelTitle, ellipsis: true)
    guard height > 1, count > 0 else { return }
    let window = Self.panelWindow(
      count: count, room: height - 1, focused: focusedClaim.flatMap { inParagraph.firstIndex(of: $0) })
    for (r, index) in inParagraph[window.shown].enumerated() {
      let focused = index == focusedClaim
      var text = (focused ? " ▸ " : "   ") + ClaimDescription.summary(claims[index])
      if let place = storyPlace(ofClaim: index, in: stories) {
        text += " · " + StoryLookup.phrase(place) + (focused ? " (Enter)" : "")
      }
      screen.put(
        text, row: row + 1 + r, column: area.column, width: area.width, role: focused ? .cursor : .panel, ellipsis: true
      )
    }
    if let more = window.more {
      screen.put(
        "   " + more, row: row + 1 + window.shown.count, column: area.column, width: area.width, role: .panel,
        ellipsis: true)
    }
  }

  /// Which of a paragraph's `count` claims the panel lists in `room` rows, the focused one (an index
  /// among them) always among them, and the mark for those left out ("… 2 more", "… 2 more above",
  /// "… 3 more: 1 above, 2 below"), which then takes the last row.
  ///
  /// - Parameter focused: the focused claim's index among the paragraph's claims, if any.
  static func panelWindow(count: Int, room: Int, focused: Int?) -> (shown: Range<Int>, more: String?) {
    guard count > room else { return (0..<count, nil) }
    guard room >= 2 else {
      // No row for a mark (the panel is never this small): the focused claim or the first.
      let only = min(focused ?? 0, count - 1)
      return (only..<only + max(0, room), nil)
    }
    let rows = room - 1
    var first = 0
    if let focused, focused >= rows { first = focused - rows + 1 }
    let shown = first..<min(count, first + rows)
    let above = shown.lowerBound
    let below = count - shown.upperBound
    let more =
      above == 0
      ? "… \(below) more"
      : below == 0 ? "… \(above) more above" : "… \(above + below) more: \(above) above, \(below) below"
    return (shown, more)
  }
}
