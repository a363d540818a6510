import SaysoCore

/// What the reader says on the status line, every message in this one switch; the errors (`isError`)
/// are shown in the error role.
public enum StatusMessage: Equatable, Sendable, CustomStringConvertible {
  // Going about.
  /// Back pressed in the first view.
  case firstView
  /// Forward pressed with nothing forward in history.
  case nothingForward
  /// A command the current view has no use for.
  case doesNothing(command: String, view: String)
  /// A key bound to no command (an error).
  case notBound(key: String)
  /// A view's sort order changed.
  case sortedBy(String)
  /// The claims list's kind filter changed.
  case showing(String)
  /// The theme changed.
  case theme(String)
  /// Some files of the corpus could not be read; the command line lists them after the reader ends (an error).
  case filesSkipped
  /// An article a list names left the corpus (an error).
  case notInCorpus(path: String)

  // Claims.
  /// The article has no quote or proposal to go to.
  case noClaims
  /// Tab or Shift-Tab went round from the last claim to the first, or back.
  case claimsWrapped(forward: Bool)
  /// Enter on a claim whose speaker is not a named person.
  case noNamedSpeaker

  /// `12g` or `:12` past the last paragraph (an error).
  case noSuchParagraph(Int, last: Int)
  /// `:` answered with something that is not a paragraph number (an error).
  case notAParagraphNumber(String)

  // Searching.
  /// n or N before any search (an error).
  case noSearchYet
  /// The search found nothing; with the words searched for when they are given (an error).
  case patternNotFound(String?)
  /// The text after `re:` in `/` is no regular expression (an error).
  case notARegularExpression(String)
  /// A corpus seen for the first time is being indexed.
  case indexing
  /// How indexing goes: articles done of those to read, and the seconds it has taken so far.
  case indexingProgress(done: Int, total: Int, seconds: Double)
  /// n or N went round the article.
  case searchWrapped(forward: Bool)
  /// The search across articles failed; the error says why (an error).
  case searchFailed(String)

  // Bookmarks.
  /// A bookmark was made, with its note.
  case bookmarked(paragraph: Int, note: String)
  /// The bookmark prompt was cancelled.
  case bookmarkCancelled
  /// The bookmark could not be saved; the error says why (an error).
  case bookmarkNotSaved(String)
  /// The bookmark's passage is no longer in the corpus (an error).
  case orphanBookmark
  /// A bookmark was deleted.
  case bookmarkDeleted
  /// The delete prompt was answered no.
  case bookmarkKept
  /// A deleted bookmark was put back.
  case bookmarkRestored
  /// Undo with nothing deleted.
  case nothingToUndo
  /// The bookmark store failed; the error says why (an error).
  case bookmarksFailed(String)
  /// `m` on a passage that already has a bookmark, with its note.
  case alreadyBookmarked(paragraph: Int, note: String)
  /// A bookmark's note was changed (empty: removed).
  case noteSaved(String)
  /// The note prompt was cancelled.
  case noteUnchanged
  /// The bookmarks were exported.
  case exported(count: Int, files: [String])
  /// The export failed (an error).
  case exportFailed(String)
  /// `|` ran a command (an error when its exit status is not 0).
  case piped(command: String, status: Int32)
  /// `|` could not run the command (an error).
  case pipeFailed(String)
  /// `O` on an article whose front matter names no `url`.
  case noURL

  public var description: String {
    switch self {
    case .firstView: "This is the first view (q quits)"
    case .nothingForward: "Nothing to go forward to"
    case .doesNothing(let command, let view): "\(command) does nothing in \(view)"
    case .notBound(let key): "\(key) is not bound to anything (? shows the keys)"
    case .sortedBy(let order): "Sorted by \(order)"
    case .showing(let kind): "Showing \(kind)"
    case .theme(let name): "Theme: \(name)"
    case .filesSkipped: "Some files could not be read: see the messages after quitting"
    case .notInCorpus(let path): "\(DisplayText.line(path)) is no longer in the corpus"
    case .noClaims: "No quotes or proposals in this article"
    case .claimsWrapped(let forward): forward ? "Back to the first claim" : "Back to the last claim"
    case .noNamedSpeaker: "This claim has no named speaker"
    case .noSuchParagraph(let number, let last): "There is no ¶\(number): the last is ¶\(last)"
    case .notAParagraphNumber(let text): "Not a paragraph number: \(DisplayText.line(text)) (:12 goes to ¶12)"
    case .noSearchYet: "No search yet: / searches the article"
    case .patternNotFound(let text): "Pattern not found" + (text.map { ": \(DisplayText.line($0))" } ?? "")
    case .indexing: "Indexing the corpus for the first time… (q quits; the next run carries on)"
    case .indexingProgress(let done, let total, let seconds):
      ProgressText.line("Indexing", done: done, total: total, seconds: seconds) + " · q quits"
    case .notARegularExpression(let text): "Not a regular expression: \(DisplayText.line(text))"
    case .searchWrapped(let forward):
      forward ? "Search hit bottom, continuing at top" : "Search hit top, continuing at bottom"
    case .searchFailed(let error): "Search: \(error)"
    case .bookmarked(let paragraph, let note):
      "Bookmarked ¶\(paragraph)" + (note.isEmpty ? "" : ": \(DisplayText.line(note))")
    case .bookmarkCancelled: "Bookmark cancelled"
    case .bookmarkNotSaved(let error): "Bookmark not saved: \(error)"
    case .orphanBookmark: "This bookmark is an orphan: its text is no longer in the corpus"
    case .bookmarkDeleted: "Bookmark deleted (U undoes)"
    case .bookmarkKept: "Kept"
    case .bookmarkRestored: "Bookmark restored"
    case .nothingToUndo: "Nothing to undo"
    case .bookmarksFailed(let error): "\(error)"
    case .alreadyBookmarked(let paragraph, let note):
      "Already bookmarked: ¶\(paragraph)" + (note.isEmpty ? "" : " (\(DisplayText.line(note)))")
        + "; B lists bookmarks, e edits a note"
    case .noteSaved(let note): note.isEmpty ? "Note removed" : "Note saved: \(DisplayText.line(note))"
    case .noteUnchanged: "Note unchanged"
    case .exported(let count, let files):
      "Exported \(count.counted("bookmark")) to " + files.map(DisplayText.line).joined(separator: " and ")
    case .exportFailed(let error): "Export failed: \(error)"
    case .piped(let command, let status):
      // The status first: a long command is cut at the screen's edge, and the status must show.
      status == 0 ? "Piped to \(DisplayText.line(command))" : "Exit status \(status) from \(DisplayText.line(command))"
    case .pipeFailed(let error): "Pipe failed: \(error)"
    case .noURL: "This article has no address (no url in its front matter)"
    }
  }

  /// Whether the message reports a failure.
  public var isError: Bool {
    switch self {
    case .piped(_, let status): status != 0
    case .pipeFailed: true
    case .notBound, .noSuchParagraph, .notAParagraphNumber, .filesSkipped, .notInCorpus, .noSearchYet, .patternNotFound,
      .notARegularExpression, .searchFailed, .bookmarkNotSaved,
      .orphanBookmark, .bookmarksFailed, .exportFailed:
      true
    default: false
    }
  }
}
