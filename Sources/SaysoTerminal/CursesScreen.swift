import CNCurses
import SaysoUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The terminal as a `Screen`, through ncursesw: the only type that talks to ncurses.
///
/// Drawing goes to ncurses' virtual screen; `present()` calls `refresh()`, which sends only the cells
/// that changed, so redraws do not flicker over ssh. Colours come from the theme, one colour pair
/// per role.
public final class CursesScreen: Screen {
  /// The ncurses attributes and colour pair of each role, from the theme in use.
  private var looks: [Role: (attributes: attr_t, pair: Int16)] = [:]
  /// Whether colours may be used (the terminal has them and NO_COLOR is unset).
  public let usesColor: Bool
  /// The number of colours the terminal has.
  public let colorCount: Int
  /// Whether the last `nextKey` failed to read (the terminal gone, a signal, the timeout), rather than
  /// reading an event it ignores (a mouse button's release).
  public private(set) var readFailed = false
  private var clicks = DoubleClicks()
  private var ended = false

  /// Starts ncurses on the terminal: keys unbuffered and unechoed, the cursor hidden, colours started.
  ///
  /// - Parameters:
  ///   - noColor: NO_COLOR is set: attributes only.
  ///   - mouse: report wheel and clicks.
  public init(noColor: Bool, mouse: Bool) {
    setlocale(LC_ALL, "")
    TerminalGuard.install()
    _ = initscr()
    TerminalGuard.started()
    cbreak()
    noecho()
    nonl()
    keypad(shim_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    if has_colors() && !noColor {
      start_color()
      use_default_colors()
      usesColor = true
      colorCount = Int(shim_colors())
    } else {
      usesColor = false
      colorCount = 0
    }
    if mouse {
      mouseinterval(0)
      mousemask(shim_mouse_mask_all(), nil)
    }
  }

  /// Ends ncurses and gives the terminal back as it was; safe to call twice.
  public func end() {
    guard !ended else { return }
    ended = true
    TerminalGuard.finish()
  }

  deinit { end() }

  /// Gives the terminal back while `body` runs (a command started by `|`), then takes it again; the
  /// next frame is drawn whole.
  public func suspend<T>(_ body: () -> T) -> T {
    def_prog_mode()
    endwin()
    let result = body()
    reset_prog_mode()
    clearok(shim_stdscr(), true)
    refresh()
    return result
  }

  public var columns: Int { Int(shim_cols()) }
  public var rows: Int { Int(shim_lines()) }

  /// Uses `theme` from the next frame on (colours are dropped when the terminal must not show them).
  public func apply(_ theme: Theme) {
    let theme = usesColor ? theme : theme.monochrome
    looks = [:]
    for (i, role) in Role.allCases.enumerated() {
      let style = theme.style(for: role)
      var attributes = shim_a_normal()
      for attribute in style.attributes {
        switch attribute {
        case .bold: attributes |= shim_a_bold()
        case .underline: attributes |= shim_a_underline()
        case .reverse: attributes |= shim_a_reverse()
        case .standout: attributes |= shim_a_standout()
        case .dim: attributes |= shim_a_dim()
        case .italic: attributes |= shim_a_italic()
        case .blink: attributes |= shim_a_blink()
        }
      }
      var pair: Int16 = 0
      if usesColor, i + 1 < Int(shim_color_pairs()) {
        let fg = ColorPalette.index(for: style.foreground, available: colorCount)
        let bg = ColorPalette.index(for: style.background, available: colorCount)
        if fg != -1 || bg != -1 {
          pair = Int16(i + 1)
          init_pair(pair, Int16(fg), Int16(bg))
        }
      }
      looks[role] = (attributes, pair)
    }
  }

  public func clear() { erase() }

  public func draw(_ text: String, row: Int, column: Int, role: Role) {
    let look = looks[role] ?? (shim_a_normal(), 0)
    shim_attr_set(look.attributes, look.pair)
    var column = column
    for piece in WideText.pieces(of: text) {
      var characters = piece.characters
      if !characters.isEmpty {
        characters.withUnsafeMutableBufferPointer { buffer in
          if piece.isCluster {
            _ = shim_mvadd_cluster(
              Int32(row), Int32(column), buffer.baseAddress, Int32(buffer.count), look.attributes, look.pair)
          } else {
            _ = shim_mvaddnwstr(Int32(row), Int32(column), buffer.baseAddress, Int32(buffer.count))
          }
        }
      }
      if piece.padding > 0 {
        var spaces = [wchar_t](repeating: 0x20, count: piece.padding)
        spaces.withUnsafeMutableBufferPointer { buffer in
          _ = shim_mvaddnwstr(
            Int32(row), Int32(column + piece.width - piece.padding), buffer.baseAddress, Int32(buffer.count))
        }
      }
      column += piece.width
    }
  }

  public func present() { refresh() }

  /// Waits for the next key; nil when the wait was cut short (a signal, or the timeout).
  public func nextKey(timeoutMilliseconds: Int32 = -1) -> Key? {
    timeout(timeoutMilliseconds)
    var value: wint_t = 0
    let status = shim_get_wch(&value)
    readFailed = status != shim_key_code_yes() && status != OK
    if status == shim_key_code_yes() { return KeyDecoder.key(code: Int32(value), mouse: nextMouseEvent) }
    if status == OK { return KeyDecoder.key(character: UInt32(value)) }
    return nil
  }

  private func nextMouseEvent() -> MouseEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let state = event.bstate
    let (row, column) = (Int(event.y), Int(event.x))
    if state & shim_button4_pressed() != 0 {
      return MouseEvent(kind: .wheelUp, row: row, column: column)
    }
    if shim_button5_pressed() != 0 && state & shim_button5_pressed() != 0 {
      return MouseEvent(kind: .wheelDown, row: row, column: column)
    }
    if state & shim_button1_double_clicked() != 0 { return MouseEvent(kind: .doubleClick, row: row, column: column) }
    // A press is the click; its release says nothing more. Two presses on one cell in quick
    // succession are a double click.
    if state & shim_button1_released() != 0 && state & shim_button1_pressed() == 0 { return nil }
    if state & shim_button1_clicked() != 0 {
      return MouseEvent(kind: clicks.press(row: row, column: column), row: row, column: column)
    }
    return nil
  }
}

