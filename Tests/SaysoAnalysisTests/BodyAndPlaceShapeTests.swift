import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Bodies and places in a speaker's phrase: a body's name with its capitalised head, its title words, its
/// "and" or its short form in brackets; a place that says where a body or its people are, which never
/// speaks; a name after a preposition, which belongs to the noun before it.
final class BodyAndPlaceShapeTests: XCTestCase, AnalysingText {
  func testAPlaceAfterACommaEndsTheAffiliationBeforeIt() {
    let a = run("Mary Beth Stroud of the University of Texas, El Paso disagreed with the results: \"No.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Mary Beth Stroud")
    // a place after a comma with no affiliation before it is the subject's own: "In her book, Hope Rising,
    // Moss noted …" keeps its subject
    // a campus after the role's body is no name: "…, a professor at the University of Wisconsin, Madison,"
    let c = run("Ann Lee, a professor at the University of Wisconsin, Madison, said the study was flawed.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Lee")
    let b = run("In her 2011 book, Hope Rising, Moss noted the injury's cause.")
    XCTAssertNotEqual(b.quotes.first?.speaker?.name, "Hope Rising")
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
    let a = run("All three stone blades from Grotte Marchal gave clear results and showed that the flint was local.")
    XCTAssertEqual(a.people.map(\.name), [])
    XCTAssertNil(a.quotes.first?.speaker)
    // the author of a document speaks through it
    let b = run("An analysis by Rosa Penn found that the board had moved to the left since 2012.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Rosa Penn")
    let c = run("A memo circulated by Senator Leon Mabry said the vote was delayed until Friday.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Leon Mabry")
  }

  func testAKindOfOrganisationBeforeANameTypesIt() {
    let a = run("On Tuesday, the Croatian daily newspaper Vecernji List revealed that the lease was signed in March.")
    XCTAssertEqual(a.quotes.first?.organisation, "Vecernji List")
    XCTAssertEqual(a.people.map(\.name), [])
    // a title is no kind: "secretary of state Nora Whitlock Pike"
    let b = run("Former secretary of state Nora Whitlock Pike said the cables were never secret.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Nora Whitlock Pike")
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
    // (so are sources within a body: the body said nothing)
    for subject in ["Sources within the Harbour Party", "Aides within the Harbour Party"] {
      XCTAssertEqual(run(subject + " said the leader would resign.").quotes.first?.group, subject)
    }
    let a = run("A statement from the Ministry of Health said the outbreak was contained.")
    XCTAssertEqual(a.quotes.first?.organisation, "Ministry of Health")
    XCTAssertEqual(run("A letter from Jane Okoro said the mill would close.").quotes.first?.speaker?.name, "Jane Okoro")
  }

  func testAnOrganisationsHeadJoinsItsNameByOnOrFor() {
    let a = run(
      "The United States Commission on Rural Transit announced on Monday that the hearing was postponed.")
    XCTAssertEqual(a.quotes.first?.organisation, "United States Commission on Rural Transit")
    XCTAssertEqual(a.people.map(\.name), [])
    // an organisation may report with a weak verb
    let b = run(
      "The politically moderate Club for Fair Districts reported spending $2.4 million on ads attacking Holt.")
    XCTAssertEqual(b.quotes.first?.organisation, "Club for Fair Districts")
  }

  func testAPlaceThatSaysWhereABodyIsNeverSpeaks() {
    let a = run("Researchers from Kettle College and the College of Marden in Ohio reported that the lake was warming.")
    XCTAssertEqual(a.quotes.first?.group, "Researchers from Kettle College and the College of Marden in Ohio")
    XCTAssertNil(a.quotes.first?.organisation)
    let b = run("Researchers mostly from Marden State University in the U.K. reported the discovery of an alloy.")
    XCTAssertEqual(b.quotes.first?.group, "Researchers mostly from Marden State University in the U.K.")
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
    XCTAssertEqual(run("Marden State University said the alloy worked.").quotes.first?.organisation,
      "Marden State University")
    let a = run("Michigan State Police said the road was closed.")
    XCTAssertEqual(a.quotes.first?.organisation, "Michigan State Police")
    XCTAssertEqual(a.people.map(\.name), [])
    // a title before a person's name is still the title
    XCTAssertEqual(run("Senate Majority Leader Ann Kettle said it was dead.").quotes.first?.speaker?.name, "Ann Kettle")
  }

