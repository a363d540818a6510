import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// The hard cases of docs/extraction.md, end to end through `analyze(_:)`.
final class AnalysisTests: XCTestCase, AnalysingText {
  /// Analyses `text` as the body of an article under a headline (a first short line is a title).
  func speakers(_ a: ArticleAnalysis) -> [String?] { a.quotes.map { $0.speaker?.name ?? $0.group } }

  func testClaimTextIsTheParagraphSlice() {
    let a = run("😀 “We need peace,” Nora Vale said. Ünïcode follows, he noted.")
    XCTAssertFalse(a.quotes.isEmpty)
    for q in a.quotes {
      let p = Array(a.article.paragraphs[q.paragraph].text.unicodeScalars)
      var v = String.UnicodeScalarView()
      v.append(contentsOf: p[q.start..<q.end])
      XCTAssertEqual(String(v), q.text)
    }
  }

  func testSpeakerAfterTheQuoteAndInversion() {
    let a = run(
      "Nora Vale spoke on Monday.\n\n“This is a rather bold plan,” Vale said.\n\n"
        + "“It will not pass,” said Owen Kirby."
    )
    XCTAssertEqual(speakers(a), ["Nora Vale", "Owen Kirby"])
    XCTAssertEqual(a.quotes.map(\.kind), [.direct, .direct])
  }

  func testAReadingAfterItsQuoteIsAFrameOfTheDocumentsAuthor() {
    let a = run(
      "Judge Gray Miller ruled on Friday. \"Women are now similarly situated,\" reads Judge Miller's statement, "
        + "\"and that time has passed.\"")
    XCTAssertEqual(a.quotes.map(\.speaker?.name), ["Gray Miller", "Gray Miller"])
    // "read" is no verb of saying before what is read
    XCTAssertEqual(run("Judge Gray Miller reads the law as a ban on the practice.").quotes, [])
  }

  func testOutletAfterToldIsNeverTheSpeaker() {
    let a = run(
      "Compliance is hard to check, Nora Quist, the president of the Baltic Water Policy Association, told Reuters."
    )
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Nora Quist")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "president of the Baltic Water Policy Association")
  }

  func testPluralSourcesAreAGroup() {
    let a = run("The plan might be hard to realize, experts told Sputnik.")
    XCTAssertNil(a.quotes.first?.speaker)
    XCTAssertEqual(a.quotes.first?.group, "experts")
    XCTAssertTrue(a.people.isEmpty)
  }

  func testAccordingToAndPronounResolution() {
    let a = run("Vladimir Putin spoke on Friday.\n\nAccording to him, the risk of confrontation remains high.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Vladimir Putin")
    XCTAssertEqual(a.quotes.first?.cue, "according to")
  }

  func testRoleNounResolvesToThePerson() {
    let a = run(
      "Russian President Vladimir Putin issued a statement.\n\nThese measures will help, the Russian leader is confident."
    )
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Vladimir Putin")
    XCTAssertEqual(a.quotes.first?.speaker?.mention, "the Russian leader")
  }

  func testAPlacesRoleResolvesToThePersonTheArticleNamesInIt() {
    let a = run("Manitoba's premier says rents will be capped.\n\n\"We will not apologize,\" Premier Wab Kinu said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Wab Kinu")
    XCTAssertEqual(a.quotes.first?.speaker?.mention, "Manitoba's premier")
    // with no one named in the role, the role is a group
    XCTAssertEqual(run("Manitoba's premier says rents will be capped.").quotes.first?.group, "Manitoba's premier")
    // nor is the place's premier its deputy premier (another office)
    let b = run("Manitoba Deputy Premier Ann Vey said the roads were clear. Manitoba's premier has promised a grant.")
    XCTAssertEqual(b.quotes.map { $0.speaker?.name ?? $0.group }, ["Ann Vey", "Manitoba's premier"])
  }

  func testATitleWithNoClassOfSynonymsResolvesToThePersonWhoHoldsIt() {
    let a = run("Actress Dena Crosbie will appear in the final season. The actress recalled that they were \"scrappy.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dena Crosbie")
    XCTAssertEqual(a.quotes.first?.speaker?.mention, "The actress")
    // a title that is also a body's word names the body, not the person who holds an office of it
    let b = run("Senate Majority Leader Mitch McConnel spoke on Monday. The Senate said it would wait for the election.")
    XCTAssertNil(b.quotes.first?.speaker)
  }

  func testARoleWithAnotherPortfolioIsNotThePersonNamedInOne() {
    let a = run(
      "Energy Minister Tomas Kerrigan said 40 homes lost power. The regional health minister said, "
        + "\"Two people were treated for burns.\"")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Tomas Kerrigan", nil])
    XCTAssertEqual(a.quotes.last?.group, "The regional health minister")
    // the same portfolio, and no portfolio, stand for the person
    let b = run(
      "Health Minister Tomas Kerrigan said 40 homes lost power. The regional health minister said, "
        + "\"Two people were treated for burns.\"")
    XCTAssertEqual(b.quotes.map { $0.speaker?.name }, ["Tomas Kerrigan", "Tomas Kerrigan"])
    let c = run("Energy Minister Tomas Kerrigan said 40 homes lost power. The minister said repairs would take a week.")
    XCTAssertEqual(c.quotes.map { $0.speaker?.name }, ["Tomas Kerrigan", "Tomas Kerrigan"])
  }

  func testTitlesWithTheirCountrysDemonymAfterTheAreARole() {
    let a = run("The Dutch Prime Minister asked households to cut their gas use.")
    XCTAssertEqual(a.quotes.first?.group, "The Dutch Prime Minister")
    let b = run(
      "Dutch Prime Minister Anton Dekker said the rationing would last. Later the Dutch Prime Minister asked "
        + "households to cut their gas use.")
    XCTAssertEqual(b.quotes.map { $0.speaker?.name }, ["Anton Dekker", "Anton Dekker"])
    // a body's name is no role
    let c = run("The Free State said both men were its envoys.")
    XCTAssertEqual(c.quotes.first?.organisation, "Free State")
  }

  func testNamesInsideTheQuoteAreNotTheSpeaker() {
    let a = run("Owen Kirby teaches history.\n\n\"Hale and Moss will both refuse,\" he said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Owen Kirby")
  }

  func testABylineIsNeverASpeaker() {
    let a = run("By Jane Doe\n\nThe plan was approved on Monday.\n\n\"It will work,\" she said.")
    XCTAssertNil(a.quotes.first?.speaker)
    XCTAssertEqual(a.people, [])
  }

