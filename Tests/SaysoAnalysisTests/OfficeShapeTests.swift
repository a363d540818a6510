import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Offices and bodies around a name: an office with its place or body ("Prime Minister of India"), its
/// organisation ("NASA Administrator"), words that qualify it ("Current"); an office or a body after
/// the name ("…, Dean of Kettle College School of Law", "… of the county health department").
final class OfficeShapeTests: XCTestCase, AnalysingText {
  func testAWordThatOpensTheSentenceBeforeANameIsNoRole() {
    let a = run(
      "Brock Hale spoke. Whereas Hale and Tom Reed felt parties should decide, others did not. Hale said it was fine.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Brock Hale")
    XCTAssertNil(a.quotes.last?.speaker?.role)
    XCTAssertEqual(a.people.first(where: { $0.name == "Brock Hale" })?.roles, [])
  }

  func testARoleNounIsTheOneWhoHoldsItBeforeOneOfItsClass() {
    // "head" is a leader's word as "chancellor" is, but the chancellor is the one the article calls so
    let a = run(
      "Chancellor Berta Holm met farmers on Monday. Union head Jonas Pike said the talks were useful. "
        + "The chancellor said the subsidy would stay.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Berta Holm")
    // (a noun no one holds still finds the one of its class: "the Russian leader" is its president)
    let b = run("Russian President Ivan Sokol met Ann Vey. Vey said the talks were useful. The Russian leader said the deal would stay.")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Ivan Sokol")
  }

