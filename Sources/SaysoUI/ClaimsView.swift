import SaysoCore

/// Every quote and proposal, filterable by kind (`t`), by speaker (from People) and by text (`/`),
/// each with its source as `article ¶N`; Enter opens the reader on the claim.
public struct ClaimsView: FilteredListPage {
  /// Which claims are listed.
  public enum KindFilter: String, CaseIterable, Sendable {
    case all, quotes, proposals
  }

  /// The claims as references: each row's claim is read only when it is shown.
  var list: FilteredList<ClaimReference>
  let everything: [ClaimReference]
  /// Where the claims come from.
  let articles: ArticleProvider
  public private(set) var kind: KindFilter = .all
  /// Only this person's claims, when set.
  public let speaker: String?

  public var name: String { speaker == nil ? "Claims" : "Claims by" }
  public var keyHints: [KeyHint] {
    KeyHints.list(open: "read", own: [KeyHint(.kindFilter, "kind"), KeyHint(.pipe, "pipe")])
  }
  public var subtitle: String {
    (speaker.map { DisplayText.line($0) + " · " } ?? "")
      + list.all.count.counted(kind == .all ? "claim" : String(kind.rawValue.dropLast()))
  }

  /// The claims, all or one speaker's.
  ///
  /// - Parameters:
  ///   - speaker: only this person's claims, when set.
  ///   - selecting: a claim to put the cursor on (its article's path and its position in that
  ///     article's `claims`, any piece of an utterance), e.g. the one "Claims by" was opened from.
  public init(services: AppServices, speaker: String? = nil, selecting: (article: String, claim: Int)? = nil) {
    self.speaker = speaker
    let articles = services.articles
    self.articles = articles
    everything = articles.claimReferences(spokenBy: speaker)
    list = FilteredList(everything) { rows, needle in
      let matching = articles.claimReferences(spokenBy: speaker, containing: needle)
      return rows.filter(matching.contains)
    }
    if let selecting, let row = Self.row(of: selecting, in: everything, articles: articles) {
      // A few rows above it stay in view; drawing clamps this to the rows that fit.
      list.cursor = ListCursor(selected: row, top: max(0, row - 3))
    }
  }

  /// The row of `claim` (an article's path and a position in its `claims`) in `rows`, if listed.
  static func row(
    of claim: (article: String, claim: Int), in rows: [ClaimReference], articles: ArticleProvider
  ) -> Int? {
    guard let position = articles.summaries.firstIndex(where: { $0.path == claim.article }),
      let analysis = articles.analysis(ofArticle: claim.article),
      let ordinal = analysis.listedClaims.firstIndex(where: { $0.positions.contains(claim.claim) })
    else { return nil }
    return rows.firstIndex { $0.article == position && $0.ordinal == ordinal }
  }

  /// The claim under the cursor, if any.
  public var selected: ClaimEntry? { list.selected.flatMap(articles.claim) }

  func open(_ reference: ClaimReference, services: AppServices) -> PageAction {
    guard let entry = articles.claim(reference) else {
      let summaries = articles.summaries
      return .status(.notInCorpus(path: summaries.indices.contains(reference.article) ? summaries[reference.article].path : "?"))
    }
    guard let analysis = services.articles.analysis(ofArticle: entry.article) else {
      return .status(.notInCorpus(path: entry.article))
    }
    return .open(ReaderView(analysis: analysis, claim: entry.index))
  }

  /// A claim as `|` pipes it: its words, then who and where.
  static func pipedText(of entry: ClaimEntry) -> String {
    "\(entry.text)\n— \(ClaimWording.summary(entry.listed)) · \(entry.article) ¶\(entry.claim.paragraph)\n"
  }

  public mutating func promptFinished(_ prompt: Prompt, text: String?, services: AppServices) -> PageAction {
    guard prompt.purpose == .pipe else { return list.promptFinished(prompt, text: text) }
    guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty, let entry = selected else {
      return .none
    }
    return .pipe(PipeRequest(command: text, input: Self.pipedText(of: entry)))
  }

  mutating func performOwn(_ command: Command, services: AppServices) -> PageAction {
    if command == .pipe {
      guard list.selected != nil else { return .none }
      return .prompt(Prompt(.pipe, label: "Pipe the claim to: "))
    }
    guard command == .kindFilter else { return .unsupported }
    kind = kind.next
    list.setRows(everything.filter { kind == .all || $0.isQuote == (kind == .quotes) })
    return .status(.showing(kind.rawValue))
  }

  /// Rows of the detail pane under the list, when the area has room for it.
  static let detailRows = 4

