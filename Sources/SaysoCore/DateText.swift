/// Reads the dates that articles write in their headers and datelines, and normalizes them to
/// `YYYY-MM-DD`.
///
/// Accepted forms (month names in full or abbreviated, any case, an optional weekday in front):
/// `2020-09-30`, `30 September 2020`, `30th September, 2020`, `September 30, 2020`, `Sept. 30, 2020`,
/// and `September 30` (a date without a year: recognized, but it has no normalized form).
public enum DateText {
  /// A date found in a text: its normalized form when it names a year, and where it ends.
  struct Match: Equatable {
    /// `YYYY-MM-DD`, or nil when the text gave no year.
    var date: String?
    /// Scalar offset just past the date.
    var end: Int
  }

  /// Reads a date starting exactly at `start`, looking no further than `limit`.
  static func read(_ s: [Unicode.Scalar], at start: Int, limit: Int? = nil) -> Match? {
    var c = Cursor(s: s, i: start, limit: min(limit ?? s.count, s.count))
    // An optional weekday: "Wednesday, 30 September 2020".
    let save = c.i
    if let w = c.wordKey(), weekdayForms.contains(w) {
      c.skip(".")
      c.skip(",")
      guard c.spaces() > 0 else { return nil }
    } else {
      c.i = save
    }
    if let m = iso(&c) { return m }
    if let m = dayMonthYear(&c) { return m }
    return monthDayYear(&c)
  }

  /// The normalized form of a text that is a date and nothing else (an ISO time after it is allowed).
  public static func normalize(_ text: String) -> String? {
    let s = Array(text.unicodeScalars)
    let t = s.trimmed(0..<s.count)
    guard let m = read(s, at: t.lowerBound, limit: t.upperBound), let date = m.date else {
      return nil
    }
    if m.end == t.upperBound { return date }
    // "2019-01-04T12:00Z", "2019-01-04 12:00"
    let next = s[m.end]
    return next.value == 0x54 || next.isInlineSpace ? date : nil
  }

