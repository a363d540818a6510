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
    // The first sentence, its runs of white space made one space: up to ". ", "? " or "! " after at least
    // three words. Read only as far as the title needs, one character at a time: past `width` characters
    // the sentence is known to be cut (a wire story's lead is one long sentence, and splitting it all into
    // words cost more than analysing a short story).
    var sentence: [Character] = []
    sentence.reserveCapacity(width + 2)
    var spaceBefore = false
    var words = 0
    for character in lead {
      if character.isWhitespace {
        spaceBefore = !sentence.isEmpty
        continue
      }
      if spaceBefore {
        spaceBefore = false
        words += 1
        if let last = sentence.last, words >= 3, last == "." || last == "?" || last == "!" { break }
        sentence.append(" ")
      }
      if sentence.count > width { break }
      sentence.append(character)
    }
    guard !sentence.isEmpty else { return nil }
    guard sentence.count > width else { return String(sentence) }
    // cut after the last whole word that leaves room for "…"
    let room = width - 1
    var cut = (1...room).last(where: { sentence[$0] == " " }).map { String(sentence[..<$0]) }
      ?? String(sentence[..<room])
    while let last = cut.last, ",;:-–—".contains(last) { cut.removeLast() }
    return cut + "…"
  }

  /// The title made from the first of `paragraphs` that is not a heading (`#`).
  public static func from(_ paragraphs: [String]) -> String? {
    paragraphs.first { !$0.hasPrefix("#") }.flatMap(title(fromLead:))
  }
}
