import Foundation
import SaysoTestSupport
import SaysoCore
import SaysoReaderStore
import SaysoStore
import Testing

@testable import SaysoUI

/// The People and Claims views served by the index's tables (`IndexedArticles`) show exactly what they
/// show over every analysis held in memory (`CorpusModel`), key for key.
@Suite struct StoreServedViewsTests {
  /// Names that join and names that do not: "Ruiz" alone joins "Ana Ruiz" (the only Ruiz), "Erdoğan"
  /// and "ERDOGAN" are one person spelt two ways, two Bergs stay apart, a proposer who is never quoted,
  /// roles repeated in other cases, claims by a group. Paths run against corpus order, so that an order
  /// by path or by row would show.
  static let crowd: [ArticleAnalysis] = {
    func analysis(_ path: String, _ title: String, _ lines: [(String?, String?, String?, Bool)]) -> ArticleAnalysis {
      // Each line: a quote (or a proposal when the flag is false) by a speaker with a role.
      let blocks: [(ParagraphRole, String)] =
        [(.title, title)] + lines.enumerated().map { n, line in (.body, "\"Words \(n) of \(title),\" said someone.") }
      let a = Fixtures.article(path: path, title: title, source: "Wire", date: "2024-05-0\(path.count % 9 + 1)", blocks: blocks)
      var quotes: [Quote] = []
      var proposals: [Proposal] = []
      var people: [Person] = []
      for (n, line) in lines.enumerated() {
        let fragment = "\"Words \(n) of \(title),\""
        if line.3 {
          quotes.append(
            Fixtures.quote(fragment, in: a, paragraph: n + 1, speaker: line.0, role: line.1, cue: "said", group: line.2))
          if let name = line.0 {
            if let i = people.firstIndex(where: { nameKey($0.name) == nameKey(name) }) {
              people[i].quotes += 1
              if let role = line.1, !people[i].roles.contains(role) { people[i].roles.append(role) }
            } else {
              people.append(Person(name: name, roles: line.1.map { [$0] } ?? [], quotes: 1))
            }
          }
        } else if let name = line.0 {
          proposals.append(
            Fixtures.proposal(fragment, in: a, paragraph: n + 1, proposer: name, role: line.1, cue: "proposed"))
        }
      }
      return ArticleAnalysis(article: a, people: people, quotes: quotes, proposals: proposals)
    }
    return [
      analysis(
        "z/late.txt", "Port talks",
        [
          ("Ana Ruiz", "Mayor", nil, true), ("Ruiz", "mayor", nil, true), ("Erdoğan", "President", nil, true),
          ("Tom Berg", nil, nil, true), ("Lena Berg", "engineer", nil, false), ("Élodie Brun", "Ministre", nil, true),
        ]),
      analysis(
        "m/middle.txt", "Harbour vote",
        [
          ("ERDOGAN", "president", nil, true), ("Ruiz", "the mayor", nil, true), ("Kai Sato", "adviser", nil, false),
          (nil, nil, "officials", true), ("Ana Ruiz", nil, nil, false),
        ]),
      analysis(
        "a/early.txt", "Budget night",
        [
          ("Kai Sato", "Adviser", nil, false), ("Tom Berg", "councillor", nil, true), ("Ana Ruiz", "Mayor", nil, true),
          ("ÉLODIE BRUN", "MINISTRE", nil, true),
        ]),
    ] + Fixtures.all + [Fixtures.rink]
  }()

  /// Runs the same keys on both providers and compares every frame.
  func expectSameFrames(
    _ sequences: [[String]], columns: Int = 80, rows: Int = 24, store makeStore: () throws -> ReaderStore = {
      Fixtures.store(Self.crowd)
    }
  ) {
    guard let store = try? makeStore() else {
      Issue.record("no store")
      return
    }
    let analyses = store.articles.summaries.compactMap { store.articles.analysis(ofArticle: $0.path) }
    let model = AppServices(
      articles: HeldArticles(CorpusModel(analyses: analyses), paths: store.articles), search: store.services.search, bookmarks: store.services.bookmarks,
      positions: store.services.positions)
    for keys in sequences {
      guard let fresh = try? makeStore() else { return }
      let indexed = Harness(store: fresh, columns: columns, rows: rows)
      let held = Harness(store: store, columns: columns, rows: rows, services: model)
      for key in keys {
        indexed.press(key)
        held.press(key)
        #expect(indexed.screen.text == held.screen.text, "after \(keys) at \(columns)×\(rows)")
      }
    }
  }

