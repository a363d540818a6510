import XCTest

@testable import SaysoCore

final class DisplayWidthTests: XCTestCase {
  func testWidthPerGraphemeCluster() {
    XCTAssertEqual("hello".displayWidth, 5)
    XCTAssertEqual("日本語".displayWidth, 6)
    XCTAssertEqual("ｆｕｌｌ".displayWidth, 8, "fullwidth forms")
    XCTAssertEqual("한국".displayWidth, 4)
    XCTAssertEqual("\u{1100}\u{1161}".displayWidth, 2, "conjoining jamo make one syllable")
    XCTAssertEqual("e\u{301}".displayWidth, 1, "combining acute")
    XCTAssertEqual("a\u{20DD}".displayWidth, 1, "enclosing mark")
    XCTAssertEqual("\u{301}".displayWidth, 0, "a lone combining mark")
    XCTAssertEqual("a\u{200B}b".displayWidth, 2, "zero width space")
    XCTAssertEqual("\u{200D}".displayWidth, 0)
    XCTAssertEqual("😀".displayWidth, 2)
    XCTAssertEqual("👍🏽".displayWidth, 2, "skin tone modifier")
    XCTAssertEqual("👨‍👩‍👧".displayWidth, 2, "ZWJ family")
    XCTAssertEqual("🇺🇦".displayWidth, 2, "flag")
    XCTAssertEqual("❤️".displayWidth, 2, "text heart made emoji by VS16")
    XCTAssertEqual("☺".displayWidth, 1, "text presentation")
    XCTAssertEqual("A\u{FE0E}".displayWidth, 1, "variation selector is zero width")
    XCTAssertEqual("\u{1B}".displayWidth, 0)
    XCTAssertEqual("—…“”".displayWidth, 4)
    XCTAssertEqual("𠀀".displayWidth, 2, "CJK extension B")
    XCTAssertEqual(Character("中").displayWidth, 2)
    XCTAssertEqual(Character("को").displayWidth, 2, "Devanagari letter and spacing vowel sign")
    XCTAssertEqual(Character("तु").displayWidth, 1, "nonspacing vowel sign")
    XCTAssertEqual("तुमको क्या काम है?".displayWidth, 15, "as terminals draw it, a column per spacing scalar")
    XCTAssertEqual("🙏🏽".displayWidth, 2)
    XCTAssertEqual("👩‍👩‍👧".displayWidth, 2)
  }

  func testWrapsOnSpaces() {
    XCTAssertEqual("one two three".wrapped(toWidth: 7), ["one two", "three"])
    XCTAssertEqual("one two three".wrapped(toWidth: 13), ["one two three"])
    XCTAssertEqual("one  two   three".wrapped(toWidth: 8), ["one  two", "three"])
    XCTAssertEqual("".wrapped(toWidth: 5), [""])
    XCTAssertEqual("a\n\nb".wrapped(toWidth: 5), ["a", "", "b"])
    XCTAssertEqual("  indented text".wrapped(toWidth: 10), ["  indented", "text"])
    XCTAssertEqual("trailing   ".wrapped(toWidth: 20), ["trailing"])
  }

  func testHardBreaksOverlongWords() {
    XCTAssertEqual("abcdefgh".wrapped(toWidth: 3), ["abc", "def", "gh"])
    XCTAssertEqual("go abcdefgh".wrapped(toWidth: 3), ["go", "abc", "def", "gh"])
    XCTAssertEqual("日本語です".wrapped(toWidth: 5), ["日本", "語で", "す"])
    XCTAssertEqual(
      "日本".wrapped(toWidth: 1), ["日", "本"], "a wide character alone overflows a width of 1")
    XCTAssertEqual(
      "e\u{301}e\u{301}e\u{301}".wrapped(toWidth: 2), ["e\u{301}e\u{301}", "e\u{301}"])
    XCTAssertEqual("👍🏽👍🏽".wrapped(toWidth: 3), ["👍🏽", "👍🏽"])
    XCTAssertEqual("x".wrapped(toWidth: 0), ["x"], "widths below 1 count as 1")
  }

  func testEveryWidthFromOneToTenKeepsAllTextAndFits() {
    let samples = [
      "The quick brown fox jumps over the lazy dog",
      "日本語の文章と English words 混ざる",
      "Cafe\u{301} 👨‍👩‍👧 family, 🇺🇦 flag and a supercalifragilistic word",
      "   leading and  double  spaces ",
    ]
    for text in samples {
      for width in 1...10 {
        let lines = text.wrapped(toWidth: width)
        for line in lines {
          let overflowAllowed = line.count == 1 && line.displayWidth == 2
          XCTAssertTrue(line.displayWidth <= width || overflowAllowed, "\(width): \(line)")
          XCTAssertFalse(line.hasSuffix(" "), "\(width): \(line)")
        }
        XCTAssertEqual(
          lines.joined().filter { $0 != " " }, text.filter { $0 != " " },
          "no text lost at width \(width)")
      }
    }
  }
}
