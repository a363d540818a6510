/// The reader app: the views in browser-like history, the key map, the prompt and the status line.
///
/// `handle(_:)` takes one key at a time and `render(on:)` draws a complete frame, so the app runs the
/// same on ncurses and on a `VirtualScreen` in tests.
public final class App {
  public let services: AppServices
  public private(set) var keymap: Keymap
  /// The views visited, oldest first; `current` indexes the one shown.
  public private(set) var history: [any Page]
  public private(set) var current = 0
  /// The text line at the bottom, when it is asking for something.
  public private(set) var prompt: Prompt?
  /// The message on the status line, if any.
  public private(set) var message: String?
  public private(set) var messageIsError = false
  /// Whether the app is finished.
  public private(set) var done = false
  /// The themes `cycle-theme` goes through and the one in use.
  public private(set) var themes: [Theme]
  public private(set) var themeIndex = 0
  /// The answers given to the search prompts, oldest first, for Up and Down: `/` per session, `s` also
  /// those of earlier sessions (kept in the reading state).
  private var articleSearches: [String] = []
  private lazy var globalSearches: [String] = services.positions.recentSearches()
  /// The count typed before a command (`12` of `12g`), while it is being typed.
  public private(set) var pendingCount: Int?
  /// Mouse events are handled only when enabled in the config.
  public var mouseEnabled = false
  /// A command `|` asked to run, until the terminal loop takes it (`takePipe()`).
  public private(set) var pendingPipe: PipeRequest?
  /// Where the page was drawn last (for mouse clicks).
  var lastArea: Area?

  /// Whether the key-hint line is drawn above the status line (`toggle-hints`, `hints off`).
  public var showHints = true

  /// The most history entries kept.
  static let historyLimit = 100

  /// An app showing `first` (normally the library).
  public init(services: AppServices, keymap: Keymap = Keymap(), themes: [Theme] = [], first: any Page) {
    self.services = services
    self.keymap = keymap
    self.themes = themes
    history = [first]
  }

  /// The view shown.
  public var page: any Page { history[current] }

  /// The theme in use, nil when none was given.
  public var theme: Theme? { themes.isEmpty ? nil : themes[themeIndex] }

  /// Shows a message on the status line, e.g. a warning at start-up.
  public func show(message text: String, isError: Bool = false) {
    message = text
    messageIsError = isError
  }

  /// Empties the status line.
  public func clearMessage() {
    message = nil
    messageIsError = false
  }

  /// Shows one of the reader's own messages on the status line.
  public func show(_ status: StatusMessage) {
    show(message: status.description, isError: status.isError)
  }

  // MARK: Keys

  /// Handles one key press.
  public func handle(_ key: Key) {
    if key == .resize { return }
    if prompt != nil {
      handlePromptKey(key)
      return
    }
    if case .mouse(let event) = key {
      handleMouse(event)
      return
    }
    message = nil
    // Digits not bound to a command make a count, as in less and vi: `12g`, `5j` (`0` only after another digit).
    if case .character(let c) = key, c.isASCII, let digit = c.wholeNumberValue, keymap.command(for: key) == nil,
      digit > 0 || pendingCount != nil
    {
      pendingCount = min((pendingCount ?? 0) * 10 + digit, 999_999)
      return
    }
    let count = pendingCount
    pendingCount = nil
    guard let command = keymap.command(for: key) else {
      show(.notBound(key: key.name))
      return
    }
    run(command, count: count)
  }

  /// Runs a command typed after a count: `12g` and `12G` go to ¶12, a move runs `count` times, any
  /// other command once.
  public func run(_ command: Command, count: Int?) {
    guard let count else { return run(command) }
    if command == .top || command == .bottom {
      apply(history[current].jump(toParagraph: count, command: command, services: services), for: command)
    } else if command.repeatsWithCount {
      for _ in 0..<min(count, 10_000) { run(command) }
    } else {
      run(command)
    }
  }

  /// Runs one command, as if its key had been pressed.
  public func run(_ command: Command) {
    switch command {
    case .quitNow:
      leaveCurrent()
      done = true
    case .quit:
      if current > 0 {
        goBack()
      } else {
        leaveCurrent()
        done = true
      }
    case .back:
      if current > 0 { goBack() } else { show(.firstView) }
    case .forward:
      if current + 1 < history.count {
        leaveCurrent()
        current += 1
      } else {
        show(.nothingForward)
      }
    case .library:
      open(LibraryView(services: services))
    case .people:
      open(PeopleView(services: services))
    case .claims:
      open(ClaimsView(services: services))
    case .bookmarks:
      open(BookmarksView(services: services))
    case .stories:
      open(StoriesView(services: services))
    case .help:
      if !(page is HelpView) { open(HelpView(keymap: keymap)) }
    case .globalSearch:
      prompt = Prompt(.globalSearch, label: "Search all articles: ")
    case .cycleTheme:
      guard !themes.isEmpty else { return }
      themeIndex = (themeIndex + 1) % themes.count
      show(.theme(themes[themeIndex].name))
    case .redraw:
      break
    case .toggleHints:
      showHints.toggle()
    default:
      apply(history[current].perform(command, services: services), for: command)
    }
  }

  private func apply(_ action: PageAction, for command: Command? = nil) {
    switch action {
    case .none:
      break
    case .unsupported:
      if command == .cancel {
        message = nil
        return
      }
      if let command { show(.doesNothing(command: command.rawValue, view: page.name)) }
    case .open(let page):
      open(page)
    case .status(let status):
      show(status)
    case .prompt(let prompt):
      self.prompt = prompt
    case .back:
      run(.quit)
    case .pipe(let request):
      pendingPipe = request
    }
  }

