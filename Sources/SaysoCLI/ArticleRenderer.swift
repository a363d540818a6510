import SaysoCore

/// Draws one analysed article for `sayso show`.
///
/// Each paragraph gets its number (the JSON `index`) in the margin; the title and headings stand out;
/// quotes, their speakers and proposals are marked in the text; and the paragraph's claims are listed
/// under it. With colour, quotes are green with the speaker's name after them in `{…}`, proposals are
/// yellow and underlined. Without colour the same marks are plain text:
///
///        3  Putin [Q: called the plan "a first step"]{Vladimir Putin} and <<P: proposed talks>>.
///           - quote, indirect — Vladimir Putin (Russian President); cue "called"
///           - proposal — Vladimir Putin (Russian President); cue "proposed"
public struct ArticleRenderer: Sendable {
  public var style: OutputStyle
  /// Columns to wrap paragraphs to, or nil to print each line of the file whole.
  public var width: Int?

  public init(style: OutputStyle, width: Int? = nil) {
    self.style = style
    self.width = width
  }

  /// The whole article: a header with its path and metadata, then every paragraph.
  public func render(_ analysis: ArticleAnalysis) -> String {
    let article = analysis.article
    var out = style.styled(TerminalText.line(article.path), .note) + "\n"
    let metadata = [article.title, article.source, article.section, article.date, article.url].compactMap { $0 }.map(
      TerminalText.line)
    if !metadata.isEmpty {
      let line = metadata.joined(separator: " · ")
      for part in width.map({ line.wrapped(toWidth: $0) }) ?? [line] { out += style.styled(part, .note) + "\n" }
    }
    out += "\n"

    var claimsByParagraph: [Int: [Claim]] = [:]
    for claim in analysis.claims { claimsByParagraph[claim.paragraph, default: []].append(claim) }
    let marginWidth = max(2, String(article.paragraphs.last?.index ?? 0).count)
    let markdown = MarkdownMarkup.applies(to: article)
    for paragraph in article.paragraphs {
      out += render(
        paragraph, claims: claimsByParagraph[paragraph.index] ?? [], marginWidth: marginWidth, markdown: markdown)
      out += "\n"
    }
    return out
  }

  /// One paragraph with its margin number, marked text, and the list of its claims (and, in a Markdown
  /// article, of its links' addresses); ends with a newline.
  public func render(_ paragraph: Paragraph, claims: [Claim], marginWidth: Int, markdown: Bool = false) -> String {
    let number = String(paragraph.index)
    let margin = String(repeating: " ", count: marginWidth - number.count + 2) + number + "  "
    let indent = String(repeating: " ", count: margin.count)
    let textWidth = width.map { max(20, $0 - indent.count) }

    let markup = markdown ? MarkdownMarkup(paragraph.text) : nil
    let lines = markedLines(paragraph.text, claims: claims, role: paragraph.role, width: textWidth, markup: markup)
    var out = style.styled(margin, .margin) + lines.joined(separator: "\n" + indent) + "\n"
    let scalars = Array(paragraph.text.unicodeScalars)
    let linkNotes = (markup?.links ?? []).map { link in
      let range = min(link.range.lowerBound, scalars.count)..<min(link.range.upperBound, scalars.count)
      return
        "- link \"\(TerminalText.line(String(String.UnicodeScalarView(scalars[range]))))\": \(TerminalText.line(link.url))"
    }
    // An utterance split by a frame is marked piece by piece but listed once.
    for summary in ListedClaim.grouping(claims).map({ "- " + ClaimText.summary($0) }) + linkNotes {
      let summaryLines = textWidth.map { summary.wrapped(toWidth: $0 - 2) } ?? [summary]
      for (i, line) in summaryLines.enumerated() {
        out += indent + (i == 0 ? "" : "  ") + style.styled(line, .note) + "\n"
      }
    }
    return out
  }

  /// The paragraph's text with its claims marked, as the lines to print, each terminal-safe.
  ///
  /// The text keeps its own line breaks; with a `width`, each line is also wrapped to that many columns.
  /// Claims may nest or overlap: the text is cut at every claim boundary, marks close (innermost first)
  /// and open (outermost first) at the cuts, and with colour each piece is styled by the claims it lies in.
  ///
  /// - Parameters:
  ///   - text: the paragraph's text.
  ///   - claims: the paragraph's quotes and proposals (offsets into `text`).
  ///   - role: the paragraph's role; the title and headings are styled (or prefixed `#`, `##`).
  ///   - width: columns to wrap to, or nil to keep each line whole.
  ///   - markup: the paragraph's Markdown markup, hidden and styled (nil for a plain-text article).
  public func markedLines(
    _ text: String, claims: [Claim], role: ParagraphRole = .body, width: Int? = nil, markup: MarkdownMarkup? = nil
  ) -> [String] {
    var lines = runs(text, claims: claims, markup: markup)
    let heading: (prefix: String, role: TextRole)? =
      switch role {
      case .title: ("# ", .title)
      case .heading: ("## ", .heading)
      case .dateline, .body: nil
      }
    if let heading {
      if !style.usesColor { lines[0].insert(Run(text: heading.prefix, roles: []), at: 0) }
      lines = lines.map { $0.map { Run(text: $0.text, roles: $0.roles.union([heading.role])) } }
    }
    return lines.flatMap { layout($0, width: width) }
  }

