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
struct ArticleRenderer {
  var style: OutputStyle

  /// The whole article: a header with its path and metadata, then every paragraph.
  func render(_ analysis: ArticleAnalysis) -> String {
    let article = analysis.article
    var out = style.styled(TerminalText.line(article.path), .note) + "\n"
    let metadata = [article.title, article.source, article.date].compactMap { $0 }.map(TerminalText.line)
    if !metadata.isEmpty { out += style.styled(metadata.joined(separator: " · "), .note) + "\n" }
    out += "\n"

    var claimsByParagraph: [Int: [Claim]] = [:]
    for claim in analysis.claims { claimsByParagraph[claim.paragraph, default: []].append(claim) }
    let marginWidth = max(2, String(article.paragraphs.last?.index ?? 0).count)
    for paragraph in article.paragraphs {
      out += render(paragraph, claims: claimsByParagraph[paragraph.index] ?? [], marginWidth: marginWidth)
      out += "\n"
    }
    return out
  }

  /// One paragraph with its margin number, marked text, and the list of its claims; ends with a newline.
  func render(_ paragraph: Paragraph, claims: [Claim], marginWidth: Int) -> String {
    let number = String(paragraph.index)
    let margin = String(repeating: " ", count: marginWidth - number.count + 2) + number + "  "
    let indent = String(repeating: " ", count: margin.count)

    var lines = markedLines(paragraph.text, claims: claims)
    switch paragraph.role {
    case .title, .heading:
      let role: TextRole = paragraph.role == .title ? .title : .heading
      let prefix = style.usesColor ? "" : (paragraph.role == .title ? "# " : "## ")
      lines = lines.map { style.styled(prefix + $0, role) }
    case .dateline, .body:
      break
    }
    var out = style.styled(margin, .margin) + lines.joined(separator: "\n" + indent) + "\n"
    for claim in claims {
      out += indent + style.styled("- " + ClaimText.summary(claim), .note) + "\n"
    }
    return out
  }

  /// The paragraph's text with its claims marked, split into its lines, each terminal-safe.
  ///
  /// Claims may nest or overlap: the text is cut at every claim boundary, marks close (innermost first)
  /// and open (outermost first) at the cuts, and with colour each piece is styled by the claims it lies in.
  func markedLines(_ text: String, claims: [Claim]) -> [String] {
    let scalars = Array(text.unicodeScalars)
    let spans = claims.enumerated().compactMap { order, claim -> Span? in
      let start = max(0, min(claim.start, scalars.count))
      let end = max(0, min(claim.end, scalars.count))
      return start < end ? Span(claim: claim, start: start, end: end, order: order) : nil
    }
    var cuts = Set([0, scalars.count])
    for span in spans { cuts.insert(span.start); cuts.insert(span.end) }
    let sortedCuts = cuts.sorted()

    var lines = [""]
    func append(_ piece: String) { lines[lines.count - 1] += piece }
    for (i, cut) in sortedCuts.enumerated() {
      let closing = spans.filter { $0.end == cut }.sorted { ($0.start, $0.order) > ($1.start, $1.order) }
      for span in closing { append(closeMark(span)) }
      let opening = spans.filter { $0.start == cut }.sorted { ($0.end, -$0.order) > ($1.end, -$1.order) }
      for span in opening { append(openMark(span)) }
      guard i + 1 < sortedCuts.count else { break }
      let next = sortedCuts[i + 1]
      var piece = String.UnicodeScalarView()
      piece.append(contentsOf: scalars[cut..<next])
      let roles = Set(spans.filter { $0.start <= cut && next <= $0.end }.map(\.role))
      for (n, line) in TerminalText.lines(String(piece)).enumerated() {
        if n > 0 { lines.append("") }
        append(style.styled(line, roles))
      }
    }
    return lines
  }

  private func openMark(_ span: Span) -> String {
    guard !style.usesColor else { return "" }
    return span.role == .quote ? "[Q: " : "<<P: "
  }

  private func closeMark(_ span: Span) -> String {
    switch span.claim {
    case .quote(let quote):
      let tag = "{" + ClaimText.tag(quote.speaker, group: quote.group) + "}"
      return style.usesColor ? style.styled(tag, .speaker) : "]" + tag
    case .proposal:
      return style.usesColor ? "" : ">>"
    }
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
