import Dispatch
import Foundation
import SaysoAnalysis
import SaysoCore
import SaysoReaderStore
import SaysoUI

/// An `ArticleProvider` over summaries, as an index gives them: the library needs no analysis.
final class IndexedCorpus: ArticleProvider {
  let summaries: [ArticleSummary]
  private let sample: ArticleAnalysis

  init(count: Int, sample: ArticleAnalysis) {
    self.sample = sample
    let sources = ["Izvestia", "Sputnik", "Coast Herald", "Wire", "Daily Planet", "Le Monde", "Asahi"]
    var summaries: [ArticleSummary] = []
    for i in 0..<count {
      let source: String = sources[i % 7]
      let date: String = String(format: "20%02d-%02d-%02d", 10 + i % 15, 1 + i % 12, 1 + i % 28)
      let title: String = "Article \(i): talks on the budget continue in \(source)"
      summaries.append(
        ArticleSummary(
          path: "corpus/\(i).txt", title: title, source: source, date: date, quotes: i % 11, proposals: i % 5,
          people: i % 7))
    }
    self.summaries = summaries
  }

  func analysis(ofArticle path: String) -> ArticleAnalysis? { sample }
  func people() -> [PersonSummary] { [] }
  func claims() -> [ClaimEntry] { [] }
}

/// Measurements inside this process.
enum InProcess {
  /// The reader's services over the library's store held in memory, as `sayso --in-memory` runs.
  static func services(_ analyses: [ArticleAnalysis]) -> AppServices {
    do {
      return try ReaderStore.inMemory(analyses: analyses).services
    } catch {
      fatalError("\(error)")
    }
  }

  /// The same, with the articles listed by `provider` (e.g. a large index's summaries).
  static func services(articles provider: ArticleProvider) -> AppServices {
    let store = services([])
    return AppServices(articles: provider, search: store.search, bookmarks: store.bookmarks, positions: store.positions)
  }

  static func firstFrames(seeds: [ArticleAnalysis], runs: Int) {
    print("First complete frame in process (app built, library drawn, 80×24):")
    let screen = VirtualScreen(columns: 80, rows: 24)
    Clock.line(
      "seeds (2 articles)",
      Clock.measure(runs: runs) {
        let s = services(seeds)
        App(services: s, first: LibraryView(services: s)).render(on: screen)
      })
    let indexed = IndexedCorpus(count: 20_000, sample: seeds[0])
    Clock.line(
      "20,000 indexed articles (sorted by date)",
      Clock.measure(runs: runs) {
        let s = services(articles: indexed)
        App(services: s, first: LibraryView(services: s)).render(on: screen)
      })
    Clock.line(
      "reader on a seed article",
      Clock.measure(runs: runs) {
        let s = services(seeds)
        App(services: s, first: ReaderView(analysis: seeds[1])).render(on: screen)
      })
    print("")
  }

  /// Typing a 4,000-character entry into the reader's prompts, one key and one redraw at a time: the
  /// total, and the last key's time (the status line used to shorten the entry a character at a time,
  /// measuring it whole each time: quadratic per frame).
  static func longPrompt(seeds: [ArticleAnalysis]) {
    print("A 4,000-character entry typed into a prompt (app work on a VirtualScreen, 80×24):")
    let s = services(seeds)
    let letters = (0..<4_000).map { n in Key.character(Character(UnicodeScalar(UInt8(97 + n % 26)))) }
    for (label, opening) in [
      ("in-article search (/)", "/"), ("in-article regular expression (/re:)", "/re:"),
      ("search all articles (s)", "s"),
    ] {
      let screen = VirtualScreen(columns: 80, rows: 24)
      let app = App(services: s, first: ReaderView(analysis: seeds[1]))
      app.render(on: screen)
      for c in opening { app.handle(.character(c)) }
      app.render(on: screen)
      var last = 0.0
      let start = DispatchTime.now().uptimeNanoseconds
      for key in letters {
        let keyStart = DispatchTime.now().uptimeNanoseconds
        app.handle(key)
        app.render(on: screen)
        last = Double(DispatchTime.now().uptimeNanoseconds - keyStart) / 1e6
      }
      let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
      print(String(format: "  %@: %.2f s in all, last key %.2f ms", label, total, last))
    }
  }

  static func keys(seeds: [ArticleAnalysis], runs: Int) {
    let long = Corpus.long(times: 20)
    print("Key press to finished redraw (app work on a VirtualScreen, 80×24, per key):")
    for (label, analysis) in [("seed", seeds[1]), ("long, \(long.article.paragraphs.count) ¶", long)] {
      let s = services([analysis])
      func app() -> (App, VirtualScreen) {
        let screen = VirtualScreen(columns: 80, rows: 24)
        let app = App(services: s, first: ReaderView(analysis: analysis))
        app.render(on: screen)
        return (app, screen)
      }
      func perKey(_ keys: [Key], presses: Int) -> [Double] {
        var all: [Double] = []
        for _ in 0..<max(1, runs / 3) {
          let (app, screen) = app()
          for i in 0..<presses {
            let key = keys[i % keys.count]
            let start = DispatchTime.now().uptimeNanoseconds
            app.handle(key)
            app.render(on: screen)
            all.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
          }
        }
        return all.sorted()
      }
      Clock.line("\(label): scroll a line (j)", perKey([.character("j")], presses: 60))
      Clock.line("\(label): page down (Space)", perKey([.character(" ")], presses: 20))
      Clock.line("\(label): next claim (Tab)", perKey([.tab], presses: 40))
      Clock.line("\(label): next paragraph (})", perKey([.character("}")], presses: 40))
      Clock.line(
        "\(label): search, per letter typed", perKey([.character("/")] + "cooperation".map(Key.character), presses: 12))
      Clock.line(
        "\(label): next match (n)",
        { () -> [Double] in
          var all: [Double] = []
          for _ in 0..<max(1, runs / 3) {
            let (app, screen) = app()
            for key in [Key.character("/")] + "the".map(Key.character) + [.enter] { app.handle(key) }
            app.render(on: screen)
            for _ in 0..<40 {
              let start = DispatchTime.now().uptimeNanoseconds
              app.handle(.character("n"))
              app.render(on: screen)
              all.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
          }
          return all.sorted()
        }())
      Clock.line("\(label): open the reader (first frame)", Clock.measure(runs: runs) { _ = app() })
      Clock.line(
        "\(label): resize 80→60 columns",
        (0..<runs).map { _ in
          let (app, screen) = app()
          let start = DispatchTime.now().uptimeNanoseconds
          screen.resize(columns: 60, rows: 24)
          app.handle(.resize)
          app.render(on: screen)
          return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        }.sorted())
    }
    let s = services(seeds)
    let screen = VirtualScreen(columns: 80, rows: 24)
    Clock.line(
      "global search (s cooperation Enter), seeds",
      Clock.measure(runs: runs) {
        let app = App(services: s, first: LibraryView(services: s))
        for key in [Key.character("s")] + "cooperation".map(Key.character) + [.enter] { app.handle(key) }
        app.render(on: screen)
      })
  }
}
