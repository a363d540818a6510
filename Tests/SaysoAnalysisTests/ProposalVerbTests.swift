import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// The verbs that make a proposal of what follows them, and where a proposal's words end.
final class ProposalVerbTests: XCTestCase, AnalysingText {
  func testAnAnswerOfManySentencesProposesInTheSentenceOfItsModal() {
    let a = run(
      "Wikinews spoke with coach Nadia Orlov.\n\n((WN)) What would you tell new runners?\n\n"
        + "((Nadia Orlov)) Honestly? They should join a club. Running alone is hard, and most people stop within weeks.")
    XCTAssertEqual(a.proposals.map(\.text), ["They should join a club."])
    XCTAssertEqual(a.proposals.first?.proposer?.name, "Nadia Orlov")
  }

  func testDemandingRequestingAndEncouragingPropose() {
    let a = run("Residents have demanded that the council publish the report in full.")
    XCTAssertEqual(a.proposals.map(\.text), ["demanded that the council publish the report in full"])
    let b = run("Health officials encouraged parents to book flu shots before the winter.")
    XCTAssertEqual(b.proposals.map(\.text), ["encouraged parents to book flu shots before the winter"])
    let c = run("The tenants' union requested a meeting with the landlord.")
    XCTAssertEqual(c.proposals.map(\.text), ["requested a meeting with the landlord"])
    // (urging a clause of what be done proposes it)
    XCTAssertEqual(run("Tom Reyes urged that the ban be lifted.").proposals.count, 1)
    XCTAssertEqual(run("The health minister urged the schools be closed for two weeks.").proposals.count, 1)
    // (encouraging with no "to" proposes nothing: "encouraged the talks")
    XCTAssertEqual(run("The minister encouraged the talks between the two sides.").proposals.count, 0)
  }

  func testAPassivesSubjectIsTheOneUrgedAndItsAgentProposes() {
    // (the one urged or advised is no proposer; a paragraph's other speaker is not either)
    let a = run("Ann Vey said the ferry would sail. Residents were advised to boil their water before drinking it.")
    XCTAssertEqual(a.proposals.map(\.text), ["advised to boil their water before drinking it"])
    XCTAssertNil(a.proposals.first?.proposer)
    XCTAssertNil(a.proposals.first?.group)
    let b = run("Drivers were urged by the harbour police to avoid the bridge.")
    XCTAssertEqual(b.proposals.first?.group, "the harbour police")
    // (a relative clause's passive leaves its clause's verb to propose)
    let d = run("Ilse Varda, who was invited to speak, urged residents to leave.")
    XCTAssertEqual(d.proposals.map(\.text), ["urged residents to leave"])
    XCTAssertEqual(d.proposals.first?.proposer?.name, "Ilse Varda")
    // (but one with an agent proposes; and a relative word after "to" opens no infinitive: "told … to whom")
    XCTAssertEqual(
      run("Ilse Varda, who was urged by the council to resign, refused.").proposals.first?.group, "the council")
    XCTAssertEqual(run("Residents were told by the council to whom they should write.").quotes.count, 0)
    // (a thing proposed by no one named is no proposal, nor one proposed by its agent)
    XCTAssertEqual(run("A ban on fireworks was proposed by the harbour board.").proposals.count, 0)
    XCTAssertEqual(run("The ruling was appealed to a higher court.").proposals.count, 0)
    // (one told by someone to act: the agent told it, "the council to boil …" is no speaker)
    let c = run("Residents were told by the council to boil their water.")
    XCTAssertEqual(c.quotes.map(\.text), ["to boil their water"])
    XCTAssertEqual(c.quotes.first?.group, "the council")
    XCTAssertEqual(run("Residents were told by police that the road was closed.").quotes.first?.group, "police")
  }

  func testAProposalKeepsTheMarkThatClosesItsQuote() {
    let a = run("Speaking in the Senate, Ann Vey urged ministers to \"think again\".")
    XCTAssertEqual(a.proposals.map(\.text), ["urged ministers to \"think again\""])
    // (a mark that closes a quote opened before the proposal's words is left out)
    let b = run("\"The board should call for a new vote,\" Tom Ware said.")
    XCTAssertFalse(b.proposals.contains { $0.text.hasSuffix("\"") })
  }

