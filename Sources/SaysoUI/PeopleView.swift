import SaysoCore

/// Everyone quoted (or proposing) in the corpus: roles, quotes, proposals, articles. Enter lists the
/// person's claims.
public struct PeopleView: FilteredListPage {
  var list: FilteredList<PersonSummary>

  public var name: String { "People" }
  public var keyHints: [KeyHint] { KeyHints.list(open: "claims") }
  public var subtitle: String { list.all.count.counted("person", plural: "people") }

  /// The line naming the selected person's articles, for the person it was made for (made when first
  /// drawn, and again when the selection moves).
  private var named: (person: String, titles: String)?

  public init(services: AppServices) {
    list = FilteredList(services.articles.people()) { person, needle in
      person.name.folded.contains(needle) || person.roles.contains { $0.folded.contains(needle) }
    }
  }

  func open(_ person: PersonSummary, services: AppServices) -> PageAction {
    .open(ClaimsView(services: services, speaker: person.name))
  }

  /// The titles of the articles naming `person`, in corpus order, joined with "; ".
  private mutating func titles(of person: PersonSummary, services: AppServices) -> String {
    if let named, named.person == person.name { return named.titles }
    let paths = services.articles.articles(naming: person)
    let wanted = Set(paths)
    var titles: [String: String] = [:]
    for summary in services.articles.summaries where wanted.contains(summary.path) {
      titles[summary.path] = titles[summary.path] ?? summary.title
    }
    let line = paths.map { titles[$0] ?? $0 }.joined(separator: "; ")
    named = (person.name, line)
    return line
  }

  /// Rows of names, then (when there is room) a line naming the selected person's articles.
  public mutating func draw(on screen: Screen, in area: Area, services: AppServices) {
    let detail = area.height >= 8
    list.height = max(1, area.height - 1 - (detail ? 2 : 0))
    if detail, let person = list.selected {
      let names = titles(of: person, services: services)
      let row = area.row + area.height - 1
      screen.fill(row: row - 1, column: area.column, width: area.width, role: .panelTitle)
      screen.put(
        " Quoted in \(person.articleCount) article\(person.articleCount == 1 ? "" : "s")", row: row - 1,
        column: area.column, width: area.width, role: .panelTitle, ellipsis: true)
      screen.fill(row: row, column: area.column, width: area.width, role: .panel)
      screen.put(" " + names, row: row, column: area.column, width: area.width, role: .panel, ellipsis: true)
    }
    list.cursor.clamp(count: list.shown.count, height: list.height)
    let nameWidth = min(22, max(10, area.width / 3))
    let numbers = area.width >= 40 ? [3, 3, 4] : [3]
    let rolesWidth = TableDrawing.flexible(total: area.width, fixed: [nameWidth] + numbers)
    func cells(_ name: String, _ roles: String, _ values: [String], header: Bool) -> [TableCell] {
      let role: Role = header ? .columnHeader : .text
      return [TableCell(text: name, width: nameWidth, role: header ? role : .speaker)]
        + zip(values, numbers).map { TableCell(text: $0, width: $1, role: role, alignRight: true) }
        + [TableCell(text: roles, width: rolesWidth, role: header ? role : .dim)]
    }
    let heads = area.width >= 40 ? ["Q", "P", "Art"] : ["Q"]
    TableDrawing.draw(cells("Name", "Roles", heads, header: true), on: screen, row: area.row, area: area)
    if list.shown.isEmpty {
      TableDrawing.empty("Nobody found", on: screen, area: area, row: area.row + 1)
      return
    }
    for (r, i) in list.cursor.visible(count: list.shown.count, height: list.height).enumerated() {
      let p = list.shown[i]
      let values =
        area.width >= 40 ? [String(p.quotes), String(p.proposals), String(p.articleCount)] : [String(p.quotes)]
      TableDrawing.draw(
        cells(p.name, p.roles.joined(separator: "; "), values, header: false), on: screen,
        row: area.row + 1 + r, area: area, selected: i == list.cursor.selected)
    }
  }
}
