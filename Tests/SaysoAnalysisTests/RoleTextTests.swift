import XCTest

@testable import SaysoAnalysis

/// A role as the People view lists it: without the article or preposition that tied it to the name, without
/// a clause run on past it, and without the words of a phrase cut short.
final class RoleTextTests: XCTestCase, AnalysingText {
  func testTheRoleTable() {
    let cases: [(String, String?)] = [
      ("the mayor of London", "mayor of London"),
      ("A fire service spokesman", "fire service spokesman"),
      ("of the Global Seed Trust", "Global Seed Trust"),
      ("of The Times", "The Times"),
      ("The Ledger", "The Ledger"),
      ("at the county health department", "county health department"),
      ("a tweet on Friday by US Secretary of Energy", "US Secretary of Energy"),
      ("a driver giving the nickname", "driver"),
      ("a Leeds lawyer representing Marlow", "Leeds lawyer"),
      ("a former editor of the journal to explain this decision", "former editor of the journal"),
      ("a UN envoy who had visited the camps", "UN envoy"),
      ("the Director-General of the", "Director-General"),
      ("A university student named", "university student"),
      // whole roles stay as they are
      ("Russian President", "Russian President"),
      ("managing director of the bank", "managing director of the bank"),
      ("acting Prime Minister of Peru", "acting Prime Minister of Peru"),
      ("an adviser to the president", "adviser to the president"),
      ("his wife", "his wife"),
      ("the", nil),
    ]
    for (given, expected) in cases {
      XCTAssertEqual(RoleText.tidied(given), expected, given)
    }
  }

  func testTheSpeakersRoleIsTidied() {
    let a = run("\"The seeds are only part of it,\" said Dana Fell of the Global Seed Trust.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Fell")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Global Seed Trust")
    let b = run("\"The plant leaks gas,\" according to a tweet on Friday by US Secretary of Energy Rita Moss.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Rita Moss")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "US Secretary of Energy")
    // one role said with and without its article is listed once
    let c = run(
      "The mayor of Leeds, Tom Ware, said the line would reopen. \"It is safe,\" said Mayor of Leeds Tom Ware.")
    XCTAssertEqual(c.people.first?.roles.map { $0.lowercased() }, ["mayor of leeds"])
    // a possessor before the name is the role without its "'s"
    let d = run("Pacific’s Ann Vey said the figures were wrong.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(d.quotes.first?.speaker?.role, "Pacific")
    // a possessive that stands for the body named before is left out: "Its area director"
    let e = run("The agency brought the case. Its area director, Mark Heal, said the leak was avoidable.")
    XCTAssertEqual(e.quotes.last?.speaker?.role, "area director")
    // an honorific between the role and the name is the name's, and alone it is no role, as an auxiliary is not
    let f = run("Writing in the Ledger, former minister Lord Brennan said the policy was \"doomed to fail\".")
    XCTAssertEqual(f.people.map(\.roles), [["former minister"]])
    XCTAssertNil(RoleForm.of("Mr"))
    XCTAssertNil(RoleForm.of("Should"))
    // a sentence's adverb before a name is neither a role nor part of a body's name
    let g = run("Elsewhere Unite said its members would walk out. Elsewhere Dan Poulter said he would stand down.")
    XCTAssertEqual(g.quotes.map { $0.group ?? $0.organisation ?? $0.speaker?.name }, ["Unite", "Dan Poulter"])
    XCTAssertEqual(g.quotes.last?.speaker?.mention, "Dan Poulter")
  }

  func testAWordThatPlacesTheOfficeInTimeStaysWithTheTitleOfAnEarlierMention() {
    let a = run("Today, former Premier of Westmarch Alan Coyle was elected.\n\nCoyle said the deal was unfair.")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "former Premier of Westmarch")
    let b = run("Yesterday acting Mayor Ines Hoff opened the bridge.\n\nHoff said it was safe.")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "acting Mayor")
  }

  func testATitlesAbbreviationIsListedAsTheWordItStandsFor() {
    XCTAssertEqual(RoleForm.of("Maine Sen.")?.role, "Maine Senator")
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
    let a = run("\"We will win,\" said Ohio Gov. Tom Ware. \"It is close,\" said Sen. Rita Moss.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.role }, ["Ohio Governor", "Senator"])
  }
}
