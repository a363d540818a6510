/// The Markdown markup of one paragraph of a Markdown article, found without changing the text: which
/// scalars are markup to hide when the paragraph is shown (`# `, `**`, `[`, `](url)`, backticks,
/// backslashes of escapes), and which ranges are strong, emphasised, code or links (with their URLs).
///
/// Offsets are Unicode scalar offsets into the paragraph's text, like every offset of the model: the
/// text stays as the file has it, and rendering decides how it looks (`show` and the reader).
///
/// `## What **really** happened, [in full](https://example.org/a)` →
/// hidden `## `, `**`, `**`, `[`, `](https://example.org/a)`; strong `really`; link `in full`.
public struct MarkdownMarkup: Equatable, Sendable {
  /// Scalars not to show.
  public var hidden: [Range<Int>] = []
  /// `**strong**` and `__strong__` text.
  public var strong: [Range<Int>] = []
  /// `*emphasised*` and `_emphasised_` text.
  public var emphasis: [Range<Int>] = []
  /// `` `code` `` text.
  public var code: [Range<Int>] = []
  /// `[text](url)` and `<url>`: the shown text and the address.
  public var links: [Link] = []

  /// A link: the range of its shown text and where it leads.
  public struct Link: Equatable, Sendable {
    public var range: Range<Int>
    public var url: String
  }

  /// Whether `offset` is a hidden markup scalar.
  public func hides(_ offset: Int) -> Bool { hidden.contains { $0.contains(offset) } }

  /// Whether the article is Markdown (a `.md` or `.markdown` file), so its markup is rendered.
  public static func applies(to article: Article) -> Bool {
    let lower = article.path.lowercased()
    return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
  }

  /// The markup of a paragraph's text.
  public init(_ text: String) {
    let s = Array(text.unicodeScalars)
    // A fenced code block: the fence lines are hidden, the rest is code as it stands.
    if s.starts(with: "```".unicodeScalars) || s.starts(with: "~~~".unicodeScalars) {
      let firstEnd = s.firstIndex(of: "\n") ?? s.count
      var lastStart = (s.lastIndex(of: "\n") ?? -1) + 1
      let closing = lastStart > firstEnd && s[lastStart...].starts(with: s[0..<3])
      if !closing { lastStart = s.count }
      hidden.append(0..<min(firstEnd + 1, s.count))
      if closing { hidden.append(max(firstEnd, lastStart - 1)..<s.count) }
      if firstEnd + 1 < lastStart { code.append(firstEnd + 1..<max(firstEnd + 1, lastStart - 1)) }
      return
    }
    var i = 0
    // An ATX heading's hashes ("## Title" → "Title").
    while i < s.count && i < 6 && s[i] == "#" { i += 1 }
    if i > 0 && i < s.count && (s[i] == " " || s[i] == "\t") {
      hidden.append(0..<i + 1)
      i += 1
    } else {
      i = 0
    }
    scanInline(s, from: i)
  }

  private mutating func scanInline(_ s: [Unicode.Scalar], from start: Int) {
    var i = start
    while i < s.count {
      let c = s[i]
      if c == "\\", i + 1 < s.count, Self.escapable.contains(s[i + 1]) {
        hidden.append(i..<i + 1)
        i += 2
      } else if c == "`", let close = s[(i + 1)...].firstIndex(of: "`"), close > i + 1 {
        hidden.append(i..<i + 1)
        hidden.append(close..<close + 1)
        code.append(i + 1..<close)
        i = close + 1
      } else if c == "[" || (c == "!" && i + 1 < s.count && s[i + 1] == "["), let link = Self.link(s, at: i) {
        hidden.append(i..<link.text.lowerBound)
        hidden.append(link.text.upperBound..<link.end)
        links.append(Link(range: link.text, url: link.url))
        i = link.end
      } else if c == "<", let close = s[(i + 1)...].firstIndex(of: ">"),
        String(String.UnicodeScalarView(s[(i + 1)..<close])).hasPrefix("http")
      {
        hidden.append(i..<i + 1)
        hidden.append(close..<close + 1)
        links.append(Link(range: i + 1..<close, url: String(String.UnicodeScalarView(s[(i + 1)..<close]))))
        i = close + 1
      } else if c == "*" || c == "_", let span = Self.delimited(s, at: i) {
        hidden.append(i..<i + span.width)
        hidden.append(span.close..<span.close + span.width)
        if span.width == 2 { strong.append(i + 2..<span.close) } else { emphasis.append(i + 1..<span.close) }
        i = span.close + span.width
      } else {
        i += 1
      }
    }
  }

  private static let escapable = Set("\\`*_{}[]()#+-.!<>".unicodeScalars)

  /// `[text](url)` (or `![alt](url)`) starting at `i`.
  private static func link(_ s: [Unicode.Scalar], at i: Int) -> (text: Range<Int>, url: String, end: Int)? {
    let open = s[i] == "!" ? i + 1 : i
    guard let close = s[(open + 1)...].firstIndex(of: "]"), close + 1 < s.count, s[close + 1] == "(",
      let end = s[(close + 2)...].firstIndex(of: ")"), !s[(open + 1)..<close].contains("\n")
    else { return nil }
    let target = String(String.UnicodeScalarView(s[(close + 2)..<end]))
    let url = target.split(separator: " ").first.map(String.init) ?? ""
    return (open + 1..<close, url, end + 1)
  }

  /// `**x**`, `__x__`, `*x*` or `_x_` starting at `i`: the delimiter's width and where the closing one
  /// starts. The text inside neither starts nor ends with a space; `_` must not be inside a word.
  private static func delimited(_ s: [Unicode.Scalar], at i: Int) -> (width: Int, close: Int)? {
    let d = s[i]
    let width = i + 1 < s.count && s[i + 1] == d ? 2 : 1
    let first = i + width
    guard first < s.count, !s[first].properties.isWhitespace, s[first] != d else { return nil }
    if d == "_" && i > 0 && s[i - 1].properties.isAlphabetic { return nil }
    var j = first + 1
    while j + width <= s.count {
      if s[j] == "\n" && j + 1 < s.count && s[j + 1] == "\n" { return nil }
      if s[j] == d && (width == 1 || s[j + 1] == d) && !s[j - 1].properties.isWhitespace {
        let after = j + width
        if width == 1 && after < s.count && s[after] == d { return nil }  // part of a longer run
        if d == "_" && after < s.count && s[after].properties.isAlphabetic {
          j += 1
          continue
        }
        return (width, j)
      }
      j += 1
    }
    return nil
  }
}
