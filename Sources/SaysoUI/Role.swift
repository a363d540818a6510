/// What a piece of the screen is, never how it looks: themes map each role to colours and attributes.
///
/// The raw value is the role's name in theme files (`color quote green default bold`).
public enum Role: String, CaseIterable, Sendable, Hashable {
  /// Running text.
  case text
  /// The article's title line.
  case title
  /// A section heading inside an article.
  case heading
  /// A dateline, dates and other secondary text.
  case dim
  /// The paragraph numbers in the reader's margin.
  case paragraphNumber = "paragraph-number"
  /// Quoted or reported words.
  case quote
  /// The words naming the person behind a quote or proposal.
  case speaker
  /// A proposed action.
  case proposal
  /// The claim or paragraph under the cursor.
  case cursor
  /// A match of the current search.
  case searchMatch = "search-match"
  /// The mark of a bookmarked paragraph, and bookmark notes.
  case bookmark
  /// The top line naming the view.
  case titleBar = "title-bar"
  /// The bottom line: messages and position.
  case status
  /// The text line where the user types a search, a filter or a note.
  case prompt
  /// An error or warning message.
  case error
  /// The claims panel under the reader's text.
  case panel
  /// The panel's heading line.
  case panelTitle = "panel-title"
  /// The selected row of a list.
  case selection
  /// Column headings of a list.
  case columnHeader = "column-header"
  /// Key names on the help screen.
  case helpKey = "help-key"
  /// Markdown `**strong**`, `*emphasised*` and link text in a Markdown article.
  case strong
  case emphasis
  case link

  /// One character standing for the role in snapshot files' role grids.
  public var code: Character {
    switch self {
    case .text: "."
    case .title: "T"
    case .heading: "H"
    case .dim: "d"
    case .paragraphNumber: "n"
    case .quote: "q"
    case .speaker: "s"
    case .proposal: "p"
    case .cursor: "C"
    case .searchMatch: "M"
    case .bookmark: "B"
    case .titleBar: "t"
    case .status: "S"
    case .prompt: ">"
    case .error: "E"
    case .panel: "P"
    case .panelTitle: "_"
    case .selection: "="
    case .columnHeader: "h"
    case .helpKey: "k"
    case .strong: "b"
    case .emphasis: "i"
    case .link: "l"
    }
  }
}
