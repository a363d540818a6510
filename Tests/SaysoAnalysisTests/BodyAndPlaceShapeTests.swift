import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Bodies and places in a speaker's phrase: a body's name with its capitalised head, its title words, its
/// "and" or its short form in brackets; a place that says where a body or its people are, which never
/// speaks; a name after a preposition, which belongs to the noun before it.
final class BodyAndPlaceShapeTests: XCTestCase, AnalysingText {
  func testAPlaceAfterACommaEndsTheAffiliationBeforeIt() {
    let a = run("Jo Anne Tilburg of the University of California, Los Angeles disagreed with these findings: \"No.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Jo Anne Tilburg")
    // a place after a comma with no affiliation before it is the subject's own: "In her book, Living History,
    // Clinton noted …" keeps its subject
    // a campus after the role's body is no name: "…, a professor at the University of Wisconsin, Madison,"
    let c = run("Ann Lee, a professor at the University of Wisconsin, Madison, said the study was flawed.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Lee")
    let b = run("In her 2003 book, Living History, Clinton noted the clot's existence.")
    XCTAssertNotEqual(b.quotes.first?.speaker?.name, "Living History")
  }

  func testAndInsideABodysNameEndingWithItsOrganisationWord() {
    let a = run("The Competition and Markets Authority said it was watching prices.")
    XCTAssertEqual(a.quotes.first?.organisation, "Competition and Markets Authority")
    // a first name joined by "and" is the body's word, not a person with the rest as role
    let b = run("Avon and Somerset Police said 40 tents were broken into.")
    XCTAssertEqual(b.quotes.first?.organisation, "Avon and Somerset Police")
    XCTAssertTrue(b.people.isEmpty)
    // the two names of a listed company are one body's
    XCTAssertEqual(run("Marks and Spencer said sales rose.").quotes.first?.organisation, "Marks and Spencer")
    // two bodies or people joined by "and" stay two
    XCTAssertNil(run("Ann Lee and Tom Reed said the plan was sound.").quotes.first?.organisation)
  }

  func testANameAfterAPrepositionIsNoSubject() {
    let a = run("All four bone tools from Abri Peyrony gave positive results and showed that the bones were old.")
    XCTAssertEqual(a.people.map(\.name), [])
    XCTAssertNil(a.quotes.first?.speaker)
    // the author of a document speaks through it
    let b = run("An analysis by Lee Epstein found that the court had moved to the right since 2005.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Lee Epstein")
    let c = run("A memo posted online by Senator Juan Dalmau said the hearing was cancelled on Monday.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Juan Dalmau")
  }

  func testAKindOfOrganisationBeforeANameTypesIt() {
    let a = run("On Monday, the Hungarian daily newspaper Magyar Nemzet revealed that the deal was signed in October.")
    XCTAssertEqual(a.quotes.first?.organisation, "Magyar Nemzet")
    XCTAssertEqual(a.people.map(\.name), [])
    // a title is no kind: "secretary of state Hillary Rodham Clinton"
    let b = run("Former secretary of state Hillary Rodham Clinton said the emails were never classified.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Hillary Rodham Clinton")
  }

  func testABodysCapitalisedHeadOpensItsNameAndADocumentSpeaksForItsAuthor() {
    XCTAssertEqual(
      run("The Ministry of Foreign Affairs said the talks failed.").quotes.first?.organisation,
      "Ministry of Foreign Affairs")
    XCTAssertEqual(run("The Bank of England said rates would rise.").quotes.first?.organisation, "Bank of England")
    // lower case, the noun is a source of its own: "officials of the ministry"
    XCTAssertEqual(
      run("Officials at the Ministry of Health said the outbreak was contained.").quotes.first?.group,
      "Officials at the Ministry of Health")
    let a = run("A statement from the Ministry of Health said the outbreak was contained.")
    XCTAssertEqual(a.quotes.first?.organisation, "Ministry of Health")
    XCTAssertEqual(run("A letter from Jane Okoro said the mill would close.").quotes.first?.speaker?.name, "Jane Okoro")
  }

  func testAnOrganisationsHeadJoinsItsNameByOnOrFor() {
    let a = run(
      "The United States Commission on Presidential Debates announced on Friday that the debate was cancelled.")
    XCTAssertEqual(a.quotes.first?.organisation, "United States Commission on Presidential Debates")
    XCTAssertEqual(a.people.map(\.name), [])
    // an organisation may report with a weak verb
    let b = run(
      "The fiscally conservative Club for Growth Action reported spending $1.1 million on ads attacking Trump.")
    XCTAssertEqual(b.quotes.first?.organisation, "Club for Growth Action")
  }

  func testAPlaceThatSaysWhereABodyIsNeverSpeaks() {
    let a = run("Researchers from Kettle College and the College of Marden in Ohio reported that the lake was warming.")
    XCTAssertEqual(a.quotes.first?.group, "Researchers from Kettle College and the College of Marden in Ohio")
    XCTAssertNil(a.quotes.first?.organisation)
    let b = run("Researchers mostly from Marden State University in the U.S. reported the invention of a coating.")
    XCTAssertEqual(b.quotes.first?.group, "Researchers mostly from Marden State University in the U.S.")
    XCTAssertNil(b.quotes.first?.organisation)
    // people in a place stay a group with their place
    XCTAssertEqual(run("Police in Ohio said the road was closed.").quotes.first?.group, "Police in Ohio")
    // a participle after the place where something happened has the clause's subject
    let c = run(
      "Ann Vey issued a statement at her home in Toronto saying, \"We go on.\" Tom Hale recorded a video at his "
        + "office outside Salem, Oregon saying the bill would pass.")
    XCTAssertEqual(c.quotes.map { $0.speaker?.name }, ["Ann Vey", "Tom Hale"])
    // (not a place that is a person's name too: "a memoir of Austin telling …")
  }

