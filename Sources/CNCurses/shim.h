// The part of ncursesw that Sayso uses, made visible to Swift.
//
// SwiftPM drops the -D flags pkg-config gives, so the wide-character API is enabled here; macros that
// Swift cannot import (bit shifts, function-like macros) and globals that Swift 6 rejects as not
// concurrency-safe (COLS, LINES, stdscr, COLORS) are wrapped in static inline functions.
#ifndef SAYSO_CNCURSES_SHIM_H
#define SAYSO_CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 700
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

static inline int shim_cols(void) { return COLS; }
static inline int shim_lines(void) { return LINES; }
static inline int shim_colors(void) { return COLORS; }
static inline int shim_color_pairs(void) { return COLOR_PAIRS; }
static inline WINDOW *shim_stdscr(void) { return stdscr; }

static inline attr_t shim_a_normal(void) { return A_NORMAL; }
static inline attr_t shim_a_bold(void) { return A_BOLD; }
static inline attr_t shim_a_underline(void) { return A_UNDERLINE; }
static inline attr_t shim_a_reverse(void) { return A_REVERSE; }
static inline attr_t shim_a_standout(void) { return A_STANDOUT; }
static inline attr_t shim_a_dim(void) { return A_DIM; }
static inline attr_t shim_a_blink(void) { return A_BLINK; }
static inline attr_t shim_a_italic(void) {
#ifdef A_ITALIC
  return A_ITALIC;
#else
  return A_NORMAL;
#endif
}

/// Sets the attributes and colour pair for the text drawn next on stdscr.
static inline int shim_attr_set(attr_t attributes, short pair) { return attr_set(attributes, pair, NULL); }

/// Draws `count` wide characters at the given place on stdscr.
static inline int shim_mvaddnwstr(int row, int column, const wchar_t *text, int count) {
  return mvaddnwstr(row, column, text, count);
}

/// Draws one grapheme cluster whole in one cell (two for a wide first character): its first character
/// and up to CCHARW_MAX - 1 characters after it, whatever their widths, so the terminal receives every
/// character of the cluster (an emoji with its skin tone, a ZWJ sequence) while ncurses counts the
/// cell's width from the first character. setcchar alone would stop at the second spacing character.
static inline int shim_mvadd_cluster(int row, int column, const wchar_t *text, int count, attr_t attributes,
                                     short pair) {
  cchar_t cell;
  wchar_t first[2] = {text[0], 0};
  if (count < 1 || setcchar(&cell, first, attributes, pair, NULL) != OK) return ERR;
  for (int i = 1; i < count && i < CCHARW_MAX; i++) cell.chars[i] = text[i];
  return mvadd_wch(row, column, &cell);
}

/// The most characters one cell holds.
static inline int shim_cell_characters_max(void) { return CCHARW_MAX; }

/// The width the C library gives one character (-1 for a non-printable one).
static inline int shim_wcwidth(wchar_t c) { return wcwidth(c); }

/// Reads one key from stdscr: OK with a character, KEY_CODE_YES with a key code, or ERR.
static inline int shim_get_wch(wint_t *key) { return get_wch(key); }

static inline int shim_key_code_yes(void) { return KEY_CODE_YES; }
static inline int shim_key_f(int n) { return KEY_F(n); }

/// Mouse support: every button event plus the wheel (buttons 4 and 5).
static inline mmask_t shim_mouse_mask_all(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t shim_button1_clicked(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON1_RELEASED; }
/// A press of the left button (with mouseinterval 0 ncurses reports presses and releases, not clicks).
static inline mmask_t shim_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t shim_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t shim_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t shim_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t shim_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
  return BUTTON5_PRESSED;
#else
  return 0;
#endif
}

#endif
