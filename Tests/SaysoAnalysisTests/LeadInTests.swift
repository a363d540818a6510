import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// What leads in to reported words without a verb of saying after them: a sentence whose subject is the quote's
/// speaker, and the source an "according to" names.
final class LeadInTests: XCTestCase, AnalysingText {
  func testThePersonAStatementIsFromSpeaksAfterTheColon() {
    let a = run("The club issued a statement from its chairman, Piet Vann: “We are shocked and saddened.”")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Piet Vann")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "chairman")
    XCTAssertEqual(run("The council released a message from Ann Vey: “The pool will reopen.”").quotes.first?.speaker?.name,
      "Ann Vey")
    // (not a body's statement: "a statement from the board")
    XCTAssertNil(run("The club issued a statement from the board: “We are shocked.”").quotes.first?.speaker)
  }

  func testAPluralAfterAPrepositionAndANameIsANounNotTheNamesVerb() {
    // "comments" after "in Daily Ledger" is no verb the paper speaks with: the sentence's subject leads in
    let a = run("Party chairman Olaf Berg reflects this view in Daily Ledger comments: \"We will never accept the merger.\"")
    XCTAssertNil(a.quotes.first?.organisation)
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Olaf Berg")
    // (a name that no preposition opens still speaks with it)
    let b = run("Olaf Berg of Lund comments on the vote: \"We will never accept the merger.\"")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Olaf Berg")
    // (a clause after it makes it the verb of the phrase the name ends)
    let c = run("The president of Costa Rica claims the deal is fair.")
    XCTAssertEqual(c.quotes.map(\.text), ["the deal is fair"])
    XCTAssertEqual(run("A spokeswoman for General Motors notes that sales fell.").quotes.map(\.text), ["that sales fell"])
    // (but a relative "that" after it leaves it a noun)
    let d = run("Banners hung in front of LNF headquarters that said \"Vote today.\"")
    XCTAssertEqual(d.quotes.map(\.text), ["\"Vote today.\""])
  }

