import SaysoCore

/// Searching the article as you type, and bookmarking with a note: the reader's prompts.
extension ReaderView {
  mutating func moveMatch(forward: Bool) -> PageAction {
    guard var search, !search.matches.isEmpty else {
      return .status(self.search == nil ? .noSearchYet : .patternNotFound(nil))
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
    return wrapped ? .status(.searchWrapped(forward: forward)) : .none
  }

  mutating func revealMatch() {
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
    guard var found = ArticleSearch(entry: prompt.text, article: analysis.article) else {
      // `re:` with an expression not finished yet: no match until it is one.
      search = ArticleSearch(terms: [], article: analysis.article)
      return
    }
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
      if ArticleSearch.Pattern(text) == nil { return .status(.notARegularExpression(text)) }
      if search?.matches.isEmpty ?? true { return .status(.patternNotFound(text)) }
      return .none
    case .goToParagraph:
      guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return .none }
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      let digits = trimmed.hasPrefix("¶") ? String(trimmed.dropFirst()) : trimmed
      guard let number = Int(digits), digits.allSatisfy(\.isASCII) else { return .status(.notAParagraphNumber(text)) }
      return jump(toParagraph: number, command: .top, services: services)
    case .pipe:
      guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return .none }
      return .pipe(PipeRequest(command: text, input: Self.plainText(of: analysis.article)))
    case .bookmarkNote:
      guard let text else { return .status(.bookmarkCancelled) }
      return addBookmark(note: text, services: services)
    default:
      return .none
    }
  }

  /// What `O` runs: reads the address from its standard input and opens it with `$BROWSER`, else
  /// `xdg-open` (else `open`, on macOS).
  static let openURLCommand =
    #"read -r url; if [ -n "$BROWSER" ]; then $BROWSER "$url"; elif command -v xdg-open >/dev/null; then xdg-open "$url"; else open "$url"; fi"#

  /// The article as `|` pipes it: its paragraphs, title first, a blank line between them.
  static func plainText(of article: Article) -> String {
    article.paragraphs.map(\.text).joined(separator: "\n\n") + "\n"
  }

  mutating func addBookmark(note: String, services: AppServices) -> PageAction {
    let article = analysis.article
    guard article.paragraphs.indices.contains(cursorParagraph) else { return .none }
    var record = BookmarkRecord(
      article: article.path, articleTitle: subtitle, paragraph: cursorParagraph,
      excerpt: String(article.paragraphs[cursorParagraph].text.prefix(80)), note: note)
    if let focusedClaim {
      let claim = claims[focusedClaim]
      record.start = claim.start
      record.end = claim.end
      record.excerpt = claim.text
    }
    do {
      try services.add(record)
    } catch {
      return .status(.bookmarkNotSaved("\(error)"))
    }
    bookmarkedParagraphs.insert(cursorParagraph)
    return .status(.bookmarked(paragraph: cursorParagraph, note: note))
  }
}
