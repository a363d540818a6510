/// Cuts the scalars of an article file into paragraph ranges, in one pass.
///
/// Paragraphs are blocks of lines separated by blank (white-space-only) lines, a heading line inside a block
/// a paragraph of its own (`addBlock`). A text without any blank line takes each non-empty line as a
/// paragraph. Lines end at `\n` or at a lone `\r` (the reading turned each CRLF into `\n`, and keeps a lone
/// `\r` in the text, one scalar as in Python); each range is trimmed of white space.
/// Example: `"A\nB\n\n C \n"` gives `0..<3` ("A\nB") and `6..<7` ("C"); `"A\rB\r\rC"` gives
/// `0..<3` ("A\rB") and `5..<6` ("C").
enum ParagraphSplitter {
  /// The trimmed, non-empty paragraph ranges of `scalars[start...]`, in file order.
  static func paragraphRanges(in scalars: [Unicode.Scalar], from start: Int = 0) -> [Range<Int>] {
    let lines = lineRanges(in: scalars, from: start)
    var blank = [Bool](filledWith: false, count: lines.count)
    var hasBlankLine = false
    for (n, line) in lines.enumerated() {
      var i = line.lowerBound
      while i < line.upperBound && scalars[i].isSpaceForReading { i += 1 }
      if i == line.upperBound {
        blank[n] = true
        hasBlankLine = true
      }
    }
    // (each block trimmed as it is found, into room for the most blocks the lines make: an array grown
    // from empty, then mapped to another, allocated several times a file)
    var blocks: [Range<Int>] = []
    blocks.reserveCapacity(lines.count)
    func add(_ block: Range<Int>) {
      let t = scalars.trimmed(block)
      if !t.isEmpty { blocks.append(t) }
    }
    var open: Int? = nil  // first line of the block being gathered
    for (n, line) in lines.enumerated() {
      if blank[n] {
        if let o = open { addBlock(lines[o..<n], scalars, add) }
        open = nil
      } else if !hasBlankLine {
        add(line)
      } else if open == nil {
        open = n
      }
    }
    if let o = open { addBlock(lines[o...], scalars, add) }
    return blocks
  }

  /// Adds the block of `lines`, with each line that is a heading a paragraph of its own: a live blog's post
  /// under its headline ("8:38PM Roy Says The Budget Is Balanced" ¶ "Ann Roy was asked …").
  /// A heading line opens with a letter or digit, is headline-cased and has no closing punctuation. A block with
  /// a line that ends without punctuation, is not headline-cased and is as long as a wrapped line is hard-wrapped
  /// text, and is never cut (a shorter line may be a byline, "Jane Doe"; a longer one is no wrapped line).
  private static func addBlock(
    _ lines: ArraySlice<Range<Int>>, _ scalars: [Unicode.Scalar], _ add: (Range<Int>) -> Void
  ) {
    guard lines.count >= 2, let first = lines.first, let last = lines.last else {
      if let line = lines.first { add(line) }
      return
    }
    var headings: [Int] = []
    for n in lines.indices.dropLast() {
      let line = scalars.trimmed(lines[n])
      // (most lines end with punctuation: told before the line's shape is measured)
      guard !line.isEmpty, !BlockShape.endsWithPunctuation(scalars, line) else { continue }
      let shape = BlockShape(scalars, line)
      if shape.isHeadlineCased && shape.isSingleLine && shape.first.isWordCharacter {
        headings.append(n)
      } else if wrappedLineLengths.contains(line.count) {
        return add(first.lowerBound..<last.upperBound)  // hard-wrapped
      }
    }
    var start = first.lowerBound
    for n in headings {
      if start < lines[n].lowerBound { add(start..<lines[n - 1].upperBound) }
      add(lines[n])
      start = lines[n + 1].lowerBound
    }
    add(start..<last.upperBound)
  }

  /// The lengths of a hard-wrapped text's lines, in scalars (it wraps at 60 to 80 columns or so).
  static let wrappedLineLengths = 45...100

  /// Line ranges without their `\n` (or lone `\r`); a final line without one counts, an empty tail
  /// does not.
  static func lineRanges(in scalars: [Unicode.Scalar], from start: Int = 0) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var lineStart = start
    let n = scalars.count
    // (from one "\n" or "\r" to the next, the text between passed over eight scalars at a time)
    var i = scalars.firstIndex(from: start, of: "\n", "\r")
    while i < n {
      if scalars.endsLine(at: i) {
        lines.append(lineStart..<i)
        lineStart = i + 1
      }
      i = scalars.firstIndex(from: i + 1, of: "\n", "\r")
    }
    if lineStart < n { lines.append(lineStart..<n) }
    return lines
  }
}
