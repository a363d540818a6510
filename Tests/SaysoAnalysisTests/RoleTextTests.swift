import XCTest

@testable import SaysoAnalysis

/// A role as the People view lists it: without the article or preposition that tied it to the name, without
/// a clause run on past it, and without the words of a phrase cut short.
final class RoleTextTests: XCTestCase, AnalysingText {
  func testTheRoleTable() {
    let cases: [(String, String?)] = [
      ("the mayor of London", "mayor of London"),
      ("A fire service spokesman", "fire service spokesman"),
      ("of the World Health Organization", "World Health Organization"),
      ("of The Times", "The Times"),
      ("The Ledger", "The Ledger"),
      ("at the county health department", "county health department"),
      ("a tweet on Monday by US Secretary of State", "US Secretary of State"),
      ("a protester using the pseudonym", "protester"),
      ("a Toronto lawyer representing Spanton", "Toronto lawyer"),
      ("a former maintainer of the project to discuss this takedown", "former maintainer of the project"),
      ("a UN rapporteur who had investigated the case", "UN rapporteur"),
      ("the Director-General of the", "Director-General"),
      ("A university student named", "university student"),
      // whole roles stay as they are
      ("Russian President", "Russian President"),
      ("managing director of the bank", "managing director of the bank"),
      ("acting Prime Minister of Iraq", "acting Prime Minister of Iraq"),
      ("an adviser to the president", "adviser to the president"),
      ("his wife", "his wife"),
      ("the", nil),
    ]
    for (given, expected) in cases {
      XCTAssertEqual(RoleText.tidied(given), expected, given)
    }
  }

  func testTheSpeakersRoleIsTidied() {
    let a = run("\"The drugs are only part of it,\" said Mike Royan of the World Health Organization.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Mike Royan")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "World Health Organization")
    let b = run("\"The airline moves weapons,\" according to a tweet on Monday by US Secretary of State Mike Pompo.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Mike Pompo")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "US Secretary of State")
    // one role said with and without its article is listed once
    let c = run(
      "The mayor of London, Sadiq Kan, said the line would reopen. \"It is safe,\" said Mayor of London Sadiq Kan.")
    XCTAssertEqual(c.people.first?.roles.map { $0.lowercased() }, ["mayor of london"])
    // a possessor before the name is the role without its "'s"
    let d = run("Pacific’s Ann Vey said the figures were wrong.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(d.quotes.first?.speaker?.role, "Pacific")
  }

  func testATitlesAbbreviationIsListedAsTheWordItStandsFor() {
    XCTAssertEqual(RoleForm.of("Vermont Sen.")?.role, "Vermont Senator")
    XCTAssertEqual(RoleForm.of("Lt. Gov")?.role, "Lieutenant Governor")
    XCTAssertEqual(
      RoleForm.of("former Rep., chairman of the committee")?.role, "former Representative, chairman of the committee")
    XCTAssertEqual(RoleForm.of("sales rep")?.role, "sales representative")
    XCTAssertEqual(RoleForm.of("Det. Sgt")?.role, "Detective Sergeant")
    XCTAssertEqual(RoleForm.of("Det Con")?.role, "Detective Constable")
    XCTAssertEqual(RoleForm.of("RCMP Cst.")?.role, "RCMP Constable")
    XCTAssertEqual(RoleForm.of("PC")?.role, "Police Constable")
    // (an abbreviation that is no title's stays as it is)
    XCTAssertEqual(RoleForm.of("Wash. lawyer")?.role, "Wash. lawyer")
    let a = run("\"We will win,\" said Ohio Gov. John Kasick. \"It is close,\" said Sen. Bernie Sandars.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.role }, ["Ohio Governor", "Senator"])
  }
}
