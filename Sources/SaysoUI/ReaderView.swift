import SaysoCore

/// The article, wrapped to the window: paragraph numbers in the margin, headings styled, quotes,
/// speakers and proposals highlighted, and a panel with the claims of the paragraph under the cursor.
///
/// The cursor is a paragraph (its number is highlighted) and, after Tab or a jump from the claims
/// list, one claim in it. Claims are those of `ArticleAnalysis.listedClaims`: Tab goes to an utterance
/// once, its pieces all under the cursor (the frame between them is not), as the panel and the claims
/// list show it once. Scrolling keeps the cursor on screen; the top line's place in the text
/// (paragraph and offset) is what survives a resize and is saved as the reading position.
public struct ReaderView: Page {
  public let analysis: ArticleAnalysis
  /// The article's claims as listed, an utterance's pieces together.
  let claims: [ListedClaim]
  let marks: ArticleMarks
  var layout: ArticleLayout?
  /// Lines of text shown at a time, from the last frame.
  var textHeight = 20
  var textWidth = 72
  /// Index of the top line in `layout`.
  public internal(set) var top = 0
  /// The top line's place in the text: kept across resizes.
  public internal(set) var anchor = ReadingPosition(paragraph: 0, offset: 0)
  public internal(set) var cursorParagraph = 0
  /// Index in `claims` of the claim under the cursor.
  public internal(set) var focusedClaim: Int?
  var search: ArticleSearch?
  /// Where the view was when a search started, to go back to when it is cancelled.
  var searchOrigin: (top: Int, cursor: Int)?
  var showPanel = true
  /// A place to bring into view once the layout is known.
  var pendingReveal: (paragraph: Int, offset: Int)?
  var bookmarkedParagraphs: Set<Int> = []

  public var name: String { "Reader" }
  public var keyHints: [KeyHint] {
    [
      KeyHint(.quit, "back"), KeyHint(.nextClaim, "next claim"), KeyHint(.open, "claims by"),
      KeyHint(.search, "find"), KeyHint(.goToParagraph, "go to ¶"), KeyHint(.bookmark, "bookmark"),
      KeyHint(.pipe, "pipe"), KeyHint(.togglePanel, "panel"), KeyHint(.help, "help"),
    ]
  }
  public var subtitle: String {
    DisplayText.line(
      (analysis.article.title ?? analysis.article.fileName) + (analysis.article.url.map { " · " + $0 } ?? ""))
  }

  /// A reader on `analysis`.
  ///
  /// - Parameters:
  ///   - position: a saved reading position to start from.
  ///   - claim: the index in `analysis.claims` of a claim to show under the cursor (for a piece of an
  ///     utterance, the whole utterance).
  ///   - paragraph: a paragraph to show under the cursor.
  ///   - searchTerms: words to highlight, as an in-article search (n/N move between them).
  public init(
    analysis: ArticleAnalysis, position: ReadingPosition? = nil, claim: Int? = nil, paragraph: Int? = nil,
    searchTerms: [String] = []
  ) {
    self.analysis = analysis
    claims = analysis.listedClaims
    marks = ArticleMarks(analysis)
    if let position {
      anchor = position
      cursorParagraph = min(max(0, position.paragraph), max(0, analysis.article.paragraphs.count - 1))
    }
    if let claim, let listed = claims.firstIndex(where: { $0.positions.contains(claim) }) {
      focusedClaim = listed
      cursorParagraph = claims[listed].paragraph
      pendingReveal = (claims[listed].paragraph, claims[listed].start)
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

  var lines: [ArticleLayout.Line] { layout?.lines ?? [] }
  var maxTop: Int { max(0, lines.count - textHeight) }

  /// Keeps `top` in range. The anchor is left alone: after a resize made the article fit, the next
  /// resize back still finds the place the user chose.
  mutating func clampTop() {
    top = max(0, min(top, maxTop))
  }

  /// Scrolls to `line` (clamped) and makes it the reading position.
  mutating func setTop(_ line: Int) {
    top = line
    clampTop()
    updateAnchor()
  }

  mutating func updateAnchor() {
    guard let layout, layout.lines.indices.contains(top) else { return }
    anchor = layout.position(ofLine: top)
  }

  /// Scrolls so line `index` is on screen, a third of the way down when it was not.
  mutating func revealLine(_ index: Int, force: Bool = false) {
    if force || index < top || index >= top + textHeight {
      setTop(index - textHeight / 3)
    }
  }

  mutating func scroll(by amount: Int) {
    setTop(top + amount)
    keepCursorVisible()
  }

  /// Moves the cursor paragraph onto the screen when scrolling took it off.
  mutating func keepCursorVisible() {
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
    case .goToParagraph:
      return .prompt(Prompt(.goToParagraph, label: ":"))
    case .nextParagraph: moveParagraph(by: 1)
    case .previousParagraph: moveParagraph(by: -1)
    case .nextClaim: return moveClaim(forward: true)
    case .previousClaim: return moveClaim(forward: false)
    case .open:
      guard let focusedClaim else {
        scroll(by: 1)
        return .none
      }
      if let story = openStory(services: services) { return story }
      guard let speaker = claims[focusedClaim].speaker else {
        return .status(.noNamedSpeaker)
      }
      return .open(
        ClaimsView(
          services: services, speaker: speaker.name,
          selecting: (analysis.article.path, claims[focusedClaim].positions[0])))
    case .togglePanel:
      showPanel.toggle()
    case .pipe:
      return .prompt(Prompt(.pipe, label: "Pipe the article to: "))
    case .openURL:
      // The address goes on the command's standard input, never into the shell's words.
      guard let url = analysis.article.url, !url.isEmpty else { return .status(.noURL) }
      return .pipe(PipeRequest(command: Self.openURLCommand, input: url + "\n", label: "the browser: " + url))
    case .search:
      searchOrigin = (top, cursorParagraph)
      return .prompt(Prompt(.articleSearch, label: "/"))
    case .searchNext: return moveMatch(forward: true)
    case .searchPrevious: return moveMatch(forward: false)
    case .bookmark:
      let claim = focusedClaim.map { claims[$0] }
      if let existing = services.existingBookmark(
        article: analysis.article.path, paragraph: cursorParagraph, start: claim?.start, end: claim?.end)
      {
        return .status(.alreadyBookmarked(paragraph: cursorParagraph, note: existing.note))
      }
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

  /// Puts the cursor on paragraph `number`, at the top of the screen as far as the article allows.
  public mutating func jump(toParagraph number: Int, command: Command, services: AppServices) -> PageAction {
    guard number >= 0, number < paragraphCount else {
      return .status(.noSuchParagraph(number, last: max(0, paragraphCount - 1)))
    }
    ensureLayout(width: textWidth)
    cursorParagraph = number
    focusedClaim = nil
    if let layout { setTop(layout.firstLine[number]) }
    return .none
  }

  mutating func moveParagraph(by step: Int) {
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

  mutating func moveClaim(forward: Bool) -> PageAction {
    guard !claims.isEmpty else { return .status(.noClaims) }
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
    return wrapped ? .status(.claimsWrapped(forward: forward)) : .none
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

}
