import SaysoCore

/// One story: each claim (who, the words as first reported), and under it every article that reports
/// it (date, outlet) with the wording drift inline: what that outlet added, dropped or changed inside
/// the quote marks. Enter reads the article on the claim.
public struct StoryView: FilteredListPage {
  /// A row: a claim, or one report of it.
  enum Row: Equatable {
    case claim(Int)
    case report(claim: Int, report: Int)
  }

  public let story: Story
  var list: FilteredList<Row>

  public var name: String { "Story" }
  public var subtitle: String {
    DisplayText.line(story.headline) + " · " + story.outlets.count.counted("outlet")
  }
  public var keyHints: [KeyHint] { KeyHints.list(open: "read") }

  /// The story's page, the cursor on claim `selecting` (its position in `story.claims`) when given.
  public init(story: Story, selecting claim: Int? = nil) {
    self.story = story
    var rows: [Row] = []
    for (c, item) in story.claims.enumerated() {
      rows.append(.claim(c))
      for r in item.reports.indices { rows.append(.report(claim: c, report: r)) }
    }
    let story = story
    list = FilteredList(rows) { row, needle in
      switch row {
      case .claim(let c):
        story.claims[c].text.folded.contains(needle) || story.claims[c].who.folded.contains(needle)
      case .report(let c, let r):
        story.claims[c].reports[r].text.folded.contains(needle)
          || Self.article(story.claims[c].reports[r].path, in: story).source?.folded.contains(needle) == true
      }
    }
    if let claim, let row = rows.firstIndex(of: .claim(claim)) {
      list.cursor = ListCursor(selected: row, top: max(0, row - 1))
    }
  }

  static func article(_ path: String, in story: Story) -> Story.Article {
    story.articles.first { $0.path == path } ?? Story.Article(path: path, title: nil, source: nil, date: nil)
  }

  func open(_ row: Row, services: AppServices) -> PageAction {
    let (c, r) =
      switch row {
      case .claim(let c): (c, 0)
      case .report(let c, let r): (c, r)
      }
    let report = story.claims[c].reports[r]
    guard let analysis = services.articles.analysis(ofArticle: report.path) else {
      return .status(.notInCorpus(path: report.path))
    }
    let claim = analysis.claims.firstIndex { $0.paragraph == report.paragraph && $0.start == report.start }
    return .open(ReaderView(analysis: analysis, claim: claim, paragraph: report.paragraph))
  }

  /// How a report's words differ from the first report's, as a short line: `+ added words`,
  /// `− dropped words`, `~ old → new`; "first reported" for the first, "same words" when none differ.
  static func drift(of claim: Story.Claim, report r: Int) -> String {
    guard r > 0 else { return "first reported" }
    let diff = WordDiff(from: claim.reports[0].text, to: claim.reports[r].text)
    guard !diff.isEmpty else { return "same words" }
    return diff.changes.map { change in
      switch change {
      case .added(let words): "+ " + words.joined(separator: " ")
      case .dropped(let words): "− " + words.joined(separator: " ")
      case .changed(let from, let to): "~ \(from.joined(separator: " ")) → \(to.joined(separator: " "))"
      }
    }.joined(separator: "  ")
  }

  /// Rows of the detail pane under the list, when the area has room for it.
  static let detailRows = 3

  public mutating func draw(on screen: Screen, in area: Area, services: AppServices) {
    let detail = area.height >= 10
    list.height = max(1, area.height - 1 - (detail ? Self.detailRows : 0))
    if detail, let row = list.selected { drawDetail(of: row, on: screen, in: area) }
    list.cursor.clamp(count: list.shown.count, height: list.height)
    let dateWidth = area.width >= 50 ? 10 : 0
    let outletWidth = area.width >= 60 ? 16 : area.width >= 30 ? 10 : 0
    let fixed = [1] + [dateWidth, outletWidth].filter { $0 > 0 }
    let textWidth = TableDrawing.flexible(total: area.width, fixed: fixed)
    TableDrawing.draw(
      [TableCell(text: "", width: 1, role: .columnHeader)]
        + (dateWidth > 0 ? [TableCell(text: "Date", width: dateWidth, role: .columnHeader)] : [])
        + (outletWidth > 0 ? [TableCell(text: "Outlet", width: outletWidth, role: .columnHeader)] : [])
        + [TableCell(text: "Claim, and how each outlet words it", width: textWidth, role: .columnHeader)],
      on: screen, row: area.row, area: area)
    if list.shown.isEmpty {
      TableDrawing.empty("Nothing matches", on: screen, area: area, row: area.row + 1)
      return
    }
    for (r, i) in list.cursor.visible(count: list.shown.count, height: list.height).enumerated() {
      let selected = i == list.cursor.selected
      let row = area.row + 1 + r
      switch list.shown[i] {
      case .claim(let c):
        let claim = story.claims[c]
        let who = claim.who + ": "
        if selected { screen.fill(row: row, column: area.column, width: area.width, role: .selection) }
        let used = screen.put(
          who, row: row, column: area.column, width: area.width, role: selected ? .selection : .speaker)
        screen.put(
          claim.text, row: row, column: area.column + used, width: max(0, area.width - used),
          role: selected ? .selection : .quote, ellipsis: true)
      case .report(let c, let n):
        let article = Self.article(story.claims[c].reports[n].path, in: story)
        var cells = [TableCell(text: "", width: 1)]
        if dateWidth > 0 { cells.append(TableCell(text: article.date ?? "-", width: dateWidth, role: .dim)) }
        if outletWidth > 0 { cells.append(TableCell(text: article.source ?? "-", width: outletWidth, role: .text)) }
        let drift = Self.drift(of: story.claims[c], report: n)
        let changed = n > 0 && drift != "same words"
        cells.append(TableCell(text: drift, width: textWidth, role: changed ? .searchMatch : .dim))
        TableDrawing.draw(cells, on: screen, row: row, area: area, selected: selected)
      }
    }
  }

  /// The selected row, whole, under the list: the report's outlet, date and place, and its words.
  func drawDetail(of row: Row, on screen: Screen, in area: Area) {
    let top = area.row + area.height - Self.detailRows
    let (c, n) =
      switch row {
      case .claim(let c): (c, 0)
      case .report(let c, let n): (c, n)
      }
    let report = story.claims[c].reports[n]
    let article = Self.article(report.path, in: story)
    let heading = [article.source, article.date, "\(report.path) ¶\(report.paragraph)"].compactMap { $0 }
    screen.fill(row: top, column: area.column, width: area.width, role: .panelTitle)
    screen.put(
      " " + heading.joined(separator: " · "), row: top, column: area.column, width: area.width, role: .panelTitle,
      ellipsis: true)
    for r in 1..<Self.detailRows { screen.fill(row: top + r, column: area.column, width: area.width, role: .panel) }
    var lines = DisplayText.line(report.text).wrapped(toWidth: max(1, area.width - 2))
    if lines.count > 2 { lines = [lines[0], lines[1...].joined(separator: " ")] }
    for (i, line) in lines.enumerated() {
      screen.put(" " + line, row: top + 1 + i, column: area.column, width: area.width, role: .quote, ellipsis: true)
    }
  }
}