  func testMentionedPeopleAreNotExperts() {
    let a = run("Donald Trump and Joe Biden were mentioned.\n\n“It will be hard,” Pavel Sharikov summed up.")
    XCTAssertEqual(a.people.map(\.name), ["Pavel Sharikov"])
  }

  func testQuoteContinuingOverParagraphs() {
    let a = run("“The first part goes on,” Ann Simpson said. “And more\n\n“The second paragraph ends the quote.”")
    XCTAssertTrue(a.quotes.contains { $0.paragraph == 2 && $0.speaker?.name == "Ann Simpson" })
  }

  func testDashQuoteWithFrame() {
    let a = run(
      "– Either party will be blamed for the delay in Oslo’s plans, – Hugo Barr, President of the Nordic Policy "
        + "Institute in Oslo, told Yle."
    )
    XCTAssertEqual(a.quotes.count, 1)
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Hugo Barr")
    XCTAssertEqual(a.quotes.first?.text, "Either party will be blamed for the delay in Oslo’s plans")
  }

  func testMixedQuote() {
    let a = run("Fishing quotas \"do not cut the costs of fleets,\" but reassure the public, Rita Moss noted.")
    XCTAssertEqual(a.quotes.count, 1)
    XCTAssertEqual(a.quotes.first?.kind, .mixed)
  }

  func testProposals() {
    let a = run(
      "Rita Moss proposed to resume the stalled ferry talks. She also called on Norway to share its catch data.")
    XCTAssertEqual(a.proposals.map(\.cue), ["proposed", "called on"])
    XCTAssertEqual(a.proposals.map { $0.proposer?.name }, ["Rita Moss", "Rita Moss"])
  }

  func testProposalInsideAQuote() {
    let a = run("“I propose to conclude a global agreement,” Vladimir Putin said.")
    XCTAssertEqual(a.proposals.first?.text, "I propose to conclude a global agreement")
    XCTAssertEqual(a.proposals.first?.proposer?.name, "Vladimir Putin")
  }

  func testASecondVerbProposesForTheClausesSubject() {
    let a = run("Premier Caroline Cochrane thanked crews and urged residents to follow orders.")
    XCTAssertEqual(a.proposals.first?.proposer?.name, "Caroline Cochrane")
    XCTAssertEqual(a.proposals.first?.text, "urged residents to follow orders")
  }

  func testASecondVerbInAClauseThatOpensProposesForThatClausesSubject() {
    let a = run(
      "A boost for the campaign came with the news that Tom Reed planned to invest money in the port and offered "
        + "to pay fees for nurses.")
    XCTAssertEqual(a.proposals.first?.proposer?.name, "Tom Reed")
  }

  func testLowerCaseModifiersAfterACapitalisedOneGoOnWithTheSubject() {
    let a = run(
      "Presumptive Republican presidential nominee Tom Reed thanked crews and urged residents to follow orders.")
    XCTAssertEqual(a.proposals.first?.proposer?.name, "Tom Reed")
  }

  func testASemicolonEndsAProposal() {
    let a = run("The senator calls for a four-day school week; her rival aims to keep the current calendar.")
    XCTAssertEqual(a.proposals.first?.text, "calls for a four-day school week")
  }

  func testNotProposals() {
    XCTAssertTrue(run("Washington did not propose to restore the talks.").proposals.isEmpty)
    XCTAssertTrue(run("The senator rejected the proposal to cut taxes.").proposals.isEmpty)
    XCTAssertTrue(run("The data suggest that prices will rise.").proposals.isEmpty)
    XCTAssertTrue(run("The study suggests that prices will rise.").proposals.isEmpty)
    // (but a written work recommends, proposes and calls for things)
    let a = run("The report recommends that the province hire 500 more nurses.")
    XCTAssertEqual(a.proposals.map(\.text), ["recommends that the province hire 500 more nurses"])
    XCTAssertEqual(run("The study called for 500 more nurses.").proposals.count, 1)
    // (a call or an offer "to" someone, not to do something)
    XCTAssertTrue(run("He spoke of the rumour during a call to the station on Friday.").proposals.isEmpty)
    XCTAssertEqual(run("The mayor made a call to end the strike.").proposals.count, 1)
    // (a first person's words that propose nothing: "let us" inside a clause, a modal with nothing after it)
    XCTAssertTrue(run("“Just a few missed chances let us down,” he said.").proposals.isEmpty)
    XCTAssertTrue(run("“How many, we can't yet say. We need to.” Ann Roy said.").proposals.isEmpty)
    XCTAssertEqual(
      run("“We lost, and let us be honest about it,” he said.").proposals.map(\.text), ["let us be honest about it"])
  }

  func testCueInsideTheQuoteIsNotAFrame() {
    let a = run("Tom Whalen runs the shop. “They said it would never work, and I told them so,” Whalen said.")
    XCTAssertEqual(a.quotes.count, 1)
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Whalen")
  }
}

/// Cases found while measuring on news text: frames inside sentences, coordinated verbs, quote marks
/// that are mixed, nested or stray, transcripts and signatures.
final class MoreAttributionTests: XCTestCase, AnalysingText {
  func testFrameInsideTheSentence() {
    let a = run("These drivers, Trask explained earlier in the inquiry, were “well-trained,” he insisted.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Trask")
    XCTAssertTrue(a.quotes.first?.text.hasPrefix("These drivers") ?? false)
  }

  func testCoordinatedReportingVerbsMakeTwoAttributions() {
    let a = run("Norway said it was opposed to the drilling and warned Iceland to refrain from further surveys.")
    XCTAssertEqual(a.quotes.map(\.cue), ["said", "warned"])
    XCTAssertEqual(a.quotes.map(\.text), ["it was opposed to the drilling", "to refrain from further surveys"])
  }

  func testMixedAndNestedMarks() {
    let a = run("“As a young cook I’d rather work in what he calls “a pit” than dine with him.” ― Lucia Pike")
    XCTAssertEqual(a.quotes.count, 1)
    XCTAssertTrue(a.quotes.first?.text.hasSuffix("with him.”") ?? false)
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Lucia Pike")
  }

  func testStrayStraightMarkAmongCurlyQuotes() {
    let a = run("\"Hale strode up to the podium, chanting “One more term, one more term!” as the hall cheered")
    XCTAssertFalse(a.quotes.contains { $0.text.hasPrefix("\"Hale") })
  }

