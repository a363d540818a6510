import XCTest

@testable import SaysoCore

final class DateTextTests: XCTestCase {
  func testNormalizesTheCommonForms() {
    let cases: [(String, String?)] = [
      ("2020-09-30", "2020-09-30"),
      ("30 September 2020", "2020-09-30"),
      ("30th September, 2020", "2020-09-30"),
      ("1st of March 2019", "2019-03-01"),
      ("September 30, 2020", "2020-09-30"),
      ("Sept. 30, 2020", "2020-09-30"),
      ("sep 3 2020", "2020-09-03"),
      ("Wednesday, 30 September 2020", "2020-09-30"),
      ("Tuesday, November 17, 2020", "2020-11-17"),
      ("Wed., Sep 30, 2020", "2020-09-30"),
      ("Thurs 1 May 2025", "2025-05-01"),
      ("We 30 September 2020", nil),
      ("2019-01-04T12:00:00Z", "2019-01-04"),
      ("2020-13-01", nil),
      ("31 February 2020", nil),
      ("September 30", nil),
      ("30 Septembers 2020", nil),
      ("Maybe tomorrow", nil),
      ("20200-09-30", nil),
    ]
    for (text, expected) in cases {
      XCTAssertEqual(DateText.normalize(text), expected, text)
    }
  }

  func testReadsADateInsideText() throws {
    let s = Array("LONDON, Sept. 28 (Reuters)".unicodeScalars)
    let m = try XCTUnwrap(DateText.read(s, at: 8))
    XCTAssertNil(m.date, "no year")
    XCTAssertEqual(m.end, 16)
  }
}

final class DatelineTests: XCTestCase {
  func read(_ text: String) -> Dateline? {
    let s = Array(text.unicodeScalars)
    return Dateline.read(s, in: 0..<s.count)
  }

  func testSputnikStyle() throws {
    let text =
      "KARACHI (Harbour Point News / Sputnik - 14th March, 2021) The finance minister spoke."
    let d = try XCTUnwrap(read(text))
    XCTAssertEqual(d.place, "KARACHI")
    XCTAssertEqual(d.source, "Harbour Point News / Sputnik")
    XCTAssertEqual(d.date, "2021-03-14")
    XCTAssertEqual(d.end, 58)
  }

  func testAgencyStyles() throws {
    let ap = try XCTUnwrap(read("WASHINGTON (AP) — The Senate voted on Tuesday."))
    XCTAssertEqual(ap.place, "WASHINGTON")
    XCTAssertEqual(ap.source, "AP")
    XCTAssertNil(ap.date)
    XCTAssertEqual(ap.end, 18)

    let reuters = try XCTUnwrap(read("KYIV, Ukraine, Oct. 1, 2021 (Reuters) - Talks resumed."))
    XCTAssertEqual(reuters.place, "KYIV, Ukraine")
    XCTAssertEqual(reuters.source, "Reuters")
    XCTAssertEqual(reuters.date, "2021-10-01")

    let upi = try XCTUnwrap(read("SAN JOSE, Calif., Sept. 26 (UPI) — A court ruled."))
    XCTAssertEqual(upi.place, "SAN JOSE, Calif.")
    XCTAssertEqual(upi.source, "UPI")

    let tass = try XCTUnwrap(read("MOSCOW, September 30, 2020. /TASS/. The Kremlin said."))
    XCTAssertEqual(tass.source, "TASS")
    XCTAssertEqual(tass.date, "2020-09-30")

    let dash = try XCTUnwrap(read("NEW YORK -- Stocks rose."))
    XCTAssertEqual(dash.place, "NEW YORK")
    XCTAssertNil(dash.source)

    let titled = try XCTUnwrap(read("Moscow (Sputnik) - The ministry said."))
    XCTAssertEqual(titled.place, "Moscow")
  }

  func testOrdinarySentencesAreNotDatelines() {
    XCTAssertNil(read("Chile offered Peru to establish a joint fisheries board."))
    XCTAssertNil(read("Moscow (the capital) hosted the talks."))
    XCTAssertNil(read("NATO said on Friday it would respond."))
    XCTAssertNil(read("Rita Moss proposed to restore a weekly ferry service."))
    XCTAssertNil(read("The Kremlin, 2020"))
  }
}
