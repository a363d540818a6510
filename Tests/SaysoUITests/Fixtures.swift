import Foundation
import SaysoAnalysis
import SaysoCore
import SaysoReaderStore
import SaysoStore

@testable import SaysoUI

/// Articles and analyses built by hand, so snapshots do not change when the analysis improves.
enum Fixtures {
  /// An article from its blocks; file offsets are computed as if blocks were separated by blank lines.
  static func article(
    path: String, title: String?, source: String? = nil, date: String? = nil, blocks: [(ParagraphRole, String)]
  ) -> Article {
    var paragraphs: [Paragraph] = []
    var offset = 0
    for (i, block) in blocks.enumerated() {
      let length = block.1.unicodeScalars.count
      paragraphs.append(Paragraph(index: i, start: offset, end: offset + length, role: block.0, text: block.1))
      offset += length + 2
    }
    return Article(path: path, title: title, source: source, date: date, paragraphs: paragraphs)
  }

  /// The scalar offsets of `fragment` in paragraph `p` of `article`.
  static func span(_ fragment: String, in article: Article, paragraph p: Int) -> Range<Int> {
    let text = article.paragraphs[p].text
    guard let range = text.range(of: fragment) else { fatalError("\(fragment) not in ¶\(p)") }
    let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
    return start..<start + fragment.unicodeScalars.count
  }

  static func quote(
    _ fragment: String, in article: Article, paragraph p: Int, speaker: String?, role: String? = nil,
    mention: String? = nil, cue: String?, kind: QuoteKind = .direct, group: String? = nil
  ) -> Quote {
    let s = span(fragment, in: article, paragraph: p)
    return Quote(
      paragraph: p, start: s.lowerBound, end: s.upperBound, text: fragment, kind: kind, cue: cue,
      speaker: speaker.map { Speaker(name: $0, role: role, mention: mention ?? $0) }, group: group)
  }

  static func proposal(
    _ fragment: String, in article: Article, paragraph p: Int, proposer: String, role: String? = nil,
    mention: String? = nil, cue: String
  ) -> Proposal {
    let s = span(fragment, in: article, paragraph: p)
    return Proposal(
      paragraph: p, start: s.lowerBound, end: s.upperBound, text: fragment, cue: cue,
      proposer: Speaker(name: proposer, role: role, mention: mention ?? proposer))
  }

  /// A news article with a title, a dateline, a heading, quotes, speakers and proposals.
  static let harbour: ArticleAnalysis = {
    let a = article(
      path: "news/harbour.txt", title: "Harbour plan divides the council", source: "Coast Herald", date: "2024-03-02",
      blocks: [
        (.title, "Harbour plan divides the council"),
        (.dateline, "Published: March 2, 2024"),
        (
          .body,
          "PORTLAND — The mayor proposed to rebuild the old harbour wall before winter. \"We cannot wait another year,\" Mayor Ana Ruiz said on Friday, adding that the city would ask the state for help."
        ),
        (.heading, "Costs and doubts"),
        (
          .body,
          "Council member Tom Berg said the plan was too expensive. \"Nobody has shown us the numbers,\" Berg told reporters. He called for an independent review of the costs."
        ),
        (.body, "Engineers from the port authority said the wall could last ten more years with repairs."),
        (
          .body,
          "\"The sea does not wait for budgets,\" Ruiz said. She invited residents to a public meeting on Tuesday."
        ),
        (.body, "The council will vote next month."),
      ])
    let quotes = [
      quote(
        "\"We cannot wait another year,\"", in: a, paragraph: 2, speaker: "Ana Ruiz", role: "Mayor",
        mention: "Mayor Ana Ruiz", cue: "said"),
      quote(
        "the plan was too expensive", in: a, paragraph: 4, speaker: "Tom Berg", role: "Council member",
        mention: "Tom Berg", cue: "said", kind: .indirect),
      quote(
        "\"Nobody has shown us the numbers,\"", in: a, paragraph: 4, speaker: "Tom Berg", role: "Council member",
        mention: "Berg", cue: "told"),
      quote(
        "the wall could last ten more years with repairs", in: a, paragraph: 5, speaker: nil, cue: "said",
        kind: .indirect, group: "Engineers from the port authority"),
      quote(
        "\"The sea does not wait for budgets,\"", in: a, paragraph: 6, speaker: "Ana Ruiz", role: "Mayor",
        mention: "Ruiz", cue: "said"),
    ]
    let proposals = [
      proposal(
        "to rebuild the old harbour wall before winter", in: a, paragraph: 2, proposer: "Ana Ruiz", role: "Mayor",
        mention: "The mayor", cue: "proposed"),
      proposal(
        "for an independent review of the costs", in: a, paragraph: 4, proposer: "Tom Berg", role: "Council member",
        mention: "He", cue: "called for"),
      proposal(
        "residents to a public meeting on Tuesday", in: a, paragraph: 6, proposer: "Ana Ruiz", role: "Mayor",
        mention: "She", cue: "invited"),
    ]
    let people = [
      Person(name: "Ana Ruiz", roles: ["Mayor"], quotes: 2),
      Person(name: "Tom Berg", roles: ["Council member"], quotes: 2),
    ]
    return ArticleAnalysis(article: a, people: people, quotes: quotes, proposals: proposals)
  }()

