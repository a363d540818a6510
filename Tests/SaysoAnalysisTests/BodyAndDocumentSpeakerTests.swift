import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Bodies, documents and groups as the source of a claim: a body that issues a statement, the author or the
/// owner of a document, the filer of a motion, a group with its place.
final class BodyAndDocumentSpeakerTests: XCTestCase, AnalysingText {
  func testABodyOrARoleThatIssuesAStatementBeforeAColon() {
    let a = run("The ministry released a statement: \"We are investigating.\"")
    XCTAssertEqual(a.quotes.first?.group, "The ministry")
    let b = run("The Foreign Ministry of Chile issued the following statement: \"We regret it.\"")
    XCTAssertEqual(b.quotes.first?.organisation, "Foreign Ministry of Chile")
    // any verb before the noun of the statement, and a time before the subject
    let c = run("Earlier this week, the ministry made the following announcement: \"Cases have been reported.\"")
    XCTAssertEqual(c.quotes.first?.group, "the ministry")
    let d = run("The Hollis campaign repeated a statement it had issued in March: \"Our record speaks for itself.\"")
    XCTAssertEqual(d.quotes.first?.organisation, "Hollis campaign")
    // (with no verb of issuing and no statement, a body that opens the sentence still leads in to the quote)
    XCTAssertEqual(run("The ministry has one aim: \"We are investigating.\"").quotes.first?.group, "The ministry")
  }

  func testItBeforeAVerbThatFramesOnlyAQuoteIsTheBodyNamedBefore() {
    // "read" frames only the words it stands before with a comma or a colon; its "it" is the statement, and the
    // body that issued it speaks, never the person quoted in the paragraph before
    let a = run(
      "The charge was denied by Lena Oakes, the player's lawyer.\n\nThe Marsh Valley Rowing Federation released a "
        + "statement about the case. It read, \"We condemn any form of violence.\"")
    let quote = a.quotes.first { $0.text.contains("condemn") }
    XCTAssertNil(quote?.speaker)
    XCTAssertEqual(quote?.organisation, "Marsh Valley Rowing Federation")
    // (with no body before it, "it" is all the article says of the source)
    let b = run("A note was pinned to the door. It reads: \"Back at noon.\"")
    XCTAssertNil(b.quotes.first?.speaker)
    XCTAssertEqual(b.quotes.first?.group, "It")
    // (an initialism is no body's name for it: "The CPI rose. It said …" may be of anything)
    let j = run("The CPI rose in May. It said demand had collapsed.")
    XCTAssertNil(j.quotes.first?.organisation)
    // a body that a common noun names is the group that speaks, with its modifiers and what it is of
    let g = run("The state health department released a statement on Monday. It read: \"We regret the delay.\"")
    XCTAssertEqual(g.quotes.first?.group, "The state health department")
    let h = run("The ministry of health met on Monday. It said the clinics would stay open.")
    XCTAssertEqual(h.quotes.first?.group, "The ministry of health")
    // (not a noun of no body: "It" stays all the source there is)
    let i = run("The storm damaged the roof of the school. It said the repairs would take a year.")
    XCTAssertEqual(i.quotes.first?.group, "It")
    // a document that the sentence before names, with a claim of its author's, is the author's
    let c = run("\"The gate was open,\" Ann Vey wrote in the report. It continued: \"No one was inside.\"")
    XCTAssertEqual(c.quotes.last?.speaker?.name, "Ann Vey")
    let d = run("Tom Hale said in a letter to the board that he would resign. It said the plan was unfair.")
    XCTAssertEqual(d.quotes.last?.speaker?.name, "Tom Hale")
    // (not when no document is named: "it" may be anything the sentence before spoke of)
    let e = run("Tom Hale said the mill would close. It said the plan was unfair.")
    XCTAssertNil(e.quotes.last?.speaker)
    let f = run("Tom Hale's release skips the clause Ann Vey said she would veto. It also says the mill was safe.")
    let its = f.quotes.first { $0.text.contains("mill was safe") }
    XCTAssertNotNil(its)
    XCTAssertNotEqual(its?.speaker?.name, "Ann Vey")
  }

