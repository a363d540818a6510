import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// A time before the subject of a frame, with or without a comma: "Speaking on Tuesday Mr Sunak said",
/// "This week Mr Sunak said", "That day Mr Sunak said".
final class TimeBeforeSubjectTests: XCTestCase, AnalysingText {
  func testAParticipleAndATimeBeforeTheSubjectWithNoComma() {
    let a = run("Speaking on Tuesday Mr Sunak said the economy would grow.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Sunak")
    XCTAssertEqual(a.quotes.first?.text, "the economy would grow")
    // (no time: the capitalised words run together, and no one is named)
    XCTAssertNil(run("Writing on Twitter Trump said the economy would grow.").quotes.first?.speaker)
  }

  func testAUnitOfTimeBeforeATitledNameIsNoRole() {
    let a = run("That day Mr Sunak said the economy would grow.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Sunak")
    XCTAssertNil(a.quotes.first?.speaker?.role)
    // "this" or "that" of a time opens no clause before the subject
    let b = run("Earlier this week Mr Sunak said the economy would grow.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Sunak")
    let c = run("This Thursday the Commission on Religious Freedom criticized the move.")
    XCTAssertEqual(c.quotes.first?.organisation, "Commission on Religious Freedom")
  }

  func testAClocksTimeBeforeTheSubjectIsNoPartOfIt() {
    let a = run("At 4:17 p.m. his daughter said he had left home four hours before.")
    XCTAssertEqual(a.quotes.first?.group, "his daughter")
    let b = run("At 4 p.m. his daughter said he had left home four hours before.")
    XCTAssertEqual(b.quotes.first?.group, "his daughter")
  }

  func testADayNamedFromTodayIsATimeInLowerCaseOnly() {
    let a = run("The port authority yesterday said it would reopen the docks.")
    XCTAssertEqual(a.quotes.first?.group ?? a.quotes.first?.organisation, "The port authority")
    let b = run("Mayor Lina Ortez said yesterday the docks would reopen.")
    XCTAssertEqual(b.quotes.first?.text, "the docks would reopen")
    // (a capitalised one inside a name is the name's: an outlet called "Harbour Today")
    let c = run("The court ruled on Monday. Harbour Today noted the docks would stay shut.")
    XCTAssertEqual(c.quotes.first?.organisation ?? c.quotes.first?.group, "Harbour Today")
  }

  func testATimeAfterAnAppositivesClosingCommaIsNoPartOfTheSubject() {
    for text in [
      "The head of the county's fire service, Ann Vey, on Sunday said the blaze was under control.",
      "Ann Vey, the county's fire chief, on Sunday said the blaze was under control.",
    ] {
      let a = run(text)
      XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey", text)
      XCTAssertEqual(a.quotes.first?.text, "the blaze was under control", text)
    }
  }

  func testAsOfATimeBetweenTheSubjectAndItsVerbIsNoPartOfEither() {
    let a = run("Reports as of Friday said some 40 boats had sunk in the harbour.")
    XCTAssertEqual(a.quotes.first?.group, "Reports")
    XCTAssertEqual(a.quotes.first?.text, "some 40 boats had sunk in the harbour")
  }

  func testThisPastWeekBetweenTheSubjectAndItsVerbIsNoPartOfEither() {
    let a = run("Tom Reed, the harbour chairman, this past week announced a new fund for the pier.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    let b = run("The harbour board this past weekend announced that the pier would close.")
    XCTAssertEqual(b.quotes.first?.organisation ?? b.quotes.first?.group, "The harbour board")
  }

  func testAWiresDatelineWithAnAbbreviatedMonthIsNoSubject() {
    let a = run("OSLO, Dec. 8 (UPI) — The mayor's aide wrote to backers, saying: “We must stay calm.”")
    XCTAssertEqual(a.quotes.map(\.text), ["“We must stay calm.”"])
    XCTAssertEqual(a.quotes.first?.group, "The mayor's aide")
    let b = run("OSLO, Dec. 8 — The mayor's aide wrote to backers, saying: “We must stay calm.”")
    XCTAssertEqual(b.quotes.first?.group, "The mayor's aide")
  }
}