  /// An article in several scripts, with wide characters, combining marks, emoji and control characters.
  static let scripts: ArticleAnalysis = {
    let a = article(
      path: "news/scripts.md", title: "東京の会議 — Tokyo talks", source: "Wire 🌐", date: "2024-01-15",
      blocks: [
        (.title, "東京の会議 — Tokyo talks"),
        (
          .body,
          "代表団は東京で会談した。The delegates met in Tokyo; the café owner José (written Jose\u{301}) served tea 🍵 to everyone 👨‍👩‍👧."
        ),
        (.body, "A hostile line: \u{1B}[2J\u{1B}]0;pwned\u{07} should show placeholders, not clear the screen."),
        (.body, "«Мы готовы к диалогу», — сказал министр Иванов."),
        (.body, "長い行長い行長い行長い行長い行長い行長い行長い行長い行長い行長い行長い行長い行長い行長い行長い行長い行"),
      ])
    let quotes = [
      quote(
        "«Мы готовы к диалогу»", in: a, paragraph: 3, speaker: "Иван Иванов", role: "министр",
        mention: "министр Иванов", cue: "сказал")
    ]
    return ArticleAnalysis(
      article: a, people: [Person(name: "Иван Иванов", roles: ["министр"], quotes: 1)], quotes: quotes, proposals: [])
  }()

  /// A short article with no claims at all.
  static let notice: ArticleAnalysis = {
    let a = article(
      path: "news/notice.txt", title: "Ferry timetable", source: "Coast Herald", date: "2023-12-01",
      blocks: [(.title, "Ferry timetable"), (.body, "The winter timetable starts on Monday.")])
    return ArticleAnalysis(article: a, people: [], quotes: [], proposals: [])
  }()

  /// A match report whose first quote is one utterance that a frame splits into two pieces (the same
  /// `utterance`, the frame "coach Marta Lind said after the game." in neither), then a quote and a
  /// proposal.
  static let rink: ArticleAnalysis = {
    let a = article(
      path: "news/rink.txt", title: "Rink report", source: "Coast Herald", date: "2024-02-10",
      blocks: [
        (.title, "Rink report"),
        (.body, "\"We were ready,\" coach Marta Lind said after the game. \"The third period was ours.\""),
        (.body, "\"It was close,\" said captain Joe Grey. Lind proposed extra practice on Sundays."),
      ])
    var first = quote(
      "\"We were ready,\"", in: a, paragraph: 1, speaker: "Marta Lind", role: "coach", mention: "coach Marta Lind",
      cue: "said")
    var second = quote(
      "\"The third period was ours.\"", in: a, paragraph: 1, speaker: "Marta Lind", role: "coach",
      mention: "coach Marta Lind", cue: "said")
    (first.utterance, second.utterance) = (1, 1)
    let quotes = [
      first, second,
      quote(
        "\"It was close,\"", in: a, paragraph: 2, speaker: "Joe Grey", role: "captain", mention: "captain Joe Grey",
        cue: "said"),
    ]
    let proposals = [
      proposal(
        "extra practice on Sundays", in: a, paragraph: 2, proposer: "Marta Lind", role: "coach", mention: "Lind",
        cue: "proposed")
    ]
    let people = [
      Person(name: "Marta Lind", roles: ["coach"], quotes: 1), Person(name: "Joe Grey", roles: ["captain"], quotes: 1),
    ]
    return ArticleAnalysis(article: a, people: people, quotes: quotes, proposals: proposals)
  }()

