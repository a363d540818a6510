import SaysoCore

/// An article laid out for a width: every paragraph wrapped, a blank line between paragraphs.
struct ArticleLayout {
  /// One screen line of the article.
  struct Line {
    var paragraph: Int
    /// The wrapped slice, nil for the blank line after a paragraph.
    var wrapped: WrappedLine?
    /// Whether this is the paragraph's first line (where its number goes).
    var isFirst: Bool
  }

  let width: Int
  private(set) var lines: [Line] = []
  /// The index in `lines` of each paragraph's first line.
  private(set) var firstLine: [Int] = []

  init(article: Article, width: Int) {
    self.width = width
    for paragraph in article.paragraphs {
      firstLine.append(lines.count)
      for (i, wrapped) in TextWrapper.wrap(paragraph.text, width: width).enumerated() {
        lines.append(Line(paragraph: paragraph.index, wrapped: wrapped, isFirst: i == 0))
      }
      lines.append(Line(paragraph: paragraph.index, wrapped: nil, isFirst: false))
    }
    if !lines.isEmpty { lines.removeLast() }
  }

  /// The line showing scalar `offset` of paragraph `paragraph`; an offset past the paragraph's end
  /// (see `position(ofLine:)`) means the blank line after it.
  func line(paragraph: Int, offset: Int) -> Int {
    guard firstLine.indices.contains(paragraph) else { return max(0, lines.count - 1) }
    var i = firstLine[paragraph]
    while i + 1 < lines.count, lines[i + 1].paragraph == paragraph {
      if let next = lines[i + 1].wrapped {
        guard next.start <= offset else { break }
      } else {
        guard let end = lines[i].wrapped?.end, offset > end else { break }
      }
      i += 1
    }
    return i
  }

  /// The place in the text that line `index` shows: its paragraph and first offset, or for the blank
  /// line after a paragraph, one past the paragraph's end.
  func position(ofLine index: Int) -> ReadingPosition {
    let line = lines[index]
    if let wrapped = line.wrapped { return ReadingPosition(paragraph: line.paragraph, offset: wrapped.start) }
    let end = index > 0 ? lines[index - 1].wrapped?.end ?? 0 : 0
    return ReadingPosition(paragraph: line.paragraph, offset: end + 1)
  }

  /// The index one past paragraph `paragraph`'s last text line.
  func endLine(paragraph: Int) -> Int {
    paragraph + 1 < firstLine.count ? firstLine[paragraph + 1] - 1 : lines.count
  }
}
