import Foundation
import SaysoCore
import SaysoStore

/// How bookmarks read on the command line and in JSON: one wording for `bookmark` and `bookmarks`.
public enum BookmarkText {
  /// Where a bookmark points, e.g. `seeds/a.txt ¶4:10-52` (no span for a whole paragraph).
  public static func reference(_ bookmark: Bookmark) -> String {
    let span = bookmark.anchor.isWholeParagraph ? "" : ":\(bookmark.anchor.start)-\(bookmark.anchor.end)"
    return "\(bookmark.article) ¶\(bookmark.anchor.paragraph)\(span)"
  }

  /// The line `sayso bookmark add` prints: `bookmark 3: seeds/a.txt ¶4:10-52  quote — Maria Keller`;
  /// for a passage bookmarked before (not `isNew`), `already bookmarked as 3: … (note: …)`.
  public static func added(_ bookmark: Bookmark, isNew: Bool = true) -> String {
    guard !isNew else { return TerminalText.line("bookmark \(bookmark.id): \(reference(bookmark))  \(what(bookmark))") }
    let note = bookmark.note.map { " (note: \($0))" } ?? ""
    return TerminalText.line("already bookmarked as \(bookmark.id): \(reference(bookmark))  \(what(bookmark))\(note)")
  }

  /// The line `sayso bookmark remove` prints: `removed bookmark 3`.
  public static func removed(id: Int64) -> String { "removed bookmark \(id)" }

  /// The line `sayso bookmark note` prints: `bookmark 3: note saved` (or `note removed`).
  public static func noteChanged(_ bookmark: Bookmark) -> String {
    TerminalText.line("bookmark \(bookmark.id): " + (bookmark.note == nil ? "note removed" : "note saved"))
  }

  /// What the bookmark marks: `quote — Maria Keller (the opposition leader)`, `paragraph`, …
  public static func what(_ bookmark: Bookmark) -> String {
    var text = bookmark.kind.rawValue
    if let speaker = bookmark.speaker { text += " — \(speaker)" + (bookmark.speakerRole.map { " (\($0))" } ?? "") }
    return text
  }

  /// Why an orphaned bookmark could not be anchored, or nil when it is anchored.
  public static func orphanReason(_ status: AnchorStatus) -> String? {
    switch status {
    case .exact, .moved, .changed: nil
    case .orphanedPassage: "the passage is no longer in the article; this is its saved text"
    case .orphanedArticle: "the article is no longer in the corpus; this is its saved text"
    }
  }

  /// The message for a bookmark whose anchor changed when its article was checked, or nil for none.
  public static func notice(_ change: BookmarkDatabase.AnchorChange) -> String? {
    let bookmark = change.bookmark
    switch bookmark.status {
    case .orphanedPassage, .orphanedArticle:
      guard !change.previousStatus.isOrphaned || change.previousStatus != bookmark.status else { return nil }
      return "bookmark \(bookmark.id): \(orphanReason(bookmark.status)!) (kept, orphaned: \(bookmark.article))"
    case .changed:
      return
        "bookmark \(bookmark.id): the passage was edited; it now points to the edited text at \(reference(bookmark))"
    case .moved, .exact:
      return nil
    }
  }

  /// A bookmark as `sayso bookmarks` lists it: a heading line, the passage, the note and tags, indented.
  public static func listing(_ bookmark: Bookmark) -> String {
    let created = ISO8601DateFormatter.string(
      from: bookmark.created, timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
    var head = "\(bookmark.id)  \(reference(bookmark))  \(what(bookmark))  \(created)"
    if bookmark.status.isOrphaned { head += "  ORPHANED" }
    var lines = [TerminalText.line(head)]
    if let title = bookmark.title { lines.append("    " + TerminalText.line(title)) }
    if let reason = orphanReason(bookmark.status) { lines.append("    (" + reason + ")") }
    lines.append("    > " + TerminalText.line(CorpusText.shortened(bookmark.anchor.exact, to: 300)))
    if let note = bookmark.note { lines += TerminalText.lines(note).map { "    note: " + $0 } }
    if !bookmark.tags.isEmpty { lines.append("    tags: " + TerminalText.line(bookmark.tags.joined(separator: ", "))) }
    return lines.joined(separator: "\n")
  }

  /// What `sayso bookmarks export` writes.
  public enum ExportFormat: String, CaseIterable, Sendable {
    case markdown, json
  }

  /// The whole output of `sayso bookmarks export --format FORMAT` (the reader's `x` writes the same).
  public static func export(_ bookmarks: [Bookmark], format: ExportFormat) -> String {
    switch format {
    case .markdown: terminalSafe(BookmarkExport.markdown(bookmarks), keepNewlines: true)
    case .json: json(bookmarks).serialized + "\n"
    }
  }

  /// The bookmarks as JSON: `{"bookmarks": [{…}]}`.
  public static func json(_ bookmarks: [Bookmark]) -> JSONValue {
    .object([
      "bookmarks": .array(
        bookmarks.map { bookmark in
          .object([
            "id": .int(Int(bookmark.id)), "path": .string(bookmark.article), "title": .string(orNull: bookmark.title),
            "source": .string(orNull: bookmark.source), "date": .string(orNull: bookmark.date),
            "paragraph": .int(bookmark.anchor.paragraph), "start": .int(bookmark.anchor.start),
            "end": .int(bookmark.anchor.end), "whole_paragraph": .bool(bookmark.anchor.isWholeParagraph),
            "text": .string(bookmark.anchor.exact), "prefix": .string(bookmark.anchor.prefix),
            "suffix": .string(bookmark.anchor.suffix), "kind": .string(bookmark.kind.rawValue),
            "role": .string(bookmark.role.rawValue), "speaker": .string(orNull: bookmark.speaker),
            "speaker_role": .string(orNull: bookmark.speakerRole), "note": .string(orNull: bookmark.note),
            "tags": .array(bookmark.tags.map(JSONValue.string)),
            "created": .string(ISO8601DateFormatter().string(from: bookmark.created)),
            "status": .string(bookmark.status.rawValue), "corpus": .string(bookmark.corpus),
          ])
        })
    ])
  }
}
