import SaysoCore

/// Every story of the corpus (articles that carry the same claim), most articles first: how many
/// articles and outlets, the dates, the headline. Enter opens the story.
public struct StoriesView: FilteredListPage {
  var list: FilteredList<Story>

  public var name: String { "Stories" }
  public var keyHints: [KeyHint] { KeyHints.list(open: "story") }
  public var subtitle: String { list.all.count.counted("story", plural: "stories") }

  public init(services: AppServices) {
    list = FilteredList(services.storyLookup().stories) { story, needle in
      story.headline.folded.contains(needle) || story.outlets.contains { $0.folded.contains(needle) }
        || story.claims.contains { $0.speaker?.folded.contains(needle) == true }
        || story.articles.contains { $0.title?.folded.contains(needle) == true }
    }
  }

  func open(_ story: Story, services: AppServices) -> PageAction {
    .open(StoryView(story: story))
  }

  /// "2021-03-01 … 2021-03-03", one date when both are the same, "-" without dates.
  static func dates(of story: Story) -> String {
    guard let first = story.firstDate, let last = story.lastDate else { return "-" }
    return first == last ? first : "\(first) … \(last)"
  }

  /// Rows of stories, then (when there is room) a line naming the selected story's outlets.
  public mutating func draw(on screen: Screen, in area: Area, services: AppServices) {
    let detail = area.height >= 8
    list.height = max(1, area.height - 1 - (detail ? 2 : 0))
    if detail, let story = list.selected {
      let row = area.row + area.height - 1
      screen.fill(row: row - 1, column: area.column, width: area.width, role: .panelTitle)
      screen.put(
        " Reported by " + story.outlets.count.counted("outlet") + " in " + story.articles.count.counted("article"),
        row: row - 1, column: area.column, width: area.width, role: .panelTitle, ellipsis: true)
      screen.fill(row: row, column: area.column, width: area.width, role: .panel)
      screen.put(
        " " + DisplayText.line(story.outlets.joined(separator: "; ")), row: row, column: area.column,
        width: area.width, role: .panel, ellipsis: true)
    }
    list.cursor.clamp(count: list.shown.count, height: list.height)
    let datesWidth = area.width >= 60 ? 23 : 0
    let fixed = [3] + (datesWidth > 0 ? [datesWidth] : [])
    let headlineWidth = TableDrawing.flexible(total: area.width, fixed: fixed)
    func cells(_ count: String, _ dates: String, _ headline: String, header: Bool) -> [TableCell] {
      let role: Role = header ? .columnHeader : .text
      var out = [TableCell(text: count, width: 3, role: role, alignRight: true)]
      if datesWidth > 0 { out.append(TableCell(text: dates, width: datesWidth, role: header ? role : .dim)) }
      out.append(TableCell(text: headline, width: headlineWidth, role: header ? role : .quote))
      return out
    }
    TableDrawing.draw(cells("Art", "Dates", "Headline", header: true), on: screen, row: area.row, area: area)
    if list.shown.isEmpty {
      TableDrawing.empty("No stories: no claim is in two articles", on: screen, area: area, row: area.row + 1)
      return
    }
    for (r, i) in list.cursor.visible(count: list.shown.count, height: list.height).enumerated() {
      let story = list.shown[i]
      TableDrawing.draw(
        cells(String(story.articles.count), Self.dates(of: story), DisplayText.line(story.headline), header: false),
        on: screen, row: area.row + 1 + r, area: area, selected: i == list.cursor.selected)
    }
  }
}
