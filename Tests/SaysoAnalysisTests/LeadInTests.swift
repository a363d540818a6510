import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// What leads in to reported words without a verb of saying after them: a sentence whose subject is the quote's
/// speaker, and the source an "according to" names.
final class LeadInTests: XCTestCase, AnalysingText {
  func testACommaLeadsInAsAColonDoesWhenTheQuoteEndsTheSentence() {
    let a = run("Senator Ann Vey spoke on Fox News, \"This is going to lead to a war.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    // (not when the quote has its own frame after it, nor from a noun's head before "of")
    let b = run("Tom Reed spoke. Ann Vey arrived late, \"We won,\" he said.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Reed")
    let c = run("Part of the tweet included the statement, \"when the looting starts, the shooting starts.\"")
    XCTAssertNil(c.quotes.first?.group)
    XCTAssertNil(c.quotes.first?.speaker)
    let d = run("Bill Gerstenmaier of NASA spoke of the collaboration: \"It's fun working with a new partner.\"")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Bill Gerstenmaier")
  }

  func testLowerCaseWordsOfARoleBeforeTheNameThatOpensAColonsSentence() {
    let a = run("Former Republican presidential candidate Ann Vey was blunt: “What he did was so insensitive.”")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Former Republican presidential candidate")
    // (a role no list holds, when the words parse as a person's name with its role)
    let b = run("Former Obama speechwriter Ann Vey published a column, entitled, “Why the Vote Matters.”")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
    // (not past a possessive, a pronoun or a verb: no speaker of a slogan the page shows)
    let c = run("The group's Web page features a man wearing a turban printed with a slogan, \"Make Us Great.\"")
    XCTAssertNil(c.quotes.first?.speaker)
  }

  func testATimeMayOpenTheSentenceACommaLeadsInFrom() {
    let a = run(
      "Earlier this week, Ann Vey shared a bit of her anxiety with an audience at a fundraiser in the Hamptons, "
        + "“I do not know which candidate will show up.”")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testAVerbOfSayingEndingItsParagraphInAColonLeadsInFromAnyNounPhrase() {
    let a = run("In a statement, the convention committee said about its platform:\n\n“The platform goes further.”")
    XCTAssertEqual(a.quotes.map(\.text), ["“The platform goes further.”"])
    XCTAssertEqual(a.quotes.first?.group, "the convention committee")
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
      "The guard declared him a martyr. Ann Vey, the leader, ordered three days of mourning. In her message, she "
        + "praised his life:\n\n“He was a stellar example of those educated in the school.”")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Ann Vey")
  }

  func testAColonsSentenceThatOpensTheParagraphInLowerCase() {
    // (found by scripts/fuzz.sh: the words before a name were read one place before the paragraph)
    XCTAssertEqual(run("well: “We won.”").quotes.map(\.text), ["“We won.”"])
    XCTAssertEqual(run("the vote was close, “We won.”").quotes.map(\.text), ["“We won.”"])
  }

  func testADatesCommaDoesNotEndTheSourceAfterAccordingTo() {
    let a = run("According to a March 14, 2019 NATO press release, Hungary spent 1.15% of its GDP on the military.")
    XCTAssertEqual(a.quotes.map(\.text), ["Hungary spent 1.15% of its GDP on the military"])
    XCTAssertEqual(a.quotes.first?.group, "a March 14, 2019 NATO press release")
  }

  func testTheItemsOfAListAfterAColonAreNoDashQuotes() {
    let a = run(
      "This year's winners are:\n\n— Ann Vey of the Daily Star, winner of the award for coverage.\n\n"
        + "— Tom Reed of the Globe, winner of the prize for photography.")
    XCTAssertTrue(a.quotes.isEmpty)
    let c = run("Tom Reed has many strengths:\n\n— The fact that he talks about jobs at every rally;")
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
}