  /// A weekday's name and every shortening of it to three letters or more: "wed", "wednes", "wednesday"
  /// (as ASCII keys, `Cursor.wordKey`).
  private static let weekdayForms = ASCIIKeyTable(
    keys: ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"].flatMap { name in
      (3...name.count).map { [Unicode.Scalar].asciiKey(String(name.prefix($0))) }
    })

  /// Month number for each full or abbreviated month name (as ASCII keys of its lower-case letters, as
  /// `Cursor.wordKey` reads them): "september", "sept", "sep" → 9.
  private static let monthNumbers: ASCIIKeyTable<Int> = {
    let names = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december",
    ]
    var numbers = [([Unicode.Scalar].asciiKey("sept"), 9)]
    for (index, name) in names.enumerated() {
      numbers.append(([Unicode.Scalar].asciiKey(name), index + 1))
      // (no two months share their first three letters)
      numbers.append(([Unicode.Scalar].asciiKey(String(name.prefix(3))), index + 1))
    }
    return ASCIIKeyTable(numbers)
  }()

  /// The key of "of", as `Cursor.wordKey` reads it.
  private static let ofKey = [Unicode.Scalar].asciiKey("of")

  /// Month number for a full or abbreviated month name (its `Cursor.wordKey`), e.g. "Sept" → 9.
  private static func month(_ key: UInt64) -> Int? { monthNumbers[key] }

  /// `2020-09-30`.
  private static func iso(_ c: inout Cursor) -> Match? {
    c.attempt { c in
      guard let y = c.number(digits: 4...4), c.skip("-"), let m = c.number(digits: 2...2), c.skip("-"),
        let d = c.number(digits: 2...2), !c.atDigit, let date = format(year: y, month: m, day: d)
      else { return nil }
      return Match(date: date, end: c.i)
    }
  }

  /// `30 September 2020`, `30th of September, 2020`.
  private static func dayMonthYear(_ c: inout Cursor) -> Match? {
    c.attempt { c in
      guard let d = c.number(digits: 1...2) else { return nil }
      c.ordinalSuffix()
      guard c.spaces() > 0 else { return nil }
      let beforeOf = c.i
      if c.wordKey() == ofKey { _ = c.spaces() } else { c.i = beforeOf }
      guard let w = c.wordKey(), let m = month(w) else { return nil }
      c.skip(".")
      let afterMonth = c.i
      c.skip(",")
      guard c.spaces() > 0, let y = c.number(digits: 4...4), !c.atDigit else {
        c.i = afterMonth
        return d <= 31 ? Match(date: nil, end: afterMonth) : nil
      }
      guard let date = format(year: y, month: m, day: d) else { return nil }
      return Match(date: date, end: c.i)
    }
  }

  /// `September 30, 2020`, `Sept. 30 2020`, `September 30`.
  private static func monthDayYear(_ c: inout Cursor) -> Match? {
    c.attempt { c in
      guard let w = c.wordKey(), let m = month(w) else { return nil }
      c.skip(".")
      guard c.spaces() > 0, let d = c.number(digits: 1...2), d >= 1, d <= 31 else { return nil }
      c.ordinalSuffix()
      let afterDay = c.i
      c.skip(",")
      guard c.spaces() > 0, let y = c.number(digits: 4...4), !c.atDigit,
        let date = format(year: y, month: m, day: d)
      else {
        c.i = afterDay
        return Match(date: nil, end: afterDay)
      }
      return Match(date: date, end: c.i)
    }
  }

  /// `YYYY-MM-DD` when the numbers make a plausible date.
  static func format(year: Int, month: Int, day: Int) -> String? {
    guard (1800...2199).contains(year), (1...12).contains(month) else { return nil }
    let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    guard day >= 1, day <= days[month - 1] else { return nil }
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return "\(year)-\(two(month))-\(two(day))"
  }

  /// A read position over scalars with the small steps the date grammar needs.
  private struct Cursor {
    let s: [Unicode.Scalar]
    var i: Int
    let limit: Int

    var atDigit: Bool { i < limit && s[i].isASCIIDigit }

    /// Reads with `body`; where it finds nothing, goes back to where it started.
    mutating func attempt<T>(_ body: (inout Cursor) -> T?) -> T? {
      let start = i
      if let found = body(&self) { return found }
      i = start
      return nil
    }

    /// A number of `digits` ASCII digits, not followed by another digit.
    mutating func number(digits: ClosedRange<Int>) -> Int? {
      var j = i
      var n = 0
      while j < limit && s[j].isASCIIDigit && j - i < digits.upperBound {
        n = n * 10 + Int(s[j].value - 0x30)
        j += 1
      }
      guard digits.contains(j - i), !(j < limit && s[j].isASCIIDigit) else { return nil }
      i = j
      return n
    }

    /// A run of letters, read past, as the ASCII key of its lower-case letters (`asciiKey(_:folding:)`):
    /// every word the grammar reads (a month, a weekday, "of") is one of at most nine ASCII letters, so a
    /// word is matched without making a string of it. Nil when there is no letter here; a run that is no
    /// such word (longer, or with other letters) is read past and has no key.
    mutating func wordKey() -> UInt64? {
      var j = i
      while j < limit && s[j].isLetter { j += 1 }
      guard j > i else { return nil }
      defer { i = j }
      return s.asciiKey(i..<j, folding: true)
    }

    /// Skips one scalar if it is `c`.
    @discardableResult
    mutating func skip(_ c: Unicode.Scalar) -> Bool {
      guard i < limit, s[i] == c else { return false }
      i += 1
      return true
    }

    /// Skips spaces and tabs; returns how many.
    mutating func spaces() -> Int {
      let from = i
      while i < limit && s[i].isInlineSpace { i += 1 }
      return i - from
    }

    /// Skips `st`, `nd`, `rd` or `th` after a day number, in either case.
    mutating func ordinalSuffix() {
      guard i + 1 < limit else { return }
      // (the two letters compared as codes, an ASCII capital lower-cased: an array of the suffixes, made
      // at each call, cost some 650 instructions a date)
      func lowered(_ value: UInt32) -> UInt32 { value >= 0x41 && value <= 0x5A ? value | 0x20 : value }
      switch (lowered(s[i].value), lowered(s[i + 1].value)) {
      case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): break  // st, nd, rd, th
      default: return
      }
      if !(i + 2 < limit && s[i + 2].isLetter) { i += 2 }
    }
  }
}
