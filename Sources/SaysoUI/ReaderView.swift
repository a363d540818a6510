import SaysoCore

/// The article, wrapped to the window: paragraph numbers in the margin, headings styled, quotes,
/// speakers and proposals highlighted, and a panel with the claims of the paragraph under the cursor.
///
/// The cursor is a paragraph (its number is highlighted) and, after Tab or a jump from the claims
/// list, one claim in it. Scrolling keeps the cursor on screen; the top line's place in the text
/// (paragraph and offset) is what survives a resize and is saved as the reading position.
public struct ReaderView: Page {
  public let analysis: ArticleAnalysis
  let claims: [Claim]
  let marks: ArticleMarks
  var layout: ArticleLayout?
  /// Lines of text shown at a time, from the last frame.
  var textHeight = 20
  var textWidth = 72
  /// Index of the top line in `layout`.
  public private(set) var top = 0
  /// The top line's place in the text: kept across resizes.
  public private(set) var anchor = ReadingPosition(paragraph: 0, offset: 0)
  public private(set) var cursorParagraph = 0
  /// Index in `claims` of the claim under the cursor.
  public private(set) var focusedClaim: Int?
  var search: ArticleSearch?
  /// Where the view was when a search started, to go back to when it is cancelled.
  var searchOrigin: (top: Int, cursor: Int)?
  var showPanel = true
  /// A place to bring into view once the layout is known.
  var pendingReveal: (paragraph: Int, offset: Int)?
  var bookmarkedParagraphs: Set<Int> = []

  public var name: String { "Reader" }
  public var subtitle: String { DisplayText.line(analysis.article.title ?? analysis.article.fileName) }

  /// A reader on `analysis`.
  ///
  /// - Parameters:
  ///   - position: a saved reading position to start from.
  ///   - claim: the index in `analysis.claims` of a claim to show under the cursor.
  ///   - paragraph: a paragraph to show under the cursor.
  ///   - searchTerms: words to highlight, as an in-article search (n/N move between them).
  public init(
    analysis: ArticleAnalysis, position: ReadingPosition? = nil, claim: Int? = nil, paragraph: Int? = nil,
    searchTerms: [String] = []
  ) {
    self.analysis = analysis
    claims = analysis.claims
    marks = ArticleMarks(analysis)
    if let position {
      anchor = position
      cursorParagraph = min(max(0, position.paragraph), max(0, analysis.article.paragraphs.count - 1))
    }
    if let claim, claims.indices.contains(claim) {
      focusedClaim = claim
      cursorParagraph = claims[claim].paragraph
      pendingReveal = (claims[claim].paragraph, claims[claim].start)
    } else if let paragraph, analysis.article.paragraphs.indices.contains(paragraph) {
      cursorParagraph = paragraph
      pendingReveal = (paragraph, 0)
    }
    if !searchTerms.isEmpty {
      var found = ArticleSearch(terms: searchTerms, article: analysis.article)
      if let paragraph { found.current = found.matches.firstIndex { $0.paragraph >= paragraph } ?? 0 }
      search = found
    }
  }

  var paragraphCount: Int { analysis.article.paragraphs.count }

  // MARK: Layout and scrolling

  /// Lays the article out for `width` text columns (again only when the width changed).
  mutating func ensureLayout(width: Int) {
    if let layout, layout.width == width { return }
    let newLayout = ArticleLayout(article: analysis.article, width: width)
    layout = newLayout
    top = newLayout.line(paragraph: anchor.paragraph, offset: anchor.offset)
    if let reveal = pendingReveal {
      pendingReveal = nil
      revealLine(newLayout.line(paragraph: reveal.paragraph, offset: reveal.offset), force: true)
    }
    clampTop()
  }

  private var lines: [ArticleLayout.Line] { layout?.lines ?? [] }
  private var maxTop: Int { max(0, lines.count - textHeight) }

  /// Keeps `top` in range. The anchor is left alone: after a resize made the article fit, the next
  /// resize back still finds the place the user chose.
  private mutating func clampTop() {
    top = max(0, min(top, maxTop))
  }

  /// Scrolls to `line` (clamped) and makes it the reading position.
  private mutating func setTop(_ line: Int) {
    top = line
    clampTop()
    updateAnchor()
  }

  private mutating func updateAnchor() {
    guard let layout, layout.lines.indices.contains(top) else { return }
    anchor = layout.position(ofLine: top)
  }

  /// Scrolls so line `index` is on screen, a third of the way down when it was not.
  private mutating func revealLine(_ index: Int, force: Bool = false) {
    if force || index < top || index >= top + textHeight {
      setTop(index - textHeight / 3)
    }
  }

