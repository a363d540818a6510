/// What a view asks the app to do after a command.
public enum PageAction {
  /// Nothing more than redrawing.
  case none
  /// The view has no use for the command.
  case unsupported
  /// Opens a view, as a browser follows a link (it becomes the newest history entry).
  case open(any Page)
  /// Shows a message (or an error) on the status line.
  case status(StatusMessage)
  /// Asks for text on the bottom line.
  case prompt(Prompt)
  /// Goes back in history (or quits from the first view).
  case back
  /// Runs a shell command with text on its standard input, the screen suspended (`|`).
  case pipe(PipeRequest)
}

/// `|`: a command for `/bin/sh -c` and the text for its standard input (the article, or a claim).
public struct PipeRequest: Equatable, Sendable {
  public var command: String
  public var input: String
  /// What the status line calls the command when it ends (`O`: the address it opened); nil: the command.
  public var label: String?

  public init(command: String, input: String, label: String? = nil) {
    self.command = command
    self.input = input
    self.label = label
  }
}

/// One view of the app: library, reader, people, claims, search results, bookmarks or help.
///
/// Views are values: history keeps each one as the user left it.
public protocol Page {
  /// The view's name for the title bar, e.g. "Library".
  var name: String { get }
  /// What is shown, e.g. the article's title.
  var subtitle: String { get }
  /// Runs a command.
  mutating func perform(_ command: Command, services: AppServices) -> PageAction
  /// Draws the view into `area`.
  mutating func draw(on screen: Screen, in area: Area, services: AppServices)
  /// The right-hand side of the status line, e.g. "¶3/24 12%" or "3/12".
  func position() -> String
  /// Goes to paragraph `number` (`12g`, `:12`); views without paragraphs run `command` (`g` or `G`) as
  /// if no count had been typed.
  mutating func jump(toParagraph number: Int, command: Command, services: AppServices) -> PageAction
  /// The prompt's text changed (incremental search and filter).
  mutating func promptChanged(_ prompt: Prompt, services: AppServices)
  /// The prompt was answered (`text` non-nil) or cancelled (nil).
  mutating func promptFinished(_ prompt: Prompt, text: String?, services: AppServices) -> PageAction
  /// A mouse click on a row of the view's area (row relative to the area).
  mutating func click(row: Int, services: AppServices) -> PageAction
  /// Called when the view stops being shown (history keeps it), e.g. to save a reading position.
  mutating func leave(services: AppServices)
  /// The articles changed (the index was updated): lists showing them read them again.
  mutating func reload(services: AppServices)
  /// The commands on the key-hint line, most useful first.
  var keyHints: [KeyHint] { get }
}

extension Page {
  public var subtitle: String { "" }
  public func position() -> String { "" }
  public mutating func jump(toParagraph number: Int, command: Command, services: AppServices) -> PageAction {
    perform(command, services: services)
  }
  public mutating func promptChanged(_ prompt: Prompt, services: AppServices) {}
  public mutating func promptFinished(_ prompt: Prompt, text: String?, services: AppServices) -> PageAction { .none }
  public mutating func click(row: Int, services: AppServices) -> PageAction { .unsupported }
  public mutating func leave(services: AppServices) {}
  public mutating func reload(services: AppServices) {}
  public var keyHints: [KeyHint] { [KeyHint(.quit, "back"), KeyHint(.open, "open"), KeyHint(.help, "help")] }
}
