import SaysoCore

/// The paragraphs matching a global search, with marked snippets; Enter opens the reader there with
/// the words highlighted.
public struct SearchResultsView: FilteredListPage {
  public let query: String
  var list: FilteredList<SearchHit>
  /// How many results the query has in all; more than the hits when the list was capped.
  public let total: Int

  public var name: String { "Search" }
  public var subtitle: String {
    let shown = list.all.count
    let count = total > shown ? "\(shown) of " + total.counted("result") : shown.counted("result")
    return "\"\(DisplayText.line(query))\" · " + count
  }

  /// The hits of `query`, of `total` results in all (the number of hits when nil).
  public init(query: String, hits: [SearchHit], total: Int? = nil) {
    self.query = query
    self.total = max(total ?? hits.count, hits.count)
    list = FilteredList(hits) { hit, needle in hit.snippet.folded.contains(needle) || hit.title.folded.contains(needle)
    }
  }

  func open(_ hit: SearchHit, services: AppServices) -> PageAction {
    guard let analysis = services.articles.analysis(ofArticle: hit.article) else {
      return .status(.notInCorpus(path: hit.article))
    }
    return .open(ReaderView(analysis: analysis, paragraph: hit.paragraph, searchTerms: hit.terms))
  }

  static var headerRows: Int { 0 }
  static var rowsPerItem: Int { 2 }

  /// Two rows per hit: `article ¶N  title`, then the snippet with the matches marked.
  public mutating func draw(on screen: Screen, in area: Area, services: AppServices) {
    list.height = max(1, area.height / 2)
    list.cursor.clamp(count: list.shown.count, height: list.height)
    if list.shown.isEmpty {
      TableDrawing.empty("Nothing matches \"\(query)\"", on: screen, area: area, row: area.row)
      return
    }
    for (i, row, selected) in visibleItems(on: screen, in: area) {
      let hit = list.shown[i]
      let source = ClaimDescription.source(
        article: services.articles.relativePath(ofArticle: hit.article), paragraph: hit.paragraph,
        width: max(8, area.width / 2))
      let used = screen.put(
        source + "  ", row: row, column: area.column, width: area.width, role: selected ? .selection : .dim)
      screen.put(
        hit.title, row: row, column: area.column + used, width: area.width - used, role: selected ? .selection : .title,
        ellipsis: true)
      drawSnippet(hit, on: screen, row: row + 1, area: area)
    }
  }

  private func drawSnippet(_ hit: SearchHit, on screen: Screen, row: Int, area: Area) {
    var x = area.column + 2
    let limit = area.column + area.width
    var offset = 0
    var run = ""
    var runRole = Role.text
    for c in hit.snippet {
      let role: Role = hit.marks.contains { $0.contains(offset) } ? .searchMatch : .text
      if role != runRole && !run.isEmpty {
        x += screen.put(run, row: row, column: x, width: limit - x, role: runRole)
        run = ""
      }
      runRole = role
      run += DisplayText.form(of: c).text
      offset += c.unicodeScalars.count
    }
    if !run.isEmpty && x < limit { screen.put(run, row: row, column: x, width: limit - x, role: runRole) }
  }
}
