import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Offices and bodies around a name: an office with its place or body ("Prime Minister of India"), its
/// organisation ("NASA Administrator"), words that qualify it ("Current"); an office or a body after
/// the name ("…, Dean of UC Berkeley School of Law", "… of the county health department").
final class OfficeShapeTests: XCTestCase, AnalysingText {
  func testAWordThatOpensTheSentenceBeforeANameIsNoRole() {
    let a = run(
      "Brock Hale spoke. Whereas Hale and Tom Reed felt parties should decide, others did not. Hale said it was fine.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Brock Hale")
    XCTAssertNil(a.quotes.last?.speaker?.role)
    XCTAssertEqual(a.people.first(where: { $0.name == "Brock Hale" })?.roles, [])
  }

  func testTheStateAfterThePlaceANameIsFromIsNoRole() {
    let a = run("Ann Vey of Salem, Ore., said the pool would reopen.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertNil(a.quotes.first?.speaker?.role)
  }

  func testAKnightByTitleAndFirstNameIsThePersonNamedInFull() {
    let a = run(
      "Prime Minister Sir Ian Hale defended the plan. Sir Ian told MPs it was fair. \"It is about fairness,\" he said.")
    XCTAssertEqual(a.people.map(\.name), ["Ian Hale"])
  }

  func testBritishRanksAbbreviatedBeforeANameAreRoles() {
    let a = run("Det Insp Jane Hill said officers were at the scene. PC Mark Dunn said the road was closed.")
    XCTAssertEqual(a.quotes.compactMap(\.speaker?.name), ["Jane Hill", "Mark Dunn"])
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Detective Inspector")
    // a given name that is also a rank stays a name
    XCTAssertEqual(run("Earl Blumenauer said the bill would pass.").quotes.first?.speaker?.name, "Earl Blumenauer")
    // "Con" is a rank only after "Det" (Detective Constable)
    let b = run("Det Con Lisa Shaw said the sentence sent a clear message. Con O'Neill said the show would return.")
    XCTAssertEqual(b.quotes.compactMap(\.speaker?.name), ["Lisa Shaw", "Con O'Neill"])
    XCTAssertEqual(b.quotes.first?.speaker?.role, "Detective Constable")
  }

  func testAbbreviatedRanksOfPoliceAndCouncilsEndNoSentence() {
    let a = run("\"It is a great day for the city,\" said Coun. Diane Deans, who chairs the police board.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Diane Deans")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Councillor")
    XCTAssertEqual(run("\"The road is closed,\" said Const. Ann Roy.").quotes.first?.speaker?.name, "Ann Roy")
    XCTAssertEqual(run("\"The road is closed,\" said RCMP Cpl. Ann Roy.").quotes.first?.speaker?.name, "Ann Roy")
  }

  func testAnOfficeWithItsPlaceIsTheRoleNotTheName() {
    let a = run("Mayor of Lisbon Carlos Moedas said the city was safe.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Carlos Moedas")
    XCTAssertNil(a.quotes.first?.group)
    let b = run("Secretary of Justice Wanda Vázquez Garced said the island would recover.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Wanda Vázquez Garced")
    // a qualifier before the office, and a name that no list knows after the place
    let c = run("Current Prime Minister of Indiana Naren Modu wrote, \"We grieve the passing of a statesman.\"")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Naren Modu")
    XCTAssertEqual(c.quotes.first?.speaker?.role, "Current Prime Minister of Indiana")
  }

  func testAnOrganisationBeforeATitleIsPartOfTheRole() {
    let a = run("NATO Secretary-General Jens Stolt wrote, \"I count on Turkey to act with restraint.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Jens Stolt")
    XCTAssertNil(a.quotes.first?.organisation)
    let b = run("NASA Administrator Jim Bride said the craft may be ready to launch by late August.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Jim Bride")
  }

  func testAnOfficeOfThePlaceRegistersThePersonForTheSurnameLater() {
    let a = run(
      "Today, Vice President of the United States Joe Bidden was projected to win. Bidden said in a statement, \"I am honored.\""
    )
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Joe Bidden")
    XCTAssertEqual(a.people.map(\.name), ["Joe Bidden"])
  }

  func testABodysNameThenATitleBeforeThePersonsName() {
    let a = run("Court of King's Bench Justice Anne Turner said the delay was not in the interests of justice.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Anne Turner")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Court of King's Bench Justice")
    XCTAssertNil(a.quotes.first?.organisation)
  }

  func testAPersonOfABodyNamedInLowerCase() {
    let a = run(
      "\"We feel it will heal us,\" Crystal Bear of the tribal historic preservation office told those gathered.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Crystal Bear")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "tribal historic preservation office")
    let d = run("Peter Isel of worldwide victim group Ending Clergy Abuse said, \"The church should act.\"")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Peter Isel")
    let e = run("\"The market is nervous about demand,\" said Tamas Varga of oil brokerage PVM.")
    XCTAssertEqual(e.quotes.first?.speaker?.name, "Tamas Varga")
    let b = run("\"It may take a year,\" said Jo Ortel of the island's power authority.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Jo Ortel")
    // a thing of a body speaks through no person: "The report of the county health department"
    let c = run("The report of the county health department said the water was safe.")
    XCTAssertNil(c.quotes.first?.speaker)
  }

