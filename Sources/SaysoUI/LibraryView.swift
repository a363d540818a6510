import SaysoCore

/// Every article: date, source, title and the numbers of quotes, proposals and people; sorted by
/// date, source or title; `/` filters as you type.
public struct LibraryView: FilteredListPage {
  /// The orders `sort` goes through.
  public enum Order: String, CaseIterable, Sendable {
    case date, source, title
  }

  var list: FilteredList<ArticleSummary>
  public private(set) var order: Order = .date

  public var name: String { "Library" }
  public var keyHints: [KeyHint] {
    [KeyHint(.quit, "quit"), KeyHint(.open, "read"), KeyHint(.search, "filter"), KeyHint(.sort, "sort")] + [
      KeyHint(.globalSearch, "search all"), KeyHint(.people, "people"), KeyHint(.claims, "claims"),
      KeyHint(.stories, "stories"), KeyHint(.bookmarks, "bookmarks"), KeyHint(.help, "help"),
    ]
  }
  public var subtitle: String { list.all.count.counted("article") + ", by \(order.rawValue)" }

  public init(services: AppServices) {
    list = FilteredList(services.articles.summaries) { summary, needle in
      summary.title.folded.contains(needle) || summary.source.folded.contains(needle)
        || summary.date.contains(needle) || summary.path.folded.contains(needle)
    }
    sort()
  }

  private mutating func sort() {
    let key: (ArticleSummary) -> String =
      switch order {
      case .date: { $0.date }
      case .source: { $0.source.lowercased() }
      case .title: { $0.title.lowercased() }
      }
    // Dates newest first, the rest A to Z; stable, so equal keys keep corpus order (undated articles
    // at the end).
    let newestFirst = order == .date
    let rows = list.all.enumerated().sorted { a, b in
      let (x, y) = (key(a.element), key(b.element))
      return x != y ? (x < y) != newestFirst : a.offset < b.offset
    }
    list.setRows(rows.map(\.element))
  }

  func open(_ summary: ArticleSummary, services: AppServices) -> PageAction {
    guard let analysis = services.articles.analysis(ofArticle: summary.path) else {
      return .status(.notInCorpus(path: summary.path))
    }
    return .open(ReaderView(analysis: analysis, position: services.positions.position(forArticle: summary.path)))
  }

  mutating func performOwn(_ command: Command, services: AppServices) -> PageAction {
    guard command == .sort else { return .unsupported }
    order = order.next
    sort()
    return .status(.sortedBy(order.rawValue))
  }

  /// Reads the articles again, keeping the order, the filter and the selected article.
  public mutating func reload(services: AppServices) {
    let selected = list.selected?.path
    list.all = services.articles.summaries
    sort()
    if let selected, let row = list.shown.firstIndex(where: { $0.path == selected }) {
      list.cursor.selected = row
      list.cursor.clamp(count: list.shown.count, height: list.height)
    }
  }

  public mutating func draw(on screen: Screen, in area: Area, services: AppServices) {
    list.height = max(1, area.height - 1)
    list.cursor.clamp(count: list.shown.count, height: list.height)
    let wide = area.width >= 70
    let medium = area.width >= 40
    let counts = [3, 3, 3]
    let fixed = (wide ? [10, 16] : medium ? [10] : []) + (area.width >= 30 ? counts : [])
    let titleWidth = TableDrawing.flexible(total: area.width, fixed: fixed)
    func cells(date: String, source: String, title: String, numbers: [String], header: Bool) -> [TableCell] {
      let role: Role = header ? .columnHeader : .text
      var out: [TableCell] = []
      if medium { out.append(TableCell(text: date, width: 10, role: header ? role : .dim)) }
      if wide { out.append(TableCell(text: source, width: 16, role: header ? role : .dim)) }
      out.append(TableCell(text: title, width: titleWidth, role: role))
      if area.width >= 30 { out += numbers.map { TableCell(text: $0, width: 3, role: role, alignRight: true) } }
      return out
    }
    TableDrawing.draw(
      cells(date: "Date", source: "Source", title: "Title", numbers: ["Q", "P", "Ppl"], header: true),
      on: screen, row: area.row, area: area)
    if list.shown.isEmpty {
      TableDrawing.empty(
        list.all.isEmpty ? "No articles" : "No article matches the filter", on: screen, area: area, row: area.row + 1)
      return
    }
    for (r, i) in list.cursor.visible(count: list.shown.count, height: list.height).enumerated() {
      let s = services.articles.counted(list.shown[i])
      let numbers = [s.quotes, s.proposals, s.people].map { $0.map(String.init) ?? "·" }
      TableDrawing.draw(
        cells(date: s.date, source: s.source, title: s.title, numbers: numbers, header: false),
        on: screen, row: area.row + 1 + r, area: area, selected: i == list.cursor.selected)
    }
  }
}
