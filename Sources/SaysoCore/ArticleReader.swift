/// Turns the text of an article file into an `Article`: paragraphs with file offsets, then metadata.
///
/// Reading is linear in the size of the file: the text is turned into one array of Unicode scalars and
/// every step walks ranges of it.
///
/// Metadata comes from, in order of trust:
/// 1. front matter (`---` … `---` with `title`, `source`, `date`, `url`, `place`); it is not a paragraph;
/// 2. a leading `date YYYY-MM-DD` marker, which is not part of the first paragraph;
/// 3. a title line: a Markdown `# heading`, or a first line shaped like a headline (see `BlockShape`);
/// 4. a dateline near the top (see `Dateline`), or a line that is only a date;
/// 5. the outlet that interviewed people ("told Izvestia"), for the source (see `InterviewSource`);
/// 6. the lead's first sentence for the title (see `LeadTitle`);
/// 7. the file name: its name without extension for the title, a `YYYY-MM-DD` in it for the date.
public enum ArticleReader {
  /// Splits `text` into paragraphs and reads its metadata.
  ///
  /// - Parameters:
  ///   - text: the whole file, decoded; offsets are Unicode scalar offsets into it.
  ///   - path: the path to record in the article.
  /// - Returns: the article; it has no paragraphs when the text holds only white space or front matter.
  public static func parse(_ text: String, path: String) -> Article {
    parse(scalars: [Unicode.Scalar](decoding: text), path: path)
  }

  /// Reads an article from the Unicode scalars of its file.
  ///
  /// - Parameters:
  ///   - scalars: the whole file, decoded.
  ///   - path: the path to record in the article.
  /// - Returns: the article, as `parse(_:path:)` describes.
  public static func parse(scalars s: [Unicode.Scalar], path: String) -> Article {
    var article = Article(path: path, paragraphs: [])
    let front = FrontMatter.read(s)
    var bodyStart = front?.end ?? 0
    if let fields = front?.fields {
      article.title = nonEmpty(fields["title"])
      article.source = nonEmpty(fields["source"])
      article.date = fields["date"].flatMap(DateText.normalize)
      article.url = nonEmpty(fields["url"])
      article.section = nonEmpty(fields["section"])
      article.place = nonEmpty(fields["place"] ?? fields["dateline"])
    }

    // "date 2021-03-14 Norway proposed…": the marker gives the date and stays out of paragraph 0,
    // unless it stands alone in its block, where it becomes a dateline paragraph.
    var markerBlock: Range<Int>? = nil
    if let marker = dateMarker(s, from: bodyStart) {
      if article.date == nil { article.date = marker.date }
      if marker.textStart < s.count && !endsBlock(s, marker.end) {
        bodyStart = marker.textStart
      } else {
        markerBlock = marker.range
        bodyStart = marker.end
      }
    }

    var ranges = ParagraphSplitter.paragraphRanges(in: s, from: bodyStart)
    var roles = [ParagraphRole](filledWith: .body, count: ranges.count)
    var datelineEnds = [Int?](filledWith: nil, count: ranges.count)
    if let markerBlock {
      ranges.insert(markerBlock, at: 0)
      roles.insert(.dateline, at: 0)
      datelineEnds.insert(markerBlock.count, at: 0)
    }
    var firstText = markerBlock == nil ? 0 : 1  // first block that may be a title

    // A title line. The story after it is the longer of the next two blocks (a "LETTERS." kicker
    // may come between).
    func nextLength(after k: Int) -> Int {
      ranges[(k + 1)..<min(k + 3, ranges.count)].map(\.count).max() ?? 0
    }
    if firstText < ranges.count {
      let r = ranges[firstText]
      let shape = BlockShape(s, r)
      if let heading = markdownHeading(s, r), shape.isSingleLine {
        roles[firstText] = .title
        if article.title == nil { article.title = s.string(heading) }
        firstText += 1
      } else if let title = article.title {
        if s.string(r) == title {
          roles[firstText] = .title
          firstText += 1
        }
      } else if ranges.count > firstText + 1, Dateline.read(s, in: r) == nil, dateOnly(s, r) == nil,
        let line = shape.looksLikeTitle(nextLength: nextLength(after: firstText))
          ? r : headlineWithSubheadline(s, r, nextLength: nextLength(after: firstText))
      {
        roles[firstText] = .title
        article.title = s.string(line)
        firstText += 1
      }
    }

    // A dateline, or a line that is only a date, among the next few blocks; a short line such as a
    // byline may come before them.
    for n in firstText..<min(ranges.count, firstText + 3) {
      let r = ranges[n]
      if let dateline = Dateline.read(s, in: r) {
        if article.place == nil { article.place = dateline.place }
        if article.source == nil { article.source = dateline.source }
        if article.date == nil { article.date = dateline.date }
        if dateline.end == r.upperBound {
          roles[n] = .dateline
          datelineEnds[n] = r.count
        } else {
          datelineEnds[n] = dateline.end - r.lowerBound
        }
        break
      }
      if let match = dateOnly(s, r) {
        roles[n] = .dateline
        datelineEnds[n] = r.count
        if article.date == nil { article.date = match.date }
        continue
      }
      if !BlockShape(s, r).looksLikeHeading { break }
    }

    // Section headings: short unpunctuated lines between body paragraphs; lines that are only a date
    // ("Tuesday, November 17, 2020" in a running story) are datelines.
    let headingRange = max(firstText, 1)..<max(ranges.count - 1, max(firstText, 1))
    for k in headingRange where roles[k] == .body && datelineEnds[k] == nil {
      let r = ranges[k]
      if r.count <= 60, dateOnly(s, r) != nil {  // a date-only line is short
        roles[k] = .dateline
        datelineEnds[k] = r.count
      } else if markdownHeading(s, r) != nil || (r.count <= 100 && BlockShape(s, r).looksLikeHeading) {
        roles[k] = .heading
      }
    }
    if let last = ranges.indices.last, last > 0, roles[last] == .body,
      markdownHeading(s, ranges[last]) != nil
    {
      roles[last] = .heading
    }

    if article.source == nil {
      let body = ranges.indices.filter { roles[$0] == .body }.map { ranges[$0] }
      article.source = InterviewSource.find(s, in: body)
    }
    if article.date == nil { article.date = fileDate(path) }

    article.paragraphs = ranges.indices.map { k in
      let r = ranges[k]
      return Paragraph(
        index: k, start: r.lowerBound, end: r.upperBound, role: roles[k], text: s.string(r),
        datelineEnd: datelineEnds[k])
    }
    if article.title == nil { article.title = fallbackTitle(paragraphs: article.paragraphs, path: path) }
    return article
  }