  func testWhatSomethingHasToDoWithIsNoProposal() {
    XCTAssertEqual(run("Ann Vey said the delays have to do with the weather.").proposals.count, 0)
    XCTAssertEqual(run("“We have to do with the old boats,” Ann Vey said.").proposals.count, 0)
    // (what has to be done is: "the council has to repair the pier")
    XCTAssertEqual(run("Ann Vey said the council has to repair the pier.").proposals.count, 1)
  }

  func testAModalThatPredictsSupposesOrTellsOneselfProposesNothing() {
    for text in [
      // (a condition: "should he win")
      "Ann Vey said she would serve should the party ask her.",
      // (what should have been)
      "Ann Vey said the mayor should not have signed the deal.", "Ann Vey said he should not have called Reed a liar.",
      "Ann Vey said the board should have acted sooner.", "Ann Vey said there must be hundreds of such cases.",
      // (an obligation only supposed: "would have to", "may need to")
      "Ann Vey said the city would have to ration water without the dam.",
      "Ann Vey said the firm may need to sell the plant.",
      // (a modal in a clause about a noun: "workers who should already be paid")
      "Ann Vey said the rule covers workers who should already be paid overtime.",
    ] {
      XCTAssertEqual(run(text).proposals.count, 0, text)
    }
    // (a speaker's own duty in an interview's answer: "I should note", "I need to check")
    for answer in ["I should note that the data are still early.", "I need to check my notes on that."] {
      XCTAssertEqual(run("Ben Reed asked about the plan.\n\n((Ana Cole))  \(answer)").proposals.count, 0, answer)
    }
    XCTAssertEqual(
      run("Ben Reed asked about the plan.\n\n((Ana Cole))  The state should fund more telescopes.").proposals.count, 1)
    // (what should be done, by whom the speaker says, is a proposal)
    for text in [
      "Ann Vey said the city should build a new dam.", "Ann Vey said there should be an inquiry into the crash.",
      "Ann Vey said the council must not close the library.", "Ann Vey said people should be able to vote by post.",
      // (a "must" that supposes may still demand, and so may a "will have to"; what one should have is no past)
      "Ann Vey said there must be a full inquiry.", "Ann Vey said tenants must have lived in the town for a year.",
      "Ann Vey said the firm will have to raise wages.", "Ann Vey said every school should have trained nurses.",
    ] {
      XCTAssertEqual(run(text).proposals.count, 1, text)
    }
  }

  func testAnOfferOrAnAppealOfAThingIsAnActNoProposal() {
    for text in [
      "Mayor Ann Vey offered her condolences to the families of the crew.",
      "Tom Reed offered a handshake to his rival after the vote.",
      "The firm's lawyers appealed the ruling to the high court.",
      "The plan is appealing to younger voters in the city.", "Ann Vey ran an appealing campaign for mayor.",
      "The neighbours offered their thoughts on the proposal.", "Villagers offered prayers for a truce in the valley.",
      "Ona Bright urged voters who might be undecided.",
      "Ann Vey, an advocate for the tenants, spoke first.",
      "Advocates of the plan were not convinced.",
    ] {
      XCTAssertEqual(run(text).proposals.count, 0, text)
    }
    // (an offer or an appeal to do something is one, and so is an appeal for something)
    for text in [
      "The company offered to cover the cost of the repairs.", "Ann Vey offered the union to hold talks in May.",
      "Police appealed to residents to stay indoors.", "Police appealed for calm after the match.",
      "Police appealed on Sunday for witnesses to come forward.", "Police appealed directly to drivers to slow down.",
      "The board offered to bring forward the vote.", "The owners offered the union a new deal.",
      "Police appealed to the public for help.",
      "Ann Vey advocates a tax on second homes.", "Tom Reed has long advocated for a new bridge.",
    ] {
      XCTAssertEqual(run(text).proposals.count, 1, text)
    }
  }

