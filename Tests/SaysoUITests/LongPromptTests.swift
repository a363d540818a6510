import Testing

@testable import SaysoUI

/// A long prompt entry shows its end, the part being typed; shortening it is linear (it used to measure
/// the whole entry once per character dropped: 20 s to type 4,000 characters, see sayso-ui-bench
/// --long-prompt).
@Suite struct LongPromptTests {
  @Test func theTailIsTheLongestEndThatFits() {
    #expect(DisplayText.tail("abcdef", toWidth: 3) == "def")
    #expect(DisplayText.tail("abc", toWidth: 10) == "abc")
    #expect(DisplayText.tail("abc", toWidth: 0) == "")
    #expect(DisplayText.tail("東京東京", toWidth: 5) == "東京")
    #expect(DisplayText.tail("a👨‍👩‍👧", toWidth: 2) == "👨‍👩‍👧")
    // The same as dropping the first character until it fits, as the status line did.
    let pieces = ["a", "東", "é", "👍🏽", " ", "<U+202E>"]
    var state: UInt64 = 7
    for _ in 0..<300 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      var text = ""
      for _ in 0..<Int((state >> 20) % 40) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int((state >> 33) % UInt64(pieces.count))]
      }
      let width = Int((state >> 40) % 30)
      var expected = text
      while expected.displayWidth > width, !expected.isEmpty { expected.removeFirst() }
      #expect(DisplayText.tail(text, toWidth: width) == expected, "\(text) in \(width)")
    }
  }

  @Test func aFourThousandCharacterEntryShowsItsEnd() {
    let h = Harness()
    let entry = String(repeating: "abcdefghij", count: 400) + "END"
    h.press("Enter", "/", "=" + entry)
    #expect(h.status.contains("jEND"))
    #expect(h.status.hasPrefix("/"))
    h.press("Escape")
    #expect(!h.status.contains("END"))
  }
}
