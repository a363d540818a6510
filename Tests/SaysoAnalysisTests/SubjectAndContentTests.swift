import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Where a frame's subject starts and its content begins, in shapes found reading Wikinews as a reader
/// would, each checked on PolNeAR train: asides, fronted phrases, times, prepositions, plural nouns,
/// signatures.
final class SubjectAndContentTests: XCTestCase, AnalysingText {
  func testAnAsideBetweenCommasAfterTheVerbIsNoContent() {
    let a = run("Sally Wes said, in likelihood, \"next to each temple there was a lake.\"")
    XCTAssertEqual(a.quotes.first?.text, "\"next to each temple there was a lake.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Sally Wes")
    let b = run("Sally Wes said, however, that the lake was there.")
    XCTAssertEqual(b.quotes.first?.text, "that the lake was there")
  }

  func testAParticiplesSubjectIsTheClausesNotAPhraseBeforeIt() {
    let a = run(
      "In a related press release issued the following day, the Turkish Ministry of Foreign Affairs denounced the "
        + "conclusions of the summit, calling the agreements \"legitimate and fully compatible with international law\"."
    )
    XCTAssertEqual(
      a.quotes.map(\.organisation),
      ["Turkish Ministry of Foreign Affairs", "Turkish Ministry of Foreign Affairs"])
    let b = run(
      "Since then, a Republican, Mark Amod, has publicly voiced support for the inquiry, telling the Nevada "
        + "Independent: \"I'm a big fan of oversight.\"")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Mark Amod")
    // the addressee before a colon is no content
    XCTAssertEqual(b.quotes.first?.text, "\"I'm a big fan of oversight.\"")
  }

  func testAPluralNounBeforeTheVerbIsNoCue() {
    let a = run("Initial reports stated the fruit was a pineapple.")
    XCTAssertEqual(a.quotes.first?.group, "Initial reports")
    XCTAssertEqual(a.quotes.first?.text, "the fruit was a pineapple")
    // before "said", a present plural, or the verb after its source
    XCTAssertEqual(run("Early reports said the fire was out.").quotes.first?.group, "Early reports")
    XCTAssertEqual(run("Media reports say the fire was out.").quotes.first?.group, "Media reports")
    let sourced = run("Initial reports from the hospital reported no traces of poison.")
    XCTAssertEqual(sourced.quotes.first?.group, "Initial reports from the hospital")
    XCTAssertEqual(sourced.quotes.first?.text, "no traces of poison")
    XCTAssertTrue(run("Harsh comments are earning some Germans more than scorn.").quotes.isEmpty)
    // after a count: "the ten states with …"
    XCTAssertTrue(run("The ten states with the most guns had the highest rates.").quotes.isEmpty)
    XCTAssertTrue(run("Known for controversial comments, Imus was dropped in 2007 by the network.").quotes.isEmpty)
    // a count and a word before it, "of" after it, an adjective in -ing or -ed before it
    XCTAssertTrue(run("The conflict between the two Post-Soviet states centers on the region.").quotes.isEmpty)
    XCTAssertTrue(run("Voters in the US states of Idaho, Michigan and Ohio went to the polls.").quotes.isEmpty)
    XCTAssertTrue(run("The latest violence began with conflicting claims from both sides.").quotes.isEmpty)
    // "states" is the noun unless a frame stands there: "that", a colon, a quote or a clause's subject after it
    XCTAssertTrue(run("Back in 1988, Rust Belt states Indiana, Michigan and Ohio all supported Bush.").quotes.isEmpty)
    XCTAssertTrue(run("Coastal states swing toward Democrats this year.").quotes.isEmpty)
    let f = run("The Aviation Herald states the plane was a freighter.")
    XCTAssertEqual(f.quotes.map(\.text), ["the plane was a freighter"])
    // (not an ordinal of a name, nor "majority")
    let d = run("The 14th Amendment states that all persons born in the country are citizens.")
    XCTAssertEqual(d.quotes.map(\.text), ["that all persons born in the country are citizens"])
    let e = run("The majority opinion states that the law stands.")
    XCTAssertEqual(e.quotes.map(\.text), ["that the law stands"])
    // a frame after its content keeps its verb: "“…,” the document states, …"
    let c = run("\"Family Medical Leave,\" the document states, becomes available after one year.")
    XCTAssertEqual(c.quotes.first?.cue, "states")
    // a verb that is no noun still reports: "the ones State now says are “top secret”"
    let b = run("Ann Lee wants her messages made public, even the ones State now says are \"top secret.\"")
    XCTAssertEqual(b.quotes.map(\.cue), ["says"])
  }