  func testAnOfficeAfterTheNameWithNoClosingComma() {
    let a = run("Erwin Chem, Dean of UC Berkeley School of Law called it \"a truly silly argument.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Erwin Chem")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Dean of UC Berkeley School of Law")
  }

  func testAnAndInsideABodysNameAfterItsOf() {
    let a = run("The California Department of Forestry and Fire Protection (CalFire) said several acres burned.")
    XCTAssertEqual(a.quotes.first?.organisation, "California Department of Forestry and Fire Protection")
    let b = run(
      "Fourteen people were hurt, according to Commissioner James Rovel of the Connecticut Department of "
        + "Emergency Services and Public Protection.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "James Rovel")
    // a share of voters is no body: "31% of Republicans and Republican-leaning voters said"
    let c = run(
      "In a poll, 31% of Republicans and Republican-leaning voters said they were \"extremely enthusiastic\".")
    XCTAssertEqual(c.quotes.count, 1)
  }

  func testInitialsBeforeASurnameAreNoAcronym() {
    let a = run("\u{201C}This is a disgusting day,\u{201D} said Rep. G.K. Butterfeld (D-N.C.), head of the caucus.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "G.K. Butterfeld")
    XCTAssertEqual(run("U.S. Senator Jon Testor said the bill would pass.").quotes.first?.speaker?.name, "Jon Testor")
    XCTAssertEqual(run("The D.C. Council said the vote was final.").quotes.first?.organisation, "D.C. Council")
  }

  func testABodysNameGluedBeforeAPersonsIsTheRole() {
    let a = run("\"The police used force,\" Hong Kong director of Amnesty International Wai-lun Chan said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Wai-lun Chan")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Hong Kong director of Amnesty International")
    let b = run("The Native American Rights Fund's Jacqueline Dorado said, \"The law ignores our communities.\"")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Jacqueline Dorado")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "Native American Rights Fund")
    // a company named after a person is one name, with no role before it
    XCTAssertEqual(
      run("Bank of America Merrill Lynch said rates would rise.").quotes.first?.organisation,
      "Bank of America Merrill Lynch")
  }

  func testAnOfficeToAPlaceWithWordsBeforeIt() {
    let a = run("Former US Ambassador to the United Nations Nadia Harlow wrote, \"We must stand by our allies.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Nadia Harlow")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Former US Ambassador to the United Nations")
    let b = run("US Ambassador to Canada Nadia Harlow said the vote was wrong.")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "US Ambassador to Canada")
    let c = run("The US Ambassador to Canada, Nadia Harlow, said the vote was wrong.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Nadia Harlow")
  }

  func testAGivenNameWithADemonymsEndingOpensTheName() {
    XCTAssertEqual(run("Brian T. Carroll said the plan was fine.").quotes.first?.speaker?.name, "Brian T. Carroll")
    XCTAssertEqual(run("Ian Duncan Smith said the plan was fine.").quotes.first?.speaker?.name, "Ian Duncan Smith")
    // (but it is an adjective before a title)
    let a = run("Christian Rev. Derek Penwell said the plan was fine.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Derek Penwell")
    let b = run("Russian President Vladimir Putin said it was fine.")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "Russian President")
  }

  func testAMonarchsNumberIsPartOfTheName() {
    let a = run("Yesterday, the United Kingdom's Queen Elizabeth II announced she would agree to the request.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Elizabeth II")
    XCTAssertNil(a.quotes.first?.organisation)
  }

  func testATitledSurnameThatIsABodysWordIsAPerson() {
    XCTAssertEqual(run("Mr West said the race was open.").quotes.first?.speaker?.name, "West")
    let a = run(
      "That day, rapper Kanye West made a surprise announcement. West did not deny the report. "
        + "West said the race was open.")
    XCTAssertEqual(a.quotes.compactMap(\.speaker?.name), ["Kanye West", "Kanye West"])
    // an outlet's name is no family name: "Bloomberg reported"
    let b = run("Former mayor Michael Bloomberg spoke on Monday. Bloomberg reported that his wealth had grown.")
    XCTAssertEqual(b.quotes.first?.organisation, "Bloomberg")
    let c = run("Former mayor Michael Bloomberg spoke on Monday. Bloomberg says it changed the figure in April.")
    XCTAssertEqual(c.quotes.first?.organisation, "Bloomberg")
    // but an outlet's name that speaks is the family name of the person named before: "Fox added"
    let d = run("Const. Mike Fox said officers were called to the home. Fox added that the man was known to police.")
    XCTAssertEqual(d.quotes.compactMap(\.speaker?.name), ["Mike Fox", "Mike Fox"])
    // nor a body's name after a title: "the Prime Minister's Office"
    XCTAssertNotNil(run("The Prime Minister's Office said the race was open.").quotes.first?.organisation)
  }