  /// The command `|` asked to run, handed over once: the terminal loop suspends the screen, runs it and
  /// reports with `pipeFinished(_:status:)`.
  public func takePipe() -> PipeRequest? {
    defer { pendingPipe = nil }
    return pendingPipe
  }

  /// Says how the piped command ended: its exit status, or nil when it could not be started.
  public func pipeFinished(_ request: PipeRequest, status: Int32?, error: String? = nil) {
    if let status {
      show(.piped(command: request.label ?? request.command, status: status))
    } else {
      show(.pipeFailed(error ?? "could not run /bin/sh"))
    }
  }

  /// Shows `page` as the newest history entry, dropping what was forward of the current one.
  public func open(_ newPage: any Page) {
    leaveCurrent()
    history.removeSubrange((current + 1)...)
    history.append(newPage)
    if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
    current = history.count - 1
  }

  private func goBack() {
    leaveCurrent()
    current -= 1
  }

  private func leaveCurrent() { history[current].leave(services: services) }

  /// Lets every view in history read the articles again, after the corpus changed.
  public func reload() {
    services.refreshBookmarks()
    services.refreshStories()
    for i in history.indices { history[i].reload(services: services) }
  }

  /// Ends the session: lets the shown view save its state.
  public func finish() {
    if !done { leaveCurrent() }
    done = true
  }

  private func handlePromptKey(_ key: Key) {
    guard var open = prompt else { return }
    if case .confirmDelete = open.purpose {
      prompt = nil
      let yes = key == .character("y") || key == .character("Y")
      apply(history[current].promptFinished(open, text: yes ? "y" : nil, services: services))
      return
    }
    if key != .enter && messageIsError { message = nil }
    switch key {
    case .up, .down:
      guard open.keepsHistory else { return }
      let earlier = open.purpose == .globalSearch ? globalSearches : articleSearches
      if key == .up {
        let index = (open.recalled ?? earlier.count) - 1
        guard index >= 0 else { return }
        if open.recalled == nil { open.draft = open.text }
        open.recalled = index
        open.text = earlier[index]
      } else {
        guard let recalled = open.recalled else { return }
        if recalled + 1 < earlier.count {
          open.recalled = recalled + 1
          open.text = earlier[recalled + 1]
        } else {
          open.recalled = nil
          open.text = open.draft
        }
      }
    case .enter:
      prompt = nil
      remember(open)
      if open.purpose == .globalSearch {
        startGlobalSearch(open.text)
      } else {
        apply(history[current].promptFinished(open, text: open.text, services: services))
      }
      return
    case .escape, .control("c"), .control("g"):
      prompt = nil
      if open.purpose != .globalSearch {
        apply(history[current].promptFinished(open, text: nil, services: services))
      }
      return
    case .backspace, .control("h"):
      if open.text.isEmpty {
        prompt = nil
        if open.purpose != .globalSearch {
          apply(history[current].promptFinished(open, text: nil, services: services))
        }
        return
      }
      open.text.removeLast()
    case .control("u"):
      open.text = ""
    case .control("w"):
      while open.text.last == " " { open.text.removeLast() }
      while let last = open.text.last, last != " " { open.text.removeLast() }
    case .character(let c):
      open.text.append(c)
    default:
      return
    }
    prompt = open
    if open.purpose == .articleSearch || open.purpose == .filter {
      history[current].promptChanged(open, services: services)
    }
  }

  /// Adds a search prompt's answer to its history (a repeat moves to the end).
  private func remember(_ answered: Prompt) {
    let text = answered.text
    guard answered.keepsHistory, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return }
    if answered.purpose == .globalSearch {
      globalSearches.removeAll { $0 == text }
      globalSearches.append(text)
      services.positions.recordSearch(text)
    } else {
      articleSearches.removeAll { $0 == text }
      articleSearches.append(text)
    }
  }

  /// The most results a global search lists (the title bar gives the total).
  public var globalSearchLimit = 500

  /// Searches every article; a malformed query keeps the prompt open on it, the error above it.
  private func startGlobalSearch(_ query: String) {
    guard !query.trimmingCharacters(in: .whitespaces).isEmpty else { return }
    do {
      let hits = try services.search.search(query, limit: globalSearchLimit)
      let total = (try? services.search.total(query, returned: hits.count, limit: globalSearchLimit)) ?? hits.count
      open(SearchResultsView(query: query, hits: hits, total: total))
    } catch {
      prompt = Prompt(.globalSearch, label: "Search all articles: ", text: query)
      show(.searchFailed("\(error)"))
    }
  }

  private func handleMouse(_ event: MouseEvent) {
    guard mouseEnabled else { return }
    switch event.kind {
    case .wheelUp:
      for _ in 0..<3 { _ = history[current].perform(.up, services: services) }
    case .wheelDown:
      for _ in 0..<3 { _ = history[current].perform(.down, services: services) }
    case .click, .doubleClick:
      guard let area = lastArea, event.row >= area.row, event.row < area.row + area.height else { return }
      apply(history[current].click(row: event.row - area.row, services: services))
      // A double click on a list's row opens it, as Enter does.
      if event.kind == .doubleClick, page is any FilteredListPage { run(.open) }
    }
  }

  /// Draws the current page in `area` (drawing may update the page's layout).
  func drawPage(on screen: Screen, in area: Area) {
    history[current].draw(on: screen, in: area, services: services)
  }
}
