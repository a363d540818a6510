/// The dateline that opens a news story: where it was filed, by whom and when.
///
/// Recognized shapes (the place in capitals, or capitalized when a source or date backs it up):
/// - `OSLO (Fjord Daily News / NTB - 14th March, 2021) Norway's Prime Minister …`
/// - `WASHINGTON (AP) — The Senate …`, `KYIV, Ukraine (Reuters) - …`
/// - `LONDON, Sept. 14 (Reuters) - …`, `MOSCOW, March 14. /TASS/. The ministry …`
/// - `PARIS — …`, `Moscow (Sputnik) - …`
/// The dateline stays part of its paragraph; `end` tells where the running text starts.
struct Dateline: Equatable {
  /// The place, e.g. "MOSCOW" or "KYIV, Ukraine".
  var place: String
  /// The outlet in the parentheses (or slashes), e.g. "Fjord Daily News / NTB".
  var source: String?
  /// The date as `YYYY-MM-DD` when the dateline gives one with a year.
  var date: String?
  /// Scalar offset in the file where the running text begins (after the separator and spaces).
  var end: Int

  /// How far into a paragraph a dateline may reach.
  static let maximumLength = 160

  /// Reads a dateline at the start of `range` of `s`.
  static func read(_ s: [Unicode.Scalar], in range: Range<Int>) -> Dateline? {
    let limit = min(range.upperBound, range.lowerBound + maximumLength)
    var i = range.lowerBound
    guard let place = placeWords(s, at: i, limit: limit) else { return nil }
    var placeEnd = place.end
    i = placeEnd
    var date: String? = nil
    var hasDate = false
    var source: String? = nil
    var hasSeparator = false

    // Where what follows ", " at `at` begins, or nil when no comma and space stand there.
    func afterComma(_ at: Int) -> Int? {
      guard at + 1 < limit, s[at].value == 0x2C, s[at + 1].isInlineSpace else { return nil }
      return skipSpaces(s, at + 1, limit)
    }
    // ", March 14", ", Ukraine" or ", Ukraine, March 14"
    if let j = afterComma(i) {
      var dateAt: Int? = j
      if DateText.read(s, at: j, limit: limit) == nil, let region = placeWords(s, at: j, limit: limit),
        region.words <= 3
      {
        placeEnd = region.end
        i = region.end
        dateAt = afterComma(i)
      }
      if let dateAt, let d = DateText.read(s, at: dateAt, limit: limit) {
        date = d.date
        hasDate = true
        i = d.end
      }
    }
    var j = skipSpaces(s, i, limit)
    // "(Fjord Daily News / NTB - 14th March, 2021)" or "(AP)"
    if j < limit, s[j].value == 0x28,
      let close = s[j + 1..<limit].firstIndex(where: { $0.value == 0x29 })
    {
      let inside = s.trimmed(j + 1..<close)
      guard !inside.isEmpty else { return nil }
      let (src, d, dated) = sourceAndDate(s, inside)
      if let src { source = src }
      if dated {
        date = d ?? date
        hasDate = true
      }
      guard source != nil || dated else { return nil }
      i = close + 1
      j = skipSpaces(s, i, limit)
    }
    // ". /TASS/." after a date
    if source == nil, hasDate {
      var k = j
      if k < limit, s[k].value == 0x2E { k = skipSpaces(s, k + 1, limit) }
      if k < limit, s[k].value == 0x2F,
        let close = s[k + 1..<limit].firstIndex(where: { $0.value == 0x2F }),
        close > k + 1
      {
        source = s.string(s.trimmed(k + 1..<close))
        i = close + 1
        if i < limit, s[i].value == 0x2E { i += 1 }
        j = skipSpaces(s, i, limit)
      }
    }
    // " - ", " — ", " -- "
    if j < limit, s[j].isDash {
      var k = j
      while k < limit && s[k].isDash && k - j < 2 { k += 1 }
      if k == range.upperBound || (k < limit && s[k].isInlineSpace) {
        hasSeparator = true
        j = skipSpaces(s, k, limit)
      }
    }
    let backed = source != nil || hasDate || hasSeparator
    guard backed else { return nil }
    if !place.capitals {
      // A capitalized word starts many sentences: ask for a source with a date or a dash after it.
      guard (source != nil && (hasDate || hasSeparator)) || (hasDate && hasSeparator) else {
        return nil
      }
    }
    // The running text starts after a separator or a space ("…2021) Norway's Prime"), or the
    // paragraph is only a dateline.
    guard j == range.upperBound || hasSeparator || j > i else { return nil }
    return Dateline(
      place: s.string(range.lowerBound..<placeEnd), source: source, date: date, end: j)
  }

  /// Splits the inside of the parentheses into a source and a date: "NTB - 14th March, 2021",
  /// "Reuters", "14 March 2021".
  private static func sourceAndDate(
    _ s: [Unicode.Scalar], _ inside: Range<Int>
  ) -> (source: String?, date: String?, dated: Bool) {
    if let d = DateText.read(s, at: inside.lowerBound, limit: inside.upperBound),
      d.end == inside.upperBound
    {
      return (nil, d.date, true)
    }
    // The last " - " or ", " followed by a date that runs to the closing parenthesis.
    var k = inside.upperBound - 1
    while k > inside.lowerBound {
      if s[k].isDash || s[k].value == 0x2C {
        let after = skipSpaces(s, k + 1, inside.upperBound)
        if let d = DateText.read(s, at: after, limit: inside.upperBound), d.end == inside.upperBound {
          let src = s.trimmed(inside.lowerBound..<k)
          return (src.isEmpty ? nil : s.string(src), d.date, true)
        }
      }
      k -= 1
    }
    guard inside.count <= 60,
      s[inside.lowerBound].isUppercaseLetter || s[inside.lowerBound].isASCIIDigit
    else { return (nil, nil, false) }
    return (s.string(inside), nil, false)
  }

  /// One to four place words in capitals ("NEW YORK", "ST. PETERSBURG"), or capitalized ("Moscow").
  private static func placeWords(
    _ s: [Unicode.Scalar], at start: Int, limit: Int
  ) -> (end: Int, words: Int, capitals: Bool)? {
    var i = start
    var words = 0
    var end = start
    var allCapitals = true
    var letters = 0
    while words < 4 {
      guard i < limit, s[i].isUppercaseLetter else { break }
      var j = i
      var lower = 0
      var upper = 0
      while j < limit,
        s[j].isLetter || s[j].value == 0x2E || s[j].value == 0x27 || s[j].value == 0x2019
          || s[j].value == 0x2D
      {
        if s[j].isLowercaseLetter { lower += 1 } else if s[j].isLetter { upper += 1 }
        j += 1
      }
      guard j - i <= 24 else { return nil }
      let capitals = lower == 0
      // Words after the first keep the style of the first: "NEW YORK", "Rio De Janeiro".
      if words > 0 && capitals != allCapitals { break }
      if !capitals && upper != 1 { break }
      allCapitals = allCapitals && capitals
      letters += upper + lower
      words += 1
      end = j
      // The place goes on only when another capitalized word follows a single space.
      guard j < limit, s[j].value == 0x20, j + 1 < limit, s[j + 1].isUppercaseLetter else { break }
      i = j + 1
    }
    guard words > 0, letters >= 2 else { return nil }
    return (end, words, allCapitals)
  }

  private static func skipSpaces(_ s: [Unicode.Scalar], _ from: Int, _ limit: Int) -> Int {
    var i = from
    while i < limit && s[i].isInlineSpace { i += 1 }
    return i
  }
}