  func testAnAppealOrAnOfferThatEndsItsSentenceIsRead() {
    // (no range runs backwards: the words after the verb are none)
    for text in ["Police appealed to\nresidents to stay home.", "Police are appealing to", "Police appealed for",
                 "The board offered"] {
      XCTAssertLessThanOrEqual(run(text).proposals.count, 1, text)
    }
  }

  func testASecondVerbOfTheSubjectEndsWhatIsProposed() {
    let cases: [(String, String)] = [
      ("Senator Rhea Dunmore called for a ban on night flights and met with residents later that day.",
       "called for a ban on night flights"),
      ("Minister Arvo Kask proposed a tax on sugary drinks and claimed obesity had doubled.",
       "proposed a tax on sugary drinks"),
      ("The mayor urged the harbour board to think again and spoke with the minister on Friday.",
       "urged the harbour board to think again"),
      // (a noun or a verb of the proposal itself is no second verb)
      ("The union called for a ban on night flights and a cap on daytime noise.",
       "called for a ban on night flights and a cap on daytime noise"),
      ("The mayor urged residents to stay home and call the hotline.",
       "urged residents to stay home and call the hotline"),
      // (nor a verb of a relative clause that no comma has closed, nor a noun that is a past tense too)
      ("Ann Vey proposed that staff who worked nights and took fewer breaks be paid more.",
       "proposed that staff who worked nights and took fewer breaks be paid more"),
      ("The council proposed new parks and rose gardens for the east side.",
       "proposed new parks and rose gardens for the east side"),
    ]
    for (text, proposal) in cases {
      XCTAssertEqual(run(text).proposals.map(\.text), [proposal], text)
    }
    // (a sentence that ends right after the verb: no range runs backwards)
    XCTAssertLessThanOrEqual(run("Tom Reed proposed it and").proposals.count, 1)
  }

  func testAColonBeforeAQuoteEndsWhatIsProposed() {
    let cases: [(String, String)] = [
      ("Minister Arvo Kask called for a ban on glass bottles at the fair: “Three stalls were hit last year.”",
       "called for a ban on glass bottles at the fair"),
      ("The mayor proposed to widen the ring road and add a bus lane: \"The traffic is too slow. We lose hours.\"",
       "proposed to widen the ring road and add a bus lane"),
      // (not a colon before a list of what is proposed)
      ("The union called for three things: a pay rise, shorter shifts and a new canteen.",
       "called for three things: a pay rise, shorter shifts and a new canteen"),
      // (nor a colon after a few words, which point to the quote as the proposal, nor after words the quote gives,
      // nor one right after the verb)
      ("The mayor recommended the following: “Close the pier until it is repaired.”",
       "recommended the following: “Close the pier until it is repaired.”"),
      ("The mayor proposed new wording for the charter: “Every child shall have a park within a mile.”",
       "proposed new wording for the charter: “Every child shall have a park within a mile.”"),
      ("Ann Vey proposed: “I request all the mayors of the land to plant a hundred trees this winter.”",
       "proposed: “I request all the mayors of the land to plant a hundred trees this winter.”"),
    ]
    for (text, proposal) in cases {
      XCTAssertEqual(run(text).proposals.map(\.text), [proposal], text)
    }
  }

  func testAQuestionProposesNothing() {
    for text in [
      "“Is that where we need to be? Hardly,” Lia Moss said.",
      "She asked: “Should the county ban wood stoves?”",
      "“Why do we need to keep the old ferry running?” he said.",
      "But has Ann Vey called for changing any of the rules that help her?",
    ] {
      XCTAssertTrue(run(text).proposals.isEmpty, text)
    }
    // (the sentence after a question may propose, and so may a clause before another's question)
    let a = run("“Why wait?” Lia Moss said. “We need to act now.”")
    XCTAssertEqual(a.proposals.map(\.text), ["We need to act now"])
    XCTAssertEqual(
      run("Senator Paul Okafor called for a recount, asking “who counted these ballots?”").proposals.map(\.text),
      ["called for a recount"])
    XCTAssertEqual(run("Mayor Dana Holt urged the council to act quickly: “Why wait another year?”").proposals.count, 1)
  }
}