  /// The claim under the cursor, whole, under the list (as People names the person's articles): what it
  /// is and who said it, its words (two lines at most), and where it stands with the article's title.
  /// A claim that other articles carry says so after its place ("also reported by 2 outlets").
  func drawDetail(of entry: ClaimEntry, on screen: Screen, in area: Area, services: AppServices) {
    let top = area.row + area.height - Self.detailRows
    screen.fill(row: top, column: area.column, width: area.width, role: .panelTitle)
    screen.put(
      " " + ClaimDescription.summary(entry.listed), row: top, column: area.column, width: area.width,
      role: .panelTitle, ellipsis: true)
    let width = max(1, area.width - 2)
    var lines = DisplayText.line(entry.text).wrapped(toWidth: width)
    if lines.count > 2 { lines = [lines[0], lines[1...].joined(separator: " ")] }
    for row in 1..<Self.detailRows {
      screen.fill(row: top + row, column: area.column, width: area.width, role: .panel)
    }
    for (i, line) in lines.enumerated() {
      screen.put(
        " " + line, row: top + 1 + i, column: area.column, width: area.width,
        role: entry.isQuote ? .quote : .proposal, ellipsis: true)
    }
    let source = ClaimDescription.source(
      article: services.articles.relativePath(ofArticle: entry.article), paragraph: entry.claim.paragraph)
    var place = source + " · " + DisplayText.line(entry.articleTitle)
    let stories = services.storyLookup()
    if let found = entry.listed.pieces.lazy.compactMap({
      stories.place(article: entry.article, paragraph: $0.paragraph, start: $0.start)
    }).first {
      place += " · " + StoryLookup.phrase(found)
    }
    screen.put(
      " " + place, row: top + Self.detailRows - 1, column: area.column, width: area.width, role: .dim,
      ellipsis: true)
  }

  public mutating func draw(on screen: Screen, in area: Area, services: AppServices) {
    let detail = area.height >= 12
    list.height = max(1, area.height - 1 - (detail ? Self.detailRows : 0))
    if detail, let entry = selected { drawDetail(of: entry, on: screen, in: area, services: services) }
    list.cursor.clamp(count: list.shown.count, height: list.height)
    let whoWidth = area.width >= 60 ? 18 : area.width >= 30 ? 10 : 0
    let articles = services.articles
    func sourceText(_ entry: ClaimEntry, width: Int? = nil) -> String {
      ClaimDescription.source(
        article: articles.relativePath(ofArticle: entry.article), paragraph: entry.claim.paragraph, width: width)
    }
    let visible = list.cursor.visible(count: list.shown.count, height: list.height)
    let entries = visible.map { articles.claim(list.shown[$0]) }
    // The widest source among the rows shown (reading every row's claim would read every analysis).
    let widest = entries.lazy.compactMap { $0.map { sourceText($0).displayWidth } }.max() ?? 6
    let sourceWidth = area.width >= 60 ? min(24, max(6, widest)) : area.width >= 30 ? min(12, max(6, widest)) : 0
    let fixed = [1] + (whoWidth > 0 ? [whoWidth] : []) + (sourceWidth > 0 ? [sourceWidth] : [])
    let textWidth = TableDrawing.flexible(total: area.width, fixed: fixed)
    func cells(_ k: String, _ who: String, _ text: String, _ source: String, role: Role?, header: Bool) -> [TableCell] {
      let base: Role = header ? .columnHeader : .text
      var out = [TableCell(text: k, width: 1, role: header ? base : (role ?? base))]
      if whoWidth > 0 { out.append(TableCell(text: who, width: whoWidth, role: header ? base : .speaker)) }
      out.append(TableCell(text: text, width: textWidth, role: header ? base : (role ?? base)))
      if sourceWidth > 0 { out.append(TableCell(text: source, width: sourceWidth, role: header ? base : .dim)) }
      return out
    }
    TableDrawing.draw(
      cells("K", "Who", "Claim", "Source", role: nil, header: true), on: screen, row: area.row, area: area)
    if list.shown.isEmpty {
      TableDrawing.empty("No claims", on: screen, area: area, row: area.row + 1)
      return
    }
    for (r, i) in visible.enumerated() {
      guard let e = entries[r] else { continue }
      let source = sourceText(e, width: sourceWidth)
      let text = whoWidth > 0 ? e.text : "\(e.who): \(e.text)"
      TableDrawing.draw(
        cells(e.isQuote ? "Q" : "P", e.who, text, source, role: e.isQuote ? .quote : .proposal, header: false),
        on: screen, row: area.row + 1 + r, area: area, selected: i == list.cursor.selected)
    }
  }
}
