/// Turns the text of an article file into an `Article`: paragraphs with file offsets, then metadata.
public enum ArticleReader {
  /// Splits `text` into paragraphs and reads its metadata.
  ///
  /// - Parameters:
  ///   - text: the whole file, decoded; offsets are Unicode scalar offsets into it.
  ///   - path: the path to record in the article.
  public static func parse(_ text: String, path: String) -> Article {
    let paragraphs = splitParagraphs(text)
    return Article(path: path, paragraphs: paragraphs)
  }

  /// Paragraphs are blocks separated by blank lines; a text with no blank line takes each non-empty line.
  static func splitParagraphs(_ text: String) -> [Paragraph] {
    let scalars = Array(text.unicodeScalars)
    // Lines as scalar ranges, without their line terminators.
    var lines: [Range<Int>] = []
    var lineStart = 0
    var i = 0
    while i < scalars.count {
      if scalars[i] == "\n" {
        var end = i
        if end > lineStart && scalars[end - 1] == "\r" { end -= 1 }
        lines.append(lineStart..<end)
        lineStart = i + 1
      }
      i += 1
    }
    if lineStart < scalars.count {
      var end = scalars.count
      if end > lineStart && scalars[end - 1] == "\r" { end -= 1 }
      lines.append(lineStart..<end)
    }
    func isBlank(_ r: Range<Int>) -> Bool {
      r.allSatisfy { scalars[$0].properties.isWhitespace || scalars[$0] == "\u{FEFF}" }
    }
    let hasBlankLine = lines.contains { isBlank($0) }
    var blocks: [Range<Int>] = []
    var current: Range<Int>? = nil
    for line in lines {
      if isBlank(line) {
        if let c = current { blocks.append(c) }
        current = nil
      } else if !hasBlankLine {
        blocks.append(line)
      } else if let c = current {
        current = c.lowerBound..<line.upperBound
      } else {
        current = line
      }
    }
    if let c = current { blocks.append(c) }
    var result: [Paragraph] = []
    for block in blocks {
      var lo = block.lowerBound
      var hi = block.upperBound
      while lo < hi && (scalars[lo].properties.isWhitespace || scalars[lo] == "\u{FEFF}") { lo += 1 }
      while hi > lo && scalars[hi - 1].properties.isWhitespace { hi -= 1 }
      guard lo < hi else { continue }
      var s = String.UnicodeScalarView()
      s.append(contentsOf: scalars[lo..<hi])
      result.append(Paragraph(index: result.count, start: lo, end: hi, role: .body, text: String(s)))
    }
    return result
  }
}
