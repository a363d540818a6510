import Foundation

/// Finding words in text ignoring case and accents, with Unicode scalar offsets.
public enum TextSearch {
  /// Every occurrence of `needle` in `text`, as scalar offset ranges, in order.
  public static func ranges(of needle: String, in text: String) -> [Range<Int>] {
    guard !needle.isEmpty else { return [] }
    var out: [Range<Int>] = []
    var from = text.startIndex
    var fromOffset = 0
    while from < text.endIndex,
      let range = text.range(
        of: needle, options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex)
    {
      let lower = fromOffset + text.unicodeScalars.distance(from: from, to: range.lowerBound)
      let upper = lower + text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
      out.append(lower..<upper)
      from = range.upperBound > range.lowerBound ? range.upperBound : text.index(after: range.lowerBound)
      fromOffset = upper
      if range.upperBound == range.lowerBound { fromOffset = lower + 1 }
    }
    return out
  }

  /// Every match of `expression` in `text`, as scalar offset ranges, in order (empty matches skipped).
  public static func ranges(of expression: NSRegularExpression, in text: String) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var index = text.startIndex
    var offset = 0
    let whole = NSRange(text.startIndex..<text.endIndex, in: text)
    for match in expression.matches(in: text, range: whole) {
      guard match.range.length > 0, let range = Range(match.range, in: text) else { continue }
      // Offsets counted on from the previous match, so the text is walked once.
      let lower = offset + text.unicodeScalars.distance(from: index, to: range.lowerBound)
      let upper = lower + text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
      out.append(lower..<upper)
      index = range.upperBound
      offset = upper
    }
    return out
  }
}