  func testAParticipleOfSayingAfterADocumentThatAVerbPostsFramesTheWords() {
    let a = run("Mayor Tilda Roux posted a statement on Instagram on Monday announcing she had resigned.")
    XCTAssertEqual(a.quotes.map(\.text), ["she had resigned"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tilda Roux")
    let b = run("The council posted a message on Monday saying the pool would close.")
    XCTAssertEqual(b.quotes.map(\.text), ["the pool would close"])
  }

  func testAFilingsParticipleSpeaksForItsFiler() {
    let a = run("Local residents filed a lawsuit claiming the plant was unsafe.")
    XCTAssertEqual(a.quotes.first?.group, "Local residents")
    XCTAssertEqual(a.quotes.first?.text, "the plant was unsafe")
  }

  func testThePlaceOfAGroupAfterFromIsNoSpeaker() {
    let a = run("Small farm owners from the coastal state of Oregon filed a motion claiming the rule is void.")
    XCTAssertEqual(a.quotes.first?.group, "Small farm owners")
    let b = run("Some refugees from Iraq said the camps were full.")
    XCTAssertNil(b.quotes.first?.organisation)
    // (a body's own place stays part of its name)
    let c = run("The University of Texas said the order is void.")
    XCTAssertEqual(c.quotes.first?.organisation, "University of Texas")
  }

  func testADocumentWithItsAuthorBetweenCommasSpeaksForTheAuthor() {
    let a = run("The report, released by the Fraser Institute, says taxes rose.")
    XCTAssertEqual(a.quotes.first?.organisation, "Fraser Institute")
    let b = run("The letter, signed by 40 doctors, says the policy is harmful.")
    XCTAssertEqual(b.quotes.first?.group, "40 doctors")
    // (a verb of evidence still has its document's words: "finds")
    let c = run("The survey, conducted by the Civic Research Institute of Nevada, finds Hale with a lead.")
    XCTAssertEqual(c.quotes.first?.organisation, "Civic Research Institute of Nevada")
    // (no author: the document)
    XCTAssertEqual(run("The report, released on Tuesday, says taxes rose.").quotes.first?.group, "The report")
    // (one who paid for, obtained or saw a document is not its author)
    XCTAssertEqual(run("The study, funded by the province, says waits grew.").quotes.first?.group, "The study")
    XCTAssertEqual(run("The memo, obtained by the Ledger, says staff were cut.").quotes.first?.group, "The memo")
    XCTAssertNil(run("A report funded by the province says waits grew.").quotes.first?.organisation)
  }

  func testAShortOrIrregularParticipleBetweenCommasDescribesTheSubject() {
    let a = run("The lawsuit, filed last week, alleges the firm ignored complaints.")
    XCTAssertEqual(a.quotes.first?.group, "The lawsuit")
    XCTAssertEqual(a.quotes.first?.text, "the firm ignored complaints")
    XCTAssertEqual(run("The group, based in Halifax, says the plan is flawed.").quotes.first?.group, "The group")
    XCTAssertEqual(run("The letter, dated March 3, says the mayor knew.").quotes.first?.group, "The letter")
    XCTAssertEqual(run("The study, led by two economists, found the tax failed.").quotes.first?.group, "two economists")
    // (a passive of a verb whose passive reports no words: being sworn to secrecy)
    XCTAssertTrue(run("Members of the club, named after a poet, were sworn to secrecy.").quotes.isEmpty)
  }

  func testABodysFormerNameIsNotTheBodyANounStandsFor() {
    let a = run(
      "The Green Harbor Party was founded in 1980 as the Dock Workers Party. The party said wages must rise.")
    XCTAssertEqual(a.quotes.first?.organisation, "Green Harbor Party")
    let b = run("The Northern Rail Union, formerly the Railmen's Guild Union, met on Monday. The union said the strike was on.")
    XCTAssertEqual(b.quotes.first?.organisation, "Northern Rail Union")
    let d = run("The Tide Union, formerly known as the Dock Guild Union, met. The union said the strike was on.")
    XCTAssertEqual(d.quotes.first?.organisation, "Tide Union")
    // (not "once" of a time, nor "as" of a clause)
    let e = run("Once the Kestrel Union signed the deal, workers went home. The union said it was a victory.")
    XCTAssertEqual(e.quotes.first?.organisation, "Kestrel Union")
    let f = run("The strike started on Monday as the Harbor Union walked out. The union said pay was too low.")
    XCTAssertEqual(f.quotes.first?.organisation, "Harbor Union")
    // (another body named last, as no former name, is still the one "the party" stands for)
    let c = run("The Green Harbor Party met on Monday with the Dock Workers Party. The party said wages must rise.")
    XCTAssertEqual(c.quotes.first?.organisation, "Dock Workers Party")
  }

  func testTheOwnerOfADatabaseOrAWebsiteSpeaksThroughIt() {
    let a = run("The Harbour Aviation Registry's database states it runs flights.")
    XCTAssertEqual(a.quotes.first?.organisation, "Harbour Aviation Registry")
    let b = run("Labor Party leader Ann Lee spoke.\n\nThe party's website says the vote is on Monday.")
    XCTAssertEqual(b.quotes.first?.organisation, "Labor Party")
    // (a group is the whole phrase)
    let c = run("The campaign's statement said the vote is on Monday.")
    XCTAssertEqual(c.quotes.first?.group, "The campaign's statement")
    // a post from or on someone's account is the owner's
    let d = run("A post on Ann Vey's Facebook page said the event was off.")
    XCTAssertEqual(d.quotes.map { $0.speaker?.name }, ["Ann Vey"])
    let e = run("A tweet from Tom Hale's account said the event was off.")
    XCTAssertEqual(e.quotes.map { $0.speaker?.name }, ["Tom Hale"])
  }

  func testTheAuthorOfADocumentAfterAWordOfItsKind() {
    let a = run("According to a news release from the Ontario Provincial Police, the driver was charged.")
    XCTAssertEqual(a.quotes.first?.organisation, "Ontario Provincial Police")
    let b = run("A recent report from Harbour Clean Energy Research said costs fell.")
    XCTAssertEqual(b.quotes.first?.organisation, "Harbour Clean Energy Research")
  }

  func testASmallCapitalisedWordInsideABodysNameAfterAnInvertedCue() {
    let a = run("\"It is a cruel loss,\" said Ines Marsh of Teachers Without Walls.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ines Marsh")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Teachers Without Walls")
    // (a time after it still ends the phrase)
    XCTAssertEqual(run("\"We won,\" said Jane Smith On Tuesday.").quotes.first?.speaker?.name, "Jane Smith")
  }

  func testTheBodyANounRefersToIsItsWholeNameWithOn() {
    let a = run(
      "The National Commission on Canal Safety announced new rules. In a statement, the commission said locks would "
        + "reopen.")
    XCTAssertEqual(a.quotes.map(\.organisation), [
      "National Commission on Canal Safety", "National Commission on Canal Safety",
    ])
  }

  func testItsDocumentIsTheBodyNamedJustBefore() {
    let a = run("The Harbour Transit Authority closed two lines on Monday. Its website says the lines reopen in May.")
    XCTAssertEqual(a.quotes.first?.organisation, "Harbour Transit Authority")
    // (not a person of it, nor a body another name follows)
    let b = run("The Harbour Transit Authority met on Monday. Its senior engineer said the lines reopen in May.")
    XCTAssertNil(b.quotes.first?.organisation)
    let c = run("Crews from the Harbour Transit Authority came. Ola Berg is a local shop, according to its website.")
    XCTAssertNil(c.quotes.first?.organisation)
  }

  func testAnyNounThatAnArticleOpensAfterAnInvertedVerbOfSayingSpeaks() {
    XCTAssertEqual(run("The well water is safe to drink, said the surveyors.").quotes.first?.group, "the surveyors")
    XCTAssertEqual(run("The levy must go, reads the petition.").quotes.first?.group, "the petition")
    // (not a phrase that goes on with a verb of its own, nor a long one that is the verb's object)
    XCTAssertTrue(run("The plan was dropped, said the rumours were false.").quotes.allSatisfy { $0.group == nil })
    let a = run("The suit filed by a former aide, an army major, alleges a long list of wrongs, including a firing.")
    XCTAssertNotEqual(a.quotes.first?.group, "a long list of wrongs")
  }

  func testAPersonOfABodyInLowerCaseBeforeThePlaceOfIt() {
    let a = run("According to Chief Superintendent Ramon Castell of the police of the Administrative Region in "
      + "Northern Luzon, the confirmed injuries are nine.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ramon Castell")
  }

  func testAPlacesNameFollowedByWhoIsAPerson() {
    let a = run("Bergen, who is seeking re-election, said in a statement Tuesday that the party would stay united.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Bergen")
    XCTAssertNil(a.quotes.first?.organisation)
    // (not a place's name with "which", nor a group: "a New Hampshire Republican, who …")
    XCTAssertNotNil(run("Bergen, which hosts the games, said the venues were ready.").quotes.first?.organisation)
    XCTAssertNil(run("\"We won,\" said a Calgary Conservative, who asked not to be named.").quotes.first?.speaker)
  }

  func testAPluralPossessiveOfACommonNounIsInsideABodysNameAndAnOutletsIsItsReportersRole() {
    let a = run("The Ontario Nurses’ Association called the plan “too little, too late.”")
    XCTAssertEqual(a.quotes.first?.organisation, "Ontario Nurses’ Association")
    let b = run("The Chelsea Supporters' Trust said the plan was too little.")
    XCTAssertEqual(b.quotes.first?.organisation, "Chelsea Supporters' Trust")
    for apostrophe in ["’", "'"] {
      let c = run("Reuters\(apostrophe) Luciana Lopez argued that the plan was naive.")
      XCTAssertEqual(c.quotes.first?.speaker?.name, "Luciana Lopez")
      XCTAssertEqual(c.quotes.first?.speaker?.role, "Reuters")
    }
  }

  func testASingleNameTheArticleUsesAsAClubsIsAnOrganisation() {
    let a = run("Chelsea boss Mauricio Pochettino was sacked.\n\nChelsea said in a statement that he had left.")
    XCTAssertEqual(a.quotes.first?.organisation, "Chelsea")
    XCTAssertTrue(a.people.isEmpty)
    let b = run("Chelsea have confirmed the departure of their manager.\n\nChelsea said the search had begun.")
    XCTAssertEqual(b.quotes.map(\.organisation), ["Chelsea", "Chelsea"])
    // (a person's role after the club keeps the club: "Chelsea boss")
    let d = run("Kestrel boss Dan Hale praised his side.\n\n\"We were tired,\" said Hale.")
    XCTAssertEqual(d.quotes.first?.speaker?.role, "Kestrel boss")
    // (a family name in "-s" too, which no plural noun is: "Williams have", not "Officials have")
    XCTAssertEqual(run("Williams have confirmed that their new car is ready.").quotes.first?.organisation, "Williams")
    XCTAssertEqual(run("Officials have confirmed that the road is shut.").quotes.first?.group, "Officials")
    // (not the last name of a list, nor a person the article named)
    let c = run("Tom Smith and Ann Jones have left.\n\nJones said she was happy.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Jones")
    XCTAssertEqual(Lexicon.problems(inNouns: Lexicon.nouns), [])
  }

  func testAnAdverbInLyOpeningTheSentenceIsNoPartOfTheName() {
    let a = run("Christoph Blocher led the party.\n\nInterestingly Blocher said the party must be careful.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Christoph Blocher")
    XCTAssertEqual(run("Kelly said the plan was fine.").quotes.first?.speaker?.name, "Kelly")
    // (nor of the phrase before the clause's subject: "Shortly after …, the tenants …, warning that …")
    let b = run("Shortly after the vote, the tenants had mobilized, warning that the rent rise was unfair.")
    XCTAssertEqual(b.quotes.first?.group, "the tenants")
  }

  func testAPossessiveAfterANameIsNoVerbBeforeAQuote() {
    let a = run("Garvey was fired after he referred to the Kettle University women's hockey team as \"a disgrace.\"")
    XCTAssertNil(a.quotes.first?.organisation)
    XCTAssertNotEqual(a.quotes.first?.cue, "women's")
  }

  func testAWeakVerbTakesANounPhraseOfAPersonAndARoleWithNoThat() {
    let a = run("The senator thinks the plan is bad.")
    XCTAssertEqual(a.quotes.map(\.text), ["the plan is bad"])
    XCTAssertEqual(a.quotes.first?.group, "The senator")
    let b = run("The former senator thinks the tax issue should be a priority.")
    XCTAssertEqual(b.quotes.map(\.text), ["the tax issue should be a priority"])
    // (what a thing suggests is a clause, as with "the prices will rise", not a noun phrase: "The data suggest …")
    XCTAssertEqual(run("The data suggest prices will rise.").quotes.map(\.text), ["prices will rise"])
    XCTAssertTrue(run("The data suggest a rise in prices.").quotes.isEmpty)
    // "implied" is such a verb: "Vey implied she would …" (not an adjective: "the implied cost")
    let c = run("Ann Vey implied she would consider making the new tax permanent.")
    XCTAssertEqual(c.quotes.map(\.text), ["she would consider making the new tax permanent"])
    XCTAssertTrue(run("The implied cost of the new tax was high.").quotes.isEmpty)
  }

  func testADocumentsWeakVerbBeforeAClauseWithASubjectAndAFiniteVerbReportsIt() {
    let a = run("The study reported the lizards were breeding normally in both valleys.")
    XCTAssertEqual(a.quotes.map(\.text), ["the lizards were breeding normally in both valleys"])
    XCTAssertEqual(a.quotes.first?.group, "The study")
    // (not a noun phrase alone: "The study reported a rise in breeding")
    XCTAssertTrue(run("The study reported a sharp rise in breeding.").quotes.isEmpty)
    // an inquiry or an audit reports as a study does
    let b = run("The likely cause of the leak was a worn valve seal, the inquiry reported.")
    XCTAssertEqual(b.quotes.map(\.text), ["The likely cause of the leak was a worn valve seal"])
    XCTAssertEqual(b.quotes.first?.group, "the inquiry")
  }

  func testTheMediaAndAReaffirmedClaim() {
    for (text, group) in [
      ("Local media reported most of the victims had escaped.", "Local media"),
      ("State media said that the ship had sunk near the coast.", "State media"),
    ] {
      XCTAssertEqual(run(text).quotes.first?.group, group, text)
    }
    let a = run("Ann Vey reaffirmed that the pipeline is open to other countries.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the pipeline is open to other countries"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testALongSourceOfAccordingToAndOneThatADashEnds() {
    let a = run(
      "According to early results of surveys of voters leaving the polls carried out for the Gazette and two "
        + "radio stations by Pollwise, most voters backed the levy.")
    XCTAssertEqual(a.quotes.map(\.text), ["most voters backed the levy"])
    let b = run("The levy won 61 percent of the vote, according to a Pollwise survey - far more than expected.")
    XCTAssertEqual(b.quotes.first?.group, "a Pollwise survey")
  }

  func testASlashJoinsTheNamesOfAJointPollsMakers() {
    let a = run("A Ledger/Channel 5 poll found that renters rated the economy as poor.")
    XCTAssertEqual(a.quotes.map(\.text), ["that renters rated the economy as poor"])
    XCTAssertEqual(a.quotes.first?.group, "A Ledger/Channel 5 poll")
    let b = run("A new survey from Harbour Times/Marlow University found 40% of renters would move.")
    XCTAssertEqual(b.quotes.map(\.text), ["40% of renters would move"])
    // (not a slash with spaces, nor one in lower case: "and/or")
    for text in ["The rent and/or fees rose.", "The Ledger / Marlow poll rose."] {
      let paragraph = ParagraphText(
        .init(index: 0, start: 0, end: text.unicodeScalars.count, role: .body, text: text), openFromPrevious: false)
      let slash = paragraph.tokens.firstIndex(where: { $0.scalar == "/" })!
      XCTAssertFalse(Attributor.isSlashJoiningNames(paragraph, slash, floor: 0), text)
    }
  }

  func testAPollsParticipleOfReleaseAndItsTimeAreNoPartOfItsName() {
    let a = run("A Marlow poll released Sunday showed Ann Vey ahead by six points.")
    XCTAssertEqual(a.quotes.map(\.text), ["Ann Vey ahead by six points"])
    XCTAssertEqual(a.quotes.first?.group, "A Marlow poll")
    XCTAssertEqual(run("A Marlow survey out this week shows Ann Vey ahead.").quotes.first?.group, "A Marlow survey")
    XCTAssertEqual(
      run("A Marlow poll conducted last week found that renters were angry.").quotes.first?.group, "A Marlow poll")
  }

  func testPollingIsASourceNounBeforeItsVerb() {
    let a = run("Exit polling showed that renters backed the harbour levy.")
    XCTAssertEqual(a.quotes.map(\.text), ["that renters backed the harbour levy"])
    XCTAssertEqual(a.quotes.first?.group, "Exit polling")
  }

  func testANounOfEvidenceAloneOpensTheSentenceAsItsSubject() {
    let a = run("Analysis shows the polls missed the result by a wide margin.")
    XCTAssertEqual(a.quotes.map(\.text), ["the polls missed the result by a wide margin"])
    XCTAssertEqual(a.quotes.first?.group, "Analysis")
    XCTAssertNil(a.quotes.first?.organisation)
  }

  func testTheTimeADocumentCameOutStandsBetweenItAndItsAuthor() {
    let a = run("According to a report on Monday by the Kelvar Institute, two servers were left open.")
    XCTAssertEqual(a.quotes.map(\.text), ["two servers were left open"])
    XCTAssertEqual(a.quotes.first?.organisation, "Kelvar Institute")
    let b = run("A statement last week from the Harbour Board said the pier would close.")
    XCTAssertEqual(b.quotes.first?.organisation, "Harbour Board")
  }

  func testARegulatorAPresidencyAndATransitFirmAreBodiesWhoseNamesHoldAnd() {
    XCTAssertEqual(
      run("Arvenia's Oil and Gas Regulator said the pipe was safe.").quotes.first?.organisation,
      "Arvenia's Oil and Gas Regulator")
    XCTAssertEqual(
      run("Arvenia's Disaster and Emergency Management Presidency said the quake was strong.").quotes.first?.organisation,
      "Arvenia's Disaster and Emergency Management Presidency")
    let a = run("Pellworth Transit told commuters the line was shut.")
    XCTAssertEqual(a.quotes.first?.organisation, "Pellworth Transit")
    XCTAssertNil(a.quotes.first?.speaker)
    // ("rail" is also a family name: no word of an organisation)
    XCTAssertEqual(run("Ann Rail said the line was shut.").quotes.first?.speaker?.name, "Ann Rail")
  }

  func testTheOneASourceQuotedAsSayingIsTheSpeaker() {
    let a = run("The Velmark Post quoted harbour master Pol Verdi as saying the port would stay shut.")
    XCTAssertEqual(a.quotes.map(\.text), ["the port would stay shut"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Pol Verdi")
    // (past an appositive after the name, which is the name's role)
    let b = run("The Velmark Post also cited Ben Lutz, chief of the harbour agency, as saying the crew had fled.")
    XCTAssertEqual(b.quotes.map(\.text), ["the crew had fled"])
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ben Lutz")
    // (the source's own second verb is no claim of the one quoted)
    let c = run("The Velmark Post cited the Harbour Board as stating the ferry was late, and claimed a second sinking.")
    XCTAssertEqual(c.quotes.map(\.organisation), ["Harbour Board"])
    // (not where the words came out, nor what a document shows)
    XCTAssertEqual(
      run("Ann Vey, quoted in the Tarn Post as saying the town was broke, resigned.").quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(run("The minister cited the audit as showing that the fund was empty.").quotes.first?.group, "The minister")
    // (not a source that speaks itself: "The Post, citing two aides, said …")
    XCTAssertEqual(run("The Velmark Post, citing two aides, said the port would stay shut.").quotes.first?.organisation, "Velmark Post")
  }

  func testAParticipleAfterAWorkIssuedAgainstSomeoneIsTheIssuers() {
    // (whom a ruling or a complaint is against does not speak in it)
    let a = run(
      "On Monday, Judge Amira Sato issued a ruling against Governor Paul Lindgren finding that the fuel tax was unlawful.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Amira Sato")
    let b = run("The union filed a complaint against Mayor Tom Reed claiming he had lied about the budget.")
    XCTAssertEqual(b.quotes.first?.group, "The union")
    // (but one a participle follows with no work before it speaks: "…, Tom Reed, claiming …")
    XCTAssertEqual(
      run("The union protested against Mayor Tom Reed, claiming he had lied.").quotes.first?.group, "The union")
  }
}