  /// The paragraph as runs of text with their roles, one array per line of the text.
  private func runs(_ text: String, claims: [Claim], markup: MarkdownMarkup?) -> [[Run]] {
    let scalars = Array(text.unicodeScalars)
    let spans = claims.enumerated().compactMap { order, claim -> Span? in
      let start = max(0, min(claim.start, scalars.count))
      let end = max(0, min(claim.end, scalars.count))
      return start < end ? Span(claim: claim, start: start, end: end, order: order) : nil
    }
    var cuts = Set([0, scalars.count])
    for span in spans {
      cuts.insert(span.start)
      cuts.insert(span.end)
    }
    let styled: [(Range<Int>, TextRole)] =
      (markup?.strong ?? []).map { ($0, .strong) } + (markup?.emphasis ?? []).map { ($0, .emphasis) }
      + (markup?.code ?? []).map { ($0, .code) } + (markup?.links ?? []).map { ($0.range, .link) }
    for range in (markup?.hidden ?? []) + styled.map(\.0) {
      cuts.insert(min(range.lowerBound, scalars.count))
      cuts.insert(min(range.upperBound, scalars.count))
    }
    let sortedCuts = cuts.sorted()

    var lines: [[Run]] = [[]]
    func append(_ run: Run) {
      if !run.text.isEmpty { lines[lines.count - 1].append(run) }
    }
    // Spans by where they end and start, and how many of each role are open, swept cut by cut: looking
    // every span up at every cut made a paragraph of 75,000 quotes (5 MB) take minutes to show.
    let byEnd = Dictionary(grouping: spans, by: \.end)
    let byStart = Dictionary(grouping: spans, by: \.start)
    var open: [TextRole: Int] = [:]
    for (i, cut) in sortedCuts.enumerated() {
      let closing = (byEnd[cut] ?? []).sorted { ($0.start, $0.order) > ($1.start, $1.order) }
      for span in closing { append(closeMark(span)) }
      let opening = (byStart[cut] ?? []).sorted { ($0.end, -$0.order) > ($1.end, -$1.order) }
      for span in opening { append(openMark(span)) }
      // every span's start and end is a cut, so the spans over cut..<next are those open at `cut`
      for span in closing { open[span.role, default: 0] -= 1 }
      for span in opening { open[span.role, default: 0] += 1 }
      guard i + 1 < sortedCuts.count else { break }
      let next = sortedCuts[i + 1]
      if markup?.hides(cut) == true { continue }
      let roles = Set(open.filter { $0.value > 0 }.keys)
        .union(styled.filter { $0.0.lowerBound <= cut && next <= $0.0.upperBound }.map(\.1))
      let piece = String(String.UnicodeScalarView(scalars[cut..<next]))
      for (n, line) in TerminalText.lines(piece).enumerated() {
        if n > 0 { lines.append([]) }
        append(Run(text: line, roles: roles))
      }
    }
    return lines
  }

  /// One line of runs as printed lines: styled, and wrapped to `width` columns when there is one.
  private func layout(_ runs: [Run], width: Int?) -> [String] {
    guard let width else { return [runs.map { style.styled($0.text, $0.roles) }.joined()] }
    // Wrap the plain text, then give each wrapped scalar back its run. Wrapping only drops spaces at
    // the breaks, so the wrapped lines are the plain text in order with some spaces left out.
    let plain = runs.map(\.text).joined()
    let scalars = Array(plain.unicodeScalars)
    var owner: [Int] = []
    for (i, run) in runs.enumerated() {
      owner += repeatElement(i, count: run.text.unicodeScalars.count)
    }
    var cursor = 0
    return plain.wrapped(toWidth: width).map { line in
      var out = ""
      var pending = String.UnicodeScalarView()
      var pendingRun: Int? = nil
      func flush() {
        if let run = pendingRun { out += style.styled(String(pending), runs[run].roles) }
        pending = String.UnicodeScalarView()
      }
      for scalar in line.unicodeScalars {
        while cursor < scalars.count && scalars[cursor] != scalar { cursor += 1 }
        guard cursor < scalars.count else { break }
        if owner[cursor] != pendingRun {
          flush()
          pendingRun = owner[cursor]
        }
        pending.append(scalar)
        cursor += 1
      }
      flush()
      return out
    }
  }

  private func openMark(_ span: Span) -> Run {
    guard !style.usesColor else { return Run(text: "", roles: []) }
    return Run(text: span.role == .quote ? "[Q: " : "<<P: ", roles: [])
  }

  private func closeMark(_ span: Span) -> Run {
    switch span.claim {
    case .quote(let quote):
      let tag = "{" + ClaimText.tag(quote.speaker, group: quote.organisation ?? quote.group) + "}"
      return style.usesColor ? Run(text: tag, roles: [.speaker]) : Run(text: "]" + tag, roles: [])
    case .proposal:
      return Run(text: style.usesColor ? "" : ">>", roles: [])
    }
  }

  /// A stretch of output text and what it is.
  private struct Run {
    var text: String
    var roles: Set<TextRole>
  }

  /// A claim clamped to its paragraph, in the order it was listed.
  private struct Span {
    var claim: Claim
    var start: Int
    var end: Int
    var order: Int

    var role: TextRole {
      switch claim {
      case .quote: .quote
      case .proposal: .proposal
      }
    }
  }
}
