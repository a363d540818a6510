/// Cuts the scalars of an article file into paragraph ranges, in one pass.
///
/// Paragraphs are blocks of lines separated by blank (white-space-only) lines. A text without any
/// blank line takes each non-empty line as a paragraph. Lines end at `\n` or at a lone `\r` (the
/// reading turned each CRLF into `\n`, and keeps a lone `\r` in the text, one scalar as in Python);
/// each range is trimmed of white space.
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
    var open: Int? = nil  // start of the block being gathered
    var last = 0  // end of its last line
    for (n, line) in lines.enumerated() {
      if blank[n] {
        if let o = open { add(o..<last) }
        open = nil
      } else if !hasBlankLine {
        add(line)
      } else {
        if open == nil { open = line.lowerBound }
        last = line.upperBound
      }
    }
    if let o = open { add(o..<last) }
    return blocks
  }

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
