/// A YAML-style header between two `---` lines at the very top of a file (after an optional byte-order
/// mark), read as flat `key: value` pairs.
///
/// ```
/// ---
/// title: Ferry service resumes after winter storms
/// source: Example Wire
/// date: 2021-03-12
/// ---
/// ```
/// Keys are lower-cased; values lose surrounding quotes. Lines that are not `key: value` are ignored.
/// A header that is never closed is not front matter: the file is read as plain text.
public struct FrontMatter: Equatable, Sendable {
  /// The fields by lower-cased key.
  public var fields: [String: String]
  /// Scalar offset just past the closing `---` line: where the article text begins.
  public var end: Int

  /// Headers longer than this many lines are not front matter (keeps a stray `---` from scanning a whole file).
  public static let maximumLines = 200

  /// Reads the front matter at the top of `text`, if there is one.
  public static func read(_ text: String) -> FrontMatter? { read(Array(text.unicodeScalars)) }

  /// Reads the front matter at the top of `scalars`, if there is one.
  public static func read(_ scalars: [Unicode.Scalar]) -> FrontMatter? {
    var i = 0
    if i < scalars.count && scalars[i].value == 0xFEFF { i += 1 }
    guard let first = nextLine(scalars, from: i), isFence(scalars, first.line, closing: false)
    else {
      return nil
    }
    var fields: [String: String] = [:]
    var next = first.next
    for _ in 0..<maximumLines {
      guard next < scalars.count, let l = nextLine(scalars, from: next) else { return nil }
      if isFence(scalars, l.line, closing: true) {
        return FrontMatter(fields: fields, end: l.next)
      }
      if let (key, value) = field(scalars, l.line), fields[key] == nil {
        fields[key] = value
      }
      next = l.next
    }
    return nil
  }

  /// The line starting at `start` (without `\n`) and the offset of the next line.
  private static func nextLine(_ s: [Unicode.Scalar], from start: Int) -> (
    line: Range<Int>, next: Int
  )? {
    guard start <= s.count else { return nil }
    var i = start
    while i < s.count && !s.endsLine(at: i) { i += 1 }
    return (start..<i, min(i + 1, s.count))
  }

  /// `---` (or `...` when closing), with nothing but white space after it.
  private static func isFence(_ s: [Unicode.Scalar], _ line: Range<Int>, closing: Bool) -> Bool {
    let t = s.trimmed(line)
    guard t.lowerBound == line.lowerBound, t.count == 3 else { return false }
    let c = s[t.lowerBound].value
    guard c == 0x2D || (closing && c == 0x2E) else { return false }
    return s[t].allSatisfy { $0.value == c }
  }

  /// `key: value` with a key of letters, digits, `_` or `-`.
  private static func field(_ s: [Unicode.Scalar], _ line: Range<Int>) -> (String, String)? {
    var i = line.lowerBound
    while i < line.upperBound,
      s[i].isWordCharacter || s[i].value == 0x5F || s[i].value == 0x2D
    {
      i += 1
    }
    guard i > line.lowerBound, i < line.upperBound, s[i].value == 0x3A else { return nil }
    let key = s.string(line.lowerBound..<i).lowercased()
    var v = s.trimmed(i + 1..<line.upperBound)
    if v.count >= 2 {
      let q = s[v.lowerBound].value
      if (q == 0x22 || q == 0x27) && s[v.upperBound - 1].value == q {
        v = v.lowerBound + 1..<v.upperBound - 1
      }
    }
    return (key, s.string(v))
  }
}
