import Foundation

/// File-name-safe forms of titles and outlet names for the library: lower-case ASCII letters and digits
/// joined by `-` (accents are dropped, other characters separate words).
enum Slug {
  /// `text` as a slug of at most `limit` characters, cut at a word; `fallback` when nothing is left.
  ///
  /// "Council approves £2m plan — at last" → "council-approves-2m-plan-at-last".
  static func make(_ text: String, limit: Int = 60, fallback: String) -> String {
    let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
    var words: [String] = []
    var word = ""
    for scalar in folded.unicodeScalars {
      if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
        word.unicodeScalars.append(scalar)
      } else if !word.isEmpty && scalar != "'" && scalar != "\u{2019}" {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    var slug = ""
    for w in words {
      let next = slug.isEmpty ? w : slug + "-" + w
      if next.count > limit { break }
      slug = next
    }
    if slug.isEmpty, let first = words.first { slug = String(first.prefix(limit)) }
    return slug.isEmpty ? fallback : slug.lowercased()
  }
}
