import CNCurses
import SaysoUI

/// Turns what `get_wch` returns into `Key`s.
enum KeyDecoder {
  /// A key for a character code: Enter, Tab, Esc, Backspace, Ctrl-letter, or a printable character.
  static func key(character value: UInt32) -> Key? {
    switch value {
    case 10, 13: return .enter
    case 9: return .tab
    case 27: return .escape
    case 8, 127: return .backspace
    case 0: return .control("@")
    case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
    case 28...31: return .control(Character(Unicode.Scalar(value + 64)!))
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .character(Character(scalar))
    }
  }

  /// A key for an ncurses key code; `mouse` reads the pending mouse event.
  static func key(code: Int32, mouse: () -> MouseEvent?) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_ENTER: return .enter
    case KEY_BTAB: return .backTab
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_IC: return .insert
    case KEY_RESIZE: return .resize
    case KEY_MOUSE: return mouse().map(Key.mouse)
    default:
      for n in 1...12 where code == shim_key_f(Int32(n)) { return .function(n) }
      return nil
    }
  }
}
