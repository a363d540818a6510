import Foundation
import SaysoCore

/// Everything that can go wrong in the store: the index, bookmarks, reading state and their folders.
///
/// Each message is one line that names the file or folder and says what is wrong, e.g.
/// `/home/ana/.local/share/sayso/bookmarks.sqlite: the disk is full`. Two cases are notices rather than
/// failures: the store recovered (`indexRebuilt`, `bookmarksMovedAside`) and the caller only tells the user.
public enum SaysoStoreError: Error, Sendable, Equatable, CustomStringConvertible, LocalizedError {
  /// No folder to keep data in: `--data-dir`, `SAYSO_DATA_DIR`, the XDG variables and `HOME` are all unset.
  case noHomeDirectory
  /// A folder the store needs could not be created; `reason` says why (read-only, not a folder, …).
  case cannotCreateFolder(path: String, reason: String)
  /// A database file could not be opened or created; `reason` says why.
  case cannotOpen(path: String, reason: String)
  /// A database file or its folder is read-only: sayso could not write there.
  case readOnly(path: String)
  /// The disk (or the quota) is full, so a change could not be saved; nothing was half-written.
  case diskFull(path: String)
  /// Another sayso process kept the database busy for longer than the store waits (`busyTimeout`).
  case busy(path: String)
  /// Any other database failure, with SQLite's own words; the change was rolled back.
  case database(path: String, message: String)
  /// The index file was damaged (corrupt or truncated); it was deleted and rebuilt from the corpus. A notice.
  case indexRebuilt(path: String)
  /// The bookmarks (or reading state) file was damaged; it was moved to `movedTo`, never deleted, and a
  /// fresh one was started. A notice.
  case movedAside(path: String, movedTo: String)
  /// No bookmark has this id.
  case unknownBookmark(id: Int64)
  /// The index has no article at this path.
  case unknownArticle(path: String)
  /// The article has no paragraph with this index (`count` paragraphs, numbered from 0).
  case noSuchParagraph(article: String, paragraph: Int, count: Int)
  /// The span is empty or does not lie inside the paragraph (`length` Unicode scalars long).
  case spanOutsideParagraph(article: String, paragraph: Int, start: Int, end: Int, length: Int)

  public var description: String {
    switch self {
    case .noHomeDirectory:
      "no folder for sayso's data: set HOME, the XDG_*_HOME variables, SAYSO_DATA_DIR or --data-dir"
    case .cannotCreateFolder(let path, let reason): "\(path): cannot create the folder: \(reason)"
    case .cannotOpen(let path, let reason): "\(path): cannot open the database: \(reason)"
    case .readOnly(let path):
      "\(path): read-only, and sayso needs to write there (check its permissions, or choose another --data-dir)"
    case .diskFull(let path): "\(path): the disk is full, so nothing was saved"
    case .busy(let path): "\(path): busy: another sayso process kept it locked too long; try again"
    case .database(let path, let message): "\(path): database error: \(message)"
    case .indexRebuilt(let path): "\(path): the index was damaged; rebuilt it from the corpus"
    case .movedAside(let path, let movedTo):
      "\(path): the file was damaged; moved it to \(movedTo) and started a fresh one"
    case .unknownBookmark(let id): "there is no bookmark \(id) (see `sayso bookmarks`)"
    case .unknownArticle(let path): "\(path): not in the corpus"
    case .noSuchParagraph(let article, let paragraph, let count):
      "\(article): there is no paragraph \(paragraph): the article has \(count) (numbered from 0)"
    case .spanOutsideParagraph(let article, let paragraph, let start, let end, let length):
      "\(article) ¶\(paragraph): the span \(start)-\(end) is empty or outside the paragraph (0-\(length))"
    }
  }

  public var errorDescription: String? { description }
}
