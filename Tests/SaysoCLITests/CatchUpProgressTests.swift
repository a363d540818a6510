import Foundation
import SaysoTestSupport
import SaysoCore
import SaysoReaderStore
import SaysoStore
import SaysoUI
import Testing

@testable import SaysoCLI

/// The reader indexing a new corpus behind its first frame shows how it goes on the status line.
@Suite struct CatchUpProgressTests {
  @Test func theStatusLineShowsDoneOfTotalAndTheRateThenWhatChanged() throws {
    let folder = try ScratchFolder.make("catch-up")
    defer { try? FileManager.default.removeItem(at: folder) }
    for n in 0..<600 {
      let text = "Report \(n)\n\n\"We will fund the harbour,\" Ana Ruiz said on day \(n).\n"
      try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "%04d.txt", n)))
    }
    let index = try CorpusIndex.open(corpus: [.path(folder.path)], at: folder.appendingPathComponent("cache/index.db"))
    let store = try ReaderStore(index: index, bookmarks: .inMemory(), state: .inMemory(), needsUpdate: true)
    let app = App(services: store.services, first: LibraryView(services: store.services))
    let screen = VirtualScreen(columns: 100, rows: 10)
    app.render(on: screen)
    var frames: [String] = []
    ReaderLaunch.catchUp(
      app, store: store, while: { true },
      redraw: {
        app.render(on: screen)
        frames.append(screen.text(ofRow: screen.rows - 1))
      }, progressAfter: 0)
    #expect(!frames.isEmpty)
    #expect(frames.first?.contains("Indexing 0 of 600 articles (0%)") == true, "\(frames)")
    #expect(frames.last?.contains("Indexing 600 of 600 articles (100%)") == true, "\(frames)")
    #expect(frames.last?.contains("a second · q quits") == true, "\(frames)")
    app.render(on: screen)
    #expect(screen.text(ofRow: screen.rows - 1).contains("The corpus changed: 600 articles indexed again"))
    #expect(store.articles.summaries.count == 600)
  }

  @Test func nothingToReadShowsNoProgress() throws {
    let store = try ReaderStore.inMemory(analyses: [])
    let app = App(services: store.services, first: LibraryView(services: store.services))
    var redrawn = 0
    ReaderLaunch.catchUp(app, store: store, while: { true }, redraw: { redrawn += 1 }, progressAfter: 0)
    #expect(redrawn == 0 && app.message == nil)
  }
}
