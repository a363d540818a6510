/// The one table of commands: default keys and help text. Key dispatch, the help screen and
/// `bind KEY COMMAND` rebinding all come from it (tig's request table, newsboat's operations).
public enum CommandTable {
  /// A group of commands on the help screen.
  public enum Group: String, CaseIterable, Sendable {
    case moving = "Moving"
    case reading = "Reading"
    case views = "Views and history"
    case searching = "Searching"
    case bookmarks = "Bookmarks"
    case other = "Other"
  }

  /// One command's entry: its group, default keys and what it does.
  public struct Entry: Sendable {
    public var command: Command
    public var group: Group
    public var keys: [Key]
    public var help: String
  }

  /// Every command, in help-screen order.
  public static let entries: [Entry] = [
    Entry(
      command: .down, group: .moving, keys: [.character("j"), .down, .control("n")],
      help: "Down one line; next row in lists"),
    Entry(
      command: .up, group: .moving, keys: [.character("k"), .up, .control("p"), .character("y")],
      help: "Up one line; previous row in lists"),
    Entry(
      command: .pageDown, group: .moving, keys: [.character(" "), .pageDown, .character("f"), .control("f")],
      help: "Down one page"),
    Entry(
      command: .pageUp, group: .moving, keys: [.pageUp, .character("b"), .control("b")],
      help: "Up one page"),
    Entry(
      command: .halfPageDown, group: .moving, keys: [.character("d"), .control("d")],
      help: "Down half a page"),
    Entry(
      command: .halfPageUp, group: .moving, keys: [.character("u"), .control("u")],
      help: "Up half a page"),
    Entry(
      command: .top, group: .moving, keys: [.character("g"), .home, .character("<")],
      help: "Go to the top"),
    Entry(
      command: .bottom, group: .moving, keys: [.character("G"), .end, .character(">")],
      help: "Go to the bottom"),
    Entry(
      command: .nextParagraph, group: .reading, keys: [.character("}"), .character("J")],
      help: "Next paragraph"),
    Entry(
      command: .previousParagraph, group: .reading, keys: [.character("{"), .character("K")],
      help: "Previous paragraph"),
    Entry(
      command: .goToParagraph, group: .reading, keys: [.character(":")],
      help: "Go to a paragraph: :12 (or 12g); a count repeats a move: 5j, 3}"),
    Entry(
      command: .nextClaim, group: .reading, keys: [.tab, .character("]")],
      help: "Next quote or proposal"),
    Entry(
      command: .previousClaim, group: .reading, keys: [.backTab, .character("[")],
      help: "Previous quote or proposal"),
    Entry(
      command: .open, group: .reading, keys: [.enter],
      help: "Open the selected row; in the reader, the claim's story, else the speaker's claims"),
    Entry(
      command: .togglePanel, group: .reading, keys: [.character("i")],
      help: "Show or hide the claims panel"),
    Entry(
      command: .back, group: .views, keys: [.character("h"), .left, .backspace],
      help: "Back to the previous view"),
    Entry(
      command: .forward, group: .views, keys: [.character("l"), .right],
      help: "Forward again after going back"),
    Entry(
      command: .library, group: .views, keys: [.character("L")],
      help: "Library: every article"),
    Entry(
      command: .people, group: .views, keys: [.character("P")],
      help: "People: everyone quoted"),
    Entry(
      command: .claims, group: .views, keys: [.character("C")],
      help: "Claims: every quote and proposal"),
    Entry(
      command: .bookmarks, group: .views, keys: [.character("B")],
      help: "Bookmarks, with notes"),
    Entry(
      command: .stories, group: .views, keys: [.character("S")],
      help: "Stories: the same claim across outlets"),
    Entry(
      command: .help, group: .views, keys: [.character("?"), .function(1)],
      help: "This help"),
    Entry(
      command: .search, group: .searching, keys: [.character("/")],
      help: "Search the article (re:PATTERN, a regular expression); filter a list"),
    Entry(
      command: .searchNext, group: .searching, keys: [.character("n")],
      help: "Next match"),
    Entry(
      command: .searchPrevious, group: .searching, keys: [.character("N")],
      help: "Previous match"),
    Entry(
      command: .globalSearch, group: .searching, keys: [.character("s")],
      help: "Search every article (words, \"phrases\", -word)"),
    Entry(
      command: .bookmark, group: .bookmarks, keys: [.character("m")],
      help: "Bookmark the claim or paragraph under the cursor"),
    Entry(
      command: .delete, group: .bookmarks, keys: [.character("D"), .delete],
      help: "Delete the selected bookmark (asks first)"),
    Entry(
      command: .undo, group: .bookmarks, keys: [.character("U")],
      help: "Undo the last delete"),
    Entry(
      command: .editNote, group: .bookmarks, keys: [.character("e")],
      help: "Edit the selected bookmark's note"),
    Entry(
      command: .exportBookmarks, group: .bookmarks, keys: [.character("x")],
      help: "Export the bookmarks to FILE.md and FILE.json, as sayso bookmarks export"),
    Entry(
      command: .sort, group: .other, keys: [.character("o")],
      help: "Sort the library by date, source or title"),
    Entry(
      command: .kindFilter, group: .other, keys: [.character("t")],
      help: "Claims: show all, quotes only, proposals only"),
    Entry(
      command: .toggleHints, group: .other, keys: [.character("H")],
      help: "Show or hide the key-hint line at the bottom"),
    Entry(
      command: .pipe, group: .reading, keys: [.character("|")],
      help: "Pipe the article (in Claims, the claim) to a shell command"),
    Entry(
      command: .openURL, group: .reading, keys: [.character("O")],
      help: "Open the article's address (url in its front matter) with $BROWSER, else xdg-open"),
    Entry(
      command: .cycleTheme, group: .other, keys: [.character("T")],
      help: "Next colour theme"),
    Entry(
      command: .redraw, group: .other, keys: [.control("l")],
      help: "Redraw the screen"),
    Entry(
      command: .cancel, group: .other, keys: [.escape],
      help: "Cancel: leave a prompt, clear the search"),
    Entry(
      command: .quit, group: .other, keys: [.character("q")],
      help: "Back, or quit from the first view"),
    Entry(
      command: .quitNow, group: .other, keys: [.character("Q"), .control("c")],
      help: "Quit at once"),
  ]

  /// The entry for `command`.
  public static func entry(for command: Command) -> Entry {
    // Every command has an entry; the tests check the table covers them all.
    entries.first { $0.command == command }!
  }
}