  func testTranscriptLines() {
    let a = run(
      "The exchange went on.\n\n\"BARR: Do you truly think those plans are equal? I ask because time is short.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "BARR")
    XCTAssertEqual(a.quotes.first?.text, "Do you truly think those plans are equal? I ask because time is short.")
    // a transcript's line is the speaker's own words, quoted whole
    XCTAssertEqual(a.quotes.first?.kind, .direct)
  }

  func testATranscriptLabelInDoubleBracketsIsThePersonNamed() {
    let a = run(
      "Wikinews spoke with Dana Veltri, a candidate.\n\n((WN)) What is your plan?\n\n"
        + "((Dana Veltri)) I do not trust quick fixes. I think the city should vote.")
    XCTAssertEqual(a.quotes.map(\.text), ["I do not trust quick fixes. I think the city should vote."])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Veltri")
    XCTAssertEqual(a.quotes.first?.kind, .direct)
    // an interviewer's initials name no one
    XCTAssertEqual(a.people.map(\.name), ["Dana Veltri"])
    // a given name alone labels its person too, an outlet's name does not
    let b = run(
      "Wikinews spoke with a man who runs a bakery.\n\n((WN)) How did it change?\n\n"
        + "((Milo)) Much has changed. I believed the shop I ran was all I had.\n\n"
        + "((Wikinews)) Thank you for your time today.")
    XCTAssertEqual(b.quotes.map(\.text), ["Much has changed. I believed the shop I ran was all I had."])
    XCTAssertEqual(b.people.map(\.name), ["Milo"])
  }

  func testTheOriginalOfAnAnswerAfterItsTranslationsMarkerIsNoPartOfTheWords() {
    let a = run(
      "Wikinews spoke with baker Lucia Ferreira.\n\n((WN)) How did it start?\n\n"
        + "((Lucia Ferreira)) My aunt baked at dawn. ((es))Spanish language: \u{200D}Mi tía horneaba al amanecer.")
    XCTAssertEqual(a.quotes.map(\.text), ["My aunt baked at dawn."])
    // (but an inline word's original, after which the sentence goes on, stays where it stands)
    let b = run("Ann Vey said the port was \"nearly idle\" ((pt))Portuguese language: \u{200D}quase parado by May.")
    XCTAssertEqual(b.quotes.count, 1)
    XCTAssertTrue(b.quotes.first?.text.hasSuffix("by May") == true)
  }

  func testAParagraphAfterAnAnswerThatTellsOfTheOneWhoAnsweredIsTheReporters() {
    let a = run(
      "Wikinews spoke with coach Nadia Orlov.\n\n((WN)) How was the season?\n\n((Nadia Orlov)) Mostly good.\n\n"
        + "Orlov, who has coached the squad since 2015, later told local radio the team \"peaked too early\".")
    XCTAssertEqual(a.quotes.map(\.text), ["Mostly good.", "the team \"peaked too early\""])
    XCTAssertEqual(a.quotes.last?.kind, .mixed)
    // (but one who names themselves as "I" or "me" still answers)
    let b = run(
      "Wikinews spoke with coach Nadia Orlov.\n\n((WN)) Why that name?\n\n((Nadia Orlov)) It was my mother's.\n\n"
        + "So the club stands for me, Nadia Orlov, and for her.")
    XCTAssertEqual(b.quotes.last?.text, "So the club stands for me, Nadia Orlov, and for her.")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Nadia Orlov")
    // (nor is a family name that is a common word, at a sentence's start, a name)
    let c = run(
      "Wikinews spoke with farmer Tom Young.\n\n((WN)) How has the valley changed?\n\n((Tom Young)) The river is low.\n\n"
        + "Young people leave for the city and the farms close.")
    XCTAssertEqual(c.quotes.last?.speaker?.name, "Tom Young")
    XCTAssertEqual(c.quotes.count, 2)
    // (but before a verb of saying it is the name: the reporter tells what the one answering said)
    let d = run(
      "Wikinews spoke with coach Mark White.\n\n((WN)) How was it?\n\n((Mark White)) It was hard.\n\n"
        + "White said the club had no money left.")
    XCTAssertEqual(d.quotes.map(\.text), ["It was hard.", "the club had no money left"])
  }

  func testIInTheParagraphsOfAnAnswerIsTheOneWhoAnswers() {
    let a = run(
      "Wikinews spoke with Dana Veltri, a candidate.\n\n((WN)) What is your plan? I think it matters.\n\n"
        + "((Dana Veltri)) We start with the budget.\n\nI think the city should vote on it.\n\n"
        + "((WN)) Why? I believe you.")
    // (the paragraph is the answer going on, hers as a whole)
    XCTAssertEqual(
      a.quotes.first(where: { $0.text == "I think the city should vote on it." })?.speaker?.name, "Dana Veltri")
    // what the interviewer thinks is the lead-in to a question, no claim
    XCTAssertFalse(a.quotes.contains(where: { $0.text == "it matters" }))
    XCTAssertFalse(a.quotes.contains(where: { $0.text == "you" }))
    // (and so is what "you" know in the interviewer's turn; the answer stays)
    let b = run(
      "Wikinews spoke with Dana Veltri, a candidate.\n\n((WN)) You know the rule I mean. We heard it was cut. Was it?\n\n"
        + "((Dana Veltri)) It was.")
    XCTAssertEqual(b.quotes.map(\.text), ["It was."])
  }

  func testYouIsTheOneSpokenToNeverAPersonNamedBefore() {
    let a = run(
      "Wikinews spoke with Anna Veltri, a candidate.\n\n((WN)) What happened?\n\n"
        + "((Anna Veltri)) It was hard.\n\nYou know, nobody would ever find us out there.")
    XCTAssertNil(a.quotes.first(where: { $0.cue == "know" })?.speaker)
    let b = run("Tom Reed spoke in Leeds. You know the plan was sound.")
    XCTAssertNil(b.quotes.first?.speaker)
    // "you know" as a filler is no cue at all
    XCTAssertTrue(run("Tom Reed spoke. You know, I paid a price for that.").quotes.isEmpty)
    XCTAssertTrue(run("Tom Reed spoke. You know what people say about dogs like that?").quotes.isEmpty)
    XCTAssertTrue(run("Tom Reed spoke. Radio as we know it is dying.").quotes.isEmpty)
    // (after an interviewer's label in brackets too: no group "You")
    let c = run("((WN))  You mentioned your family ran a bakery in Cork.  What was that like?")
    XCTAssertEqual(c.quotes.map(\.text), ["your family ran a bakery in Cork"])
    XCTAssertNil(c.quotes.first?.speaker)
    XCTAssertNil(c.quotes.first?.group)
  }

  func testASuppositionInAnInterviewersTurnIsNoClaim() {
    for turn in [
      "((WN))  Let's say a diner sends back a plate and I am the cook. What then?",
      "((WN))  Imagine a supplier tells you that the fish will be late again. How do you react?",
      "((WN))  Suppose the council says kitchens must close by ten. Would you move?",
    ] {
      let a = run("Wikinews spoke with chef Marta Olsen.\n\n" + turn + "\n\n((Marta Olsen))  I find a way.")
      XCTAssertEqual(a.quotes.map(\.text), ["I find a way."], turn)
    }
    // (a claim of someone else in a supposition's sentence stands: "Imagine the reaction when the minister said …")
    let c = run(
      "Wikinews spoke with chef Marta Olsen.\n\n((WN))  Imagine the mood when the minister said the market "
        + "would close. Were the traders angry?\n\n((Marta Olsen))  Yes.")
    XCTAssertEqual(c.quotes.first?.text, "the market would close")
    // (the answer's own supposition is the one who answers: "Let's say …" is hers)
    let b = run(
      "Wikinews spoke with chef Marta Olsen.\n\n((WN))  What then?\n\n((Marta Olsen))  Let's say I close. "
        + "Nobody eats.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Marta Olsen")
  }

  func testAChartsLinesInsideAnAnswerAreNoOnesWordsAndTheAnswerGoesOnAfterThem() {
    let a = run(
      "Wikinews spoke with Anna Veltri, a zoologist.\n\n((WN)) What did you find?\n\n"
        + "((Anna Veltri)) Mostly voles. Here are the counts.\n\n██ Voles: 212\n\n██ Red deer (antlers): 24\n\n"
        + "So the voles were most of it.")
    XCTAssertEqual(a.quotes.map(\.text), ["Mostly voles. Here are the counts.", "So the voles were most of it."])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Anna Veltri", "Anna Veltri"])
  }

  func testYouInAnInterviewersTurnIsTheOneWhoAnswersIt() {
    let a = run(
      "Wikinews spoke with Anna Veltri, a candidate.\n\n((WN)) You mentioned the depot was sold in May. Why?\n\n"
        + "((Anna Veltri)) It lost money.\n\n((WN)) As you wrote, \"the depot was our lifeline.\" What now?\n\n"
        + "((Anna Veltri)) We rebuild.")
    XCTAssertEqual(a.quotes.first(where: { $0.text == "the depot was sold in May" })?.speaker?.name, "Anna Veltri")
    XCTAssertEqual(a.quotes.first(where: { $0.cue == "wrote" })?.speaker?.name, "Anna Veltri")
    // (not what "you" know: the asker's lead-in)
    let b = run(
      "Wikinews spoke with Anna Veltri, a candidate.\n\n((WN)) You know the depot was sold in May. Why?\n\n"
        + "((Anna Veltri)) It lost money.")
    XCTAssertNil(b.quotes.first(where: { $0.cue == "know" })?.speaker)
  }

  func testHeOrSheInTheParagraphsOfAnAnswerIsNotTheOneWhoAnswers() {
    let a = run(
      "Wikinews spoke with Anna Veltri, a candidate.\n\n((WN)) What happened?\n\n"
        + "((Anna Veltri)) A nurse came by the ward, Ilse.\n\nShe asked me where I had come from.")
    XCTAssertNil(a.quotes.first(where: { $0.text == "where I had come from" })?.speaker)
  }

  func testATranscriptLabelOfInitialsIsThePersonWithThem() {
    let a = run(
      "Wikinews spoke with biologist Nadia Grove about the survey.\n\n"
        + "NG: This survey began in 1994, well before I joined the team. We ring the birds each spring.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Nadia Grove")
    XCTAssertEqual(a.people.map(\.name), ["Nadia Grove"])
    // initials that no one named in the article has stay the label
    let b = run("The exchange went on.\n\nNG: This survey began in 1994, well before I joined the team.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "NG")
  }

  func testATranscriptLabelOfANameInCapitalsIsAPerson() {
    let a = run("The interview went on.\n\nDANA BRUNKOWSKI: We are ready to talk to anyone who will listen.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "DANA BRUNKOWSKI")
    XCTAssertNil(a.quotes.first?.organisation)
    XCTAssertEqual(NameTyper.type("DANA BRUNKOWSKI").kind, .person)
    // (not an acronym's name, nor a firm's)
    XCTAssertEqual(NameTyper.type("NATO").kind, .organisation)
    XCTAssertEqual(NameTyper.type("DANA HOLDINGS INC").kind, .organisation)
  }

  func testQuotedPhraseEndsBeforeANewClause() {
    let a = run(
      "Iowa Gov. Ian Holt described Vera Lund as a “fraud” after she criticised the budget.")
    XCTAssertEqual(a.quotes.first?.text, "Vera Lund as a “fraud”")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ian Holt")
  }

  func testContentStopsAtASecondPredicateOrACommentAfterItsQuote() {
    let a = run("Mayor Lena Ortiz said she would offer “full support” to the winner but did not say who that would be.")
    XCTAssertEqual(a.quotes.first?.text, "she would offer “full support” to the winner")
    let b = run("Senator Raul Dane said the draw had been “fixed” against him, a claim that drew jeers from the crowd.")
    XCTAssertEqual(b.quotes.first?.text, "the draw had been “fixed” against him")
  }

  func testAParticipleAfterAnAdverbIsASecondReport() {
    let a = run("She condemned the attack, recently telling aides that it was cowardly.")
    XCTAssertEqual(a.quotes.map(\.text), ["the attack", "that it was cowardly"])
    let b = run("Ann Vey asked for calm, firmly reminding the crowd that the count was not over.")
    XCTAssertEqual(b.quotes.map(\.text), ["for calm", "that the count was not over"])
    // (not after an adverb of consequence or of a guess)
    XCTAssertEqual(
      run("An aide told reporters the speech will set out her plan, possibly highlighting the budget.").quotes.count, 1)
  }

  func testAPredicateThatHoldsSomethingBackEndsTheContent() {
    // the speaker's second predicate, with no quote before it
    for text in [
      "Dara Quell said the plant would close but did not give a date.",
      "Dara Quell said the plant would close, but declined to say when.",
      "Dara Quell said the plant would close but wouldn’t say when.",
    ] {
      XCTAssertEqual(run(text).quotes.map(\.text), ["the plant would close"], text)
    }
    // not the clause's own negated predicate, nor "declined" of a figure
    XCTAssertEqual(
      run("Police said the man tried to flee but did not get far.").quotes.first?.text,
      "the man tried to flee but did not get far")
    XCTAssertEqual(
      run("The company said revenue rose in May but declined in June.").quotes.first?.text,
      "revenue rose in May but declined in June")
    // not the clause's own predicate after "was", nor a want that "can’t" be
    XCTAssertEqual(
      run("Dara Quell said the car was hit but was not damaged.").quotes.first?.text,
      "the car was hit but was not damaged")
    XCTAssertEqual(
      run("Dara Quell insists that he wants to sell the farm but can’t because of the loan.").quotes.first?.text,
      "that he wants to sell the farm but can’t because of the loan")
  }

  func testTwoWordsBeforeASecondPredicateAreContentAsBeforeAFullStop() {
    // the object of an evaluative verb, with the speaker's next verb after it
    let a = run("Dara Quell condemned the attack and called for calm.")
    XCTAssertEqual(a.quotes.map(\.text), ["the attack"])
    let b = run("Dara Quell denied any wrongdoing and said he would fight the charges.")
    XCTAssertEqual(b.quotes.map(\.text), ["any wrongdoing", "he would fight the charges"])
    let c = run("Dara Quell condemned the attack, calling it cowardly.")
    XCTAssertEqual(c.quotes.map(\.text), ["the attack", "it cowardly"])
    // (a verb in "-ing" after a form of "be" is the clause's own, not a participle's that ends at a comma)
    let d = run("Reed is praising Tom Hale, who ended his bid on Saturday, as “a decent man” and a friend.")
    XCTAssertEqual(d.quotes.map(\.text), ["Tom Hale, who ended his bid on Saturday, as “a decent man” and a friend"])
    // one word is not enough, and two that a preposition opens tell how or with whom
    XCTAssertTrue(run("Dara Quell said so and left.").quotes.isEmpty)
    XCTAssertTrue(run("Dara Quell responded with anger.").quotes.isEmpty)
    XCTAssertTrue(run("Dara Quell agreed with him.").quotes.isEmpty)
    // (a preposition of the topic gives what: "warned of delays")
    XCTAssertEqual(run("Dara Quell warned of delays.").quotes.map(\.text), ["of delays"])
  }

  func testAReasonAfterTheQuotedPhraseIsPartOfTheContent() {
    let a = run("Councillor Ada Moss warned that residents “cannot afford this” because rents rose again.")
    XCTAssertEqual(a.quotes.first?.text, "that residents “cannot afford this” because rents rose again")
  }

  func testAnAdverbAndAParticipleEndTheContentLikeAParticiple() {
    let a = run("The mayor told reporters he would call it a “betrayal” if they left, openly daring them to go.")
    XCTAssertEqual(a.quotes.first?.text, "he would call it a “betrayal” if they left")
  }

  func testAParticipleThatWorksAsAPrepositionGoesOnWithTheContent() {
    let a = run("Aide Tom Reyes said the club has “three options” to survive, including selling its stadium.")
    XCTAssertEqual(a.quotes.first?.text, "the club has “three options” to survive, including selling its stadium")
  }

  func testAWhileClauseIsContentUnlessItReportsSomeoneElse() {
    let a = run("Pollster Ann Vey said Lee would win 46 to 40, while Moss would win 52 to 38.")
    XCTAssertEqual(a.quotes.first?.text, "Lee would win 46 to 40, while Moss would win 52 to 38")
    let b = run("Pollster Ann Vey said Lee would win, while her rival Tom Ash said Moss would.")
    XCTAssertEqual(b.quotes.first?.text, "Lee would win")
    // a "while" with nothing after it
    XCTAssertEqual(run("Pollster Ann Vey said Lee would win, while").quotes.count, 1)
  }

  func testAPrepositionalPhraseBeforeThatIsNoContent() {
    let a = run("Senator Ann Vey said on ABC's “This Week” that she would “take a look” at the bill.")
    XCTAssertEqual(a.quotes.map(\.text), ["that she would “take a look” at the bill"])
    let b = run("Tom Reyes told supporters after his defeat in the runoff that the count felt unfair.")
    XCTAssertEqual(b.quotes.first?.text, "that the count felt unfair")
    // a relative "that" is no complementizer
    let c = run("Tom Reyes said of the plans the one that would work best was the cheapest.")
    XCTAssertEqual(c.quotes.first?.text, "of the plans the one that would work best was the cheapest")
    // a time may come before the phrase, a region between commas inside it
    let g = run("Tom Reed said Tuesday in Victoria that the ferry would resume.")
    XCTAssertEqual(g.quotes.first?.text, "that the ferry would resume")
    let h = run("Tom Reed said in Salem, Oregon, that the ferry would resume.")
    XCTAssertEqual(h.quotes.first?.text, "that the ferry would resume")
    // a cue's word that is a noun there goes on with it: "in its monetary policy report that …"
    let i = run("The Bank of Canada said in its monetary policy report that inflation would ease.")
    XCTAssertEqual(i.quotes.first?.text, "that inflation would ease")
    // the phrase goes on after "to" before its audience: "in a note to clients", "in an email to The Post"
    let d = run("Douglas Porter wrote in a note to clients that rates would fall.")
    XCTAssertEqual(d.quotes.first?.text, "that rates would fall")
    let e = run("Douglas Porter said in an emailed statement to The Canadian Press that rates would fall.")
    XCTAssertEqual(e.quotes.first?.text, "that rates would fall")
    // (not an infinitive's "to")
    let f = run("Douglas Porter said in an effort to ensure that rates would fall.")
    XCTAssertEqual(f.quotes.first?.text, "in an effort to ensure that rates would fall")
  }

  func testAClauseWithANamedSubjectAndItsOwnVerbEndsTheContent() {
    let a = run("Ian Holt accuses Pike of “hiding from voters” and Vera Lund says he is “losing the plot.”")
    XCTAssertEqual(a.quotes.map(\.text), ["Pike of “hiding from voters”", "he is “losing the plot.”"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Ian Holt", "Vera Lund"])
  }

  func testAnOutletToldIsTheAddresseeAndTheNameAfterItOpensTheContent() {
    let a = run("Retired agent Omar Haddad told NPR Yusuf bin Salem had featured in sermons since he was a teen.")
    XCTAssertEqual(a.quotes.first?.text, "Yusuf bin Salem had featured in sermons since he was a teen")
    // a host after the outlet's possessive is the addressee
    let b = run("Senator Ann Vey told CNN's Dale Ashby that the plan was sound.")
    XCTAssertEqual(b.quotes.first?.text, "that the plan was sound")
  }

  func testAFrameAfterItsQuoteMayEndInACircumstanceOrAParticle() {
    let a = run("“We will win,” Mayor Ann Vey exclaimed upon seeing the results.")
    XCTAssertEqual(a.quotes.map(\.text), ["“We will win,”"])
    let b = run("“Encore!” the audience screamed back.")
    XCTAssertEqual(b.quotes.first?.group, "the audience")
    let c = run("“Nooo!” the fans cried out, jeering.")
    XCTAssertEqual(c.quotes.first?.text, "“Nooo!”")
    // any phrase with no clause to the sentence's end, a show's title quoted in it
    let frames = [
      "Cora Ridley said onstage Friday night.", "Abel Corbin said shortly before dawn on NPR.",
      "Leah Penn said in an interview airing Monday on CBS.",
      "Ann Vey said aboard her campaign bus on Monday as she toured Ohio.",
    ]
    for frame in frames {
      XCTAssertEqual(run("“It is over,” " + frame).quotes.map(\.text), ["“It is over,”"], frame)
    }
    // the one told, and an appositive of it or a participle after it
    let told = [
      "Greta Hollis told her listeners, mostly nurses and retirees from Dayton.",
      "Greta Hollis told a town meeting being held in a school in North Platte.",
    ]
    for frame in told {
      XCTAssertEqual(run("“It is over,” " + frame).quotes.map(\.text), ["“It is over,”"], frame)
    }
    XCTAssertEqual(run("All told, up to 40,000 families could be eligible.").quotes, [])
    // a title in the speaker's role is no quote of its own
    let ashby = run("“It is a maze,” said Joel Ashby, author of “The Long Queue,” a history.")
    XCTAssertEqual(ashby.quotes.map(\.text), ["“It is a maze,”"])
    // (after a role and "and" too, by a maker who shares the work)
    let roy = run("''I expect more,'' said Ann Roy, a professor in Austin, Tex., and a co-editor of ''Lake Poems.''")
    XCTAssertEqual(roy.quotes.map(\.text), ["''I expect more,''"])
    // (not a clause: "“It is over,” she said Holt lied.")
    XCTAssertEqual(run("“It is over,” Ann Vey said Holt lied.").quotes.count, 2)
  }

  func testAVerbOfSayingAndItsNamedObjectAreNoSubject() {
    let a = run("The memoir accuses Dana Moss of treating the guards like \"mall cops.\"")
    XCTAssertNil(a.quotes.first?.speaker)
    XCTAssertTrue(a.people.isEmpty)
  }

  func testANameAfterAnInvertedVerbThatAsAndANounPhraseFollowIsItsObject() {
    let a = run(
      "Yesterday, Tom Reyes, the Labour Party's candidate for Mayor of the City of Springfield, announced Dana "
        + "Moss as his choice for deputy.")
    XCTAssertNotEqual(a.quotes.first?.speaker?.name, "Dana Moss")
    // (a clause after "as" leaves the frame inverted: "…, said Dana Moss as she left")
    let b = run("\"We will win,\" said Dana Moss as she left the hall.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Dana Moss")
    // nor one that "to be" follows
    let c = run(
      "Professor Ann Vey of Harbour University, lead author of a long paper released by the Harbour Review on "
        + "March 3, declared river levels across the northern United States to be \"the worst on record\".")
    XCTAssertEqual(c.quotes.map { $0.speaker?.name }, ["Ann Vey"])
  }

  func testANicknameInsideANameIsNoOnesWords() {
    let a = run("The idea came from its longest-serving member, the bearded civil engineer George \"Gus\" Palmer.")
    XCTAssertEqual(a.quotes, [])
  }

  func testAnInvisibleDirectionMarkBeforeAQuoteIsNoText() {
    let a = run("\u{202A}”This is why it has to be stopped. They are wrong,” said John Krys.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "John Krys")
  }

  func testInterjectingAndChantingReport() {
    let a = run("Ann Vey tried to shrug it off by interjecting, “Not again.”")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    let b = run("“Send them home!” the crowd chanted as the speakers left.")
    XCTAssertEqual(b.quotes.first?.group, "the crowd")
  }

  func testAPhraseOfPlaceOrMannerBeforeTheFrameIsNoContent() {
    let a = run("In an interview with CNN, Senator Bob Kase said the bill would pass.")
    XCTAssertEqual(a.quotes.map(\.text), ["the bill would pass"])
    let b = run("Speaking on Morning Joe on Monday, Senator Bob Kase said the bill would pass.")
    XCTAssertEqual(b.quotes.map(\.text), ["the bill would pass"])
    // (a phrase of time, cause or concession too: "Ahead of …", "Despite …")
    let d = run("Ahead of a planned march through the old town, Tom Reed vowed to close the bridge.")
    XCTAssertEqual(d.quotes.map(\.text), ["to close the bridge"])
    // content that only opens with such a phrase stays whole
    let c = run("In order to keep the ferry going, the council must find funds, Rob Tate, a councillor, told Reuters.")
    XCTAssertEqual(c.quotes.first?.text, "In order to keep the ferry going, the council must find funds")
  }

  func testATimeBetweenTheVerbAndAClauseWithNoThatIsNoContent() {
    let a = run("Senator Ann Vey said on Friday the plea was ignored.")
    XCTAssertEqual(a.quotes.first?.text, "the plea was ignored")
    let b = run("Mayor Tom Reyes announced earlier this month he will not run.")
    XCTAssertEqual(b.quotes.first?.text, "he will not run")
    // "that" after the time is the content's, and a day's possessive is no time
    let c = run("Senator Ann Vey said Tuesday night that the plea was ignored.")
    XCTAssertEqual(c.quotes.first?.text, "that the plea was ignored")
  }

  func testAProposingVerbFramesTheQuoteBeforeIt() {
    let a = run("“Quiet,” Senator Ann Vey demanded, as the other candidate continued.")
    XCTAssertEqual(a.quotes.first?.text, "“Quiet,”")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testAColonBeforeTheQuoteLeavesTheLeadInToTheWriter() {
    let a = run("In her speech, Dana Hill stressed the need for patience: “Change takes time,” she said.")
    XCTAssertEqual(a.quotes.first?.text, "“Change takes time,”")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Hill")
  }

  func testOneOfTwoFamilyNamesNamesThePerson() {
    let a = run("Tomas Vellarde Nuñoz, the governor, spoke on Monday.\n\n“We will rebuild,” Vellarde said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tomas Vellarde Nuñoz")
  }

  func testSheIsNotTheManNamedLast() {
    XCTAssertEqual(WorldKnowledge.shared.givenNameGender["maria"], .female)
    XCTAssertEqual(WorldKnowledge.shared.givenNameGender["peter"], .male)
    XCTAssertNil(WorldKnowledge.shared.givenNameGender["jordan"])  // both
    let a = run("Maria Keller met the mayor, Peter Holm, on Monday. “We will appeal,” she said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Maria Keller")
    let b = run("Peter Holm met the minister, Maria Keller, on Monday. “We will appeal,” he said.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Peter Holm")
  }

  func testAQuoteAfterAFrameInsideItsSentenceIsTheContent() {
    let a = run("On Monday in Leeds, Omar Reid wrote to his followers, “It is time to go home.”")
    XCTAssertEqual(a.quotes.first?.text, "“It is time to go home.”")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Omar Reid")
  }

  func testARelativeClauseAfterTheSourceOfAccordingToIsNoContent() {
    let a = run(
      "According to Professor Pavel Novak, who is co-chairman of the jury, in Asia it is not usual "
        + "to teach welding to pupils.")
    XCTAssertEqual(a.quotes.map(\.text), ["in Asia it is not usual to teach welding to pupils"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Pavel Novak")
    // a body's "which" clause, whose verb may be one of saying
    let b = run("According to Reuters, which cited two officials close to the talks, the merger will be announced soon.")
    XCTAssertEqual(b.quotes.map(\.text), ["the merger will be announced soon"])
    XCTAssertEqual(b.quotes.first?.organisation, "Reuters")
  }

  func testAParticiplesPhraseAfterTheSourceOfAFinalAccordingToIsNoPartOfIt() {
    let a = run("Forty walkers were rescued on Sunday according to coastguard officials, ranging in age from nine to 80.")
    XCTAssertEqual(a.quotes.map(\.text), ["Forty walkers were rescued on Sunday"])
    XCTAssertEqual(a.quotes.first?.group, "coastguard officials")
    let b = run("The gale felled 300 trees according to park rangers on Monday, and leaving two roads shut.")
    XCTAssertEqual(b.quotes.map(\.text), ["The gale felled 300 trees"])
    // (not a source that goes on with its own words after the comma)
    XCTAssertEqual(run("The hall was built according to the plans, and the works ended in May.").quotes.count, 0)
  }

  func testAFormOfBeAfterAnOpeningPhraseWithAPrepositionReportsNothing() {
    // (the subject comes after "was": the sentence describes the bakery, no one speaks; the speaker had been the
    // opening phrase, "At the centre of the inquiry")
    let a = run(
      "At the centre of the inquiry was a bakery known as \u{201C}The Crumb\u{201D} and its owner Ann Vey, who had run it for "
        + "a decade.")
    XCTAssertEqual(a.quotes.map(\.text), [])
    // (a clause inside the phrase has a verb of its own: "… over whether the other is “qualified” …")
    let b = run("After a week of bickering over whether the other is \u{201C}qualified\u{201D} to lead, the rivals met.")
    XCTAssertEqual(b.quotes.count, 1)
    // (nor with a subject between the phrase and the verb)
    let c = run("At the rally Ann Vey was \u{201C}confident\u{201D} of victory.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(run("On Monday the mayor was \u{201C}very clear\u{201D} about the plan.").quotes.count, 1)
  }

  func testAFrameInsideTheAccountOfAFrontedSourceGivesItsSpeakerAClaimToo() {
    // (the source told it, and keeps its claim of the whole; the one who said it had none)
    let a = run("According to investigators, Tom Hale said he had swerved to avoid a deer.")
    XCTAssertEqual(a.quotes.map(\.text), ["Tom Hale said he had swerved to avoid a deer", "he had swerved to avoid a deer"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name ?? $0.group }, ["investigators", "Tom Hale"])
    // not a verb of doing or holding, nor words with no clause after the verb
    for text in [
      "According to the filing, Ann Vey voluntarily disclosed the matter to regulators in May.",
      "According to the magazine, the editors also considered a dozen other candidates.",
    ] {
      XCTAssertEqual(run(text).quotes.count, 1, text)
    }
    // nor a pronoun, which the source's words may hold
    let b = run("Kestrel Foods issued a statement on Monday. According to Tarn News, it said the plant would close.")
    XCTAssertEqual(b.quotes.count, 1)
  }

  func testAFrameInsideWhatAnOutletReportedGivesItsSpeakerAClaimToo() {
    // (before the frame, with or without "that", and after it; the outlet keeps its claim of the whole)
    for text in [
      "The Harbour Gazette reported fire chief Dana Whitlock said the tanker had been leaking for days.",
      "The Harbour Gazette reported that fire chief Dana Whitlock said the tanker had been leaking for days.",
      "Fire chief Dana Whitlock said the tanker had been leaking for days, the Harbour Gazette reported.",
    ] {
      let a = run(text)
      XCTAssertEqual(a.quotes.map { $0.speaker?.name ?? $0.organisation }, ["Harbour Gazette", "Dana Whitlock"], text)
      XCTAssertEqual(a.quotes.last?.text, "the tanker had been leaking for days", text)
    }
    // (the outlet, not the one it quoted, is what "It" after it stands for)
    let b = run(
      "The Harbour Gazette reported that Dana Whitlock said the tanker had leaked. It added that the port was shut.")
    XCTAssertEqual(b.quotes.last?.organisation, "Harbour Gazette")
    // (after a phrase of time that opens the words too)
    let c = run("In March, a port official said that the canal would close, the Harbour Gazette reported.")
    XCTAssertEqual(c.quotes.last?.group, "a port official")
    // (but the one a source told of, after "according to", is whom a quote of the next paragraph goes on with)
    let d = run("According to police, Tom Reed said he had seen the van.\n\n\u{201C}I never saw the driver.\u{201D}")
    XCTAssertEqual(d.quotes.last?.speaker?.name, "Tom Reed")
    // (a report with no frame inside is one claim)
    XCTAssertEqual(run("The Harbour Gazette reported the tanker had been leaking for days.").quotes.count, 1)
  }

  func testANameWithARoleOfItsOwnInAnAppositiveSpeaks() {
    let a = run("The report's lead author, doctoral candidate Priya Nair, said, \"We looked at rainfall.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Priya Nair")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "report's lead author, doctoral candidate")
    // (after one of several too)
    let b = run("One of the survey's authors, hydrologist Priya Nair, said the wells were drying.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Priya Nair")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "One of the survey's authors, hydrologist")
  }

  func testAShortClauseOfTimeBeforeAFrameIsNoContent() {
    let a = run("As the auction progressed, Holt tweeted about delaying the sale.")
    XCTAssertEqual(a.quotes.map(\.text), [])
    // (a clause with a frame of its own still reports: "As Holt noted, …")
    let b = run("As the mayor noted, the bridge was closed for repairs.")
    XCTAssertEqual(b.quotes.map(\.text), ["the bridge was closed for repairs"])
  }

  func testAWorksQuotedNameInTheFrameIsNoClaimNorPiece() {
    let a = run(
      "“You do not get it,” Leah Penn said on NBC’s “Sunday Forum.” “Nobody expects a flawless mayor.”")
    XCTAssertEqual(a.quotes.map(\.text), ["“You do not get it,”", "“Nobody expects a flawless mayor.”"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Leah Penn", "Leah Penn"])
    // (a work's name in what was said stays in it)
    let b = run("Leah Penn said on NBC’s “Sunday Forum” that the race was open.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the race was open"])
  }

  func testAFramesCircumstanceAfterItsCommaIsNoPiece() {
    let a = run("No one would sign the deal, she said, on condition of anonymity because talks are private.")
    XCTAssertEqual(a.quotes.map(\.text), ["No one would sign the deal"])
    // (but the words of the claim are: "…, she said, to make sure …", "…, he said, with each getting 38 percent")
    let b = run("It is her job, she said, to make sure the city stays solvent.")
    XCTAssertEqual(b.quotes.map(\.text), ["It is her job", "to make sure the city stays solvent"])
    let c = run("The contest is close, the survey found, with each drawing the backing of 38 percent of members.")
    XCTAssertEqual(c.quotes.count, 2)
  }
}

/// Words that look like names but are not people.
final class NotPeopleTests: XCTestCase, AnalysingText {
  func testSentenceInitialFunctionWordsAndFirstPersonAreNotPeople() {
    let a = run(
      "Maria Keller chairs the board.\n\nThe plan will fail, It said.\n\nOnce I got there, I said it was over.\n\n“We are ready,” Officials said."
    )
    XCTAssertTrue(a.people.isEmpty, "\(a.people.map(\.name))")
    XCTAssertEqual(a.quotes.last?.group, "Officials")
  }

  func testCompaniesAndVenuesAreNotPeople() {
    let a = analyze(ArticleReader.parse("A title\n\nNorthwind Power said it would appeal the ruling.", path: "t.txt"))
    XCTAssertEqual(a.quotes.first?.organisation, "Northwind Power")
    XCTAssertTrue(a.people.isEmpty)
    let b = analyze(ArticleReader.parse("A title\n\nThe Lakeview Arena will close. \"It is old,\" she said.", path: "t.txt"))
    XCTAssertNil(b.quotes.first?.speaker)
  }

  func testAWordThatOnlyQualifiesAnOfficeMakesNoTitle() {
    // ("First" of "First Lady" had made "The First Amendment" a person named "Amendment")
    let a = run("The First Amendment says Congress shall make no law abridging speech.")
    XCTAssertEqual(a.quotes.count, 1)
    XCTAssertNil(a.quotes.first?.speaker)
    XCTAssertTrue(a.people.isEmpty, "\(a.people.map(\.name))")
    XCTAssertEqual(run("First Lady Jill Vey said the garden would open.").quotes.first?.speaker?.name, "Jill Vey")
  }

  func testAnOrdinalOpensABodysName() {
    // (the name had begun after the number: "Circuit Court of Appeals", "Amendment")
    XCTAssertEqual(
      run("The 9th Circuit Court of Appeals ruled that the ban was unlawful.").quotes.first?.organisation,
      "9th Circuit Court of Appeals")
    XCTAssertEqual(
      run("The 101st Airborne Division said the troops would return in May.").quotes.first?.organisation,
      "101st Airborne Division")
    // (not a date's ordinal before a person's name)
    XCTAssertEqual(run("On the 5th Ann Vey said the plan failed.").quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(
      run("On the 5th Kestrel Foods announced that it would close the plant.").quotes.first?.organisation, "Kestrel Foods")
    XCTAssertEqual(run("Finishing 3rd Tarn Rovers said the season was over.").quotes.first?.organisation, "Tarn Rovers")
  }

  func testPlacesAndPlatformsAreNotPeople() {
    let a = run("“The data were wrong,” North Karnataka officials said.\n\n“We removed the post,” Twitter said.")
    XCTAssertTrue(a.people.isEmpty, "\(a.people.map(\.name))")
  }
}

/// Polls, studies and documents speak through evidence verbs; people do not "show".
final class EvidenceTests: XCTestCase, AnalysingText {
  func testPollsShowAndSurveysFind() {
    let a = run(
      "Polls showed that few voters saw climate change as a priority. The survey found most voters undecided.")
    XCTAssertEqual(a.quotes.map(\.group), ["Polls", "The survey"])
    XCTAssertEqual(a.quotes.first?.text, "that few voters saw climate change as a priority")
    // an email, a transcript and an average of polls show as a poll does
    let b = run("A 2011 email shows the agency sent ten staffers to the gala. An average of recent polls shows Vey is ahead.")
    XCTAssertEqual(b.quotes.map(\.group), ["A 2011 email", "An average of recent polls"])
    // and the work that yields them: polling, testing, modelling
    let c = run("Exit polling shows he won 70% of voters under 30 in Velmark. New modelling by the agency shows it will rain.")
    XCTAssertEqual(c.quotes.map(\.group), ["Exit polling", "New modelling by the agency"])
  }

  func testPeopleDoNotShowAndPercentagesAreGroups() {
    let a = run("Maria Keller showed the new bridge to visitors on Monday. However, 63 percent said the plan was fair.")
    XCTAssertEqual(a.quotes.count, 1)
    XCTAssertNil(a.quotes.first?.speaker)
    XCTAssertEqual(a.quotes.first?.group, "63 percent")
  }
}