  private mutating func scroll(by amount: Int) {
    setTop(top + amount)
    keepCursorVisible()
  }

  /// Moves the cursor paragraph onto the screen when scrolling took it off.
  private mutating func keepCursorVisible() {
    guard !lines.isEmpty else { return }
    let first = lines[top].paragraph
    let last = lines[min(lines.count, top + textHeight) - 1].paragraph
    if cursorParagraph < first {
      cursorParagraph = first
    } else if cursorParagraph > last {
      cursorParagraph = last
    }
    if let focusedClaim, claims[focusedClaim].paragraph != cursorParagraph { self.focusedClaim = nil }
  }

  // MARK: Commands

  public mutating func perform(_ command: Command, services: AppServices) -> PageAction {
    ensureLayout(width: textWidth)
    let page = max(1, textHeight - 2)
    switch command {
    case .down: scroll(by: 1)
    case .up: scroll(by: -1)
    case .pageDown: scroll(by: page)
    case .pageUp: scroll(by: -page)
    case .halfPageDown: scroll(by: max(1, textHeight / 2))
    case .halfPageUp: scroll(by: -max(1, textHeight / 2))
    case .top:
      setTop(0)
      cursorParagraph = 0
      focusedClaim = nil
    case .bottom:
      setTop(maxTop)
      cursorParagraph = max(0, paragraphCount - 1)
      focusedClaim = nil
    case .nextParagraph: moveParagraph(by: 1)
    case .previousParagraph: moveParagraph(by: -1)
    case .nextClaim: return moveClaim(forward: true)
    case .previousClaim: return moveClaim(forward: false)
    case .open:
      guard let focusedClaim else {
        scroll(by: 1)
        return .none
      }
      guard let speaker = claims[focusedClaim].speaker else {
        return .message("This claim has no named speaker")
      }
      return .open(ClaimsView(services: services, speaker: speaker.name))
    case .togglePanel:
      showPanel.toggle()
    case .search:
      searchOrigin = (top, cursorParagraph)
      return .prompt(Prompt(.articleSearch, label: "/"))
    case .searchNext: return moveMatch(forward: true)
    case .searchPrevious: return moveMatch(forward: false)
    case .bookmark:
      let what = focusedClaim.map { _ in "claim" } ?? "¶\(cursorParagraph)"
      return .prompt(Prompt(.bookmarkNote, label: "Note for \(what) (Esc cancels): "))
    case .cancel:
      if search == nil && focusedClaim == nil { return .unsupported }
      search = nil
      focusedClaim = nil
    default:
      return .unsupported
    }
    return .none
  }

  private mutating func moveParagraph(by step: Int) {
    let target = cursorParagraph + step
    guard target >= 0, target < paragraphCount, let layout else { return }
    cursorParagraph = target
    focusedClaim = nil
    let first = layout.firstLine[target]
    if first < top || first >= top + textHeight {
      setTop(first)
    } else if layout.endLine(paragraph: target) > top + textHeight {
      // Bring as much of the paragraph on screen as fits, its first line included.
      setTop(min(first, layout.endLine(paragraph: target) - textHeight))
    }
  }

  private mutating func moveClaim(forward: Bool) -> PageAction {
    guard !claims.isEmpty else { return .message("No quotes or proposals in this article") }
    var wrapped = false
    var next: Int
    if let focusedClaim {
      next = focusedClaim + (forward ? 1 : -1)
    } else if forward {
      next = claims.firstIndex { $0.paragraph >= cursorParagraph } ?? claims.count
    } else {
      next = claims.lastIndex { $0.paragraph <= cursorParagraph } ?? -1
    }
    if next >= claims.count {
      next = 0
      wrapped = true
    } else if next < 0 {
      next = claims.count - 1
      wrapped = true
    }
    focus(claim: next)
    return wrapped ? .message(forward ? "Back to the first claim" : "Back to the last claim") : .none
  }

  /// Puts the cursor on claim `index` and scrolls it into view.
  mutating func focus(claim index: Int) {
    focusedClaim = index
    let claim = claims[index]
    cursorParagraph = claim.paragraph
    guard let layout else { return }
    let first = layout.line(paragraph: claim.paragraph, offset: claim.start)
    let last = layout.line(paragraph: claim.paragraph, offset: max(claim.start, claim.end - 1))
    if first < top || last >= top + textHeight {
      revealLine(first, force: true)
    }
  }

