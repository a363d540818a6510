import Foundation

/// A search query in the library's syntax, read the simple way: words must all appear (ignoring
/// case and accents), `"a phrase"` must appear as written, `-word` must not appear.
public struct SearchQuery: Equatable, Sendable {
  public var required: [String] = []
  public var excluded: [String] = []

  public init(_ text: String) {
    var i = text.startIndex
    while i < text.endIndex {
      let c = text[i]
      if c.isWhitespace {
        i = text.index(after: i)
        continue
      }
      var negative = false
      var start = i
      if c == "-" {
        negative = true
        start = text.index(after: i)
      }
      var term: String
      if start < text.endIndex, text[start] == "\"" {
        let open = text.index(after: start)
        let close = text[open...].firstIndex(of: "\"") ?? text.endIndex
        term = String(text[open..<close])
        i = close < text.endIndex ? text.index(after: close) : close
      } else {
        let end = text[start...].firstIndex(where: \.isWhitespace) ?? text.endIndex
        term = String(text[start..<end])
        i = end
      }
      // Field prefixes and operators of richer syntaxes are kept as plain words here.
      term = term.trimmingCharacters(in: .whitespaces)
      if term.isEmpty || term == "AND" { continue }
      if negative { excluded.append(term) } else { required.append(term) }
    }
  }
}