  @Test func peopleAreCountedAsEveryAnalysisCountsThem() {
    let store = Fixtures.store(Self.crowd)
    let model = CorpusModel(analyses: Self.crowd)
    #expect(store.articles.people() == model.people().map { person in
      var counted = person
      counted.articles = []
      return counted
    })
    for person in model.people() {
      #expect(store.articles.articles(naming: store.articles.people().first { $0.name == person.name }!) == person.articles)
    }
    // The joined surname and the two spellings: one row each, each article counted once.
    let ruiz = store.articles.people().first { $0.name == "Ana Ruiz" }
    // Ana Ruiz in the harbour article (2 quotes, 2 proposals) and the crowd's three; "Ruiz" joins her,
    // in two articles, one of which names her in full too.
    #expect(ruiz?.quotes == 6 && ruiz?.proposals == 3 && ruiz?.articleCount == 4)
    #expect(ruiz?.roles == ["Mayor", "the mayor"])
    #expect(store.articles.people().first { $0.name == "Erdoğan" }?.articleCount == 2)
    #expect(store.articles.people().contains { $0.name == "Lena Berg" && $0.quotes == 0 && $0.proposals == 1 })
  }

  @Test func peopleViewsMatch() {
    expectSameFrames([["P"], ["P", "G"], ["P", "j", "j", "Enter"], ["P", "/", "=berg", "Enter", "Enter"]])
    expectSameFrames([["P", "j"]], columns: 40, rows: 12)
  }

  @Test func claimsViewsMatch() {
    expectSameFrames([
      ["C"], ["C", "G"], ["C", "t"], ["C", "t", "t"], ["C", "t", "t", "t"], ["C", "/", "=ruiz", "Enter"],
      ["C", "/", "=harbour", "Enter", "t"], ["C", "t", "/", "=words 1", "Enter", "j", "Enter"],
      ["C", "/", "=officials", "Enter"], ["C", "/", "=nothing like this", "Enter"],
    ])
    expectSameFrames([["C", "j", "j"], ["C", "/", "=berg", "Enter"]], columns: 40, rows: 12)
  }

  @Test func claimsByAPersonMatch() {
    expectSameFrames([["P", "Enter"], ["P", "j", "Enter", "t"], ["Enter", "Tab", "Enter"], ["Enter", "Tab", "Tab", "Enter"]])
  }

  /// Letters beyond ASCII: a name in capitals is the same speaker for "Claims by" (as Swift lower-cases
  /// it, not SQLite), and the filter finds "élodie" in "ÉLODIE".
  @Test func namesAndFiltersBeyondASCIIMatch() {
    let store = Fixtures.store(Self.crowd)
    #expect(store.articles.claimReferences(spokenBy: "élodie brun").count == 2)
    #expect(store.articles.claimReferences(spokenBy: nil, containing: "élodie").count == 2)
    let brun = store.articles.people().first { $0.name == "Élodie Brun" }
    #expect(brun?.quotes == 2 && brun?.roles == ["Ministre"] && brun?.articleCount == 2)
    expectSameFrames([["C", "/", "=élodie", "Enter"], ["P", "/", "=brun", "Enter", "Enter"], ["C", "/", "=ministre", "Enter"]])
  }

  /// An index of files in which the article first in corpus order was analysed last (edited after the
  /// first update): its rows come after the others', so an order by row would put it last.
  static func editedCorpus() throws -> ReaderStore {
    let folder = try ScratchFolder.make("views")
    let names = ["Maria Keller", "Tomas Brandt", "Aiko Tanaka"]
    func write(_ n: Int, extra: String = "") throws {
      let text = """
        Talks continue \(n)

        "We will not back down on the budget," \(names[n]), the finance minister, said on Tuesday.

        \(names[(n + 1) % 3]) called for an independent inquiry into the bridge.

        "The numbers simply do not add up," \(names[(n + 2) % 3]) told reporters.\(extra)
        """
      try Data(text.utf8).write(to: folder.appendingPathComponent("article-\(n).txt"))
    }
    for n in 0..<3 { try write(n) }
    let index = try CorpusIndex.open(corpus: [.path(folder.path)], at: folder.appendingPathComponent("index/db.sqlite"))
    try index.update()
    try write(0, extra: "\n\n\"It is over,\" Keller said.")
    try index.update()
    return try ReaderStore(index: index, bookmarks: .inMemory(), state: .inMemory(), needsUpdate: false)
  }

  @Test func viewsFollowCorpusOrderNotTheOrderArticlesWereIndexed() throws {
    let store = try Self.editedCorpus()
    #expect(store.articles.summaries.first?.title == "Talks continue 0")
    #expect(store.articles.claimReferences(spokenBy: nil).first?.article == 0)
    expectSameFrames([["C"], ["C", "/", "=keller", "Enter"], ["P"], ["P", "j"], ["P", "Enter"]], store: Self.editedCorpus)
  }
}

/// Every analysis held in memory (`CorpusModel`, with the protocol's own claim listing), paths shown
/// relative to the index's corpus root as the index's provider shows them.
final class HeldArticles: ArticleProvider {
  let model: CorpusModel
  let paths: IndexedArticles

  init(_ model: CorpusModel, paths: IndexedArticles) {
    self.model = model
    self.paths = paths
  }

  var summaries: [ArticleSummary] { model.summaries }
  func analysis(ofArticle path: String) -> ArticleAnalysis? { model.analysis(ofArticle: path) }
  func people() -> [PersonSummary] { model.people() }
  func claims() -> [ClaimEntry] { model.claims() }
  func relativePath(ofArticle path: String) -> String { paths.relativePath(ofArticle: path) }
}