  private mutating func moveMatch(forward: Bool) -> PageAction {
    guard var search, !search.matches.isEmpty else {
      return .error(self.search == nil ? "No search yet: / searches the article" : "Pattern not found")
    }
    var wrapped = false
    search.current += forward ? 1 : -1
    if search.current >= search.matches.count {
      search.current = 0
      wrapped = true
    } else if search.current < 0 {
      search.current = search.matches.count - 1
      wrapped = true
    }
    self.search = search
    revealMatch()
    return wrapped
      ? .message(forward ? "Search hit bottom, continuing at top" : "Search hit top, continuing at bottom") : .none
  }

  private mutating func revealMatch() {
    guard let search, search.matches.indices.contains(search.current), let layout else { return }
    let match = search.matches[search.current]
    cursorParagraph = match.paragraph
    if let focusedClaim, claims[focusedClaim].paragraph != match.paragraph { self.focusedClaim = nil }
    revealLine(layout.line(paragraph: match.paragraph, offset: match.range.lowerBound))
  }

  public mutating func promptChanged(_ prompt: Prompt, services: AppServices) {
    guard prompt.purpose == .articleSearch else { return }
    if let origin = searchOrigin {
      setTop(origin.top)
      cursorParagraph = origin.cursor
    }
    guard !prompt.text.isEmpty else {
      search = nil
      return
    }
    var found = ArticleSearch(terms: [prompt.text], article: analysis.article)
    let from = searchOrigin?.cursor ?? cursorParagraph
    found.current = found.matches.firstIndex { $0.paragraph >= from } ?? 0
    search = found
    revealMatch()
  }

  public mutating func promptFinished(_ prompt: Prompt, text: String?, services: AppServices) -> PageAction {
    switch prompt.purpose {
    case .articleSearch:
      defer { searchOrigin = nil }
      guard let text, !text.isEmpty else {
        if let origin = searchOrigin {
          setTop(origin.top)
          cursorParagraph = origin.cursor
        }
        search = nil
        return .none
      }
      if search?.matches.isEmpty ?? true { return .error("Pattern not found: \(DisplayText.line(text))") }
      return .none
    case .bookmarkNote:
      guard let text else { return .message("Bookmark cancelled") }
      return addBookmark(note: text, services: services)
    default:
      return .none
    }
  }

  private mutating func addBookmark(note: String, services: AppServices) -> PageAction {
    let article = analysis.article
    guard article.paragraphs.indices.contains(cursorParagraph) else { return .none }
    var record = BookmarkRecord(
      article: article.path, articleTitle: subtitle, paragraph: cursorParagraph,
      excerpt: String(article.paragraphs[cursorParagraph].text.prefix(80)), note: note)
    if let focusedClaim {
      let claim = claims[focusedClaim]
      record.start = claim.start
      record.end = claim.end
      switch claim {
      case .quote(let q): record.excerpt = q.text
      case .proposal(let p): record.excerpt = p.text
      }
    }
    do {
      try services.add(record)
    } catch {
      return .error("Bookmark not saved: \(error)")
    }
    bookmarkedParagraphs.insert(cursorParagraph)
    return .message("Bookmarked ¶\(cursorParagraph)" + (note.isEmpty ? "" : ": \(DisplayText.line(note))"))
  }

  public mutating func click(row: Int, services: AppServices) -> PageAction {
    let index = top + row
    guard row < textHeight, lines.indices.contains(index) else { return .none }
    cursorParagraph = lines[index].paragraph
    focusedClaim = nil
    return .none
  }

  public mutating func leave(services: AppServices) {
    services.positions.save(anchor, forArticle: analysis.article.path)
  }

  public func position() -> String {
    var parts: [String] = []
    if let search, !search.matches.isEmpty {
      parts.append("\(search.current + 1)/\(search.matches.count)")
    } else if search != nil {
      parts.append("0/0")
    }
    if let focusedClaim { parts.append("claim \(focusedClaim + 1)/\(claims.count)") }
    let percent = maxTop == 0 ? 100 : top * 100 / maxTop
    parts.append("¶\(cursorParagraph)/\(max(0, paragraphCount - 1)) \(percent)%")
    return parts.joined(separator: "  ")
  }

  // MARK: Drawing

  /// The width of the paragraph-number margin for a screen `columns` wide.
  func marginWidth(columns: Int) -> Int {
    guard columns >= 30 else { return 0 }
    return max(4, String(max(0, paragraphCount - 1)).count + 2)
  }

  /// The panel's height (title line included) in an area `height` rows high.
  func panelHeight(areaHeight height: Int) -> Int {
    guard showPanel else { return 0 }
    if height >= 18 { return 6 }
    if height >= 9 { return 3 }
    return 0
  }