  func testARoleIsANounPhraseNeverAClause() {
    typealias Entity = EntityRegistry.Entity
    XCTAssertEqual(
      Entity.nounPhrase("United Kingdom Prime Minister, the Queen suspended parliament for five weeks"),
      "United Kingdom Prime Minister")
    XCTAssertNil(Entity.nounPhrase("District Court Judge Ana Ruiz issued a ruling against President"))
    XCTAssertNil(Entity.nounPhrase("when asked whether an investigation was conducted"))
    // a conjunction opens the next name of a list, not a role: "Don Blankenship of the Constitution Party,
    // and Jo Jorgensen of the Libertarian Party, weighed in"
    XCTAssertNil(Entity.nounPhrase("and Jo Jorgensen of the Libertarian Party"))
    XCTAssertEqual(Entity.nounPhrase("a lawyer, and her husband John"), "a lawyer")
    XCTAssertEqual(Entity.nounPhrase("the Defence Secretary; he described the attacks"), "the Defence Secretary")
    let elected = "the Florida Republican elected in 2010"
    XCTAssertEqual(Entity.nounPhrase(elected), elected)
    XCTAssertEqual(Entity.nounPhrase("Newly elected Assemblywoman"), "Newly elected Assemblywoman")
    XCTAssertEqual(
      Entity.nounPhrase("a rival whom Trump fired as campaign manager"), "a rival whom Trump fired as campaign manager")
    // the person keeps the roles that are noun phrases
    let a = run(
      "Per request of Prime Minister Boris Jonson, the Queen suspended parliament. \"It is right,\" Jonson said.")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Prime Minister")
  }

  func testAWordThatPlacesAnOfficeInTimeIsNoRoleAlone() {
    // ("former" is the adviser's: a name used as a modifier gets no role from it)
    let a = run(
      "Tom Reed spoke on Monday.\n\nLater, former Reed adviser Ann Vey said the plan was sound. Reed said it was not.")
    XCTAssertEqual(a.people.first { $0.name == "Tom Reed" }?.roles, [])
    XCTAssertEqual(a.people.first { $0.name == "Ann Vey" }?.roles, ["former Reed adviser"])
    XCTAssertNil(RoleForm.of("then"))
    XCTAssertEqual(RoleForm.of("former minister")?.role, "former minister")
  }

  func testADegreeInTheRoleEndsNoSentence() {
    let a = run("Tom Reed, a Ph.D. student at the University of Leeds, said the plan was sound.")
    XCTAssertEqual(a.quotes.map(\.text), ["the plan was sound"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Ph.D. student at the University of Leeds")
    // (it ends one before a sentence's usual first word)
    let b = run("Ann Vey has a Ph.D. The work was hard, she said.")
    XCTAssertEqual(b.quotes.map(\.text), ["The work was hard"])
  }

  func testAPlaceAloneIsNoRole() {
    let a = run(
      "On Wednesday, United States Senator from Vermont Tom Reed ended his bid.\n\nReed said the path was closed.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    XCTAssertEqual(a.people.first?.roles, [])
  }

  func testABodyWithACommaInItsNameThenARoleThenTheNameAfterAnInvertedCue() {
    let a = run("\"Walter was brilliant,\" said University of Ulster, Coleraine's chancellor, Tom Reed.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Coleraine's chancellor")
  }

  func testAnHonorificBeforeAPersonOfABodyIsNoPartOfTheRole() {
    let a = run("Dr. Ann Kock of the University of Kettle said the plan was sound.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Kock")
    XCTAssertEqual(a.people.first?.roles, ["University of Kettle"])
  }

  func testTheShadowOrFormerHolderOfAnOfficeIsNotTheOfficeHolder() {
    let a = run(
      "Labour's shadow health secretary Wes Streeting said the NHS was failing.\n\n"
        + "Speaking to Sky News, the health secretary said waiting lists were falling.")
    XCTAssertEqual(a.quotes.last?.group, "the health secretary")
    XCTAssertNil(a.quotes.last?.speaker)
    // (the phrase with the office's word names its holder)
    let b = run(
      "Former president Bill Clinton spoke first.\n\nThe former president said the plan was sound.")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Bill Clinton")
  }

  func testACommaInBracketsInTheRoleIsNoAppositivesComma() {
    let a = run(
      "The general secretary of the RMT union (National Union of Rail, Maritime and Transport Workers), Ann Vey, "
        + "said the measure was not enough.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testARoleWithAndBeforeTheNameInAnAppositive() {
    let a = run("Apple's chairman and chief executive, Tim Cook, said the gap was wide.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tim Cook")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Apple's chairman and chief executive")
    let b = run(
      "Another co-author, civil and environmental engineering professor Julian Marshall, said the gap was wide.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Julian Marshall")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "Another co-author, civil and environmental engineering professor")
  }
}