  func testAnOpenerAndItsCommaAreNoPartOfTheRoleAfterThem() {
    // "Later," had made the phrase ", the Prime Minister" a person, and the claim the group "Minister"
    let a = run(
      "Prime Minister Gustav Lind met the council on Monday. Later, the Prime Minister apologised for "
        + "\"having a clown in the treasury.\"")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Gustav Lind")
    XCTAssertNil(a.quotes.last?.group)
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

  func testAbbreviatedOfficesOfLeadersEnvoysAndPriestsAreTitles() {
    for title in ["Pres.", "Cmdr.", "Amb.", "Fr.", "Hon."] {
      let a = run("Later \(title) Quarnby said the plan was sound. \"We will build it,\" Quarnby said.")
      XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Quarnby", "Quarnby"], title)
      XCTAssertEqual(a.people.map(\.name), ["Quarnby"], title)
    }
    let b = run("Pres. Ann Vey said the plan was sound.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "President")
    // the SEC is no title
    XCTAssertEqual(run("The SEC said the filing was late.").quotes.first?.organisation, "SEC")
  }

  func testAnOfficeWithItsPlaceIsTheRoleNotTheName() {
    let a = run("Mayor of Porto Hugo Brandt said the city was safe.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Hugo Brandt")
    XCTAssertNil(a.quotes.first?.group)
    let b = run("Secretary of Justice Rosa Ibáñez Colón said the island would recover.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Rosa Ibáñez Colón")
    // a qualifier before the office, and a name that no list knows after the place
    let c = run("Current Prime Minister of Latvia Tavrin Kalnvek wrote, \"We have lost a fine teacher.\"")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Tavrin Kalnvek")
    XCTAssertEqual(c.quotes.first?.speaker?.role, "Current Prime Minister of Latvia")
  }

  func testAnOrganisationBeforeATitleIsPartOfTheRole() {
    let a = run("NATO Secretary-General Ines Marsh wrote, \"We urge calm on all sides.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ines Marsh")
    XCTAssertNil(a.quotes.first?.organisation)
    let b = run("NASA Administrator Paul Brandt said the probe could be ready to fly by early spring.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Paul Brandt")
  }

  func testAnOfficeOfThePlaceRegistersThePersonForTheSurnameLater() {
    let a = run(
      "Today, Premier of the Yukon Greta Hollis was sworn in for a second term. "
        + "Hollis said in a speech, \"We have work to do.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Greta Hollis")
    XCTAssertEqual(a.people.map(\.name), ["Greta Hollis"])
  }

  func testABodysNameThenATitleBeforeThePersonsName() {
    let a = run("Court of King's Bench Justice Anne Turner said the delay was not in the interests of justice.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Anne Turner")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Court of King's Bench Justice")
    XCTAssertNil(a.quotes.first?.organisation)
  }

  func testAPersonOfABodyNamedInLowerCase() {
    let a = run(
      "\"We hope it will unite us,\" Wendy Tallman of the tribal language revival office told those assembled.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Wendy Tallman")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "tribal language revival office")
    let d = run("Paul Brandt of national patient group Families For Safe Care said, \"The hospital should act.\"")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Paul Brandt")
    let e = run("\"The market is nervous about supply,\" said Ines Lund of freight brokerage RDX.")
    XCTAssertEqual(e.quotes.first?.speaker?.name, "Ines Lund")
    let b = run("\"It may take a year,\" said Jo Ortel of the city's water authority.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Jo Ortel")
    // a thing of a body speaks through no person: "The report of the county health department"
    let c = run("The report of the county health department said the water was safe.")
    XCTAssertNil(c.quotes.first?.speaker)
  }

  func testAnOfficeAfterTheNameWithNoClosingComma() {
    let a = run("Nora Birch, Dean of Kettle College School of Law called it \"an utterly baseless claim.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Nora Birch")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Dean of Kettle College School of Law")
  }

  func testAnAndInsideABodysNameAfterItsOf() {
    let a = run("The Nevada Department of Parks and Outdoor Recreation (NDPOR) said several trails closed.")
    XCTAssertEqual(a.quotes.first?.organisation, "Nevada Department of Parks and Outdoor Recreation")
    let b = run(
      "Six people were hurt, according to Commissioner Hugo Lyle of the Vermont Department of "
        + "Roads and Public Works.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Hugo Lyle")
    // a share of voters is no body: "27% of Greens and Green-leaning voters said"
    let c = run(
      "In a survey, 27% of Greens and Green-leaning voters said they were \"quite optimistic\".")
    XCTAssertEqual(c.quotes.count, 1)
  }

  func testAnAndBetweenTwoCapitalisedWordsBeforeABodysNounInLowerCase() {
    let a = run("A member of the Search and Rescue team said the river was rising.")
    XCTAssertEqual(a.quotes.first?.group, "A member of the Search and Rescue team")
    // (two names joined by "and" before a noun of people stay two: "Ann Vey and Tom Reed said")
    XCTAssertFalse(run("The Search and Rescue team said the river was rising.").quotes.isEmpty)
    let b = run("Ann Vey and Tom Reed said the river was rising.")
    XCTAssertEqual(b.quotes.first?.group, "Ann Vey and Tom Reed")
  }

  func testInitialsBeforeASurnameAreNoAcronym() {
    let a = run("\u{201C}This is a shameful vote,\u{201D} said Rep. J.R. Hollis (D-Ore.), head of the caucus.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "J.R. Hollis")
    XCTAssertEqual(run("U.S. Senator Ann Vey said the bill would pass.").quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(run("The D.C. Council said the vote was final.").quotes.first?.organisation, "D.C. Council")
  }

  func testABodysNameGluedBeforeAPersonsIsTheRole() {
    let a = run("\"The guards used force,\" Manila director of Amnesty International Mei-ling Tan said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Mei-ling Tan")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Manila director of Amnesty International")
    let b = run("The Prairie Tribes Legal Fund's Leah Tallman said, \"The rule ignores our voters.\"")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Leah Tallman")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "Prairie Tribes Legal Fund")
    // a company named after a person is one name, with no role before it
    XCTAssertEqual(
      run("Bank of America Merrill Lynch said rates would rise.").quotes.first?.organisation,
      "Bank of America Merrill Lynch")
  }

  func testAnOfficeToAPlaceWithWordsBeforeIt() {
    let a = run("Former UK Ambassador to the United Nations Clara Penn wrote, \"We must keep our promises.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Clara Penn")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Former UK Ambassador to the United Nations")
    let b = run("UK Ambassador to Canada Clara Penn said the vote was wrong.")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "UK Ambassador to Canada")
    let c = run("The UK Ambassador to Canada, Clara Penn, said the vote was wrong.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Clara Penn")
  }

  func testAGivenNameWithADemonymsEndingOpensTheName() {
    XCTAssertEqual(run("Brian T. Carroll said the plan was fine.").quotes.first?.speaker?.name, "Brian T. Carroll")
    XCTAssertEqual(run("Ian Duncan Smith said the plan was fine.").quotes.first?.speaker?.name, "Ian Duncan Smith")
    // (but it is an adjective before a title)
    let a = run("Christian Rev. Miles Dorsey said the plan was fine.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Miles Dorsey")
    let b = run("Russian President Vladimir Putin said it was fine.")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "Russian President")
  }

  func testAMonarchsNumberIsPartOfTheName() {
    let a = run("Yesterday, Norway's Queen Astrid III announced she would agree to the request.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Queen Astrid III")
    XCTAssertNil(a.quotes.first?.organisation)
  }

  func testATitledSurnameThatIsABodysWordIsAPerson() {
    XCTAssertEqual(run("Mr West said the race was open.").quotes.first?.speaker?.name, "West")
    let a = run(
      "That day, singer Dana West made a late announcement. West did not deny the report. "
        + "West said the race was open.")
    XCTAssertEqual(a.quotes.compactMap(\.speaker?.name), ["Dana West", "Dana West"])
    // an outlet's name is no family name: "Bloomberg reported"
    let b = run("Former mayor Greta Bloomberg spoke on Monday. Bloomberg reported that her wealth had grown.")
    XCTAssertEqual(b.quotes.first?.organisation, "Bloomberg")
    let c = run("Former mayor Greta Bloomberg spoke on Monday. Bloomberg says it changed the figure in April.")
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
      Entity.nounPhrase("United Kingdom Prime Minister, the King recalled parliament for two days"),
      "United Kingdom Prime Minister")
    XCTAssertNil(Entity.nounPhrase("District Court Judge Ana Ruiz issued an order against Governor"))
    XCTAssertNil(Entity.nounPhrase("when asked whether a recount was held"))
    // a conjunction opens the next name of a list, not a role: "Tom Ware of the Reform Party,
    // and Ann Vey of the Green Party, weighed in"
    XCTAssertNil(Entity.nounPhrase("and Ann Vey of the Green Party"))
    XCTAssertEqual(Entity.nounPhrase("a lawyer, and her husband John"), "a lawyer")
    XCTAssertEqual(Entity.nounPhrase("the Defence Secretary; he called the raids"), "the Defence Secretary")
    let elected = "the Ohio Democrat elected in 2014"
    XCTAssertEqual(Entity.nounPhrase(elected), elected)
    XCTAssertEqual(Entity.nounPhrase("Newly elected Assemblywoman"), "Newly elected Assemblywoman")
    XCTAssertEqual(
      Entity.nounPhrase("an aide whom Hale fired as press secretary"), "an aide whom Hale fired as press secretary")
    // the person keeps the roles that are noun phrases
    let a = run(
      "Per request of Prime Minister Owen Garvey, the King dissolved parliament. \"It is right,\" Garvey said.")
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
      "On Thursday, United States Senator from Oregon Tom Reed ended his bid.\n\nReed said the road was closed.")
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
      "The general secretary of the PDF union (National Union of Ports, Docks and Freight Workers), Ann Vey, "
        + "said the offer was not enough.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testARoleWithAndBeforeTheNameInAnAppositive() {
    let a = run("Northwind's chairman and chief executive, Rita Moss, said the gap was wide.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Rita Moss")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Northwind's chairman and chief executive")
    let b = run(
      "Another co-author, chemical and biological engineering professor Colin Ashby, said the risk was real.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Colin Ashby")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "Another co-author, chemical and biological engineering professor")
  }

  func testPrimeIsATitleOnlyBeforeAnother() {
    let a = run("Amazon Prime Video said the series would return. Prime Minister Ann Vey said the law would pass.")
    XCTAssertEqual(a.people.map(\.name), ["Ann Vey"])
    XCTAssertEqual(a.quotes.last?.speaker?.role, "Prime Minister")
  }

  func testAnOfficeWithItsQualifierIsNoOtherHolderOfTheSameHead() {
    let a = run("Ann Vey, the Transport Minister, said the line would reopen. The Prime Minister said \"the delay is over.\"")
    XCTAssertEqual(a.quotes.last?.speaker?.name, nil)
    XCTAssertEqual(a.quotes.last?.group, "The Prime Minister")
    let b = run("Ann Vey, the Transport Minister, said the line would reopen. The Minister said \"the delay is over.\"")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Ann Vey")
  }
}
