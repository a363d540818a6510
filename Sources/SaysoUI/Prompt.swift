/// What the text line at the bottom is being used for.
public enum PromptPurpose: Equatable, Sendable {
  /// `/` in the reader: incremental search in the article.
  case articleSearch
  /// `/` in a list: incremental filter.
  case filter
  /// `s`: a query for the whole corpus.
  case globalSearch
  /// `:` in the reader: a paragraph number to go to.
  case goToParagraph
  /// `m`: the note for a new bookmark.
  case bookmarkNote
  /// `e` in Bookmarks: the new note of bookmark `id`.
  case editNote(id: String)
  /// `x` in Bookmarks: the file name to export to.
  case exportBookmarks
  /// `|`: a shell command to pipe the article or the claim to.
  case pipe
  /// A yes/no question; the answer is one key.
  case confirmDelete(id: String)
}

/// A question on the bottom line.
public struct Prompt: Equatable, Sendable {
  public var purpose: PromptPurpose
  public var label: String
  public var text: String
  /// The earlier answer shown (Up and Down go through them), as an index in the prompt's history.
  public var recalled: Int?
  /// What was typed before Up recalled an earlier answer, given back by Down after the newest.
  public var draft = ""

  /// Whether Up and Down recall earlier answers: the searches `/` and `s`.
  public var keepsHistory: Bool { purpose == .articleSearch || purpose == .globalSearch }

  public init(_ purpose: PromptPurpose, label: String, text: String = "") {
    self.purpose = purpose
    self.label = label
    self.text = text
  }
}