  func testABareCueAfterANameThatTheOpensIsANoun() {
    let a = run("They cited the Chuck Jones quote that every artist has bad drawings.")
    XCTAssertFalse(a.quotes.contains { $0.speaker?.name == "Chuck Jones" })
    XCTAssertEqual(run("Mark Cuban is also a host on the TV show \"Shark Tank.\"").quotes, [])
    // but a verb with its object, after a plural subject, is a verb
    let c = run("Scientists from the World Wildlife Fund Mexico estimate the population fell.")
    XCTAssertEqual(c.quotes.first?.group, "Scientists from the World Wildlife Fund Mexico")
  }

  func testABareCueBetweenANounAndAVerbIsANoun() {
    // a verb after "story" would be "posts": the word is a noun, and the sentence reports nothing
    let post = run("His last Facebook story post was a video of his dog, with \"bye for now\" written across it.")
    XCTAssertEqual(post.quotes.map(\.text), [])
    // after a pronoun or a plural the bare form is the verb of a relative clause
    let a = run("Most of the money, which Democrats say was raised illegally, went to ads.")
    XCTAssertEqual(a.quotes.map(\.cue), ["say"])
    XCTAssertEqual(run("The sale, which they believe will help exporters, closed.").quotes.map(\.cue), ["believe"])
  }