  public mutating func draw(on screen: Screen, in area: Area, services: AppServices) {
    let margin = marginWidth(columns: area.width)
    let panel = panelHeight(areaHeight: area.height)
    let height = max(1, area.height - panel)
    if height != textHeight, let layout, layout.width == area.width - margin - 1 {
      // Only the height changed: show the reading position at the top again, as far as it fits.
      top = layout.line(paragraph: anchor.paragraph, offset: anchor.offset)
    }
    textHeight = height
    textWidth = max(1, area.width - margin - 1)
    ensureLayout(width: textWidth)
    clampTop()
    bookmarkedParagraphs = services.bookmarkedParagraphs(inArticle: analysis.article.path)
    let numberWidth = max(0, margin - 2)
    for row in 0..<textHeight {
      let index = top + row
      guard lines.indices.contains(index) else { break }
      let line = lines[index]
      let y = area.row + row
      if margin > 0 && line.isFirst {
        let number = DisplayText.fitted(String(line.paragraph), toWidth: numberWidth, alignRight: true)
        screen.put(
          number, row: y, column: area.column, role: line.paragraph == cursorParagraph ? .cursor : .paragraphNumber)
        if bookmarkedParagraphs.contains(line.paragraph) {
          screen.put("•", row: y, column: area.column + numberWidth, role: .bookmark)
        }
      }
      if let wrapped = line.wrapped {
        drawText(wrapped, paragraph: line.paragraph, on: screen, row: y, column: area.column + margin)
      }
    }
    if panel > 0 { drawPanel(on: screen, row: area.row + textHeight, height: panel, area: area) }
  }

  private func drawText(_ line: WrappedLine, paragraph p: Int, on screen: Screen, row: Int, column: Int) {
    let text = analysis.article.paragraphs[p].text
    let spans = spans(in: p)
    let base = baseRole(p)
    let datelineEnd = analysis.article.paragraphs[p].datelineEnd ?? 0
    var x = column
    var run = ""
    var runRole = Role.text
    var offset = line.start
    for c in text[line.range] {
      var role = offset < datelineEnd && base == .text ? Role.dim : base
      for span in spans where span.range.contains(offset) {
        role = span.role
        break
      }
      let form = DisplayText.form(of: c)
      if role != runRole && !run.isEmpty {
        x += screen.put(run, row: row, column: x, role: runRole)
        run = ""
      }
      runRole = role
      run += form.text
      offset += c.unicodeScalars.count
    }
    if !run.isEmpty { screen.put(run, row: row, column: x, role: runRole) }
  }

  private func baseRole(_ p: Int) -> Role {
    switch analysis.article.paragraphs[p].role {
    case .title: .title
    case .heading: .heading
    case .dateline: .dim
    case .body: .text
    }
  }

  /// The highlighted spans of paragraph `p`, strongest first.
  private func spans(in p: Int) -> [(range: Range<Int>, role: Role)] {
    var out: [(Range<Int>, Role)] = []
    if let search, let found = search.byParagraph[p] {
      for i in found {
        out.append((search.matches[i].range, i == search.current ? .cursor : .searchMatch))
      }
    }
    if let focusedClaim, claims[focusedClaim].paragraph == p {
      let claim = claims[focusedClaim]
      out.append((claim.start..<max(claim.start, claim.end), .cursor))
    }
    out += marks.proposals[p].map { ($0, .proposal) }
    out += marks.speakers[p].map { ($0, .speaker) }
    out += marks.quotes[p].map { ($0, .quote) }
    return out
  }

  private func drawPanel(on screen: Screen, row: Int, height: Int, area: Area) {
    let inParagraph = claims.indices.filter { claims[$0].paragraph == cursorParagraph }
    for r in row..<row + height { screen.fill(row: r, column: area.column, width: area.width, role: .panel) }
    let count = inParagraph.count
    let heading =
      " ¶\(cursorParagraph) · " + (count == 0 ? "no claims" : count == 1 ? "1 claim" : "\(count) claims")
      + (!claims.isEmpty && focusedClaim == nil ? " · Tab: next claim" : "")
    screen.fill(row: row, column: area.column, width: area.width, role: .panelTitle)
    screen.put(heading, row: row, column: area.column, width: area.width, role: .panelTitle, ellipsis: true)
    let room = height - 1
    guard room > 0, count > 0 else { return }
    var first = 0
    if let focusedClaim, let at = inParagraph.firstIndex(of: focusedClaim), at >= room { first = at - room + 1 }
    for (r, index) in inParagraph[first...].prefix(room).enumerated() {
      let focused = index == focusedClaim
      let text = (focused ? " ▸ " : "   ") + ClaimDescription.summary(claims[index])
      screen.put(
        text, row: row + 1 + r, column: area.column, width: area.width, role: focused ? .cursor : .panel, ellipsis: true
      )
    }
  }
}
