import SaysoCore

/// The bookmarks with their notes, and whether each still points at its text (orphans are kept);
/// Enter jumps there, `e` edits the note, `x` exports them all, `D` deletes after asking, `U` brings
/// the last deleted one back as it was (its number, so its place in the list, and its note).
public struct BookmarksView: FilteredListPage {
  var list: FilteredList<BookmarkRecord>
  /// The bookmarks deleted in this view, newest last, for undo.
  var deleted: [BookmarkRecord] = []
  var loadError: String?

  public var name: String { "Bookmarks" }
  public var keyHints: [KeyHint] {
    KeyHints.list(
      open: "read",
      own: [
        KeyHint(.editNote, "edit note"), KeyHint(.exportBookmarks, "export"), KeyHint(.delete, "delete"),
        KeyHint(.undo, "undo"),
      ])
  }
  public var subtitle: String { list.all.count.counted("bookmark") }

  public init(services: AppServices) {
    list = FilteredList([]) { bookmark, needle in
      bookmark.note.folded.contains(needle) || bookmark.articleTitle.folded.contains(needle)
        || bookmark.excerpt.folded.contains(needle)
    }
    reload(services)
  }

  private mutating func reload(_ services: AppServices) {
    do {
      list.setRows(try services.allBookmarks())
      loadError = nil
    } catch {
      loadError = "\(error)"
    }
  }

  func open(_ bookmark: BookmarkRecord, services: AppServices) -> PageAction {
    guard bookmark.status != .orphaned, let analysis = services.articles.analysis(ofArticle: bookmark.article) else {
      return .status(.orphanBookmark)
    }
    let claim = bookmark.start.flatMap { s in
      analysis.claims.firstIndex { $0.paragraph == bookmark.paragraph && $0.start == s }
    }
    return .open(ReaderView(analysis: analysis, claim: claim, paragraph: bookmark.paragraph))
  }

  mutating func performOwn(_ command: Command, services: AppServices) -> PageAction {
    switch command {
    case .delete:
      guard let bookmark = list.selected else { return .none }
      let label = bookmark.note.isEmpty ? "¶\(bookmark.paragraph)" : "\"\(DisplayText.line(bookmark.note))\""
      return .prompt(Prompt(.confirmDelete(id: bookmark.id), label: "Delete bookmark \(label)? (y/n) "))
    case .undo:
      guard let bookmark = deleted.popLast() else { return .status(.nothingToUndo) }
      do { try services.restoreBookmark(id: bookmark.id) } catch { return .status(.bookmarksFailed("\(error)")) }
      reload(services)
      list.select(where: { $0.id == bookmark.id })
      return .status(.bookmarkRestored)
    case .editNote:
      guard let bookmark = list.selected else { return .none }
      return .prompt(Prompt(.editNote(id: bookmark.id), label: "Note (empty removes it): ", text: bookmark.note))
    case .exportBookmarks:
      guard services.exporter != nil else { return .status(.exportFailed("not available here")) }
      return .prompt(Prompt(.exportBookmarks, label: "Export to (.md and .json): ", text: "sayso-bookmarks"))
    default:
      return .unsupported
    }
  }

  public mutating func promptFinished(_ prompt: Prompt, text: String?, services: AppServices) -> PageAction {
    switch prompt.purpose {
    case .editNote(let id):
      guard let text else { return .status(.noteUnchanged) }
      do { try services.setNote(text, forBookmark: id) } catch { return .status(.bookmarksFailed("\(error)")) }
      reload(services)
      return .status(.noteSaved(text))
    case .exportBookmarks:
      guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty, let exporter = services.exporter else {
        return .none
      }
      do {
        let (files, count) = try exporter.export(toBase: text.trimmingCharacters(in: .whitespaces))
        return .status(.exported(count: count, files: files))
      } catch {
        return .status(.exportFailed("\(error)"))
      }
    default:
      break
    }
    guard case .confirmDelete(let id) = prompt.purpose else { return list.promptFinished(prompt, text: text) }
    guard text != nil else { return .status(.bookmarkKept) }
    guard let bookmark = list.all.first(where: { $0.id == id }) else { return .none }
    do { try services.removeBookmark(id: id) } catch { return .status(.bookmarksFailed("\(error)")) }
    deleted.append(bookmark)
    reload(services)
    return .status(.bookmarkDeleted)
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
    for (i, y, selected) in visibleItems(on: screen, in: area) {
      let bookmark = list.shown[i]
      let state =
        switch bookmark.status {
        case .exact: ""
        case .moved: "moved "
        case .orphaned: "orphan "
        }
      var x = area.column
      x += screen.put(
        ClaimDescription.source(
          article: services.articles.relativePath(ofArticle: bookmark.article), paragraph: bookmark.paragraph,
          width: max(8, area.width / 2)) + "  ",
        row: y, column: x, width: area.width, role: selected ? .selection : .dim)
      if !state.isEmpty { x += screen.put(state, row: y, column: x, width: area.column + area.width - x, role: .error) }
      let note = bookmark.note.isEmpty ? "(no note)" : bookmark.note
      screen.put(
        note, row: y, column: x, width: area.column + area.width - x, role: selected ? .selection : .bookmark,
        ellipsis: true)
      screen.put(
        "  " + bookmark.excerpt, row: y + 1, column: area.column, width: area.width, role: .text, ellipsis: true)
    }
  }
}
