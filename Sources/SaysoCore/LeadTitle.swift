/// A title for an article that has no title line: the first sentence of its lead, cut at a word to about
/// 80 columns with "…" when it is longer.
///
/// "MOSCOW, Sept 30 (Reuters) - Russia's foreign minister said on Tuesday that talks would resume. He…"
/// → "MOSCOW, Sept 30 (Reuters) - Russia's foreign minister said on Tuesday that talks…".
public enum LeadTitle {
  /// About how many columns a title made from the lead takes.
  public static let width = 80

  /// The title made from `lead` (the first paragraph of text), or nil when it holds no word.
  public static func title(fromLead lead: String) -> String? {
    let flat = lead.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    guard !flat.isEmpty else { return nil }
    // The first sentence: up to ". ", "? " or "! " after at least three words.
    var sentence = flat
    var words = 0
    var previous: Character = " "
    for (offset, c) in flat.enumerated() {
      if c == " " {
        words += 1
        if words >= 3, previous == "." || previous == "?" || previous == "!" {
          sentence = String(flat.prefix(offset))
          break
        }
      }
      previous = c
    }
    guard sentence.count > width else { return sentence }
    var cut = ""
    for word in sentence.split(separator: " ") {
      let next = cut.isEmpty ? String(word) : cut + " " + word
      if next.count > width - 1 { break }
      cut = next
    }
    if cut.isEmpty { cut = String(sentence.prefix(width - 1)) }
    while let last = cut.last, ",;:-–—".contains(last) { cut.removeLast() }
    return cut + "…"
  }

  /// The title made from the first of `paragraphs` that is not a heading (`#`).
  public static func from(_ paragraphs: [String]) -> String? {
    paragraphs.first { !$0.hasPrefix("#") }.flatMap(title(fromLead:))
  }
}