  func testATitleOpeningABodysTwoWordNameIsPartOfIt() {
    // a title word before a body's word that is no family name, or after "the": a league, a firm, not a person
    for (text, body) in [
      ("The Premier League said it would act.", "Premier League"),
      ("General Motors said it would cut 900 jobs.", "General Motors"),
      ("Admiral Insurance said claims had doubled.", "Admiral Insurance"),
    ] {
      let a = run(text)
      XCTAssertEqual(a.quotes.first?.organisation.map { $0.replacingOccurrences(of: "The ", with: "") }, body, text)
      XCTAssertEqual(a.people.map(\.name), [], text)
    }
    // a family name after a title is the person's, though it is a body's word too
    XCTAssertEqual(run("Judge Hall said the law was clear.").quotes.first?.speaker?.name, "Hall")
    XCTAssertEqual(run("Premier Dan Kettle said the province would not pay.").quotes.first?.speaker?.name, "Dan Kettle")
  }

  func testABodysShortFormInBracketsStaysInsideThePhrase() {
    let a = run("Researchers from Marden State University (MSU) in the U.K. reported the discovery of an alloy.")
    XCTAssertEqual(a.quotes.first?.group, "Researchers from Marden State University (MSU) in the U.K.")
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
    let a = run("On Monday Northwind Motor Company announced the recall was over.")
    XCTAssertEqual(a.quotes.first?.organisation, "Northwind Motor Company")
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
    let a = run("Transport for Kettleland (TfK) told commuters to avoid the bridge until Friday.")
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
    let a = run("Dr. Nell Garvin at Saint Agnes said the children were stable.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Nell Garvin")
    XCTAssertEqual(a.people.first?.roles, ["Saint Agnes"])
    let b = run("Ann Roy at the Bank of Kettleland said rates would rise.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Roy")
  }

  func testAStateOrCountryAfterAPlacesCommaIsPartOfTheSubject() {
    let a = run("Yesterday morning, the Health Ministry in Lyon, France confirmed a case of measles.")
    XCTAssertEqual(a.quotes.first?.organisation, "Health Ministry")
    let b = run("The Parliament of Western Australia (WA), Australia said the bill would pass.")
    XCTAssertEqual(b.quotes.first?.organisation, "Parliament of Western Australia")
    XCTAssertEqual(
      run("The city council of Springfield, Illinois said the road would reopen.").quotes.first?.organisation,
      "city council of Springfield")
    // (not two countries: the first ends a clause)
    let c = run("As Asia faces pressure from a more assertive China, Japan said it would expand its navy.")
    XCTAssertEqual(c.quotes.first?.organisation, "Japan")
    // a state's or a province's abbreviation, with a comma after it or none
    let d = run(
      "The mayor of Harbour Falls, Ont., said the pool would reopen. Police in Lakeview, B.C. said it was safe.")
    XCTAssertEqual(d.quotes.map(\.text), ["the pool would reopen", "it was safe"])
    XCTAssertEqual(d.quotes.map(\.group), ["The mayor of Harbour Falls", "Police in Lakeview"])
  }

  func testWhereAPersonIsFromBetweenCommasIsNoRoleAndTheNameStillSpeaks() {
    let a = run("Omar Haddad, 41, of Surrey, B.C., told reporters he lost his job in May.")
    XCTAssertEqual(a.quotes.map(\.text), ["he lost his job in May"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Omar Haddad")
    XCTAssertEqual(a.people.map(\.roles), [[]])
    let b = run("Ron Cole, of Cole Harbour, N.S., said he has taken the ferry for years.")
    XCTAssertEqual(b.people.map(\.name), ["Ron Cole"])
    XCTAssertEqual(b.people.map(\.roles), [[]])
    // (a firm's suffix after the comma is no state: the body stays the role)
    XCTAssertNotNil(RoleForm.of("Acme Foods, Inc"))
    XCTAssertNil(RoleForm.of("Salem, Oregon"))
    // a name that a preposition governs is no subject, however many phrases follow it between commas
    let c = run("A report on Monday about Ann Vey, 29, of Salem, Ore., found that she had left the firm.")
    XCTAssertNotEqual(c.quotes.first?.speaker?.name, "Ann Vey")
  }
}
