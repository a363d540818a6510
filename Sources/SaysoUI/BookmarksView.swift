/// The bookmarks with their notes, and whether each still points at its text (orphans are kept);
/// Enter jumps there, `D` deletes after asking, `U` brings the last deleted one back.
public struct BookmarksView: FilteredListPage {
  /// A bookmark with where it points now.
  struct Row {
    var bookmark: BookmarkRecord
    var anchor: BookmarkAnchor
  }

  var list: FilteredList<Row>
  /// The bookmarks deleted in this view, newest last, for undo.
  var deleted: [BookmarkRecord] = []
  var loadError: String?

  public var name: String { "Bookmarks" }
  public var subtitle: String { "\(list.all.count) bookmarks" }

  public init(services: AppServices) {
    list = FilteredList([]) { row, needle in
      row.bookmark.note.folded.contains(needle) || row.bookmark.articleTitle.folded.contains(needle)
        || row.bookmark.excerpt.folded.contains(needle)
    }
    reload(services)
  }

  private mutating func reload(_ services: AppServices) {
    do {
      let rows = try services.allBookmarks().map { bookmark in
        Row(
          bookmark: bookmark,
          anchor: BookmarkAnchor.resolve(bookmark, in: services.articles.analysis(ofArticle: bookmark.article)))
      }
      list.setRows(rows)
      loadError = nil
    } catch {
      loadError = "\(error)"
    }
  }

  public mutating func perform(_ command: Command, services: AppServices) -> PageAction {
    if list.move(command) { return .none }
    if let action = list.filterAction(command) { return action }
    switch command {
    case .open:
      guard let row = list.selected else { return .none }
      guard case .found(let paragraph, let start, _) = row.anchor,
        let analysis = services.articles.analysis(ofArticle: row.bookmark.article)
      else {
        return .error("This bookmark is an orphan: its text is no longer in the corpus")
      }
      let claim = start.flatMap { s in analysis.claims.firstIndex { $0.paragraph == paragraph && $0.start == s } }
      return .open(ReaderView(analysis: analysis, claim: claim, paragraph: paragraph))
    case .delete:
      guard let row = list.selected else { return .none }
      let label =
        row.bookmark.note.isEmpty ? "¶\(row.bookmark.paragraph)" : "\"\(DisplayText.line(row.bookmark.note))\""
      return .prompt(Prompt(.confirmDelete(id: row.bookmark.id), label: "Delete bookmark \(label)? (y/n) "))
    case .undo:
      guard let bookmark = deleted.popLast() else { return .message("Nothing to undo") }
      do { try services.add(bookmark) } catch { return .error("\(error)") }
      reload(services)
      return .message("Bookmark restored")
    default:
      return .unsupported
    }
  }

  public mutating func promptFinished(_ prompt: Prompt, text: String?, services: AppServices) -> PageAction {
    guard case .confirmDelete(let id) = prompt.purpose else { return list.promptFinished(prompt, text: text) }
    guard text != nil else { return .message("Kept") }
    guard let row = list.all.first(where: { $0.bookmark.id == id }) else { return .none }
    do { try services.removeBookmark(id: id) } catch { return .error("\(error)") }
    deleted.append(row.bookmark)
    reload(services)
    return .message("Bookmark deleted (U undoes)")
  }

  static var headerRows: Int { 0 }
  static var rowsPerItem: Int { 2 }

  /// Two rows per bookmark: `article ¶N  note` (or "orphan"), then the bookmarked words.
  public mutating func draw(on screen: Screen, in area: Area, services: AppServices) {
    list.height = max(1, area.height / 2)
    list.cursor.clamp(count: list.shown.count, height: list.height)
    if let loadError {
      screen.put(loadError, row: area.row, column: area.column, width: area.width, role: .error, ellipsis: true)
      return
    }
    if list.shown.isEmpty {
      TableDrawing.empty(
        list.all.isEmpty ? "No bookmarks yet: m in the reader adds one" : "No bookmark matches", on: screen, area: area,
        row: area.row)
      return
    }
    for (r, i) in list.cursor.visible(count: list.shown.count, height: list.height).enumerated() {
      let row = list.shown[i]
      let y = area.row + 2 * r
      let selected = i == list.cursor.selected
      if selected { screen.fill(row: y, column: area.column, width: area.width, role: .selection) }
      var paragraph = row.bookmark.paragraph
      var state = ""
      switch row.anchor {
      case .found(let p, _, _):
        if p != paragraph { state = "moved " }
        paragraph = p
      case .orphan:
        state = "orphan "
      }
      var x = area.column
      x += screen.put(
        ClaimDescription.source(article: row.bookmark.article, paragraph: paragraph) + "  ",
        row: y, column: x, width: area.width, role: selected ? .selection : .dim)
      if !state.isEmpty { x += screen.put(state, row: y, column: x, width: area.column + area.width - x, role: .error) }
      let note = row.bookmark.note.isEmpty ? "(no note)" : row.bookmark.note
      screen.put(
        note, row: y, column: x, width: area.column + area.width - x, role: selected ? .selection : .bookmark,
        ellipsis: true)
      screen.put(
        "  " + row.bookmark.excerpt, row: y + 1, column: area.column, width: area.width, role: .text, ellipsis: true)
    }
  }
}
