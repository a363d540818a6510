import BenchmarkSupport

/// Statements that several outlets report, so a generated corpus has stories: article `i` reports,
/// one time in two, statement `i / 6 + r` (r in 0…2), so each statement is in about three articles
/// near each other, as a wire story is picked up within days. Each report words it its own way: the
/// whole statement, the speaker by surname only, a few words more at the end, or the first words left out.
extension NewsGenerator {
  /// Statement `id`: its speaker (full name and surname) and its words, the same in every article.
  func wireStatement(_ id: Int) -> (full: String, last: String, words: String) {
    var g = SeededRandom(seed: seed ^ (UInt64(id) &* 0xD1B5_4A32_D192_ED03) ^ 0x5741_5245)
    let first = g.pick(Self.firstNames)
    let last = g.pick(Self.lastNames)
    let template =
      "The {adj} {noun} of the {noun} will \(g.pick(Self.infinitives)) the {plural} before {day}, "
      + "and the {noun} must \(g.pick(Self.infinitives)) the {adj} {noun} by {n} {noun}"
    return ("\(first) \(last)", last, Self.filled(template, &g))
  }

  /// A paragraph reporting statement `id`, worded as this article words it.
  func wireParagraph(_ id: Int, _ g: inout SeededRandom) -> String {
    let statement = wireStatement(id)
    var words = statement.words
    switch g.number(0...3) {
    case 1: words += ", " + Self.filled("whatever the {noun} decides", &g)
    case 2: words = String(words.split(separator: " ").dropFirst(2).joined(separator: " "))
    default: break
    }
    let speaker = g.number(0...2) == 0 ? statement.last : statement.full
    return "“\(words),” \(speaker) said."
  }
}
