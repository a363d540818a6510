/// Markup left in article text — `<tweet tweet-id="75372">`, `</p>`, `<br/>` — is not prose: its
/// attribute values are no quotes and its names no reporting verbs.
enum MarkupTags {
  /// The scalar ranges of the tags in a paragraph: `<` then a letter or `/`, up to the next `>` on the
  /// same line, with a tag's shape (a name, then attributes or nothing). Usually none.
  static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    guard scalars.firstIndex(from: 0, of: "<", "<") < scalars.count else { return [] }
    var found: [Range<Int>] = []
    var start = 0
    while start + 2 < scalars.count {
      defer { start += 1 }
      guard scalars[start] == "<", scalars[start + 1] == "/" || scalars[start + 1].properties.isAlphabetic else {
        continue
      }
      var close = start + 1
      while close < scalars.count && close < start + 600 && scalars[close] != ">" && scalars[close] != "<"
        && scalars[close] != "\n" && scalars[close] != "\r"
      { close += 1 }
      guard close < scalars.count, scalars[close] == ">" else { continue }
      // the tag's name: letters, digits, '-', ':' or '_' up to a space, '/' or the end
      var nameEnd = scalars[start + 1] == "/" ? start + 2 : start + 1
      let nameStart = nameEnd
      while nameEnd < close
        && (scalars[nameEnd].properties.isAlphabetic || scalars[nameEnd].properties.numericType != nil
          || "-:_".unicodeScalars.contains(scalars[nameEnd]))
      {
        nameEnd += 1
      }
      guard nameEnd > nameStart, nameEnd == close || scalars[nameEnd] == " " || scalars[nameEnd] == "/" else {
        continue
      }
      // a bare "<word>" inside prose could be anything; attributes or a closing slash make it a tag
      let hasAttributes = scalars[nameEnd..<close].contains("=")
      guard hasAttributes || scalars[start + 1] == "/" || scalars[close - 1] == "/" || nameEnd == close else {
        continue
      }
      found.append(start..<(close + 1))
      start = close
    }
    return found
  }

  /// The paragraph with every tag's scalars replaced by spaces, so that offsets stay as they are.
  static func blanked(_ scalars: [Unicode.Scalar], _ tags: [Range<Int>]) -> [Unicode.Scalar] {
    var out = scalars
    for tag in tags {
      for offset in tag { out[offset] = " " }
    }
    return out
  }
}