  func testACommaLeadsInAsAColonDoesWhenTheQuoteEndsTheSentence() {
    let a = run("Senator Ann Vey spoke on Sky News, \"This is going to close the port.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    // (not when the quote has its own frame after it, nor from a noun's head before "of")
    let b = run("Tom Reed spoke. Ann Vey arrived late, \"We won,\" he said.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Reed")
    let c = run("Part of the tweet included the line, \"when the river rises, the bridge closes.\"")
    XCTAssertNil(c.quotes.first?.group)
    XCTAssertNil(c.quotes.first?.speaker)
    let d = run("Tom Ware of Airbus spoke of the venture: \"It's good building with a fresh supplier.\"")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Tom Ware")
  }

  func testLowerCaseWordsOfARoleBeforeTheNameThatOpensAColonsSentence() {
    let a = run("Former Democratic presidential candidate Ann Vey was frank: “What he wrote was so careless.”")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Former Democratic presidential candidate")
    // (a role no list holds, when the words parse as a person's name with its role)
    let b = run("Former Marlow speechwriter Ann Vey published an essay, entitled, “Why the Count Matters.”")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
    // (not past a possessive, a pronoun or a verb: no speaker of a slogan the page shows)
    let c = run("The club's Web page features a boy wearing a cap printed with a slogan, \"Play It Fair.\"")
    XCTAssertNil(c.quotes.first?.speaker)
  }

  func testATimeMayOpenTheSentenceACommaLeadsInFrom() {
    let a = run(
      "Earlier this week, Ann Vey shared some of her worries with guests at a dinner in Bristol, "
        + "“I am not sure which team will turn up.”")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testAVerbOfSayingEndingItsParagraphInAColonLeadsInFromAnyNounPhrase() {
    let a = run("In a statement, the planning board said about its budget:\n\n“The budget does more.”")
    XCTAssertEqual(a.quotes.map(\.text), ["“The budget does more.”"])
    XCTAssertEqual(a.quotes.first?.group, "the planning board")
    // (the verb of the sentence's last clause)
    let b = run(
      "The Times made these allegations against the group in February, and the group responded:\n\n“The claims are "
        + "untrue.”")
    XCTAssertEqual(b.quotes.map(\.text), ["“The claims are untrue.”"])
    XCTAssertEqual(b.quotes.first?.group, "the group")
  }

  func testAVerbOfSayingBeforeItsSpeakerAndAColonLeadsIn() {
    let a = run("Ann Vey met voters.\n\nStated Vey:\n\n\"I think the stakes are high. They would do anything.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(run("Said the mayor:\n\n\"We are ready for this.\"").quotes.first?.group, "the mayor")
  }

  func testALinkLabelOpensNoClaimOfTheArticle() {
    // (the title of another story, a video or a photo, framed or not)
    XCTAssertTrue(run("Read more: \"We will fight this,\" says mayor").quotes.isEmpty)
    XCTAssertTrue(run("WATCH | Minister says the rules are fair").quotes.isEmpty)
    XCTAssertEqual(run("Watch the mayor: he said the rules are fair.").quotes.count, 1)
  }

  func testAWorksTitleAfterItsNounIsNoOnesWords() {
    XCTAssertTrue(run("The film, \"The Long Road Home,\" opens Friday across the country.").quotes.isEmpty)
    XCTAssertTrue(run("Her first album, \"A Year Of Quiet Days,\" sold well.").quotes.isEmpty)
    // (a title inside a labelling verb's clause stays in it)
    let a = run("Critic Tom Reed mocked the film \"Winter Tides\" and its sequel as too \"soft\" for adults.")
    XCTAssertFalse(a.quotes.isEmpty)
  }

  func testAPronounOpensAColonsSentenceAsANameDoes() {
    let a = run(
      "The club declared him a legend. Ann Vey, the chair, ordered a week of tributes. In her message, she "
        + "praised his career:\n\n“He was a fine example of those trained in the academy.”")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Ann Vey")
  }

  func testAColonsSentenceThatOpensTheParagraphInLowerCase() {
    // (found by scripts/fuzz.sh: the words before a name were read one place before the paragraph)
    XCTAssertEqual(run("well: “We won.”").quotes.map(\.text), ["“We won.”"])
    XCTAssertEqual(run("the vote was close, “We won.”").quotes.map(\.text), ["“We won.”"])
  }

  func testADatesCommaDoesNotEndTheSourceAfterAccordingTo() {
    let a = run("According to a June 3, 2021 OECD press release, Portugal spent 2.4% of its GDP on research.")
    XCTAssertEqual(a.quotes.map(\.text), ["Portugal spent 2.4% of its GDP on research"])
    XCTAssertEqual(a.quotes.first?.group, "a June 3, 2021 OECD press release")
  }

  func testAccordingToAfterASemicolonOpensItsClause() {
    let a = run("The sky was grey over the port; according to police, the man fled on foot.")
    XCTAssertEqual(a.quotes.map(\.text), ["the man fled on foot"])
    XCTAssertEqual(a.quotes.first?.group, "police")
  }

  func testEachClauseAfterASemicolonMayHaveASourceOfItsOwn() {
    let a = run("The bridge is safe, according to the mayor; it is not safe, according to the engineer.")
    XCTAssertEqual(a.quotes.map(\.text), ["The bridge is safe", "it is not safe"])
    XCTAssertEqual(a.quotes.map(\.group), ["the mayor", "the engineer"])
    // (a clause with no source of its own is the writer's)
    XCTAssertEqual(run("The bridge is safe, according to the mayor; the engineer disagrees.").quotes.count, 1)
  }

  func testTheItemsOfAListAfterAColonAreNoDashQuotes() {
    let a = run(
      "This year's winners are:\n\n— Ann Vey of the Daily Star, winner of the medal for local reporting.\n\n"
        + "— Tom Reed of the Harbour Herald, winner of the cup for design.")
    XCTAssertTrue(a.quotes.isEmpty)
    let c = run("Tom Reed has many strengths:\n\n— The fact that he speaks about schools at each meeting;")
    XCTAssertTrue(c.quotes.isEmpty)
    // (a verb of saying before the colon leads in to what was said)
    let b = run("Ivan Petrov told Izvestia:\n\n— We are ready to talk to anyone.")
    XCTAssertEqual(b.quotes.count, 1)
  }

  func testAQuoteAfterTheColonOfABodysOrADocumentsSentenceIsItsNotTheLastSpeakers() {
    let a = run(
      "\"We will rebuild,\" Mayor Dana Moss said.\n\n"
        + "The port authority defended the closure as lawful: \"The berths were unsafe and had to be shut.\"")
    XCTAssertEqual(a.quotes.last?.organisation ?? a.quotes.last?.group, "The port authority")
    XCTAssertNil(a.quotes.last?.speaker)
    // (after a pronoun's sentence the quote goes on from the last speaker)
    let b = run("\"We will rebuild,\" Mayor Dana Moss said.\n\nShe was blunt about the cost: \"It will be dear.\"")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Dana Moss")
  }

  func testAnInterviewsAnswerGoesOnToTheNextLabel() {
    let a = run(
      "Wikinews spoke with Dana Veltri.\n\n((WN)) What is your plan?\n\n((Dana Veltri)) First, I want to fix the roads.\n\n"
        + "Then we will open two clinics, and I think the city should vote on it.\n\n((WN)) Thank you.")
    XCTAssertEqual(a.quotes.map(\.text), [
      "First, I want to fix the roads.", "Then we will open two clinics, and I think the city should vote on it.",
    ])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Dana Veltri", "Dana Veltri"])
    // (not after a line labelled in capitals, which a report may quote before going on in its own words)
    let b = run("VELTRI: We will fix the roads.\n\nThe exchange lasted an hour.")
    XCTAssertEqual(b.quotes.count, 1)
  }

  func testAReportInAQuestionPutToYouIsNoClaim() {
    let a = run(
      "Wikinews spoke with Dana Veltri.\n\n((WN)) You said the fossil was a new species?\n\n"
        + "((WN)) How did you react after confirming the bones were a new species?\n\n"
        + "((WN)) What do you think caused the collapse?")
    XCTAssertTrue(a.quotes.isEmpty, "\(a.quotes.map(\.text))")
    // (what was asked is a claim)
    let b = run("The engineer asked whether the dam would hold?")
    XCTAssertEqual(b.quotes.map(\.text), ["whether the dam would hold?"])
  }
}