/// Turns Swift text into the wide characters ncurses draws, one terminal cell layout for both.
///
/// SaysoUI lays text out by grapheme cluster (`displayWidth`); ncurses gives each spacing character a
/// cell of its own, the C library's width wide, and adds the zero-width ones to the cell before. Where
/// the two agree (ASCII, CJK, accents, Devanagari's vowel signs and conjuncts) the characters go to
/// ncurses as a run. Where they disagree (an emoji with a skin tone, a ZWJ sequence such as 👩‍👩‍👧, a
/// symbol made emoji by U+FE0F) the cluster is a piece of its own: all its characters in one ncurses
/// cell (up to the cell's limit, see `shim_mvadd_cluster`), padded with spaces to the width SaysoUI
/// gave it, each piece drawn at its own column so nothing after it on the line moves.
enum WideText {
  /// Characters drawn together: a run of clusters ncurses measures as SaysoUI does, or one cluster
  /// drawn in one cell followed by `padding` spaces.
  struct Piece {
    var characters: [wchar_t]
    /// Whether `characters` is one cluster for one cell.
    var isCluster: Bool
    /// The columns the piece takes, padding included.
    var width: Int
    var padding: Int
  }

  static func pieces(of text: String) -> [Piece] {
    var pieces: [Piece] = []
    var run: [wchar_t] = []
    var runWidth = 0
    func endRun() {
      if !run.isEmpty { pieces.append(Piece(characters: run, isCluster: false, width: runWidth, padding: 0)) }
      run = []
      runWidth = 0
    }
    for c in text {
      if let ascii = c.asciiValue {
        run.append(wchar_t(ascii))
        runWidth += 1
        continue
      }
      let width = c.displayWidth
      var cursesWidth = 0
      for scalar in c.unicodeScalars { cursesWidth += max(0, Int(shim_wcwidth(wchar_t(scalar.value)))) }
      if cursesWidth == width {
        for scalar in c.unicodeScalars { run.append(wchar_t(scalar.value)) }
        runWidth += width
        continue
      }
      endRun()
      var characters = c.unicodeScalars.prefix(Int(shim_cell_characters_max())).map { wchar_t($0.value) }
      // A sequence longer than a cell holds ends at a whole emoji, not on a joiner.
      while characters.count > 1, characters.last == 0x200D { characters.removeLast() }
      let firstWidth = Int(max(0, shim_wcwidth(characters[0])))
      if firstWidth > 0 && firstWidth <= width {
        pieces.append(Piece(characters: characters, isCluster: true, width: width, padding: width - firstWidth))
      } else if width > 0 {
        pieces.append(Piece(characters: [], isCluster: false, width: width, padding: width))
      }
    }
    endRun()
    return pieces
  }
}
