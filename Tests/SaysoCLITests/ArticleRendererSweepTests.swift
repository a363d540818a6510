import Foundation
import SaysoCore
import Testing

@testable import SaysoCLI

/// The renderer finds a cut's opening and closing claims by where they start and end, and the claims
/// over a stretch by counting open ones (issue 9: `sayso show` of a 5 MB paragraph of 75,000 quotes
/// took minutes when every claim was looked up at every cut). Output as before on overlapping claims.
@Suite struct ArticleRendererSweepTests {
  static func claims() -> [Claim] {
    var state: UInt64 = 9
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    return (0..<14).map { n in
      let start = next(40)
      let end = start + 1 + next(12)
      if n % 3 == 0 {
        return .proposal(Proposal(paragraph: 0, start: start, end: end, text: "", cue: "proposed", proposer: nil))
      }
      return .quote(
        Quote(
          paragraph: 0, start: start, end: end, text: "", kind: .direct, cue: nil, speaker: nil,
          group: n % 2 == 0 ? "g\(n)" : nil))
    }
  }

  static let text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOP"

  @Test func overlappingClaimsRenderAsBefore() {
    let plain = ArticleRenderer(style: OutputStyle(usesColor: false)).markedLines(Self.text, claims: Self.claims())
    let colour = ArticleRenderer(style: OutputStyle(usesColor: true)).markedLines(Self.text, claims: Self.claims())
    #expect(
      plain == [
        "abc<<P: d<<P: e<<P: fg[Q: hi>>jklm>>n[Q: o>>p]{?}qrs[Q: [Q: tu]{g4}vwxyz]{?}]{g8}01<<P: "
          + "2345[Q: 6[Q: 7[Q: 8[Q: [Q: 9>>ABC<<P: DE]{g10}]{?}F>>GH]{?}IJK]{?}]{g2}LMNOP"
      ])
    #expect(
      colour == [
        "abc\u{1B}[33;4md\u{1B}[0m\u{1B}[33;4me\u{1B}[0m\u{1B}[33;4mfg\u{1B}[0m\u{1B}[32;33;4mhi"
          + "\u{1B}[0m\u{1B}[32;33;4mjklm\u{1B}[0m\u{1B}[32;33;4mn\u{1B}[0m\u{1B}[32;33;4mo\u{1B}[0m"
          + "\u{1B}[32mp\u{1B}[0m\u{1B}[1;36m{?}\u{1B}[0m\u{1B}[32mqrs\u{1B}[0m\u{1B}[32mtu\u{1B}[0m"
          + "\u{1B}[1;36m{g4}\u{1B}[0m\u{1B}[32mvwxyz\u{1B}[0m\u{1B}[1;36m{?}\u{1B}[0m\u{1B}[1;36m{g8"
          + "}\u{1B}[0m01\u{1B}[33;4m2345\u{1B}[0m\u{1B}[32;33;4m6\u{1B}[0m\u{1B}[32;33;4m7\u{1B}[0m"
          + "\u{1B}[32;33;4m8\u{1B}[0m\u{1B}[32;33;4m9\u{1B}[0m\u{1B}[32mABC\u{1B}[0m\u{1B}[32;33;4mD"
          + "E\u{1B}[0m\u{1B}[1;36m{g10}\u{1B}[0m\u{1B}[1;36m{?}\u{1B}[0m\u{1B}[32;33;4mF\u{1B}[0m"
          + "\u{1B}[32mGH\u{1B}[0m\u{1B}[1;36m{?}\u{1B}[0m\u{1B}[32mIJK\u{1B}[0m\u{1B}[1;36m{?}\u{1B}"
          + "[0m\u{1B}[1;36m{g2}\u{1B}[0mLMNOP"
      ])
  }
}
