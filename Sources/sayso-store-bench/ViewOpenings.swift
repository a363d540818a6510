import Foundation
import SaysoReaderStore
import SaysoStore
import SaysoUI

/// `sayso-store-bench --views`: how long the reader's People, Claims and Search views take to open on
/// generated corpora, served by the index as the reader is (`ReaderStore`), drawn on an 80×24
/// `VirtualScreen`.
///
/// Each run opens the store afresh (nothing cached from the run before, but the file in the page
/// cache), draws the library, then times one view: from the command to the finished frame. Figures
/// are medians with min–max, and the peak memory of the whole benchmark process.
enum ViewOpenings {
  static func run(options: StoreBench.Options) throws {
    print("View open times (reader store over an index on disk, 80×24, median (min–max) of \(options.viewRuns) runs)")
    for size in options.sizes {
      let work = URL(fileURLWithPath: options.work)
      let folder = work.appendingPathComponent("corpus-\(size)")
      StoreBench.log("generating \(size) articles in \(folder.path)")
      _ = try NewsGenerator(seed: options.seed).write(count: size, to: folder)
      let database = work.appendingPathComponent("views-index-\(size).sqlite")
      let corpus: [CorpusSource] = [.path(folder.path)]
      StoreBench.log("indexing (kept between runs)")
      let built = try Measurement.seconds { _ = try CorpusIndex.open(corpus: corpus, at: database).update() }
      print(String(format: "\n%d articles (index brought up to date in %.1f s)", size, built))
      Measurement.resetPeakMemory()
      func opened() throws -> (App, VirtualScreen) {
        let index = try CorpusIndex.open(corpus: corpus, at: database)
        let store = try ReaderStore(
          index: index, bookmarks: .inMemory(), state: .inMemory(), needsUpdate: false)
        let screen = VirtualScreen(columns: 80, rows: 24)
        let app = App(services: store.services, first: LibraryView(services: store.services))
        app.render(on: screen)
        return (app, screen)
      }
      func line(_ label: String, _ times: [Double], _ subtitle: String) {
        let sorted = times.sorted()
        print(
          "  " + label.padding(toLength: 40, withPad: " ", startingAt: 0)
            + String(format: "%8.1f ms (%.1f–%.1f)", sorted[sorted.count / 2], sorted[0], sorted[sorted.count - 1])
            + "  " + subtitle)
      }
      func time(_ label: String, _ keys: (App) -> Void) throws {
        var times: [Double] = []
        var subtitle = ""
        for _ in 0..<options.viewRuns {
          let (app, screen) = try opened()
          times.append(
            Measurement.seconds {
              keys(app)
              app.render(on: screen)
            } * 1000)
          subtitle = app.page.subtitle
        }
        line(label, times, subtitle)
      }
      var opening: [Double] = []
      for _ in 0..<options.viewRuns { opening.append(try Measurement.seconds { _ = try opened() } * 1000) }
      line("reader store opened, library drawn", opening, "")
      var query: [Double] = []
      for _ in 0..<options.viewRuns {
        let index = try CorpusIndex.open(corpus: corpus, at: database)
        query.append(try Measurement.seconds { _ = try index.people(includingProposers: true) } * 1000)
      }
      line("the index's people query alone", query, "")
      try time("People (p)", { $0.run(.people) })
      try time("People, then Claims by the first (Enter)") { app in
        app.run(.people)
        app.run(.open)
      }
      try time("Claims (c)", { $0.run(.claims) })
      try time("Claims, then quotes only (t)") { app in
        app.run(.claims)
        app.run(.kindFilter)
      }
      try time("Claims, then filter \"minister\"") { app in
        app.run(.claims)
        app.run(.search)
        for c in "minister" { app.handle(.character(c)) }
        app.handle(.enter)
      }
      try time("Search \"budget\" (s budget Enter)") { app in
        app.run(.globalSearch)
        for c in "budget" { app.handle(.character(c)) }
        app.handle(.enter)
      }
      print(String(format: "  peak memory of the benchmark process: %.0f MB", Measurement.peakMemoryMegabytes() ?? .nan))
    }
  }
}
