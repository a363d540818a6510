import Foundation

/// The form in which names are compared: lower case, accents folded, runs of white space as one space.
///
/// "Recep Tayyip  Erdoğan" and "recep tayyip erdogan" have the same key; so have "Zoë" and "Zoe".
/// Letters that do not decompose stay as they are ("ø", "ß").
public func nameKey(_ name: String) -> String {
  var plain = true
  for scalar in name.unicodeScalars where scalar.value >= 0x80 || scalar == "\t" || scalar == "\n" {
    plain = false
    break
  }
  if plain && !name.contains("  ") { return name.lowercased() }
  let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
  return folded.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
}
