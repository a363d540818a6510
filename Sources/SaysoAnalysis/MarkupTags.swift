/// Markup left in article text — `<tweet tweet-id="75372">`, `</p>`, `<br/>` — is not prose: its
/// attribute values are no quotes and its names no reporting verbs.
enum MarkupTags {
  /// The scalar ranges of the tags in a paragraph: `<` then a letter or `/`, up to the next `>` on the
  /// same line, with a tag's shape (a name, then attributes or nothing). Usually none.
  static func ranges(in s: [Unicode.Scalar]) -> [Range<Int>] {
    guard s.contains("<") else { return [] }
    var found: [Range<Int>] = []
    var i = 0
    while i + 2 < s.count {
      defer { i += 1 }
      guard s[i] == "<", s[i + 1] == "/" || s[i + 1].properties.isAlphabetic else { continue }
      var j = i + 1
      while j < s.count && j < i + 600 && s[j] != ">" && s[j] != "<" && s[j] != "\n" { j += 1 }
      guard j < s.count, s[j] == ">" else { continue }
      // the tag's name: letters, digits, '-', ':' or '_' up to a space, '/' or the end
      var k = s[i + 1] == "/" ? i + 2 : i + 1
      let nameStart = k
      while k < j
        && (s[k].properties.isAlphabetic || s[k].properties.numericType != nil || "-:_".unicodeScalars.contains(s[k]))
      {
        k += 1
      }
      guard k > nameStart, k == j || s[k] == " " || s[k] == "/" else { continue }
      // a bare "<word>" inside prose could be anything; attributes or a closing slash make it a tag
      let hasAttributes = s[k..<j].contains("=")
      guard hasAttributes || s[i + 1] == "/" || s[j - 1] == "/" || k == j else { continue }
      found.append(i..<(j + 1))
      i = j
    }
    return found
  }

  /// The paragraph with every tag's scalars replaced by spaces, so that offsets stay as they are.
  static func blanked(_ s: [Unicode.Scalar], _ tags: [Range<Int>]) -> [Unicode.Scalar] {
    var out = s
    for tag in tags {
      for k in tag { out[k] = " " }
    }
    return out
  }
}