  /// The three hand-made articles, in library order.
  static var all: [ArticleAnalysis] { [harbour, scripts, notice] }

  /// The library's store held in memory over `analyses`: the same search, bookmarks and reading
  /// state as the reader runs on.
  static func store(_ analyses: [ArticleAnalysis] = all) -> ReaderStore {
    do {
      return try ReaderStore.inMemory(analyses: analyses)
    } catch {
      fatalError("\(error)")
    }
  }

  /// The seed articles from the repository's seeds/ folder, analysed.
  static let seeds: [ArticleAnalysis] = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("seeds")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    return names.map { name in
      let text = (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? ""
      return analyze(ArticleReader.parse(text, path: "seeds/\(name)"))
    }
  }()
}

/// An app on a `VirtualScreen`, driven by key names as in a tmux `send-keys` line.
final class Harness {
  let screen: VirtualScreen
  let app: App
  let services: AppServices

  init(
    store: ReaderStore = Fixtures.store(), columns: Int = 80, rows: Int = 24, keymap: Keymap = Keymap(),
    readingWidth: Int = Config.defaultWidth, first: ((AppServices) -> any Page)? = nil, services given: AppServices? = nil
  ) {
    screen = VirtualScreen(columns: columns, rows: rows)
    services = given ?? store.services
    services.readingWidth = readingWidth
    app = App(
      services: services, keymap: keymap, themes: BuiltinThemes.names.compactMap(BuiltinThemes.theme(named:)),
      first: first?(services) ?? LibraryView(services: services))
    app.render(on: screen)
  }

  /// Presses keys: each argument is a key name (`j`, `Enter`, `S-Tab`, `C-f`) or, with a leading `=`,
  /// text typed character by character. The screen is redrawn after each key, as the terminal loop does.
  @discardableResult
  func press(_ keys: String...) -> Harness {
    for name in keys {
      if name.hasPrefix("="), name.count > 1 {
        for c in name.dropFirst() { send(.character(c)) }
      } else if let key = Key(name: name) {
        send(key)
      } else {
        fatalError("no key called \(name)")
      }
    }
    return self
  }

  func send(_ key: Key) {
    app.handle(key)
    app.render(on: screen)
  }

  func resize(columns: Int, rows: Int) {
    screen.resize(columns: columns, rows: rows)
    send(.resize)
  }

  /// The status line's text.
  var status: String { screen.text(ofRow: screen.rows - 1) }
  var titleBar: String { screen.text(ofRow: 0) }
  var reader: ReaderView? { app.page as? ReaderView }
}

extension Fixtures {
  /// An article that was in the corpus when a bookmark was made, and is gone since.
  static let gone: ArticleAnalysis = {
    let a = article(
      path: "news/gone.txt", title: "A deleted article",
      blocks: [(.title, "A deleted article"), (.body, "First."), (.body, "Gone")])
    return ArticleAnalysis(article: a, people: [], quotes: [], proposals: [])
  }()

  /// The store with two bookmarks made earlier: a quote of the harbour article, with a note, and a
  /// paragraph of an article deleted since (so orphaned).
  static func storeWithBookmarks() -> ReaderStore {
    do {
      let bookmarks = BookmarkDatabase.inMemory()
      let before = try CorpusIndex.inMemory(analyses: all + [gone])
      let earlier = DatabaseBookmarks(database: bookmarks, index: before)
      let quote = span("\"Nobody has shown us the numbers,\"", in: harbour.article, paragraph: 4)
      try earlier.add(
        BookmarkRecord(
          article: harbour.article.path, articleTitle: "", paragraph: 4, start: quote.lowerBound, end: quote.upperBound,
          excerpt: "", note: "ask for the numbers"))
      try earlier.add(BookmarkRecord(article: gone.article.path, articleTitle: "", paragraph: 2, excerpt: "", note: ""))
      let now = try CorpusIndex.inMemory(analyses: all)
      try bookmarks.reanchor(corpus: now.identity, in: now)
      return try ReaderStore(index: now, bookmarks: bookmarks, state: .inMemory(), needsUpdate: false)
    } catch {
      fatalError("\(error)")
    }
  }
}