  /// The title of an article that has neither a title line nor a title in its front matter: the first
  /// sentence of its lead (see `LeadTitle`), else the file name without its extension.
  public static func fallbackTitle(paragraphs: [Paragraph], path: String) -> String? {
    if let lead = paragraphs.first(where: { $0.role == .body }), let title = LeadTitle.title(fromLead: lead.text) {
      return title
    }
    return fileTitle(path)
  }

  /// A `date YYYY-MM-DD` marker at the start of the text (after white space): its range, its date,
  /// where it ends and where the text after it starts.
  static func dateMarker(
    _ s: [Unicode.Scalar], from start: Int
  ) -> (range: Range<Int>, date: String, end: Int, textStart: Int)? {
    var i = start
    while i < s.count && s[i].isSpaceForReading { i += 1 }
    let markerStart = i
    guard s.hasASCIIPrefix("date", at: i) else { return nil }
    i += 4
    if i < s.count && s[i].value == 0x3A { i += 1 }
    let afterWord = i
    while i < s.count && s[i].isInlineSpace { i += 1 }
    guard i > afterWord || s[afterWord - 1].value == 0x3A,
      let d = DateText.read(s, at: i), let date = d.date, d.end == i + 10
    else { return nil }
    guard d.end == s.count || s[d.end].isSpaceForReading else { return nil }
    var textStart = d.end
    while textStart < s.count && s[textStart].isSpaceForReading && !endsBlock(s, textStart) {
      textStart += 1
    }
    return (markerStart..<d.end, date, d.end, textStart)
  }

  /// Whether a blank line (or the end of the text) comes at `i` once the rest of its line is skipped.
  private static func endsBlock(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
    var j = i
    var newlines = 0
    while j < s.count && s[j].isSpaceForReading {
      if s.endsLine(at: j) {
        newlines += 1
        if newlines == 2 { return true }
      }
      j += 1
    }
    return j == s.count
  }

