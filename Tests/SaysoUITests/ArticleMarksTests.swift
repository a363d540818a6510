import SaysoAnalysis
import SaysoCore
import Testing

@testable import SaysoUI

/// The speaker marks of an article: found once per paragraph and mention, then the nearest by binary
/// search. Issue 9: a 5 MB paragraph of 75,000 quotes by "The minister" did not open in the reader (each
/// claim scanned the whole paragraph for every occurrence, measuring each from the paragraph's start).
@Suite struct ArticleMarksTests {
  /// The nearest occurrence as it was first written: every candidate's distance, the first of equals.
  static func bruteNearest(_ candidates: [Range<Int>], to span: Range<Int>) -> Range<Int>? {
    func distance(_ r: Range<Int>) -> Int {
      if r.overlaps(span) { return 1_000_000 + abs(r.lowerBound - span.lowerBound) }
      return r.lowerBound >= span.upperBound ? r.lowerBound - span.upperBound : span.lowerBound - r.upperBound
    }
    return candidates.min { distance($0) < distance($1) }
  }

  @Test func theNearestByBinarySearchIsTheNearestOfAll() {
    var seeded = SeededGenerator(seed: 9)
    for _ in 0..<300 {
      let length = Int.random(in: 1...4, using: &seeded)
      var candidates: [Range<Int>] = []
      var at = Int.random(in: 0...3, using: &seeded)
      for _ in 0..<Int.random(in: 0...12, using: &seeded) {
        candidates.append(at..<(at + length))
        // overlapping candidates too (a match shorter than the mention), though the search gives few
        at += Int.random(in: 1...(2 * length + 3), using: &seeded)
      }
      for _ in 0..<40 {
        let start = Int.random(in: 0...(at + 3), using: &seeded)
        let span = start..<(start + Int.random(in: 0...8, using: &seeded))
        #expect(
          ArticleMarks.nearest(among: candidates, to: span) == Self.bruteNearest(candidates, to: span),
          "\(candidates) \(span)")
      }
    }
  }

  @Test func occurrencesAreWholeWordsAtTheirScalarOffsets() {
    let text = "é The minister; Theminister. 👨‍👩‍👧 The minister The ministers the minister The minister"
    let found = ArticleMarks.occurrences(of: "The minister", in: text)
    let scalars = Array(text.unicodeScalars)
    #expect(found.count == 3)
    for range in found { #expect(String(String.UnicodeScalarView(scalars[range])) == "The minister") }
  }

  @Test func aParagraphOfManyQuotesMarksEachSpeakerAsBefore() {
    let sentence = "The minister said, \"we will propose a new tax\" and then walked away. "
    let text = "T\n\n" + String(repeating: sentence, count: 400) + "Jane Doe said \"no\"."
    let analysis = analyze(ArticleReader.parse(text, path: "long.txt"))
    #expect(analysis.quotes.count > 400)
    let marks = ArticleMarks(analysis)
    var expected: [[Range<Int>]] = Array(repeating: [], count: analysis.article.paragraphs.count)
    for claim in analysis.claims {
      guard case .quote(let q) = claim, let mention = q.speaker?.mention ?? q.organisation ?? q.group else { continue }
      let text = analysis.article.paragraphs[claim.paragraph].text
      let all = ArticleMarks.occurrences(of: mention, in: text)
      if let span = Self.bruteNearest(all, to: claim.start..<claim.end), !expected[claim.paragraph].contains(span) {
        expected[claim.paragraph].append(span)
      }
    }
    #expect(marks.speakers == expected)
    #expect(marks.speakers[1].count > 400)
  }
}

/// A small seeded generator (SplitMix64), so that a failure can be replayed.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