  func testATitleWordBeforeABodysLastWordIsPartOfItsName() {
    XCTAssertEqual(run("Marden State University said the coating worked.").quotes.first?.organisation,
      "Marden State University")
    let a = run("Michigan State Police said the road was closed.")
    XCTAssertEqual(a.quotes.first?.organisation, "Michigan State Police")
    XCTAssertEqual(a.people.map(\.name), [])
    // a title before a person's name is still the title
    XCTAssertEqual(run("Senate Majority Leader Ann Kettle said it was dead.").quotes.first?.speaker?.name, "Ann Kettle")
  }

  func testABodysShortFormInBracketsStaysInsideThePhrase() {
    let a = run("Researchers from Marden State University (MSU) in the U.S. reported the invention of a coating.")
    XCTAssertEqual(a.quotes.first?.group, "Researchers from Marden State University (MSU) in the U.S.")
    // a title's short form before a name is the title's
    let b = run("Member of Parliament (MP) Jane Kettle of the Labour Party said \"This is dangerous.\"")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Jane Kettle")
  }

  func testAFirmsAbbreviatedSuffixKeepsItsDot() {
    XCTAssertEqual(
      run("Domtar Corp. said weak demand made the mill unprofitable.").quotes.first?.organisation, "Domtar Corp.")
    XCTAssertEqual(run("Acme Inc. said sales rose by a third.").quotes.first?.organisation, "Acme Inc.")
  }

  func testAWeekdayIsNoPartOfAnOrganisation() {
    let a = run("On Friday Ford Motor Company announced the investigation was over.")
    XCTAssertEqual(a.quotes.first?.organisation, "Ford Motor Company")
  }

  func testWhatKindOfBodyANameIsBetweenCommasIsNoContent() {
    let a = run("According to a report by Kettlenet, a cybersecurity firm, two databases were left open.")
    XCTAssertEqual(a.quotes.map(\.text), ["two databases were left open"])
    let b = run("According to Hatchworth, the engineering firm, the trusses could fail.")
    XCTAssertEqual(b.quotes.first?.organisation, "Hatchworth")
    XCTAssertEqual(b.quotes.map(\.text), ["the trusses could fail"])
  }

  func testANameThatItsAcronymSpellsIsABodys() {
    let a = run("According to Notes from Kettleland (NFK), some stores opened on Sunday.")
    XCTAssertEqual(a.quotes.first?.organisation, "Notes from Kettleland")
    XCTAssertEqual(run("Kettle Analytics (KA) said prices rose.").quotes.first?.organisation, "Kettle Analytics")
    // a person's initials are still a person's
    let b = run("John Fitzgerald Kettle (JFK) said prices rose.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "John Fitzgerald Kettle")
  }

  func testACommonWordThenForThenNamesIsOneBody() {
    let a = run("Transport for Kettleland (TfK) told passengers to take a longer way around.")
    XCTAssertEqual(a.quotes.first?.organisation, "Transport for Kettleland")
    let b = run("The Centers for Kettle Control and Prevention said the risk was low.")
    XCTAssertEqual(b.quotes.first?.organisation, "Centers for Kettle Control and Prevention")
    // (not a person thanked for something, nor a sentence's first word)
    let c = run("Tom Reed thanked Putin for Russia's help and said it was vital.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Tom Reed")
    let d = run("As for Kettle's plan, Tom Reed said it was vital.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Tom Reed")
  }

  func testAPersonAtABodyIsThePersonNotAGivenNameInTheBodysName() {
    let a = run("Dr. Steven Wolf at Saint Francis said the patients were stable.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Steven Wolf")
    XCTAssertEqual(a.people.first?.roles, ["Saint Francis"])
    let b = run("Ann Roy at the Bank of Kettleland said rates would rise.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Roy")
  }

  func testAStateOrCountryAfterAPlacesCommaIsPartOfTheSubject() {
    let a = run("Yesterday evening, the Health Ministry in Munich, Germany confirmed a case of the infection.")
    XCTAssertEqual(a.quotes.first?.organisation, "Health Ministry")
    let b = run("The Parliament of New South Wales (NSW), Australia said the law would pass.")
    XCTAssertEqual(b.quotes.first?.organisation, "Parliament of New South Wales")
    XCTAssertEqual(run("The city council of Springfield, Illinois said the road would reopen.").quotes.first?.group,
      "The city council of Springfield")
    // (not two countries: the first ends a clause)
    let c = run("As Europe faces pressure from a more muscular Russia, Germany said it would bolster its army.")
    XCTAssertEqual(c.quotes.first?.organisation, "Germany")
    // a state's or a province's abbreviation, with a comma after it or none
    let d = run(
      "The mayor of Harbour Falls, Ont., said the pool would reopen. Police in Lakeview, B.C. said it was safe.")
    XCTAssertEqual(d.quotes.map(\.text), ["the pool would reopen", "it was safe"])
    XCTAssertEqual(d.quotes.map(\.group), ["The mayor of Harbour Falls", "Police in Lakeview"])
  }
}
