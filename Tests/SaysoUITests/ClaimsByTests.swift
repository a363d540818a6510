import SaysoCore
import Testing

@testable import SaysoUI

/// "Claims by" opens on the claim it came from, and the reader's claims panel says how many claims
/// it leaves out.
@Suite struct ClaimsByTests {
  /// An article whose ¶1 holds six quotes, more than the panel's rows.
  static let crowded: ArticleAnalysis = {
    let names = ["Ann Lee", "Bo Chan", "Cy Ortiz", "Di Novak", "Ed Moss", "Flo Berg"]
    let words = ["One", "Two", "Three", "Four", "Five", "Six"]
    let text = zip(words, names).map { "\"\($0),\" said \($1)." }.joined(separator: " ")
    let a = Fixtures.article(
      path: "news/crowd.txt", title: "Crowded square", source: "Coast Herald", date: "2024-04-01",
      blocks: [(.title, "Crowded square"), (.body, text), (.body, "Nothing else was said.")])
    let quotes = zip(words, names).map { word, name in
      Fixtures.quote("\"\(word),\"", in: a, paragraph: 1, speaker: name, cue: "said")
    }
    let people = names.map { Person(name: $0, roles: [], quotes: 1) }
    return ArticleAnalysis(article: a, people: people, quotes: quotes, proposals: [])
  }()

  /// Tabs through the reader's claims until the one whose text contains `fragment` is under the cursor.
  func focus(_ fragment: String, in h: Harness) throws {
    for _ in 0..<20 {
      h.press("Tab")
      let reader = try #require(h.reader)
      if let focused = reader.focusedClaim, reader.claims[focused].text.contains(fragment) { return }
    }
    Issue.record("no claim with \(fragment)")
  }

  @Test func claimsByOpensOnTheClaimItCameFrom() throws {
    let h = Harness(store: Fixtures.store([Fixtures.harbour]))
    h.press("Enter")
    try focus("The sea does not wait", in: h)
    h.press("Enter")
    let claims = try #require(h.app.page as? ClaimsView)
    #expect(claims.name == "Claims by")
    #expect(claims.list.cursor.selected == 2, "Ana Ruiz's third claim, not her first")
    #expect(claims.selected?.text.contains("The sea does not wait") == true)
    #expect(h.screen.roles(of: "The sea does not wait")?.allSatisfy { $0 == .selection } == true)
    #expect(h.screen.roles(of: "We cannot wait")?.contains(.selection) == false)
    #expect(h.status.contains("3/4"))
    // Enter from there opens the reader on that claim again.
    h.press("Enter")
    let reader = try #require(h.reader)
    #expect(reader.focusedClaim.map { reader.claims[$0].text.contains("The sea") } == true)
  }

  @Test func claimsByFromAProposalOrAnUtteranceSelectsIt() throws {
    let h = Harness(store: Fixtures.store([Fixtures.rink]))
    h.press("Enter")
    try focus("extra practice", in: h)
    h.press("Enter")
    var claims = try #require(h.app.page as? ClaimsView)
    #expect(claims.selected?.text == "extra practice on Sundays")
    #expect(claims.list.cursor.selected == 1)
    h.press("h")
    try focus("The third period", in: h)
    h.press("Enter")
    claims = try #require(h.app.page as? ClaimsView)
    #expect(claims.list.cursor.selected == 0)
    #expect(claims.selected?.text.contains("We were ready") == true)
  }

  @Test func claimsByKeepsTheClaimInViewInALongList() throws {
    // Twenty claims by one speaker in a 12-row window: the one opened from is on screen and selected.
    let body = (1...20).map { "\"Point \($0),\" said Ann Lee." }
    let a = Fixtures.article(
      path: "news/long.txt", title: "Long talk", blocks: [(.title, "Long talk")] + body.map { (.body, $0) })
    let quotes = (1...20).map {
      Fixtures.quote("\"Point \($0),\"", in: a, paragraph: $0, speaker: "Ann Lee", cue: "said")
    }
    let analysis = ArticleAnalysis(
      article: a, people: [Person(name: "Ann Lee", roles: [], quotes: 20)], quotes: quotes, proposals: [])
    let h = Harness(store: Fixtures.store([analysis]), columns: 80, rows: 12)
    h.press("Enter")
    try focus("Point 17,", in: h)
    h.press("Enter")
    let claims = try #require(h.app.page as? ClaimsView)
    #expect(claims.list.cursor.selected == 16)
    #expect(h.screen.roles(of: "Point 17,")?.allSatisfy { $0 == .selection } == true)
    #expect(h.status.contains("17/20"))
  }

  @Test func thePanelCountsTheClaimsAndMarksThoseThatDoNotFit() throws {
    let h = Harness(store: Fixtures.store([Self.crowded]))
    h.press("Enter", "}")
    let rows = (0..<h.screen.rows).map { h.screen.text(ofRow: $0) }
    let heading = try #require(rows.firstIndex { $0.contains("¶1 · 6 claims") })
    // Five rows under the heading: four claims, then the mark for the other two.
    #expect(rows[heading + 1].contains("Ann Lee"))
    #expect(rows[heading + 4].contains("Di Novak"))
    #expect(rows[heading + 5].trimmingCharacters(in: .whitespaces) == "… 2 more")
    #expect(!rows[heading...].contains { $0.contains("Ed Moss") || $0.contains("Flo Berg") })

    h.press("Tab", "Tab", "Tab", "Tab", "Tab")  // the fifth claim
    var now = (0..<h.screen.rows).map { h.screen.text(ofRow: $0) }
    #expect(now[heading + 1].contains("Bo Chan"))
    #expect(now[heading + 4].contains("▸") && now[heading + 4].contains("Ed Moss"))
    #expect(now[heading + 5].contains("… 2 more: 1 above, 1 below"))

    h.press("Tab")  // the sixth
    now = (0..<h.screen.rows).map { h.screen.text(ofRow: $0) }
    #expect(now[heading + 4].contains("▸") && now[heading + 4].contains("Flo Berg"))
    #expect(now[heading + 5].contains("… 2 more above"))
  }

  @Test func aSmallPanelMarksTheRestToo() throws {
    let h = Harness(store: Fixtures.store([Self.crowded]), columns: 40, rows: 12)
    h.press("Enter", "}")
    let rows = (0..<h.screen.rows).map { h.screen.text(ofRow: $0) }
    let heading = try #require(rows.firstIndex { $0.contains("¶1 · 6 claims") })
    #expect(rows[heading + 1].contains("Ann Lee"))
    #expect(rows[heading + 2].contains("… 5 more"))
  }

  @Test func aPanelWithRoomForEveryClaimHasNoMark() {
    #expect(ReaderView.panelWindow(count: 5, room: 5, focused: 4) == (0..<5, nil))
    #expect(ReaderView.panelWindow(count: 6, room: 5, focused: nil) == (0..<4, "… 2 more"))
    #expect(ReaderView.panelWindow(count: 6, room: 5, focused: 3) == (0..<4, "… 2 more"))
    #expect(ReaderView.panelWindow(count: 6, room: 5, focused: 4) == (1..<5, "… 2 more: 1 above, 1 below"))
    #expect(ReaderView.panelWindow(count: 3, room: 2, focused: 2) == (2..<3, "… 2 more above"))
  }
}