  /// The first line of a block made of a headline and a subheadline, without a trailing semicolon:
  /// "Mayors vie for farmers' votes;\nHale and Crane tout own records…".
  ///
  /// The first line must read as a title and end with punctuation or be headline-cased, so a
  /// hard-wrapped opening sentence does not qualify; the second must start with a capital or digit, be
  /// shorter than the next paragraph and carry no "said", "told" or weekday.
  static func headlineWithSubheadline(
    _ s: [Unicode.Scalar], _ r: Range<Int>, nextLength: Int
  ) -> Range<Int>? {
    guard let newline = s[r].firstIndex(where: \.isLineBreak) else { return nil }
    let first = s.trimmed(r.lowerBound..<newline)
    let second = s.trimmed(newline + 1..<r.upperBound)
    guard !first.isEmpty, !second.isEmpty, s[second].firstIndex(where: \.isLineBreak) == nil,
      s[second.lowerBound].isUppercaseLetter || s[second.lowerBound].isASCIIDigit
    else { return nil }
    let headline = BlockShape(s, first)
    let subheadline = BlockShape(s, second)
    guard headline.looksLikeTitle(nextLength: Int.max),
      headline.endsWithPunctuation || headline.isHeadlineCased,
      subheadline.isSingleLine, subheadline.words <= 30, !subheadline.readsAsReport,
      subheadline.length < nextLength
    else { return nil }
    var end = first.upperBound
    if s[end - 1].value == 0x3B { end = s.trimmed(first.lowerBound..<end - 1).upperBound }
    return first.lowerBound..<end
  }

  /// The title text of a Markdown ATX heading line ("# Title" → "Title").
  static func markdownHeading(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
    var i = r.lowerBound
    while i < r.upperBound && s[i].value == 0x23 && i - r.lowerBound < 6 { i += 1 }
    guard i > r.lowerBound, i < r.upperBound, s[i].isInlineSpace else { return nil }
    let t = s.trimmed(i..<r.upperBound)
    return t.isEmpty ? nil : t
  }

  /// The words that may stand before a date-only block's date (made once: an array literal in `dateOnly`
  /// was made at each block).
  static let dateLeadWords = ["published", "updated", "posted", "date"]

  /// The date of a block that is only a date, maybe after "Published", "Updated", "Posted" or "Date:",
  /// e.g. "Published: September 30, 2020." (a date without a year matches too, with a nil date).
  static func dateOnly(_ s: [Unicode.Scalar], _ r: Range<Int>) -> DateText.Match? {
    var i = r.lowerBound
    for word in dateLeadWords where s.hasASCIIPrefix(word, at: i, end: r.upperBound) {
      i += word.count
      if i < r.upperBound && s[i].value == 0x3A { i += 1 }
      while i < r.upperBound && s[i].isInlineSpace { i += 1 }
      if s.hasASCIIPrefix("on ", at: i, end: r.upperBound) { i += 3 }
      break
    }
    guard let d = DateText.read(s, at: i, limit: r.upperBound) else { return nil }
    var end = d.end
    if end < r.upperBound && s[end].value == 0x2E { end += 1 }
    return end == r.upperBound ? d : nil
  }

  /// The file name without folders and extension: "seeds/000_7fb1.txt" → "000_7fb1".
  public static func fileTitle(_ path: String) -> String? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else {
      return name.isEmpty ? nil : name
    }
    return String(name[..<dot])
  }

  /// A `YYYY-MM-DD` date in the file name: "breitbart_2016-09-12_stealth.txt" → "2016-09-12".
  static func fileDate(_ path: String) -> String? {
    let name = Array(lastPathComponent(path).unicodeScalars)
    var i = 0
    while i + 10 <= name.count {
      if name[i].isASCIIDigit, i == 0 || !name[i - 1].isASCIIDigit,
        let d = DateText.read(name, at: i),
        d.end == i + 10, let date = d.date
      {
        return date
      }
      i += 1
    }
    return nil
  }

  /// The last non-empty "/"-separated part of `path` (`path` itself when it has none): found on the
  /// bytes of an ASCII path, as Characters otherwise (a combining mark after "/" makes it no separator).
  static func lastPathComponent(_ path: String) -> String {
    let utf8 = path.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return path.split(separator: "/").last.map(String.init) ?? path }
    var end = utf8.endIndex
    while end != utf8.startIndex, utf8[utf8.index(before: end)] == 0x2F { end = utf8.index(before: end) }
    guard end != utf8.startIndex else { return path }
    var start = end
    while start != utf8.startIndex, utf8[utf8.index(before: start)] != 0x2F { start = utf8.index(before: start) }
    return String(path[start..<end])
  }

  private static func nonEmpty(_ s: String?) -> String? {
    guard let s, !s.isEmpty else { return nil }
    return s
  }
}