  func testAVerbWhoseThatFollowsAPhraseFramesWhatFollowsNotWhatPrecedes() {
    let a = run(
      "The first filing was unclear on the matter, and the paper confirmed with the agency that the leaks differ.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the leaks differ"])
    // "that" before a time is a determiner, before a past tense a relative pronoun: neither opens the content
    let b = run("Ann Lee said at a dinner that night the deal was done.")
    XCTAssertFalse(b.quotes.contains { $0.text.hasPrefix("that night") })
    let c = run("Ann Lee said in a video that showed her kitchen.")
    XCTAssertFalse(c.quotes.contains { $0.text.hasPrefix("that showed") })
  }

  func testBritishSpellingsOfFunctionWords() {
    // "whilst" opens a circumstance after the frame, as "while" does
    let a = run("\"We will rebuild,\" the mayor said whilst touring the site.")
    XCTAssertEqual(a.quotes.map(\.text), ["\"We will rebuild,\""])
    // "Amongst" is a preposition: the word after it is no verb, and the word itself credits no one
    XCTAssertTrue(run("Amongst reported incidents, two bishops were convicted.").quotes.isEmpty)
    XCTAssertTrue(
      run("Whilst reported figures rose, two bishops were convicted.").quotes.allSatisfy { $0.group == nil })
  }

  func testSourcesCloseToSomeoneAreTheSubject() {
    let a = run("Sources close to Sir Ian Hale said he would not resign.")
    XCTAssertEqual(a.quotes.first?.group, "Sources close to Sir Ian Hale")
    XCTAssertTrue(a.people.isEmpty)
    XCTAssertEqual(run("A source close to the minister said he would stay.").quotes.first?.text, "he would stay")
  }

  func testAQuoteAfterAPhraseOfPlaceAndAColonIsTheContent() {
    XCTAssertEqual(run("Ann Lee posted on social media: \"Thank you all.\"").quotes.first?.text, "\"Thank you all.\"")
    // a clause before the colon is said too
    let a = run("Ann Lee said she had an idea for the sign: \"Free water for all.\"")
    XCTAssertEqual(a.quotes.first?.text, "she had an idea for the sign: \"Free water for all.\"")
  }

  func testQuotedAsSayingAndAPastParticipleBetweenCommas() {
    let a = run("Ann Lee was quoted by the Times as saying that the deal was dead.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Lee")
    XCTAssertEqual(a.quotes.first?.text, "that the deal was dead")
    let b = run("The report, published on Tuesday, found that waiting times had doubled.")
    XCTAssertEqual(b.quotes.first?.group, "The report")
    // what a thing is called is its name, no one's words
    XCTAssertTrue(run("The video, released in May, is called No Respite after a verse.").quotes.isEmpty)
  }

  func testANameCutByACommaIsNoContentBeforeAFrame() {
    let a = run("Jo Anne Tilburg of the University of California, Los Angeles disagreed with these findings: \"No.\"")
    XCTAssertFalse(a.quotes.contains { $0.text.hasPrefix("Jo Anne") })
  }

  func testASubjectWithARelativeClauseBeforeTheVerbIsNoContent() {
    let a = run("The researchers, who followed many adults, said the effect held across age groups.")
    XCTAssertEqual(a.quotes.first?.group, "The researchers")
    XCTAssertEqual(a.quotes.first?.text, "the effect held across age groups")
  }

  func testASubjectWithItsAppositiveIsNoContentBeforeAnInvertedFrame() {
    let a = run(
      "Trump's former campaign manager, Corey Lewandowski, said the staff member who succeeded him should go.")
    XCTAssertEqual(a.quotes.map(\.text), ["the staff member who succeeded him should go"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Corey Lewandowski")
    // a clause before it is content
    let b = run("The plan would fail, said the staff member.")
    XCTAssertEqual(b.quotes.map(\.text), ["The plan would fail"])
    XCTAssertEqual(b.quotes.first?.group, "the staff member")
    // after a time or a word that opens the sentence
    let c = run("Yesterday, Kosmo, the space agency, announced the death of cosmonaut Tom Reed.")
    XCTAssertEqual(c.quotes.map(\.text), ["the death of cosmonaut Tom Reed"])
  }

  func testAnOutletsProgrammeAfterToldIsTheAddressee() {
    let a = run("Kemi Bade told BBC Radio 4's Today programme the plan was \"an attack on aspiration\".")
    XCTAssertEqual(a.quotes.first?.text, "the plan was \"an attack on aspiration\"")
  }

  func testAPlaceAfterTheOneToldIsNoContent() {
    let a = run("His lawyer, Joel Pink, told reporters outside the courthouse that his client was innocent.")
    XCTAssertEqual(a.quotes.first?.text, "that his client was innocent")
    XCTAssertEqual(run("Ann Vey told reporters aboard her plane that the talks would go on.").quotes.first?.text,
      "that the talks would go on")
  }

  func testNoEndsASentenceUnlessANumberFollows() {
    let a = run("Lisa Smith voted no. She said taxpayers had not been told.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Lisa Smith")
    XCTAssertTrue(
      run("He lives at No. 10 Downing Street, officials said.").quotes.allSatisfy { $0.text.hasPrefix("He") })
  }

  func testAReportingParticipleAfterACommaFramesItsOwnWords() {
    let a = run("Sheriff Jack Camp agreed, telling reporters that inmates sleep on floors.")
    XCTAssertEqual(a.quotes.map(\.text), ["that inmates sleep on floors"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Jack Camp")
  }

  func testATimeOpeningTheSubjectIsNoPartOfIt() {
    XCTAssertEqual(
      run("On Thursday officials reported the number of cases rose to 58.").quotes.first?.group, "officials")
    let a = run("A few days later the administration said it would use an executive order.")
    XCTAssertEqual(a.quotes.first?.group, "the administration")
    // whom it was said of, before a colon, is no content
    XCTAssertEqual(run("Ann Lee said of the plan: \"It will fail.\"").quotes.first?.text, "\"It will fail.\"")
    // a participle after a role noun and the name between commas is the name's
    let b = run("The mayor of London, Sadiq Kan, gave his condolences, adding, \"An urgent enquiry is underway.\"")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Sadiq Kan")
  }

  func testASubjectOpensWithNoPreposition() {
    let a = run("Germany banned the airline from flying, with officials saying this is for security reasons.")
    XCTAssertEqual(a.quotes.map(\.group), ["officials"])
    XCTAssertEqual(a.quotes.first?.text, "this is for security reasons")
    XCTAssertEqual(
      run("In a Bloomberg interview Jon Tramp declared that NATO was obsolete.").quotes.first?.speaker?.name,
      "Jon Tramp")
    // a past tense before an object makes a clause, no subject: "… released a report showing …"
    XCTAssertNil(run("The department released a report showing growth of 33 percent.").quotes.first?.group)
    XCTAssertEqual(run("About 40 percent of voters said the economy was the top issue.").quotes.count, 1)
  }

  func testASignatureAfterTheQuoteMayGiveTheSignersRole() {
    let a = run(
      "\"More women in technical fields has been a big change.\"  \u{2014} \u{200D}Aparna Gar, Mysore Railway Manager")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Aparna Gar")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Mysore Railway Manager")
  }

  func testObservingAndMaintainingReportAClauseOrAQuoteNotWhatWasWatchedOrKept() {
    XCTAssertTrue(run("The astronomers started observing the system in 1999.").quotes.isEmpty)
    XCTAssertTrue(run("Lena Morrow observed eleven proteins found only in slug glue.").quotes.isEmpty)
    XCTAssertEqual(run("Lena Morrow observed that the glue was unusual.").quotes.first?.text, "that the glue was unusual")
    // and so does maintaining: "maintained his lead" kept it
    XCTAssertTrue(run("Joe Bidwell maintained his lead over Trump in the polling average.").quotes.isEmpty)
    XCTAssertEqual(run("Joe Bidwell maintained that the vote was fair.").quotes.first?.text, "that the vote was fair")
  }

  func testSuggestingReportsTheQuoteAfterIt() {
    let a = run("Sally Wes studied the birds. Wes suggested, in likelihood, \"next to each temple there was a lake.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Sally Wes")
    // a suggestion of something to do is no report
    XCTAssertTrue(run("Sally Wes suggested a meeting of the two councils next week.").quotes.isEmpty)
    // a finite clause with no "that" is reported, one with "should" proposed
    let b = run("Mayor John Tory suggested a broader probe may be required.")
    XCTAssertEqual(b.quotes.map(\.text), ["a broader probe may be required"])
    XCTAssertTrue(run("Mayor John Tory suggested the city should hold a probe.").quotes.isEmpty)
  }

  func testATimeBeforeTheFrameAndAnAsideBetweenDashesAreNoContent() {
    let a = run(
      "Earlier this week on Wednesday on live television, President Erdo said \u{2014} as reported by Hurriyet "
        + "Daily News \u{2014} \"Ayasofya will no longer be called a museum.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"Ayasofya will no longer be called a museum.\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Erdo")
  }

  func testAThinkTankIsNoThinking() {
    let a = run("In his talk at the think tank Atlantic Council's headquarters, Mitso said the talks would go on.")
    XCTAssertEqual(a.quotes.map(\.text), ["the talks would go on"])
  }

  func testTheAddresseeOfToldIsNoContentBeforeAClauseWithNoThat() {
    XCTAssertEqual(
      run("Coach Tom Bar told the council the team would play elsewhere.").quotes.first?.text,
      "the team would play elsewhere")
    XCTAssertEqual(run("Coach Tom Bar told the council he was leaving.").quotes.first?.text, "he was leaving")
    // one word after "told" is no addressee phrase to skip: no crash, the content as written
    XCTAssertEqual(run("Coach Tom Bar told them.").quotes.count, 0)
    XCTAssertEqual(run("Coach Tom Bar told the, um, council that it was over.").quotes.count, 1)
  }

  func testAParticipleAfterTheContentReportsForTheSameSpeaker() {
    let a = run("The clinic director, Ana Ruz, said the wait times were falling, adding the plan was sound.")
    XCTAssertEqual(a.quotes.map(\.text), ["the wait times were falling", "the plan was sound"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Ana Ruz", "Ana Ruz"])
  }

  func testATitleAfterItsMakersPossessiveIsNoQuote() {
    let a = run(
      "During ABC's \"A Tribute For a King\", Sunday evening, stars appeared. Downey said, \"He was having success.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"He was having success.\""])
    // words of a sentence after a possessive are a quote
    let b = run("Grant spoke on Monday. He read Smith's \"we will not back down from this fight\" to the crowd.")
    XCTAssertEqual(b.quotes.count, 1)
  }

  func testTitlesAfterALinkLabelAndSignaturesWithAHandle() {
    let a = run("Grant said the vote was over. Read more: \"Why the arena matters to the town\".")
    XCTAssertEqual(a.quotes.count, 1)
    // a label that opens its paragraph is no speaker either
    XCTAssertEqual(run("Watch: \"Crews work through the night\"\n\nPhoto: \"A crew at work\"").quotes.count, 0)
    // a label inside a sentence is a word: "on his watch: “…”"
    let b = run(
      "Barack Obama spoke on Monday. The deal he pushed for happened on his watch: \"There is no perfect deal.\"")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Barack Obama")
    let c = run(
      "Grant said the vote was over.\n\n\"Power will be restored by midnight.\" \u{2014} Harbour Power (@harbourpower)")
    XCTAssertEqual(c.quotes.last?.organisation, "Harbour Power")
    // with the post's date after the handle, as an embedded post gives it
    let d = run(
      "Grant said the vote was over.\n\n\"Power is back.\" \u{2014} Harbour Power (@harbourpower) March 3, 2024")
    XCTAssertEqual(d.quotes.last?.organisation, "Harbour Power")
  }

  func testANamedSubjectWithAReportingRelativeClauseEndsTheContent() {
    let a = run("Hillary Clint called the trade pact \"insanity,\" and Bernie Sand, who says it is \"disastrous.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["the trade pact \"insanity,\"", "it is \"disastrous.\""])
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Bernie Sand")
  }

  func testWentOnFramesTheQuoteBeforeIt() {
    let a = run(
      "Donald Tramp spoke to the host. \"You know, it happens, right,\" Tramp went on, as if he had not heard.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Donald Tramp")
    // "went on to …" is no frame
    XCTAssertTrue(run("Donald Tramp went on to win the nomination in July of that year.").quotes.isEmpty)
  }

  func testAQuestionQuotedBeforeItsFrameEndsNoSentence() {
    let a = run("Donald Tramp spoke to the host. \"It happens, right?\" Tramp said, looking out on the crowd.")
    XCTAssertEqual(a.quotes.map(\.text), ["\"It happens, right?\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Donald Tramp")
    // a new sentence with its own content still starts after the question
    let b = run("\"Is it over?\" Ann Vey said the count was done.")
    XCTAssertTrue(b.quotes.contains { $0.text == "the count was done" })
  }

  func testAQuoteOpeningTheSentenceIsNoSubject() {
    let a = run(
      "\u{201C}Promise mama you will keep your hands in sight,\u{201D} Mary Blig sings to the crowd before asking "
        + "her, \u{201C}I just want to know, where do we go from here?\u{201D}")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Mary Blig", "Mary Blig"])
  }

  func testAClauseSubjectMayOpenWithAModifierAndAColonLeadInWithAFrontedPhrase() {
    let a = run(
      "Democratic presidential nominee Hilary Clintin chimed in on Twitter, saying that the videos should be out.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Hilary Clintin")
    let b = run(
      "With Democratic leaders worried about a lack of passion among young voters, President Obamo is rolling "
        + "out a new message: \"It's about me.\"")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Obamo")
  }

  func testAsSomeonePutItFramesWhatFollows() {
    let a = run(
      "As Steven Rosenthl, a tax lawyer, recently put it, \"Did he lower his taxes through legal avoidance?\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Steven Rosenthl")
    let b = run(
      "As John Cornin put it: \"This person will not be confirmed. So there's no reason to pretend, because it's not.\""
    )
    XCTAssertEqual(
      b.quotes.first?.text, "\"This person will not be confirmed. So there's no reason to pretend, because it's not.\"")
  }

  func testABarePluralWithItsModifiersIsAGroup() {
    for subject in ["Shop owners", "Small business owners", "Public records", "40 backbenchers", "More than 4 in 10"] {
      XCTAssertEqual(run(subject + " said the vote should be delayed.").quotes.first?.group, subject)
    }
    // a participle or a determiner makes a phrase no subject
    XCTAssertEqual(
      run("Making the rounds on Sunday, Carson said the vote should be delayed.").quotes.first?.speaker?.name,
      "Carson")
  }

  func testARestrictiveRelativeClauseDescribesTheSubjectBeforeIt() {
    XCTAssertEqual(run("Residents who live nearby said the road was unsafe.").quotes.first?.group, "Residents")
    XCTAssertEqual(run("Two nurses who treated him said he was calm.").quotes.first?.group, "Two nurses")
    // a longer clause, with a verb of its own
    let b = run("Two officials who asked not to be named said the deal was close.")
    XCTAssertEqual(b.quotes.first?.group, "Two officials")
    XCTAssertEqual(b.quotes.first?.text, "the deal was close")
    // a relative "that" with its verb after it
    let c = run("But progressive organizations that have endorsed him say they want a change.")
    XCTAssertEqual(c.quotes.first?.group, "progressive organizations")
    // no verb before the antecedent, and no cue inside the clause
    let a = run("President Obamo rebuked critics who say he should condemn them and said the country was safe.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name ?? $0.group }, ["critics", "Obamo"])
  }

  func testProposalsFindTheirSubjectAsQuotesDo() {
    let a = run("Mayor Ken Sims, who spoke at the meeting, urged council to delay the vote.")
    XCTAssertEqual(a.proposals.first?.proposer?.name, "Ken Sims")
    let residents = run("Residents who spoke at the meeting urged council to delay the vote.")
    XCTAssertEqual(residents.proposals.first?.group, "Residents")
    // "who" after a word that stands for people is theirs, not the last person named
    let b = run("Ken Sims spoke first. But some who advocate lower taxes urged council to delay the vote.")
    XCTAssertEqual(b.proposals.first?.group, "some")
  }

  func testAFamilyAndNeighboursSpeakAsGroups() {
    let a = run("Keith Scot was shot. His family said the police should release the videos.")
    XCTAssertEqual(a.quotes.first?.group, "His family")
    XCTAssertEqual(run("Neighbours said the house had been empty for years.").quotes.first?.group, "Neighbours")
  }

  func testAPluralPossessiveIsInsideTheSubject() {
    XCTAssertEqual(run("The teachers' union said the plan was weak.").quotes.first?.group, "The teachers' union")
  }

  func testTwoFramesOfTheSameWordsMakeOneClaim() {
    let a = run(
      "Ronald Reagn was once asked how the Cold War would end. He responded then the same way that we must respond.")
    XCTAssertEqual(a.quotes.filter { $0.text == "how the Cold War would end" }.count, 1)
  }

  func testARoleWithItsPlaceBetweenCommasDescribesTheNameBefore() {
    let a = run("Rachel Bergh, a philanthropist from Monsey, New York, said the speeches had moved her.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Rachel Bergh")
    let b = run("Pete Butigieg, the former mayor of South Bend, Indiana, said the plan was flawed.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Pete Butigieg")
  }

  func testAnAgeBetweenCommasStandsBeforeTheRoleAfterAnInvertedFrame() {
    let a = run("\"I did not think so,\" says Margaret Yee, 71, a retired nurse who has used the library.")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "retired nurse")
    // a hometown is no role
    let b = run("\"I did not think so,\" said Mona Lamberson, 56, of North Philadelphia.")
    XCTAssertNil(b.quotes.first?.speaker?.role)
  }

  func testAnyNounBeforeAFullNameInAnAppositive() {
    let a = run("Pike's barrister, Simon Csoka KC, said his client had not intended to kill.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Simon Csoka")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Pike's barrister")
    let b = run("The assailant, John McGrow, told reporters he was sorry.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "John McGrow")
    // a name and its appositive before "said" are the subject, whatever noun follows "said"
    let d = run(
      "Brian Fallon, a spokesman for the Clinton campaign, said the Clintons and the foundation had been careful.")
    XCTAssertEqual(d.quotes.map(\.text), ["the Clintons and the foundation had been careful"])
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Brian Fallon")
    // any title after a body's possessive, not only a source's ("president"): "principal", "dean"
    let c = run("McGill University's principal, Ann Vey, said the plan was sound.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(c.quotes.first?.speaker?.role, "McGill University's principal")
  }

  func testMoreReportingVerbsInvertAfterAQuote() {
    XCTAssertEqual(run("\"We will rebuild,\" vowed Gov. Greg Abbot.").quotes.first?.speaker?.name, "Greg Abbot")
    XCTAssertEqual(run("\"We will appeal,\" retorted Maria Lopez.").quotes.first?.speaker?.name, "Maria Lopez")
  }

  func testAParticipleAfterAFrameThatFollowsTheQuote() {
    let a = run("\"It's a good day,\" Premier Danielle Smyth told reporters, adding that the deal would create jobs.")
    XCTAssertEqual(a.quotes.map(\.text), ["\"It's a good day,\"", "that the deal would create jobs"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Danielle Smyth", "Danielle Smyth"])
  }

  func testAParticipleAfterQuotedWordsWhoseCommaClosesThem() {
    let a = run("Cruz said that there is \u{201C}one conservative able to win,\u{201D} adding that it is why rivals attack him.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Cruz", "Cruz"])
    XCTAssertEqual(a.quotes.last?.text, "that it is why rivals attack him")
  }

  func testAnOpeningParticiplesPhraseMayHoldAPlaceAndItsState() {
    let a = run("Speaking at a town hall in Salem, New Hampshire, Dana Whitfield went after Cole, calling him \"a stiff.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Whitfield")
    // a name that ends as a participle does, before its verb, opens no such phrase
    let b = run("Boeing did not release any specific information about the build, telling reporters it was sorry.")
    XCTAssertEqual(b.quotes.first?.text, "it was sorry")
    // the words may end right after a comma
    let text = "Speaking at a town hall event in Salem,"
    let paragraph = ParagraphText(
      .init(index: 0, start: 0, end: text.unicodeScalars.count, role: .body, text: text), openFromPrevious: false)
    let comma = paragraph.tokens.count - 1
    XCTAssertEqual(ProposalDetector.openingParticiplePhraseEnd(paragraph, 0, limit: comma + 1), comma)
  }

  func testAnAdverbOfMannerBetweenTheSubjectAndTheVerb() {
    let a = run("Donald Trumpp spoke. Trumpp jokingly said, \u{201C}I hate to say it, I am mainstream.\u{201D}")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Donald Trumpp")
    XCTAssertEqual(run("Manafort politely suggested that this might be seen as rude.").quotes.count, 1)
    // and one that ends a frame after the quote
    let b = run("\"God forbid we ask the FBI anything,\" Trey Gowdie said sarcastically.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Trey Gowdie")
    // a word in "-ly" after a determiner or a possessive is a noun
    let text = "Her ally angrily said"
    let paragraph = ParagraphText(
      .init(index: 0, start: 0, end: text.unicodeScalars.count, role: .body, text: text), openFromPrevious: false)
    XCTAssertEqual((0..<4).map { Attributor.isMannerAdverb(paragraph, $0, floor: 0) }, [false, false, true, false])
  }

  func testAHeadlineLabelsItsQuote() {
    func headline(_ title: String) -> ArticleAnalysis {
      analyze(ArticleReader.parse(title + "\n\nWith four contests set for Saturday, the race goes on.", path: "t.txt"))
    }
    let a = headline("Marco Rubbio: \u{2018}You Don\u{2019}t Win The Nomination By How Many States You Win.\u{2019}")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Marco Rubbio")
    let b = headline("Kirsten Gillibrandt on the Transcripts: \u{2018}I Think She Will.\u{2019}")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Kirsten Gillibrandt")
    // a headline's capitals make a sentence look like a name
    let c = headline("Elizabeth Warren Hammers Wells Fargo CEO: \u{2018}You Should Be Investigated.\u{2019}")
    XCTAssertNil(c.quotes.first?.speaker)
  }

  func testTheOneSpokenOfEndsAFrame() {
    let a = run("\u{201C}He\u{2019}s funny,\u{201D} Eric Levyne said of Trump. \u{201C}But he is a circus act.\u{201D}")
    XCTAssertEqual(
      a.quotes.map(\.text), ["\u{201C}He\u{2019}s funny,\u{201D}", "\u{201C}But he is a circus act.\u{201D}"])
    XCTAssertEqual(Set(a.quotes.compactMap(\.utterance)).count, 1)
  }

  func testWhereAndHowItWasSaidIsNoContent() {
    let a = run("Shifting monsoon patterns could affect a billion people, Mr. Obamma said in his interview.")
    XCTAssertEqual(a.quotes.map(\.text), ["Shifting monsoon patterns could affect a billion people"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Obamma")
    let b = run("\"I think the government should act,\" Ms. Gau said by telephone.")
    XCTAssertEqual(b.quotes.map(\.text), ["\"I think the government should act,\""])
    // but what one comments on or agrees with may be reported
    XCTAssertEqual(run("Donald Trumpp has also commented on the death of the driver.").quotes.count, 1)
  }

  func testAStateAfterAPlaceBetweenCommasIsPartOfTheSubject() {
    let a = run("Officials in Flint, Michigan, said they hoped the money would arrive quickly.")
    XCTAssertEqual(a.quotes.map(\.text), ["they hoped the money would arrive quickly"])
    XCTAssertEqual(a.quotes.first?.group, "Officials in Flint")
  }

  func testAConjunctionOpensTheClauseBeforeANameAndItsAppositive() {
    let a = run("Jim Hart opposed the bill, while Sen. Dana Cole, R-Maine, said she would support it.")
    XCTAssertEqual(a.quotes.map(\.text), ["she would support it"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Cole")
  }

  func testTheRoleAnAbbreviatedTitleGivesIsThePersonsRole() {
    let a = run("Sen. Bernie Sanders spoke in Iowa.\n\n\"I apologize to nobody for that,\" the senator said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Bernie Sanders")
    let b = run("Gov. Gavin Newsom spoke.\n\nThe governor said the fires were contained.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Gavin Newsom")
    let c = run("Det Sgt Sarah Jones spoke.\n\n\"A man was arrested,\" the detective said.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Sarah Jones")
  }
}

/// A parenthetical between commas after the subject ties the sentence to the text around it.
final class ParentheticalTests: XCTestCase, AnalysingText {
  func testAParentheticalAfterTheSubjectIsNeitherSubjectNorRole() {
    let a = run("Student groups, meanwhile, said they would keep protesting.")
    XCTAssertEqual(a.quotes.map(\.text), ["they would keep protesting"])
    XCTAssertEqual(a.quotes.first?.group, "Student groups")
    XCTAssertEqual(run("The union, for its part, said it would strike.").quotes.first?.group, "The union")
    let b = run("Tom Reed, meanwhile, said the count was over.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Reed")
    XCTAssertNil(b.quotes.first?.speaker?.role)
  }

  func testAPhrasalVerbWithAnObjectPronounSaysNothing() {
    XCTAssertTrue(run("Justice Clara Tomas swore her in at a White House ceremony.").quotes.isEmpty)
    XCTAssertTrue(run("She is relying on him, mentioning him in almost every speech.").quotes.isEmpty)
    XCTAssertEqual(run("Justice Clara Tomas swore that the law was clear.").quotes.count, 1)
  }

  func testAnAsClauseWithAVerbAndItsObjectIsNoFrame() {
    // "As S V O," tells when, and the verb's words end with the clause
    let a = run("As Mayor Tom Reed attacked the plan as a failure, the crowd cheered.")
    XCTAssertEqual(a.quotes.map(\.text), ["the plan as a failure"])
    // "As S V," and "As S V on Monday," frame the words after them
    XCTAssertEqual(run("As Tom Reed noted on Monday, the plan is dead.").quotes.map(\.text), ["the plan is dead"])
    XCTAssertEqual(run("As Tom Reed told reporters, the plan is dead.").quotes.map(\.text), ["the plan is dead"])
  }

  func testTheSourceOfAccordingToEndsBeforeItsTime() {
    XCTAssertEqual(
      run("According to the ministry on Tuesday, 291 patients have recovered.").quotes.first?.group, "the ministry")
    XCTAssertEqual(
      run("According to the Center for Systems Science and Engineering late today, 291 patients have recovered.")
        .quotes.first?.organisation, "Center for Systems Science and Engineering")
    // but a body's name or a participle's phrase keeps its words
    XCTAssertEqual(
      run("According to USA Today, the boats have run since the 1970s.").quotes.first?.organisation, "USA Today")
    XCTAssertEqual(
      run("According to a poll released Wednesday, the race is close.").quotes.first?.group,
      "a poll released Wednesday")
  }

  func testAVerbOfSayingAfterAnAccordingToAsideIsTheSubjectsOwn() {
    let a = run("Witnesses, according to The Telegraph, said a man had approached the group.")
    XCTAssertEqual(a.quotes.map(\.text), ["a man had approached the group"])
    XCTAssertEqual(a.quotes.first?.group, "Witnesses")
  }

  func testTheSubjectOfAVerbOfVoicingIsItsSpeaker() {
    XCTAssertEqual(run("As he spoke, the attendees chanted \"Lock her up!\"").quotes.first?.group, "the attendees")
    XCTAssertEqual(run("The heckler yelled \"You are wrong!\" at the stage.").quotes.first?.group, "The heckler")
    // not the object of a preposition before the verb
    let a = run("Protesters marching through the streets chanted \"What curfew?\" until 2 a.m.")
    XCTAssertNotEqual(a.quotes.first?.group, "the streets")
  }

  func testAPassiveThatGoesOnWithATimeOrAPlaceSaysNothing() {
    XCTAssertTrue(run("International Women's Day is observed on March 8.").quotes.isEmpty)
    XCTAssertTrue(run("Protests are not reported in Mosul, in northern Iraq.").quotes.isEmpty)
    XCTAssertTrue(run("The car was recalled after a similar fire in Cork last year.").quotes.isEmpty)
    // what was said still follows a passive: "was told that …"
    XCTAssertEqual(
      run("The mayor was told that the bridge was unsafe.").quotes.first?.text, "that the bridge was unsafe")
  }

  func testTheAddresseeAfterSaidToIsNoContent() {
    XCTAssertEqual(run("His daughter said to the police he had left home.").quotes.first?.text, "he had left home")
    XCTAssertEqual(
      run("The minister said to reporters that the plan was sound.").quotes.first?.text, "that the plan was sound")
    XCTAssertTrue(run("Trump said to a crowd of about 500 in Iowa.").quotes.isEmpty)
    // an infinitive is the content: "said to wait"
    XCTAssertEqual(run("She said to wait for the results.").quotes.first?.text, "to wait for the results")
  }

  func testARoleAndARelativeClauseAfterANameDescribeIt() {
    let a = run("Tom Kettle, an actor in Leeds, who runs a small theatre, recalled that in 2009 he had debts.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Kettle")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "actor in Leeds")
  }
}
