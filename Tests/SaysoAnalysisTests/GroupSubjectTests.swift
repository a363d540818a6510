import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Subjects that are groups or people named by what they are to someone: "aides to the mayor", "others",
/// "some", each checked on PolNeAR train before it was kept. The claims were dropped, or given to the
/// person the phrase names.
final class GroupSubjectTests: XCTestCase, AnalysingText {
  func testScientistsOfAFieldAreAGroupThatAWeakVerbTakes() {
    let a = run("Some geologists suggested the lake was drying out.")
    XCTAssertEqual(a.quotes.map(\.text), ["the lake was drying out"])
    XCTAssertEqual(a.quotes.first?.group, "Some geologists")
    // ("they" stands for them in the next sentence)
    let b = run("Marine biologists from Bergen tagged forty whales. They found that the whales dived deeper at night.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the whales dived deeper at night"])
    XCTAssertEqual(b.quotes.first?.group, "Marine biologists")
  }

  func testAnAnalysisOrASurveySuggestsAClause() {
    XCTAssertEqual(run("The analysis suggested that rents had risen.").quotes.first?.group, "The analysis")
    // (a bare plural opens the clause, with no "that")
    XCTAssertEqual(run("The survey suggested rents had risen.").quotes.map(\.text), ["rents had risen"])
    // (and a noun phrase is no clause: what a survey suggests with no verb is no report, nor a participle's phrase)
    XCTAssertEqual(run("The survey suggested rents near the river.").quotes.count, 0)
    XCTAssertEqual(run("The report suggested measures aimed at young drivers.").quotes.count, 0)
    // (a past form with no preposition after it is the clause's verb)
    XCTAssertEqual(run("The survey suggested tenants felt unsafe.").quotes.map(\.text), ["tenants felt unsafe"])
  }

  func testACountAfterItsApproximatorIsAGroup() {
    let a = run("At least 14,000 said they would help clean the beach.")
    XCTAssertEqual(a.quotes.first?.group, "At least 14,000")
    XCTAssertEqual(a.quotes.first?.text, "they would help clean the beach")
    XCTAssertEqual(run("More than 2000 have said the budget should be cut.").quotes.first?.group, "More than 2000")
    // (not a year)
    XCTAssertNil(run("Since 2016 said nothing.").quotes.first?.group)
    // (and with who is counted, or a word for the number)
    let b = run("More than 40 residents said they would come to the hearing.")
    XCTAssertEqual(b.quotes.map(\.text), ["they would come to the hearing"])
    XCTAssertEqual(b.quotes.first?.group, "More than 40 residents")
    XCTAssertEqual(
      run("Fewer than ten local nurses said the ward was full.").quotes.first?.group, "Fewer than ten local nurses")
    XCTAssertEqual(run("Less than half said the ward was full.").quotes.first?.group, "Less than half")
    XCTAssertEqual(
      run("More than 300 night workers said they would strike.").quotes.first?.group, "More than 300 night workers")
    // (not a time: "More than two weeks ago police said …"; nor "at" and a number: "at one point")
    XCTAssertFalse(
      run("More than two weeks ago police said the bridge was closed.").quotes.contains {
        $0.group?.hasPrefix("More than") == true
      })
    let c = run("Tom Reed has quarrelled with the mayor for years, at one point calling him a \"liar.\"")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Tom Reed")
  }

  func testATimeOfTheClockOrANamedHourBeforeTheSubjectIsNoPartOfIt() {
    XCTAssertEqual(
      run("By noon the harbour board stated the bridge was closed.").quotes.first?.group, "the harbour board")
    XCTAssertEqual(
      run("By 9:00 am CET the harbour board stated the bridge was closed.").quotes.first?.group, "the harbour board")
    // (with the time elsewhere in brackets, before a second verb whose subject is the clause's)
    let a = run("By 9:00 am CET (0800 UTC) the harbour board issued a notice and stated the bridge was closed.")
    XCTAssertEqual(a.quotes.map(\.text), ["the bridge was closed"])
    XCTAssertEqual(a.quotes.first?.group, "the harbour board")
    XCTAssertNil(a.quotes.first?.organisation)
    // (a zone's abbreviation ends in "T" and follows an hour: not a year, nor a body's name after the hour)
    XCTAssertEqual(run("In 2019 NHS Wessex said the ward was full.").quotes.first?.organisation, "NHS Wessex")
    XCTAssertEqual(run("At 10 am EU officials said the ward was full.").quotes.first?.group, "EU officials")
    XCTAssertEqual(run("At 9 am UTC officials said the ward was full.").quotes.first?.group, "officials")
  }

  func testOthersNamedWithTheSubjectBetweenCommasAreNoPartOfIt() {
    let a = run("The nurses union, along with two doctors groups, said the ward was full.")
    XCTAssertEqual(a.quotes.map(\.text), ["the ward was full"])
    XCTAssertEqual(a.quotes.first?.group, "The nurses union")
    XCTAssertEqual(
      run("The nurses union, as well as the doctors, said the ward was full.").quotes.first?.group, "The nurses union")
    XCTAssertEqual(
      run("The nurses union, together with the doctors, said the ward was full.").quotes.first?.group,
      "The nurses union")
    let b = run("Ann Vey, along with Tom Reed, said the ward was full.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
    // (and are no role of the speaker's)
    XCTAssertNil(b.quotes.first?.speaker?.role)
  }

  func testAnInsertForAllOfAPluralSubjectIsSkipped() {
    // ", both in Norway," describes the researchers the names join; the clause is theirs
    let a = run(
      "Researchers from the Oslo Institute and the University of Bergen, both in Norway, reported warmer water "
        + "appears to weaken the shells of mussels.")
    XCTAssertEqual(a.quotes.first?.text, "warmer water appears to weaken the shells of mussels")
    XCTAssertEqual(a.quotes.first?.group, "Researchers from the Oslo Institute and the University of Bergen")
    let b = run("The nurses at Lund Clinic, all from Oslo, said the clinic would reopen.")
    XCTAssertEqual(b.quotes.first?.group, "The nurses at Lund Clinic")
  }

  func testAPluralAfterABodysNameIsAGroup() {
    let a = run("House Democrats said they would stay on the floor until they got a vote.")
    XCTAssertNil(a.quotes.first?.speaker)
    XCTAssertTrue(a.people.isEmpty)
  }

  func testAWordInCapitalsWithAPastTenseEndingIsANamesNotAVerb() {
    // ("United", "Allied": the name's words, where a lower-case past tense makes a clause)
    let a = run("The United Zedland government said the bridge was safe for trucks.")
    XCTAssertEqual(a.quotes.first?.organisation, "United Zedland government")
    XCTAssertEqual(a.quotes.map(\.text), ["the bridge was safe for trucks"])
    let b = run("The Allied Harbour Pilots Association said the talks had failed.")
    XCTAssertEqual(b.quotes.first?.organisation, "Allied Harbour Pilots Association")
    XCTAssertTrue(run("The panel released a report on the bridge.").quotes.isEmpty)
  }

  func testAPluralNounThenTheNamesItStandsForSpeaksAsTheirGroup() {
    let groups: [(text: String, group: String)] = [
      ("Two river engineers, Tom Bell and Sam Hart, said the lava would cause an increase in silt.",
       "Tom Bell and Sam Hart"),
      ("Its founders, Ann Vey and Tom Reed, told the paper that the firm had never made a profit.",
       "Ann Vey and Tom Reed"),
    ]
    for (text, group) in groups { XCTAssertEqual(run(text).quotes.first?.group, group, text) }
    XCTAssertEqual(run(groups[0].text).quotes.map(\.text), ["the lava would cause an increase in silt"])
    // (one name after the noun is a person with a role, as before)
    let person = run("The lead author, Tom Bell, said the lava would cause it.")
    XCTAssertEqual(person.quotes.first?.speaker?.name, "Tom Bell")
  }

  func testNamesJoinedByAndAreTheSubjectOfTheParticipleAfterTheirClause() {
    let groups: [(text: String, group: String)] = [
      ("The Acme Union and the Beta Fund filed a lawsuit on Monday, saying the law would stop people voting.",
       "The Acme Union and the Beta Fund"),
      ("On Monday, Tom Bell and Ann Vey left the room, saying the vote had been rigged.", "Tom Bell and Ann Vey"),
    ]
    for (text, group) in groups { XCTAssertEqual(run(text).quotes.first?.group, group, text) }
    // (a possessive's noun follows it: the person is named after the comma, and not the two; a name and a noun
    // are not two names)
    let mother = run("Ann Vey and Tom Bell's mother, Rita, cried out and told us the boy had done nothing wrong.")
    XCTAssertNotEqual(mother.quotes.first?.group, "Ann Vey and Tom Bell's")
    let wife = run("Tom Bell and his wife left the room, saying it was rigged.")
    XCTAssertEqual(wife.quotes.first?.speaker?.name, "Tom Bell")
  }

  func testAParticipleOrAnAdjectiveWithItsObjectDescribesAPluralNounOfPeople() {
    let cases: [(String, String)] = [
      ("Officials investigating the fire said the wiring was old.", "Officials investigating the fire"),
      ("Residents living near the dump said the smell was awful.", "Residents living near the dump"),
      ("Sources privy to the talks say the unions held firm.", "Sources privy to the talks"),
      ("Councillors opposed to the levy say the harbour will suffer.", "Councillors opposed to the levy"),
    ]
    for (text, group) in cases {
      XCTAssertEqual(run(text).quotes.first?.group, group, text)
    }
    // (not a thing: "a blog tied to a firm known as “…”")
    let a = run("One banner read “nobodybutvey.org,” a blog tied to a trust known as the “Harbour First Trust.”")
    XCTAssertFalse(a.quotes.contains { $0.group?.hasPrefix("a blog") == true })
  }

  func testAGerundAfterByHasItsClausesSubject() {
    let a = run("Members of the Tasmanian House of Assembly protested by shouting \"shame!\" and waving placards.")
    XCTAssertEqual(a.quotes.first?.group, "Members of the Tasmanian House of Assembly")
    // the past verb of an infinitive's object is no clause verb
    let b = run("In March, the tenants tried to have Brandt removed by saying he had ignored the repairs for months.")
    XCTAssertEqual(b.quotes.first?.group, "the tenants")
  }

  func testADocumentsParticipleSpeaksForTheOneWhoIssuedIt() {
    let a = run("Dana Whitfield issued a statement saying the vote was fair.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Whitfield")
    XCTAssertEqual(a.quotes.first?.text, "the vote was fair")
    let b = run("Nina Hale, the league's media director, released a brief statement confirming it will expand.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Nina Hale")
    XCTAssertEqual(b.quotes.first?.text, "it will expand")
    XCTAssertEqual(run("The union put out a statement saying talks had failed.").quotes.first?.group, "The union")
    // (and an ad or a video one puts out)
    let c = run("After the floods, Tom Reed released a radio ad calling it \"reckless\" to delay.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Tom Reed")
    // a document someone else made speaks for itself, not for the one who reads or attacks it
    XCTAssertTrue(run("Dana Whitfield read a report saying the program failed.").quotes.isEmpty)
    // what it says goes on past a comma inside it: a list (and a note is such a document)
    let d = run("The clinic issued a statement saying Vey was given iron, zinc, aspirin and a sedative.")
    XCTAssertEqual(d.quotes.first?.text, "Vey was given iron, zinc, aspirin and a sedative")
    XCTAssertEqual(run("The clinic released a note saying Vey was at home.").quotes.first?.group, "The clinic")
    // (with where it was issued between: not a place's words)
    let e = run("Governor Ola Brekke issued a statement at his farm outside Salem saying, \"The count is not over.\"")
    XCTAssertEqual(e.quotes.first?.speaker?.name, "Ola Brekke")
    // (but not what a motion asks: "a motion to open the files, arguing …" is the group's who filed it)
    let f = run("The Daily Post and the Harbour Times filed a motion to open the files, arguing they were news.")
    XCTAssertEqual(f.quotes.first?.group, "The Daily Post and the Harbour Times")
    // (nor whom it was sent to)
    let g = run("Chief executive Dara Quell sent a letter to shareholders saying profits had fallen.")
    XCTAssertEqual(g.quotes.first?.speaker?.name, "Dara Quell")
    let h = run("Dara Quell sent an email to staff on Monday saying the office would close.")
    XCTAssertEqual(h.quotes.map(\.text), ["the office would close"])
    XCTAssertEqual(h.quotes.first?.speaker?.name, "Dara Quell")
    // an event one holds to speak speaks for its host, as a document for its issuer
    let held = run("Former aide Ilse Warnick held a press conference claiming the mayor knew about the loans.")
    XCTAssertEqual(held.quotes.map(\.text), ["the mayor knew about the loans"])
    XCTAssertEqual(held.quotes.first?.speaker?.name, "Ilse Warnick")
  }

  func testANounOfPeopleWithToIsTheSubjectNotThePersonAfterIt() {
    let a = run("An adviser to the mayor said he would veto the bill.")
    XCTAssertEqual(a.quotes.first?.group ?? a.quotes.first?.speaker?.name, "An adviser to the mayor")
    XCTAssertEqual(a.quotes.first?.text, "he would veto the bill")
    let b = run("A senior aide to Dana Whitfield said the campaign was confident.")
    XCTAssertNil(b.quotes.first?.speaker)
    XCTAssertEqual(b.quotes.first?.text, "the campaign was confident")
    XCTAssertEqual(run("Aides to Whitfield say she is shifting her tack.").quotes.first?.group, "Aides to Whitfield")
    // "to" before a verb is no such phrase: "requires candidates to disclose"
    XCTAssertTrue(run("Federal law requires candidates to disclose their assets.").quotes.isEmpty)
  }

  func testSomeOthersAndManyBeforeAVerbOfSayingAreGroups() {
    XCTAssertEqual(run("Others say the slump will not last.").quotes.first?.group, "Others")
    XCTAssertEqual(run("Some say the plan is doomed.").quotes.first?.group, "Some")
    XCTAssertEqual(run("But many said the vote was rigged.").quotes.first?.group, "many")
    // a determiner of a noun: "some say in", "Some wards remained"
    XCTAssertTrue(run("Voters want to have some say in the matter.").quotes.isEmpty)
    XCTAssertTrue(run("Some wards remained too close to call on Tuesday night.").quotes.isEmpty)
  }

  func testADemonstrativeOpensItsSubjectButThatAfterAVerbIsAComplementizer() {
    XCTAssertEqual(run("This witness also said that the van was blue.").quotes.first?.group, "This witness")
    XCTAssertEqual(run("These growers say the price is too low.").quotes.first?.group, "These growers")
    let a = run("Ann Vey noted that growers say the price is too low.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(a.quotes.first?.text, "that growers say the price is too low")
  }

  func testAPercentageIsAShareOfPeople() {
    XCTAssertEqual(run("In the harbour poll, 26% say the levy is too high.").quotes.first?.group, "26%")
    let a = run("Among growers, about 40% of those polled said the levy is too high.")
    XCTAssertEqual(a.quotes.first?.group, "about 40% of those polled")
    // (a percentage of something else is no subject: "Prices rose 26% last year, officials said.")
    XCTAssertEqual(run("Prices rose 26% last year, officials said.").quotes.first?.group, "officials")
  }

  func testThoseWithWhatPicksThemOutAreAGroup() {
    let groups: [(text: String, group: String)] = [
      ("Those polled said the harbour levy is unfair.", "Those polled"),
      ("By wide margins, those surveyed say the levy is unfair.", "those surveyed"),
      ("Those over 70 say the new bus route is too slow.", "Those over 70"),
      ("Those close to the mayor say she will run again.", "Those close to the mayor"),
      ("Those who voted said the count was fair.", "Those who voted"),
    ]
    for (text, group) in groups { XCTAssertEqual(run(text).quotes.first?.group, group, text) }
    // (not the relative clause's own verb, nor a participle's "those")
    XCTAssertTrue(run("Those who said the levy was fair split evenly between the two sides.").quotes.isEmpty)
  }

  func testAVerbOfSayingBeforeANounMakesNoSubject() {
    // "…, said the campaign was confident": the subject is before "said", not "said the campaign"
    let a = run("Jo Podesta, an adviser to the senator, said the campaign was confident.")
    XCTAssertEqual(a.quotes.count, 1)
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Jo Podesta")
    XCTAssertEqual(a.quotes.first?.text, "the campaign was confident")
  }

  func testAClauseAfterAConjunctionIsNoFrameOfTheWordsBeforeIt() {
    let a = run(
      "Owen Kirby spoke. Kirby noted that the mayor seemed nervous at her first hearing, and some "
        + "speculated about it.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Owen Kirby")
    XCTAssertTrue(a.quotes.first?.text.hasPrefix("that the mayor seemed nervous") ?? false)
  }

  func testAnAuxiliaryAfterTheModifierOfTheHeadMakesAClause() {
    let a = run("Aides to Mr. Ware have been lobbying for a limit on ''trawling.''")
    XCTAssertFalse(a.quotes.contains { ($0.group ?? "").contains("have been") })
  }

  func testARoleWithToBeforeANameBetweenCommasIsTheNamesRole() {
    let a = run("The U.S. ambassador to the United Nations, Dana Whitfield, said the vote was a mistake.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Whitfield")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "U.S. ambassador to the United Nations")
  }

  func testANameWithTwoAppositivesAfterAQuoteSpeaks() {
    let a = run("“It is an overreach,” Scott Peel, the premier of the province, one of ten suing, said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Scott Peel")
    XCTAssertEqual(a.quotes.first?.text, "“It is an overreach,”")
  }

  func testAClauseOfPlaceOpensItsSubject() {
    let a = run("Dana Whitfield flew to Halifax. Whitfield then drove to Truro, where she said the plant would close.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Whitfield")
    XCTAssertEqual(a.quotes.first?.text, "the plant would close")
  }

  func testAPluralNounOfANamesIsAGroup() {
    let a = run("Mrs. Whitfield's confidants say she was stung by the defeat.")
    XCTAssertEqual(a.quotes.first?.group, "Mrs. Whitfield's confidants")
  }

  func testANameInARestrictiveClauseIsNoSubject() {
    let a = run("Executives who have worked with Dana Whitfield say they assume she shares his views.")
    XCTAssertEqual(a.quotes.first?.group, "Executives")
    XCTAssertNil(a.quotes.first?.speaker)
  }

  func testPoliceAfterToldIsTheOneTold() {
    let a = run("Witnesses told police they heard a loud bang.")
    XCTAssertEqual(a.quotes.first?.text, "they heard a loud bang")
  }

  func testAnAudienceWithNoArticleAfterToldEndsTheFrame() {
    let a = run("A total of 12 people were hurt, officials told local radio, adding that the fire was out.")
    XCTAssertEqual(a.quotes.map(\.text), ["A total of 12 people were hurt", "that the fire was out"])
    XCTAssertEqual(a.quotes.map(\.group), ["officials", "officials"])
    // (the audience is no content when the frame opens the sentence either)
    let b = run("The mayor told local television on Monday.")
    XCTAssertEqual(b.quotes.map(\.text), [])
    // (nor the programme's quoted name)
    let c = run("“It was an accident,” the driver told the television program “Night Desk” after the crash.")
    XCTAssertEqual(c.quotes.map(\.text), ["“It was an accident,”"])
  }

  func testWhatOneCommitsToFollowsTheVerb() {
    let a = run("Faced with losing the striker, the owners committed to making him a starter.")
    XCTAssertEqual(a.quotes.map(\.text), ["to making him a starter"])
  }

  func testAPassiveBeforeABarePredicateReportsNothingAfterIt() {
    let a = run("A total of 14 are confirmed missing, officials told local radio.")
    XCTAssertEqual(a.quotes.map(\.text), ["A total of 14 are confirmed missing"])
    let b = run("The boy was reported missing on Friday by his parents.")
    XCTAssertEqual(b.quotes.map(\.text), [])
    // (but what was told, asked or assured is reported: "was told just before the hearing that …")
    // (nor is the target of blame what its agent said: "was condemned by …")
    let d = run("The plan was condemned by several local councils.")
    XCTAssertEqual(d.quotes.map(\.text), [])
    // (nor "as such", which points to words given elsewhere)
    let e = run("The transcripts were reported by Reuters as such:")
    XCTAssertEqual(e.quotes.map(\.text), [])
    let c = run("Moss had been told just before the hearing that she would probably lose.")
    XCTAssertEqual(c.quotes.map(\.text), ["that she would probably lose"])
  }

  func testATitleInCapitalsIsARoleNotABody() {
    let a = run("The CEO said the company would grow.")
    XCTAssertNil(a.quotes.first?.organisation)
    XCTAssertEqual(a.quotes.first?.group, "The CEO")
    let b = run("Local MPP Dana Whitfield said the hospital would expand.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Dana Whitfield")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "Local MPP")
  }

  func testABodysNameWithForAndAnAppositiveSpeaks() {
    let a = run("The Office for Budget Responsibility, the fiscal watchdog, said growth would reach 1.5%.")
    XCTAssertEqual(a.quotes.first?.organisation, "Office for Budget Responsibility")
    XCTAssertEqual(a.quotes.first?.text, "growth would reach 1.5%")
  }

  func testAnAsClauseAfterTheFrameIsTheWritersNotAPieceOfTheContent() {
    let a = run(
      "The economy will grow faster than expected, finance minister Dana Whitfield said on Tuesday, as she set out "
        + "new forecasts.")
    XCTAssertEqual(a.quotes.map(\.text), ["The economy will grow faster than expected"])
  }

  func testAStudyWithAParticipleIsTheSourceNotTheJournal() {
    let a = run("Coffee may lower the risk of heart disease, according to a new study published in the journal Heart.")
    XCTAssertEqual(a.quotes.first?.group, "a new study published in the journal Heart")
  }

  func testAVerbOfSayingAfterButIsTheSameSubjects() {
    let a = run("Ann Kistler led the study. Kistler acknowledged the limitations but said the sample was large.")
    XCTAssertEqual(a.quotes.map(\.text), ["the limitations", "the sample was large"])
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Ann Kistler")
  }

  func testTheQuotedWordsAreNeverTheirOwnSpeaker() {
    let a = run("The film, titled \"Northern Lights\", opens on Friday.")
    XCTAssertNil(a.quotes.first?.organisation)
    XCTAssertNil(a.quotes.first?.speaker)
  }

  func testAQuoteLeftOpenTakesTheFrameOfTheParagraphThatGoesOnWithIt() {
    let a = run(
      "\"Riders have been ignored,\" Ivy Brandt said.\n\n\"This is a fair deal for commuters.\n\n"
        + "\"We know there will be delays,\" said Transport Minister Joel Vance.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Ivy Brandt", "Joel Vance", "Joel Vance"])
  }

  func testAParticipleAfterTheNameInAFrameIsItsOwnClaimNoRole() {
    let a = run("“It is a sad day,” said Tom Smith, adding that the community would rebuild.")
    XCTAssertEqual(a.quotes.map(\.text), ["“It is a sad day,”", "that the community would rebuild"])
    XCTAssertEqual(a.people.first?.roles, [])
    let b = run("“It is fine,” said Ann Vey, speaking at a rally in Leeds.")
    XCTAssertEqual(b.people.first?.roles, [])
    // (a title that ends in "-ing" is a role: "acting director")
    let c = run("“It is fine,” said Ann Vey, acting director of the museum.")
    XCTAssertEqual(c.people.first?.roles, ["acting director of the museum"])
  }

  func testAnAppositiveWithNoClosingCommaIsTheNamesRole() {
    let a = run("Gail Tressler, Dean of Halton College School of Law said it was “a deeply flawed argument.”")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Gail Tressler")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Dean of Halton College School of Law")
  }

  func testAParticiplesSubjectEndsBeforeTheClausesVerb() {
    let a = run("The Bank of Canada held its key interest rate at five per cent, saying inflation remained too high.")
    XCTAssertEqual(a.quotes.first?.organisation, "Bank of Canada")
    let b = run("Reed made a vague statement, saying the issue needed more study.")
    XCTAssertEqual(b.quotes.first?.group ?? b.quotes.first?.speaker?.name, "Reed")
    // (a verb in the past with no "-ed" ends it too: not "Tressler" with the role "Dunmore spoke about")
    let c = run(
      "He chose Walt Dunmore. Dunmore spoke about Tressler with Reuters in June, describing her as \"a fair boss\".")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Walt Dunmore")
    // (a name before a noun of people modifies it: Vey's supporters are not Vey)
    let d = run("A mix of Vey supporters and union members marched past the hall, chanting \"Keep it open!\"")
    XCTAssertEqual(d.quotes.first?.group, "A mix of Vey supporters")
  }

  func testAnUnnamedSourcesRequestIsNoClaimAndItsVerbItsSubjects() {
    let a = run(
      "One nurse at a Hamilton hospital, who asked not to be named because she was not authorized to speak, "
        + "said her unit regularly ran short.")
    XCTAssertEqual(a.quotes.map(\.text), ["her unit regularly ran short"])
    XCTAssertEqual(a.quotes.first?.group, "One nurse at a Hamilton hospital")
    let b = run("A nurse who requested anonymity said her unit regularly ran short.")
    XCTAssertEqual(b.quotes.map(\.text), ["her unit regularly ran short"])
    XCTAssertEqual(b.quotes.first?.group, "A nurse")
    // (with the one asked: "asked CBC News not to use her last name")
    let c = run(
      "One nurse at a Hamilton hospital, who asked CBC News not to use her last name because she was not "
        + "authorized to speak, said her unit regularly ran short.")
    XCTAssertEqual(c.quotes.map(\.text), ["her unit regularly ran short"])
    // what else is asked is a claim
    XCTAssertEqual(run("Bill Schuette asked not to delay the vote.").quotes.count, 1)
  }

  func testAPersonMetInTheNewsSpeaksUnnamed() {
    let a = run("\"I want answers,\" said a prominent party member who supports the plan.")
    XCTAssertEqual(a.quotes.first?.group, "a prominent party member")
    XCTAssertEqual(run("\"It was chaos,\" said one passenger.").quotes.first?.group, "one passenger")
    // (all the words of a capitalised run after the article: not "Hampshire Republican")
    let b = run("\"Trump will be defeated,\" said a New Hampshire Republican.")
    XCTAssertEqual(b.quotes.first?.group, "a New Hampshire Republican")
  }

  func testHeOrSheAfterOneUnnamedPersonsClaimIsThatPerson() {
    let a = run(
      "Health Minister Sylvia Jones said the offer was fair.\n\nOne nurse at a Hamilton hospital said her unit "
        + "ran short.\n\n\"You go home and think about the patient,\" she said.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name ?? $0.group }, ["Sylvia Jones", "One nurse at a Hamilton hospital",
      "One nurse at a Hamilton hospital"])
    // but after a question the one asked answers
    let b = run(
      "Senator Rosa Penn spoke when an Ohio voter asked if she might run for governor.\n\n"
        + "\"Wow, that is a big question,\" she replied.")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Rosa Penn")
    // nor one of another gender: "he" after "a spokeswoman"
    let c = run("A spokeswoman for the department said the schools were ready.\n\n\"No,\" he replied.")
    XCTAssertEqual(c.quotes.map { $0.speaker?.name ?? $0.group }, ["A spokeswoman for the department", nil])
    let d = run("A spokesman said the talks went well.\n\n\"We are hopeful,\" he said.")
    XCTAssertEqual(d.quotes.map { $0.speaker?.name ?? $0.group }, ["A spokesman", "A spokesman"])
    XCTAssertEqual(Lexicon.gender(ofPersonNoun: "chairwoman"), .female)
    XCTAssertEqual(Lexicon.gender(ofPersonNoun: "father"), .male)
    XCTAssertNil(Lexicon.gender(ofPersonNoun: "german"))
    XCTAssertNil(Lexicon.gender(ofPersonNoun: "spokesperson"))
  }

  func testANounPhraseWithAParticipleBeforeANameBetweenCommasIsTheNamesRole() {
    let a = run("The engineer working on the inquiry, Tom Reed, said the report was fair.")
    XCTAssertEqual(a.quotes.map(\.text), ["the report was fair"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    XCTAssertEqual(a.people.first?.roles, ["engineer working on the inquiry"])
  }

  func testAListAfterIncludingIsOneInsertBetweenTheSubjectAndItsVerb() {
    let a = run("Fifty former officials, including Tom Reed, Ann Vey, and Joe Bloggs, said the report was false.")
    XCTAssertEqual(a.quotes.first?.group, "Fifty former officials")
    let b = run("Several senators, among them Tom Reed, Ann Vey and Joe Bloggs, said the report was false.")
    XCTAssertEqual(b.quotes.first?.group, "Several senators")
  }

  func testNamesJoinedByAndSpeakTogether() {
    for (text, group) in [
      ("Ann Vey and Tom Reed said the road was unsafe.", "Ann Vey and Tom Reed"),
      ("Reed, Lind, and Holt argued the levy should go.", "Reed, Lind, and Holt"),
      ("But Ann Vey and Tom Reed said the road was unsafe.", "Ann Vey and Tom Reed"),
      ("Both Ann Vey and Tom Reed said the road was unsafe.", "Ann Vey and Tom Reed"),
      ("Afterwards both Ann Vey and Tom Reed said the road was unsafe.", "Ann Vey and Tom Reed"),
      ("In a debate on Channel 4, Ann Vey, Tom Reed and Joe Lind said the plan was flawed.",
        "Ann Vey, Tom Reed and Joe Lind"),
      ("China, Iran and Russia have said they will pay.", "China, Iran and Russia"),
      // ("both" or "all" after them)
      ("Ann Vey and Tom Reed both argued that the road was unsafe.", "Ann Vey and Tom Reed"),
      ("Reed, Vey, Lund and Moss all agreed that the levy should go.", "Reed, Vey, Lund and Moss"),
      ("Ann Vey and Tom Reed each argued that the road was unsafe.", "Ann Vey and Tom Reed"),
      // (with titles in the names' capitals)
      ("Senator Ann Vey and Governor Tom Reed said the road was unsafe.", "Senator Ann Vey and Governor Tom Reed"),
      ("Ann Vey and Mayor Tom Reed said the road was unsafe.", "Ann Vey and Mayor Tom Reed"),
    ] {
      XCTAssertEqual(run(text).quotes.first?.group, group, text)
      XCTAssertEqual(run(text).people.map(\.name), [], text)
    }
    // (family names of people named before them too)
    let known = run("Mayor Ann Vey met Tom Reed on Monday. Afterwards both Vey and Reed said the strike was over.")
    XCTAssertEqual(known.quotes.first?.group, "Vey and Reed")
    // (but not titles or a body's words joined by "and", nor two clauses joined after a comma)
    XCTAssertEqual(run("Transport and Roads Minister Ann Vey said the road was unsafe.").quotes.first?.speaker?.name,
      "Ann Vey")
    XCTAssertEqual(run("President and CEO Tom Reed said the road was unsafe.").quotes.first?.speaker?.name, "Tom Reed")
    XCTAssertEqual(run("Birds were found in Saqqara, and Egyptologists said they were sacred.").quotes.first?.group,
      "Egyptologists")
    // (nor "both" or "all" of other words, after which a verb of offering offers nothing)
    XCTAssertEqual(run("Fares rose at Avia and Jetwing, as they both offer flights to the islands.").quotes.count, 0)
  }

  func testAParticipleAfterABodyThatIsTheObjectHasTheClausesSubject() {
    let a = run("Ann Vey decided not to play for the Northshire Chess Federation saying \"it was not a good fit\".")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    let b = run("Cyberwatch emailed Harbour Web Services informing them the files were exposed.")
    XCTAssertEqual(b.quotes.first?.group ?? b.quotes.first?.organisation, "Cyberwatch")
    // (a person there may be the participle's own subject)
    let c = run("The rally in Dover included Tom Reed vowing to cut taxes.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Tom Reed")
  }

  func testAPartOfThoseTheNounNamesOpensAnInsertBetweenTheSubjectAndItsVerb() {
    for text in [
      "Tenants, some of whom had been moved out twice, said they felt ignored.",
      "Tenants, many of them retired, said they felt ignored.",
      "Tenants, two of whom spoke at the hearing, told the board they felt ignored.",
    ] {
      XCTAssertEqual(run(text).quotes.first?.group, "Tenants", text)
      XCTAssertEqual(run(text).quotes.first?.text, "they felt ignored", text)
    }
  }

  func testALetterSignedSpeaksForThoseWhoSignedIt() {
    let a = run("Fifty former officials signed a letter saying the report was false.")
    XCTAssertEqual(a.quotes.map(\.text), ["the report was false"])
    XCTAssertEqual(a.quotes.first?.group, "Fifty former officials")
  }

  func testHeOrSheThatNamesNoOneAfterTheClaimOfOneRoleIsThatRole() {
    let a = run("The Toronto mayor said Monday the budget is balanced.\n\n\"We did it,\" she said.")
    XCTAssertEqual(a.quotes.map(\.group), ["The Toronto mayor", "The Toronto mayor"])
    let b = run("A reporter for Deutsche Welle called it \"total confusion.\"\n\n\"We saw smoke,\" he said.")
    XCTAssertEqual(b.quotes.last?.group, "A reporter for Deutsche Welle")
  }

  func testANounPhraseOfAPersonIsTheSubjectOfAParticiple() {
    let a = run(
      "Tom Reed spoke in Ohio.\n\nThe billionaire has praised Kessler, saying he was a tougher negotiator than Ware.")
    XCTAssertEqual(a.quotes.last?.group, "The billionaire")
    let b = run("Tom Reed spoke in Ohio.\n\nThe Ohio billionaire has praised Kessler, saying he was a shrewd boss.")
    XCTAssertEqual(b.quotes.last?.group, "The Ohio billionaire")
    XCTAssertNil(b.quotes.last?.organisation)
  }

  func testAWordBetweenTwoNamesThatIsNoTitleEndsTheSubjectOfAParticiple() {
    let a = run("Farmers see Hale as the cause of their losses, arguing that his rules have been harsh.")
    XCTAssertEqual(a.quotes.first?.group, "Farmers")
    let b = run("Chilean president Marlow called for calm, claiming a need to rebuild trust.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Marlow")
  }

  func testAPastTenseAfterACommonNounEndsTheSubjectOfItsClause() {
    let a = run(
      "Multiple outlets reported on Thursday the Coast Guard had “several long talks” with Tom Reed.")
    XCTAssertNotEqual(a.quotes.first?.organisation, "The Coast")
    XCTAssertEqual(a.quotes.first?.group?.hasPrefix("Multiple"), true)
  }

  func testTheNounPhraseBeforeAPastTenseIsTheSubjectAParticipleTakes() {
    let a = run(
      "The ministries declined to release any records about the contract, saying they cannot comment on the audit.")
    XCTAssertEqual(a.quotes.first?.group, "The ministries")
    // (a participle after a comma has the clause's subject, not the name just before it)
    let b = run(
      "Tom Reed spoke.\n\nHe wrote a commentary for the Valley-Courier, the region's oldest newspaper, mocking "
        + "county officials as \"fixated\" on parking.")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Tom Reed")
  }

  func testAParticiplesPhraseAfterTheSubjectDescribesIt() {
    let a = run("Another police source speaking to Sky News said, “The officers are looking into it.”")
    XCTAssertEqual(a.quotes.first?.group, "Another police source")
    XCTAssertNil(a.quotes.first?.organisation)
    let b = run("An official writing to reporters said the plan was dead.")
    XCTAssertEqual(b.quotes.map(\.text), ["the plan was dead"])
    XCTAssertEqual(b.quotes.first?.group, "An official")
    // (not a phrase with a clause of its own, nor an adjective before "to")
    let c = run("Files from the agency began spreading online after it announced a leak.")
    XCTAssertNil(c.quotes.first?.group)
    let d = run("Those most willing to defend her were her own ministers.")
    XCTAssertNil(d.quotes.first?.group)
  }

  func testAChildOrATeenagerIsAnUnnamedPersonWhoSpeaks() {
    let a = run(
      "Ann Vey spoke first.\n\nThe best pie at the county fair was baked by a young child, who said she and her "
        + "grandmother worked on it all night.")
    XCTAssertEqual(a.quotes.last?.group, "a young child")
    XCTAssertNil(a.quotes.last?.speaker)
    let b = run("Ann Vey spoke first.\n\n“When will the pool open?” asked the boy.")
    XCTAssertEqual(b.quotes.last?.group, "the boy")
  }

  func testAnOrdinalThatOpensTheSentenceIsNoPartOfTheSubject() {
    let a = run("First, she and other Liberals on the panel refused to say the words “carbon tax.”")
    XCTAssertEqual(a.quotes.first?.group, "she and other Liberals")
  }

  func testASourceNounsBodiesJoinedByAndAreAllInTheGroup() {
    XCTAssertEqual(run("Scientists at Harvard and Yale said the drug worked.").quotes.first?.group,
      "Scientists at Harvard and Yale")
    let a = run("Researchers from the University of Kent and the College of Ashby reported a new enzyme.")
    XCTAssertEqual(a.quotes.first?.group, "Researchers from the University of Kent and the College of Ashby")
    XCTAssertNil(a.quotes.first?.organisation)
    // (and two named subjects are both: "Canada and Mexico said" is said by the two, not by the last named)
    XCTAssertEqual(run("Canada and Mexico said the deal was close.").quotes.first?.group, "Canada and Mexico")
  }

  func testACountOfPeopleIsTheSubjectOfAParticipleAfterTheClause() {
    // (not the place the clause names: "Harbour Square")
    let a = run("Hundreds of striking nurses marched through Harbour Square on Monday, chanting \"Fair pay now.\"")
    XCTAssertEqual(a.quotes.first?.group, "Hundreds of striking nurses")
    XCTAssertNil(a.quotes.first?.organisation)
    XCTAssertEqual(run("Dozens of tenants gathered outside, shouting \"Fix it now.\"").quotes.first?.group,
      "Dozens of tenants")
  }

  func testAnAssemblyOrADelegationIsASourceNotThePlaceItMeetsIn() {
    let a = run("On Wednesday, an assembly of foreign ministers in Springfield denounced the deal between the states.")
    XCTAssertEqual(a.quotes.first?.group, "an assembly of foreign ministers in Springfield")
    XCTAssertNil(a.quotes.first?.organisation)
  }

  func testANameAfterACountModifiesThePluralAfterIt() {
    let a = run("Several Sydney councils have rejected the targets, warning they will overwhelm local roads.")
    XCTAssertEqual(a.quotes.map(\.group), ["Several Sydney councils"])
    XCTAssertTrue(a.people.isEmpty)
    let b = run("Three Leeds schools have rejected the plan, saying it is unfair.")
    XCTAssertEqual(b.quotes.map(\.group), ["Three Leeds schools"])
  }

  func testAModifierAfterATitleGoesOnWithTheNounAndTheNameBetweenCommasSpeaks() {
    let a = run(
      "The city's chief administrative officer, Dan Kember, declined an interview but said in an email that the "
        + "pumps were being replaced.\n\nFire Chief Ryan Aucoin says crews rescued 14 people.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dan Kember")
  }

  func testGroupsJoinedByAndAreOneSubject() {
    for subject in [
      "Many doctors and some lawmakers", "Current and former officials", "They and their supporters",
      "Port workers and union officials",
    ] {
      XCTAssertEqual(run(subject + " said the harbour levy was unfair.").quotes.first?.group, subject)
    }
    // (not an object of the clause before: "Reporters asked Vey and officials said …")
    XCTAssertEqual(run("Reporters asked Tom Vey and officials said the levy was unfair.").quotes.first?.group, "officials")
  }

  func testTwoNounsOfPeopleJoinedByAndAreOneSubject() {
    XCTAssertEqual(run("Doctors and nurses said the ward was full.").quotes.first?.group, "Doctors and nurses")
    XCTAssertEqual(run("Police and firefighters said the road was shut.").quotes.first?.group, "Police and firefighters")
    // (not two things: "Sales and profits rose, analysts said")
    XCTAssertEqual(run("Sales and profits rose, analysts said.").quotes.first?.group, "analysts")
  }

  func testAnInfinitiveAfterANounADeterminerOpensIsPartOfTheSubject() {
    let a = run("Leaders of the drive to close the mine said they were hopeful.")
    XCTAssertEqual(a.quotes.map(\.text), ["they were hopeful"])
    XCTAssertEqual(a.quotes.first?.group, "Leaders of the drive to close the mine")
  }

  func testMostOrSomeOfAGroupIsAShareOfIt() {
    XCTAssertEqual(run("Most of the ferry crews said they were tired.").quotes.first?.group, "Most of the ferry crews")
    XCTAssertEqual(run("Some of the tenants said the water was brown.").quotes.first?.group, "Some of the tenants")
  }

  func testAModifierInEdWithAHyphenOrAfterTheIsNoVerb() {
    XCTAssertEqual(run("The self-described anarchist said he would stand.").quotes.first?.group, "The self-described anarchist")
    XCTAssertEqual(run("The so-called expert said the dam was sound.").quotes.first?.group, "The so-called expert")
  }

  func testAnInsertBetweenDashesBeforeTheVerbDescribesTheSubjectBeforeIt() {
    let a = run("Many guests at the wake — among them poets, cooks and sailors — said the loss was hard.")
    XCTAssertEqual(a.quotes.map(\.text), ["the loss was hard"])
    XCTAssertEqual(a.quotes.first?.group, "Many guests at the wake")
    // (an aside between dashes around the frame reports nothing of its own yet)
    XCTAssertEqual(run("The plan — officials said — was doomed.").quotes.map(\.text), [])
  }

  func testAPluralsPossessiveOpensAGroupOfBodies() {
    for text in ["The teachers' unions said the vote was stolen.", "Farmers’ councils said the vote was stolen."] {
      let a = run(text)
      XCTAssertEqual(a.quotes.map(\.text), ["the vote was stolen"], text)
      XCTAssertNotNil(a.quotes.first?.group, text)
    }
  }

  func testOneOfAPartyIsAGroupNotAPersonsName() {
    for text in ["One senior Democrat said the plan was a mistake.", "One senior Republican said the plan was a mistake."] {
      let a = run(text)
      XCTAssertNil(a.quotes.first?.speaker, text)
      XCTAssertEqual(a.quotes.first?.group?.hasPrefix("One senior"), true, text)
      XCTAssertTrue(a.people.isEmpty, text)
    }
  }

  func testASourcesPhraseOfFamiliarityAfterAnInvertedVerbIsTheSources() {
    let a = run("\"It was not convincing,\" said one person familiar with the talks.")
    XCTAssertEqual(a.quotes.first?.group, "one person familiar with the talks")
    let b = run("\"It was not convincing,\" said a source close to the mayor.")
    XCTAssertEqual(b.quotes.first?.group, "a source close to the mayor")
  }

  func testNamesJoinedByAndAfterANounOfPeopleAreTheirs() {
    let a = run("Aides to Ann Vey and Tom Reed said the count was close.")
    XCTAssertNil(a.quotes.first?.speaker)
    XCTAssertEqual(a.quotes.first?.group, "Aides to Ann Vey and Tom Reed")
    // (not after a verb: the last name opens a clause of its own)
    let b = run("Ann Vey spoke to Tom Reed and Joe Lind said the count was close.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Joe Lind")
  }

  func testACountAfterAnApproximatorOpensTheContentNoPhrase() {
    XCTAssertEqual(run("About 300 people were held, police said.").quotes.map(\.text), ["About 300 people were held"])
    XCTAssertEqual(run("Over half the flats were empty, the council said.").quotes.map(\.text), ["Over half the flats were empty"])
  }

  func testAnotherAloneIsTheSubjectOfItsQuote() {
    let a = run("“We are ready,” one official said. Yet another said, “The plan is sound.”")
    XCTAssertEqual(a.quotes.map(\.group), ["one official", "another"])
    XCTAssertNil(a.quotes[1].utterance)
    XCTAssertEqual(run("Some voters backed it. Another said it was a mistake.").quotes.map(\.group), ["Another"])
    XCTAssertEqual(run("“We are ready,” one official said. Another says, “It is sound.”").quotes.map(\.group), [
      "one official", "Another",
    ])
    // (not the determiner of a noun: "yet another warning sign")
    XCTAssertEqual(run("The decline is yet another warning sign of harm to the ocean.").quotes.count, 0)
  }

  func testTheWritersWeLendsNoQuoteItsSpeaker() {
    let a = run("Last week we mocked the council's plans. Mayor Reed was sharper, even if he kept his passion for “fair zoning.”")
    XCTAssertNil(a.quotes.first(where: { $0.text.contains("fair zoning") })?.group)
  }

  func testAGroupFromSeveralBodiesMayRunLong() {
    let a = run("Engineers from the Halvard Institute of Technology and the University of Northern Maine said rivers "
      + "weaken old bridges.")
    XCTAssertEqual(a.quotes.map(\.text), ["rivers weaken old bridges"])
    XCTAssertEqual(
      a.quotes.first?.group,
      "Engineers from the Halvard Institute of Technology and the University of Northern Maine")
    // (but no long phrase of lower-case words after the modifier: a clause may hide in it)
    XCTAssertNotEqual(
      run("Engineers from the institute that the state of Maine funds through its yearly grant said rivers weaken "
        + "old bridges.").quotes.first?.group,
      "Engineers from the institute that the state of Maine funds through its yearly grant")
  }
}
