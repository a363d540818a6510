import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Where a frame's subject starts and its content begins, in shapes found reading Wikinews as a reader
/// would, each checked on PolNeAR train: asides, fronted phrases, times, prepositions, plural nouns,
/// signatures.
final class SubjectAndContentTests: XCTestCase, AnalysingText {
  func testAnAsideBetweenCommasAfterTheVerbIsNoContent() {
    let a = run("Nora Fenn said, in all probability, \"beside each mill there stood a pond.\"")
    XCTAssertEqual(a.quotes.first?.text, "\"beside each mill there stood a pond.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Nora Fenn")
    let b = run("Nora Fenn said, however, that the pond was there.")
    XCTAssertEqual(b.quotes.first?.text, "that the pond was there")
    // (an aside of the source, before a clause with no "that"; the frame's, not the source's own)
    for text in [
      "The Courier reported, citing court papers, the mill had closed twice.",
      "The Courier reported, according to court papers, the mill had closed twice.",
    ] {
      let c = run(text)
      XCTAssertEqual(c.quotes.map(\.text), ["the mill had closed twice"], text)
      XCTAssertEqual(c.quotes.first?.cue, "reported", text)
    }
  }

  func testAParticiplesSubjectIsTheClausesNotAPhraseBeforeIt() {
    let a = run(
      "In a brief press release issued the next morning, the Chilean Ministry of Public Works rejected the "
        + "findings of the audit, calling the contracts \"lawful and entirely in line with national rules\"."
    )
    XCTAssertEqual(
      a.quotes.map(\.organisation),
      ["Chilean Ministry of Public Works", "Chilean Ministry of Public Works"])
    let b = run(
      "Since then, a Democrat, Tom Ware, has openly voiced support for the audit, telling the Harbour "
        + "Herald: \"I'm a firm believer in scrutiny.\"")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Ware")
    // the addressee before a colon is no content
    XCTAssertEqual(b.quotes.first?.text, "\"I'm a firm believer in scrutiny.\"")
  }

  func testAPhraseThatALeadInPrepositionOpensIsNoSubject() {
    let a = run(
      "Amid calls to name those on the list, the Ledger's Tom Ash gave a reason for it, saying it is necessary.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Ash")
    let b = run("Despite what the Ledger and the Post each called a \u{201C}rough week\u{201D} for Vey, the race is close.")
    XCTAssertEqual(b.quotes.count, 1)
    XCTAssertNotEqual(b.quotes.first?.group, "Despite")
  }

  func testTheAgentAfterByIsNoContent() {
    XCTAssertEqual(run("(Additional reporting by Ann Lund and Bo Reed in Boston; Editing by Tom Cole.)").quotes, [])
    // (what was said by saying it, and the one who asked a question, stay)
    XCTAssertEqual(run("Vey responded by saying that the network pays nothing.").quotes.count, 1)
    XCTAssertEqual(run("Vey was asked by the host whether the plan would cost more.").quotes.count, 1)
  }

  func testAPluralNounBeforeTheVerbIsNoCue() {
    let a = run("Initial reports stated the vessel was a ferry.")
    XCTAssertEqual(a.quotes.first?.group, "Initial reports")
    XCTAssertEqual(a.quotes.first?.text, "the vessel was a ferry")
    // before "said", a present plural, or the verb after its source
    XCTAssertEqual(run("Early reports said the fire was out.").quotes.first?.group, "Early reports")
    XCTAssertEqual(run("Media reports say the fire was out.").quotes.first?.group, "Media reports")
    let sourced = run("Initial reports from the laboratory reported no signs of mould.")
    XCTAssertEqual(sourced.quotes.first?.group, "Initial reports from the laboratory")
    XCTAssertEqual(sourced.quotes.first?.text, "no signs of mould")
    XCTAssertTrue(run("Rude comments are costing some Danes more than fines.").quotes.isEmpty)
    // after a count: "the ten states with …"
    XCTAssertTrue(run("The ten states with the most guns had the highest rates.").quotes.isEmpty)
    XCTAssertTrue(run("Known for blunt comments, Pellham was dropped in 2012 by the station.").quotes.isEmpty)
    // a count and a word before it, "of" after it, an adjective in -ing or -ed before it
    XCTAssertTrue(run("The dispute between the two Baltic states centers on the border.").quotes.isEmpty)
    XCTAssertTrue(run("Voters in the US states of Utah, Oregon and Maine went to the polls.").quotes.isEmpty)
    XCTAssertTrue(run("The latest row began with conflicting claims about the contract.").quotes.isEmpty)
    // "states" is the noun unless a frame stands there: "that", a colon, a quote or a clause's subject after it
    XCTAssertTrue(run("Back in 1976, Sun Belt states Texas, Georgia and Florida all went blue.").quotes.isEmpty)
    XCTAssertTrue(run("Southern states drift toward Republicans this year.").quotes.isEmpty)
    let f = run("The Maritime Gazette states the ship was a tanker.")
    XCTAssertEqual(f.quotes.map(\.text), ["the ship was a tanker"])
    // (not an ordinal of a name, nor "majority")
    let d = run("The 3rd Protocol states that all vessels entering the port are inspected.")
    XCTAssertEqual(d.quotes.map(\.text), ["that all vessels entering the port are inspected"])
    let e = run("The majority opinion states that the law stands.")
    XCTAssertEqual(e.quotes.map(\.text), ["that the law stands"])
    // a frame after its content keeps its verb: "“…,” the document states, …"
    let c = run("\"Paid Study Leave,\" the document states, is granted after two years.")
    XCTAssertEqual(c.quotes.first?.cue, "states")
    // a verb that is no noun still reports: "the pages State still says are “restricted”"
    let b = run("Ann Lee wants her notes released, including the pages State still says are \"restricted.\"")
    XCTAssertEqual(b.quotes.map(\.cue), ["says"])
  }

  func testABareCueAfterANameThatTheOpensIsANoun() {
    let a = run("They cited the Tom Ware quote that every cook burns a few dishes.")
    XCTAssertFalse(a.quotes.contains { $0.speaker?.name == "Tom Ware" })
    XCTAssertEqual(run("Dana Fell is also a judge on the TV show \"Bake Street.\"").quotes, [])
    // (a place's name may end in "s")
    let b = run("Some senators expressed hope that the Athens attack would bring the allies closer.")
    XCTAssertFalse(b.quotes.contains { $0.cue == "attack" })
    // but a verb with its object, after a plural subject, is a verb
    let c = run("Scientists from the Coral Reef Alliance Fiji estimate the cover shrank.")
    XCTAssertEqual(c.quotes.first?.group, "Scientists from the Coral Reef Alliance Fiji")
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
    // (so is one that opens with an article, which a phrase of place may too)
    let b = run("Ann Lee told reporters the new shelters were only a first step: \"We need clean water.\"")
    XCTAssertEqual(b.quotes.map(\.text), ["the new shelters were only a first step: \"We need clean water.\""])
  }

  func testQuotedAsSayingAndAPastParticipleBetweenCommas() {
    let a = run("Ann Lee was quoted by the Times as saying that the deal was dead.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Lee")
    XCTAssertEqual(a.quotes.first?.text, "that the deal was dead")
    let b = run("The report, published on Tuesday, found that waiting times had doubled.")
    XCTAssertEqual(b.quotes.first?.group, "The report")
    // what a thing is called is its name, no one's words
    XCTAssertTrue(run("The film, released in June, is called Still Water after a poem.").quotes.isEmpty)
  }

  func testANameCutByACommaIsNoContentBeforeAFrame() {
    let a = run("Jo Anne Pellham of the University of Texas, Austin disagreed with these results: \"No.\"")
    XCTAssertFalse(a.quotes.contains { $0.text.hasPrefix("Jo Anne") })
  }

  func testASubjectWithARelativeClauseBeforeTheVerbIsNoContent() {
    let a = run("The researchers, who followed many adults, said the effect held across age groups.")
    XCTAssertEqual(a.quotes.first?.group, "The researchers")
    XCTAssertEqual(a.quotes.first?.text, "the effect held across age groups")
  }

  func testASubjectWithItsAppositiveIsNoContentBeforeAnInvertedFrame() {
    let a = run(
      "Vey's former press secretary, Dan Hale, said the aide who replaced him should resign.")
    XCTAssertEqual(a.quotes.map(\.text), ["the aide who replaced him should resign"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dan Hale")
    // a clause before it is content
    let b = run("The plan would fail, said the staff member.")
    XCTAssertEqual(b.quotes.map(\.text), ["The plan would fail"])
    XCTAssertEqual(b.quotes.first?.group, "the staff member")
    // after a time or a word that opens the sentence
    let c = run("Yesterday, Navtek, the mapping agency, announced the death of surveyor Tom Reed.")
    XCTAssertEqual(c.quotes.map(\.text), ["the death of surveyor Tom Reed"])
  }

  func testAnOutletsProgrammeAfterToldIsTheAddressee() {
    let a = run("Rita Moss told BBC Radio 4's Today programme the tax was \"a blow to savers\".")
    XCTAssertEqual(a.quotes.first?.text, "the tax was \"a blow to savers\"")
  }

  func testAPlaceAfterTheOneToldIsNoContent() {
    let a = run("His lawyer, Owen Tarrick, told reporters outside the courthouse that his client was innocent.")
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
      run("On Friday officials reported the number of arrests rose to 14.").quotes.first?.group, "officials")
    let a = run("Two days later the administration said it would seek a court order.")
    XCTAssertEqual(a.quotes.first?.group, "the administration")
    // whom it was said of, before a colon, is no content
    XCTAssertEqual(run("Ann Lee said of the plan: \"It will fail.\"").quotes.first?.text, "\"It will fail.\"")
    // a participle after a role noun and the name between commas is the name's
    let b = run("The mayor of Leeds, Tom Ware, gave his condolences, adding, \"A full review is underway.\"")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Ware")
  }

  func testASubjectOpensWithNoPreposition() {
    let a = run("Norway barred the trawler from its waters, with officials saying the nets were illegal.")
    XCTAssertEqual(a.quotes.map(\.group), ["officials"])
    XCTAssertEqual(a.quotes.first?.text, "the nets were illegal")
    XCTAssertEqual(
      run("In a Reuters interview Dan Hale declared that the treaty was obsolete.").quotes.first?.speaker?.name,
      "Dan Hale")
    // a past tense before an object makes a clause, no subject: "… released a report showing …"
    XCTAssertNil(run("The ministry released a report showing a rise of 12 percent.").quotes.first?.group)
    XCTAssertEqual(run("About 35 percent of farmers said the weather was the main worry.").quotes.count, 1)
  }

  func testASignatureAfterTheQuoteMayGiveTheSignersRole() {
    let a = run(
      "\"More girls in coding clubs has been a real shift.\"  \u{2014} \u{200D}Meena Rao, Pune Depot Manager")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Meena Rao")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Pune Depot Manager")
  }

  func testObservingAndMaintainingReportAClauseOrAQuoteNotWhatWasWatchedOrKept() {
    XCTAssertTrue(run("The biologists started observing the colony in 2004.").quotes.isEmpty)
    XCTAssertTrue(run("Lena Morrow observed nine enzymes found only in cave moss.").quotes.isEmpty)
    XCTAssertEqual(run("Lena Morrow observed that the moss was odd.").quotes.first?.text, "that the moss was odd")
    // and so does maintaining: "maintained his lead" kept it
    XCTAssertTrue(run("Dan Hale maintained his lead over Tom Ware in the club ballot.").quotes.isEmpty)
    XCTAssertEqual(run("Dan Hale maintained that the vote was fair.").quotes.first?.text, "that the vote was fair")
  }

  func testEchoingAndDeterminingReport() {
    XCTAssertEqual(run("Other councillors echoed those comments.").quotes.first?.text, "those comments")
    let a = run("A federal judge determined that the handling of the files was careless.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the handling of the files was careless"])
    // (determining reports only a clause: an adjective or an infinitive is none, and no second report)
    XCTAssertTrue(run("Our crew was determined to finish the race.").quotes.isEmpty)
    let b = run("Staff said Vey was a fierce and determined rival in every race.")
    XCTAssertEqual(b.quotes.map(\.text), ["Vey was a fierce and determined rival in every race"])
  }

  func testSuggestingReportsTheQuoteAfterIt() {
    let a = run(
      "Nora Fenn studied the mills. Fenn suggested, in all probability, \"beside each mill there stood a pond.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Nora Fenn")
    // a suggestion of something to do is no report
    XCTAssertTrue(run("Nora Fenn suggested a meeting of the two councils next week.").quotes.isEmpty)
    // a finite clause with no "that" is reported; one with "should" is reported and proposed, as after "said"
    let b = run("Mayor Tom Ware suggested a wider review may be needed.")
    XCTAssertEqual(b.quotes.map(\.text), ["a wider review may be needed"])
    let c = run("Mayor Tom Ware suggested the city should hold a review.")
    XCTAssertEqual(c.quotes.map(\.text), ["the city should hold a review"])
    XCTAssertEqual(c.proposals.count, 1)
    // (a subjunctive only proposes)
    let d = run("Mayor Tom Ware suggested that the two towns share one clinic.")
    XCTAssertTrue(d.quotes.isEmpty)
    XCTAssertEqual(d.proposals.count, 1)
    // a contraction shows a finite verb: "hadn't", "wouldn't", "don't", "he'd", "they're"
    for clause in [
      "the mayor hadn't read the report", "that it wouldn't be easy", "the farmers don't trust the board",
      "he'd win the ward easily", "that they're short of staff",
    ] {
      XCTAssertEqual(run("Nora Fenn suggested \(clause).").quotes.map(\.text), [clause], clause)
    }
  }

  func testIndicatingReportsAClauseOfAPersonAndWhatEvidenceShows() {
    let a = run("Fire marshal Ines Dorrow indicated the blaze had started in a storeroom behind the bakery.")
    XCTAssertEqual(a.quotes.map(\.text), ["the blaze had started in a storeroom behind the bakery"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ines Dorrow")
    let b = run("Tom Reed spoke to the press on Monday. He has indicated that he would stand again in the autumn.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Reed")
    // a person's noun phrase is no report; a survey's is
    XCTAssertTrue(run("The mayor indicated support for the new ferry route.").quotes.isEmpty)
    XCTAssertEqual(run("The survey indicated a rise in rents.").quotes.map(\.text), ["a rise in rents"])
    // (a frame set between commas has its words around it)
    let m = run("Sales rose, perhaps because, union head Ines Dorrow indicated, of the long strike.")
    XCTAssertEqual(m.quotes.first?.speaker?.name, "Ines Dorrow")
    // (a clause may say where its subject is before its verb)
    let c = run("Ann Vey suggested that the old ferry terminal on the east quay had been sold.")
    XCTAssertEqual(c.quotes.count, 1)
  }

  func testWhatPeopleFoundOrShowedIsTheClauseAfterTheVerbWithNoThat() {
    let a = run("The field biologists found the beetles had survived longer in cold soil than in warm soil.")
    XCTAssertEqual(a.quotes.map(\.text), ["the beetles had survived longer in cold soil than in warm soil"])
    XCTAssertEqual(a.quotes.first?.group, "The field biologists")
    XCTAssertEqual(
      run("Using their model, they found there could be enough water for moss near the ridge.").quotes.map(\.text),
      ["there could be enough water for moss near the ridge"])
    XCTAssertEqual(
      run("Marine scientists showed the reef fish had eaten most of the algae.").quotes.map(\.text),
      ["the reef fish had eaten most of the algae"])
    // a thing found or shown is no clause: a noun phrase, a participle of it, a relative clause after it
    for sentence in [
      "Divers found the body of a man near the old pier.", "The wardens found it hard to reach the island.",
      "Inspectors found an unmarked knife, which was handed to the court.",
      "The rangers showed a single guard surrounded by protesters.",
      "The hikers showed a group of deer grazing as they walked past.",
      "The councillor showed no sign that he was ready to resign.",
      "The mayor has shown a weakness she did not reveal before.",
      "Police found the woman injured in her kitchen.", "Soldiers found the village deserted.",
      "Police found the suspect's blood on the knife and arrested him.",
      "The hikers found the trail closed and turned back.",
    ] {
      XCTAssertTrue(run(sentence).quotes.isEmpty, sentence)
    }
  }

  func testASecondVerbInAWhileClauseHasThatClausesSubject() {
    let a = run(
      "Governor Jo Hale signed an order on Monday, while Tom Reed, the former mayor, proposed a vote and said "
        + "the council should resign.")
    XCTAssertEqual(a.quotes.last?.text, "the council should resign")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Tom Reed")
    // (a "while" of time with no subject of its own leaves the sentence's, and so does an aside inside the subject
    // or one that a comma closes before the second verb)
    for text in [
      "Governor Jo Hale, while touring the plant, thanked the staff and said the jobs were safe.",
      "Governor Jo Hale, while Tom Reed looked on, signed the bill and said the jobs were safe.",
      "Governor Jo Hale signed the bill on Monday, while Tom Reed was abroad, and said the jobs were safe.",
    ] {
      XCTAssertEqual(run(text).quotes.last?.speaker?.name, "Jo Hale", text)
    }
  }

  func testATimeBeforeTheFrameAndAnAsideBetweenDashesAreNoContent() {
    let a = run(
      "Earlier this week on Thursday on state radio, President Tarrick said \u{2014} as reported by Harbour "
        + "Daily News \u{2014} \"The old palace will soon be opened as a library.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"The old palace will soon be opened as a library.\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tarrick")
  }

  func testAThinkTankIsNoThinking() {
    let a = run("In his speech at the think tank Harbour Institute's offices, Dravic said the talks would go on.")
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
      "During NBC's \"A Night For a Queen\", Friday evening, singers performed. Pellham said, \"She was at her best.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"She was at her best.\""])
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
      "Tom Ware spoke on Monday. The bridge he argued for was opened on his watch: \"Nobody thought it would happen.\"")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Tom Ware")
    let c = run(
      "Grant said the vote was over.\n\n\"Power will be restored by midnight.\" \u{2014} Harbour Power (@harbourpower)")
    XCTAssertEqual(c.quotes.last?.organisation, "Harbour Power")
    // with the post's date after the handle, as an embedded post gives it
    let d = run(
      "Grant said the vote was over.\n\n\"Power is back.\" \u{2014} Harbour Power (@harbourpower) March 3, 2024")
    XCTAssertEqual(d.quotes.last?.organisation, "Harbour Power")
  }

  func testANamedSubjectWithAReportingRelativeClauseEndsTheContent() {
    let a = run("Ann Vey called the tax plan \"madness,\" and Tom Ware, who says it is \"ruinous.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["the tax plan \"madness,\"", "it is \"ruinous.\""])
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Tom Ware")
  }

  func testWentOnFramesTheQuoteBeforeIt() {
    let a = run(
      "Dan Hale spoke to the host. \"You see, it works, right,\" Hale went on, as if he had not heard.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dan Hale")
    // "went on to …" is no frame
    XCTAssertTrue(run("Dan Hale went on to win the seat in May of that year.").quotes.isEmpty)
  }

  func testAQuestionQuotedBeforeItsFrameEndsNoSentence() {
    let a = run("Dan Hale spoke to the host. \"It works, right?\" Hale said, looking out at the hall.")
    XCTAssertEqual(a.quotes.map(\.text), ["\"It works, right?\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dan Hale")
    // a new sentence with its own content still starts after the question
    let b = run("\"Is it over?\" Ann Vey said the count was done.")
    XCTAssertTrue(b.quotes.contains { $0.text == "the count was done" })
  }

  func testAQuoteOpeningTheSentenceIsNoSubject() {
    let a = run(
      "\u{201C}Promise me you will leave the porch light on,\u{201D} Nina Fell sings to the crowd before asking "
        + "her, \u{201C}I only want to ask, where do we go tonight?\u{201D}")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Nina Fell", "Nina Fell"])
  }

  func testAClauseSubjectMayOpenWithAModifierAndAColonLeadInWithAFrontedPhrase() {
    let a = run(
      "Liberal leadership nominee Rita Moss chimed in on Facebook, saying that the records should be released.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Rita Moss")
    let b = run(
      "With Labour leaders worried about a lack of interest among older voters, President Dravic is rolling "
        + "out a new slogan: \"It's about you.\"")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Dravic")
  }

  func testAsSomeonePutItFramesWhatFollows() {
    let a = run(
      "As Owen Tarrick, a tax adviser, recently put it, \"Did he cut his bills through clever accounting?\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Owen Tarrick")
    let b = run(
      "As Dan Hale put it: \"This plan will not be approved. So there's no point in waiting, because it's dead.\""
    )
    XCTAssertEqual(
      b.quotes.first?.text, "\"This plan will not be approved. So there's no point in waiting, because it's dead.\"")
  }

  func testAsSomeonePutItInsideASentenceFramesTheQuoteBesideIt() {
    // between commas, before the quote it frames
    let a = run(
      "That is because, as Tom Reyes puts it, “the cheapest road is the one already built” and the council agrees.")
    XCTAssertEqual(a.quotes.map(\.text), ["“the cheapest road is the one already built”"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reyes")
    // after the quote it frames
    let b = run("“The cheapest road is the one already built,” as Tom Reyes put it.")
    XCTAssertEqual(b.quotes.map(\.text), ["“The cheapest road is the one already built,”"])
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Reyes")
    // (and the quote it frames is all the claim, not the words after it)
    let c = run("As a result, as Tom Reyes put it, “the road was built” and nobody paid for it.")
    XCTAssertEqual(c.quotes.map(\.text), ["“the road was built”"])
    // (a frame of its own in the sentence keeps its claim, the quote in it)
    let d = run("Mayor Ana Ruiz said the reform was “a historic step,” as she put it.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Ana Ruiz")
    XCTAssertEqual(d.quotes.count, 1)
    // (nor is "put it" with a particle or a place a cue)
    XCTAssertEqual(run("The government puts it down to bad weather.").quotes.count, 0)
    XCTAssertEqual(run("She puts it off for a week.").quotes.count, 0)
  }

  func testABarePluralWithItsModifiersIsAGroup() {
    for subject in [
      "Shop owners", "Small business owners", "Public records", "40 backbenchers", "More than 4 in 10", "Three in four",
      "One out of five", "Two-thirds of tenants",
    ] {
      XCTAssertEqual(run(subject + " say the vote should be delayed.").quotes.first?.group, subject)
    }
    // a participle or a determiner makes a phrase no subject
    XCTAssertEqual(
      run("Making the rounds on Sunday, Keane said the vote should be delayed.").quotes.first?.speaker?.name,
      "Keane")
  }

  func testARestrictiveRelativeClauseDescribesTheSubjectBeforeIt() {
    XCTAssertEqual(run("Residents who live nearby said the road was unsafe.").quotes.first?.group, "Residents")
    XCTAssertEqual(run("Two nurses who treated him said he was calm.").quotes.first?.group, "Two nurses")
    // a longer clause, with a verb of its own
    let b = run("Two officials who asked not to be named said the deal was close.")
    XCTAssertEqual(b.quotes.first?.group, "Two officials")
    XCTAssertEqual(b.quotes.first?.text, "the deal was close")
    // a relative "that" with its verb after it
    let c = run("But environmental groups that have backed him say they want a reform.")
    XCTAssertEqual(c.quotes.first?.group, "environmental groups")
    // no verb before the antecedent, and no cue inside the clause
    let a = run("President Dravic ignored critics who say he must step down and said the city was safe.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name ?? $0.group }, ["critics", "Dravic"])
  }

  func testAPassiveBeforeAnInfinitiveKeepsItsSubjectInTheWords() {
    // (what was said is that the mill closed: "to have closed" alone says nothing of what)
    let a = run("The mill was said to have closed in May.")
    XCTAssertEqual(a.quotes.map(\.text), ["The mill was said to have closed in May"])
    XCTAssertNil(a.quotes.first?.speaker)
    XCTAssertEqual(run("Ann Vey is expected to resign on Friday.").quotes.map(\.text), ["Ann Vey is expected to resign on Friday"])
    // (a verb that reports weakly does so too, with a noun phrase as its subject: no speaker, the subject no source)
    for text in ["The gunman is reported to have entered the hall.", "The suspect is thought to have fled north."] {
      let analysis = run(text)
      XCTAssertEqual(analysis.quotes.map(\.text), [String(text.dropLast())], text)
      XCTAssertNil(analysis.quotes.first?.speaker, text)
      XCTAssertNil(analysis.quotes.first?.group, text)
    }
    // (not before "to" and a noun phrase, a place or a receiver: no infinitive)
    for text in ["The letter was posted to the wrong address.", "The leak was reported to the regulator on Monday."] {
      XCTAssertEqual(run(text).quotes.count, 0, text)
    }
    // (a passive with its clause after "that" keeps its words as they were)
    XCTAssertEqual(run("It was reported that the mill closed.").quotes.map(\.text), ["that the mill closed"])
    // (nor the one told what to do)
    XCTAssertEqual(run("Residents were told to boil their water.").quotes.map(\.text), ["to boil their water"])
  }

  func testARestrictiveRelativeClauseWithAVerbOfSayingStillLetsTheMainVerbReport() {
    // (the clause's verb had been taken for the sentence's frame, and the sentence lost its claim)
    for (text, group, content) in [
      ("The officer who ordered the raid said it was lawful.", "The officer", "it was lawful"),
      ("A man who announced his candidacy on Monday said he would win.", "A man", "he would win"),
      ("The woman who told police about the fire said she was scared.", "The woman", "she was scared"),
      // (a common noun that opens the sentence, capitalised there)
      ("Residents who complained about the noise said the works ran late.", "Residents", "the works ran late"),
      // (the clause's object is no subject of the main verb, though it stands right before it)
      ("Parents who spoke to the board said the plan was unfair.", "Parents", "the plan was unfair"),
      ("The nurses who wrote to the ministry said staffing was too low.", "The nurses", "staffing was too low"),
    ] {
      let analysis = run(text)
      XCTAssertEqual(analysis.quotes.map(\.text), [content], text)
      XCTAssertEqual(analysis.quotes.first?.group, group, text)
    }
    // a comma before "who" sets the clause off, with a claim of its own, as before
    let a = run("The officer, who ordered the raid, said it was lawful.")
    XCTAssertEqual(a.quotes.map(\.text), ["the raid", "it was lawful"])
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
    let a = run("Ryan Dole was injured. His family said the police should release the footage.")
    XCTAssertEqual(a.quotes.first?.group, "His family")
    XCTAssertEqual(run("Neighbours said the house had been empty for years.").quotes.first?.group, "Neighbours")
  }

  func testAPluralPossessiveIsInsideTheSubject() {
    XCTAssertEqual(run("The teachers' union said the plan was weak.").quotes.first?.group, "The teachers' union")
  }

  func testTwoFramesOfTheSameWordsMakeOneClaim() {
    let a = run(
      "Dana Fell was once asked how the long strike would end. She responded as the rest of us must respond.")
    XCTAssertEqual(a.quotes.filter { $0.text == "how the long strike would end" }.count, 1)
  }

  func testARoleWithItsPlaceBetweenCommasDescribesTheNameBefore() {
    let a = run("Nina Fell, a pharmacist from Ithaca, New York, said the songs had moved her.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Nina Fell")
    let b = run("Tom Ware, the former mayor of Terre Haute, Indiana, said the plan was flawed.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Ware")
  }

  func testAnAgeBetweenCommasStandsBeforeTheRoleAfterAnInvertedFrame() {
    let a = run("\"I did not think so,\" says Margaret Yee, 71, a retired nurse who has used the library.")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "retired nurse")
    // a hometown is no role
    let b = run("\"I did not think so,\" said Dora Pellham, 56, of South Boston.")
    XCTAssertNil(b.quotes.first?.speaker?.role)
  }

  func testAnyNounBeforeAFullNameInAnAppositive() {
    let a = run("Pike's barrister, Simon Csoka KC, said his client had not intended to kill.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Simon Csoka")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Pike's barrister")
    let b = run("The assailant, Ryan Dole, told reporters he was sorry.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ryan Dole")
    // a name and its appositive before "said" are the subject, whatever noun follows "said"
    let d = run(
      "Owen Tarrick, a spokesman for the Vey campaign, said the Veys and the charity had been careful.")
    XCTAssertEqual(d.quotes.map(\.text), ["the Veys and the charity had been careful"])
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Owen Tarrick")
    // any title after a body's possessive, not only a source's ("president"): "principal", "dean"
    let c = run("McGill University's principal, Ann Vey, said the plan was sound.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(c.quotes.first?.speaker?.role, "McGill University's principal")
  }

  func testOnesKinIsNamedByAGivenNameThatIsAPlacesToo() {
    let a = run("His wife, Ann, said the house was sold.")
    XCTAssertEqual(a.quotes.map(\.text), ["the house was sold"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "His wife")
  }

  func testAMonarchOrAPopeIsNamedWithTheTitle() {
    let a = run("Pope Francis said the war must end. \"Peace is possible,\" said King Charles III. Francis added that talks would help.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Pope Francis", "King Charles III", "Pope Francis"])
    // (the title and a name of one the article gave that title to are that person; another's name is not)
    let b = run(
      "The party named Princess Ines Marlow. Harry Kane scored twice.\n\nPrincess Ines said she was ready. "
        + "Prince Harry said the game was great.")
    XCTAssertEqual(b.quotes.map { $0.speaker?.name }, ["Ines Marlow", "Prince Harry"])
  }

  func testANameWhoseRoleNoCommaClosesSpeaks() {
    let a = run("Maria Collis, president and CEO of the Oregon Dairy Council stated, \"It is not a farming issue.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Maria Collis")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "president and CEO of the Oregon Dairy Council")
    let b = run("Maria Collis, a spokeswoman for the council said the plan was fair.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Maria Collis")
    // (not a name that no clause opens with: the role speaks)
    let c = run("After meeting Tom Reed, the mayor said the plan was fair.")
    XCTAssertNil(c.quotes.first?.speaker)
    XCTAssertEqual(c.quotes.first?.group, "the mayor")
  }

  func testMoreReportingVerbsInvertAfterAQuote() {
    XCTAssertEqual(run("\"We will rebuild,\" vowed Gov. Tom Ware.").quotes.first?.speaker?.name, "Tom Ware")
    XCTAssertEqual(run("\"We will appeal,\" retorted Maria Lopez.").quotes.first?.speaker?.name, "Maria Lopez")
  }

  func testAParticipleAfterAFrameThatFollowsTheQuote() {
    let a = run("\"It's a good day,\" Premier Rita Moss told reporters, adding that the deal would create jobs.")
    XCTAssertEqual(a.quotes.map(\.text), ["\"It's a good day,\"", "that the deal would create jobs"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Rita Moss", "Rita Moss"])
  }

  func testAParticipleAfterQuotedWordsWhoseCommaClosesThem() {
    let a = run(
      "Hale said that there is \u{201C}one candidate able to win,\u{201D} adding that it is why rivals target him.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Hale", "Hale"])
    XCTAssertEqual(a.quotes.last?.text, "that it is why rivals target him")
  }

  func testAnOpeningParticiplesPhraseMayHoldAPlaceAndItsState() {
    let a = run("Speaking at a school gym in Bangor, Maine, Dana Whitfield went after Cole, calling him \"a bore.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Whitfield")
    // a name that ends as a participle does, before its verb, opens no such phrase
    let b = run("Corning did not publish any details about the defect, telling reporters it was sorry.")
    XCTAssertEqual(b.quotes.first?.text, "it was sorry")
    // the words may end right after a comma
    let text = "Speaking at a school gym event in Bangor,"
    let paragraph = ParagraphText(
      .init(index: 0, start: 0, end: text.unicodeScalars.count, role: .body, text: text), openFromPrevious: false)
    let comma = paragraph.tokens.count - 1
    XCTAssertEqual(ProposalDetector.openingParticiplePhraseEnd(paragraph, 0, limit: comma + 1), comma)
  }

  func testAnAdverbOfMannerBetweenTheSubjectAndTheVerb() {
    let a = run("Dan Hale spoke. Hale jokingly said, \u{201C}I hate to admit it, I am popular.\u{201D}")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dan Hale")
    XCTAssertEqual(run("Tarrick politely suggested that the move could look petty.").quotes.count, 1)
    // and one that ends a frame after the quote
    let b = run("\"Heaven forbid we ask the police anything,\" Owen Tarrick said sarcastically.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Owen Tarrick")
    // (and goes on with the writer's phrase or clause: no words of the speaker's)
    let c = run("Kline lost. \"Back Anna Kline,\" spokesman Tom Reyes said happily as results came in.")
    XCTAssertEqual(c.quotes.map(\.text), ["\"Back Anna Kline,\""])
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Tom Reyes")
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
    let a = headline("Dana Fell: \u{2018}You Don\u{2019}t Win The Title By How Many Games You Draw.\u{2019}")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Fell")
    let b = headline("Rita Moss on the Budget: \u{2018}I Think He Will.\u{2019}")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Rita Moss")
    // a headline's capitals make a sentence look like a name
    let c = headline("Nina Fell Grills Harbour Bank CEO: \u{2018}You Should Be Ashamed.\u{2019}")
    XCTAssertNil(c.quotes.first?.speaker)
  }

  func testACommonWordThatLabelsAHeadlineIsNoPerson() {
    // "Poll" is a family name too, but the article writes it in lower case: the label names a source
    let a = analyze(ArticleReader.parse(
      "Poll: Vey and Reed hold narrow leads in Ohio\n\nA new poll of likely voters shows a close race.", path: "t.txt"))
    XCTAssertEqual(a.quotes.first?.group, "Poll")
    XCTAssertNil(a.quotes.first?.speaker)
    XCTAssertTrue(a.people.isEmpty)
    // a family name that is a common word the article never writes in lower case is the person's
    let b = analyze(ArticleReader.parse(
      "Bush: We will win the vote in Ohio\n\nThe former governor spoke to voters in Akron.", path: "t.txt"))
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Bush")
  }

  func testTheOneSpokenOfEndsAFrame() {
    let a = run("\u{201C}He\u{2019}s funny,\u{201D} Owen Tarrick said of Hale. \u{201C}But he is a sideshow.\u{201D}")
    XCTAssertEqual(
      a.quotes.map(\.text), ["\u{201C}He\u{2019}s funny,\u{201D}", "\u{201C}But he is a sideshow.\u{201D}"])
    XCTAssertEqual(Set(a.quotes.compactMap(\.utterance)).count, 1)
  }

  func testAPartOfADayOrAChannelWithItsNameBeforeAClauseIsNoContent() {
    let a = run("Dale Fry said late Sunday the police were looking for a second man.")
    XCTAssertEqual(a.quotes.map(\.text), ["the police were looking for a second man"])
    let b = run("Dale Fry said in an interview with Radio Nord she would run again.")
    XCTAssertEqual(b.quotes.map(\.text), ["she would run again"])
  }

  func testWhereAndHowItWasSaidIsNoContent() {
    let a = run("Rising sea levels could displace a million people, Mr. Dravic said in his interview.")
    XCTAssertEqual(a.quotes.map(\.text), ["Rising sea levels could displace a million people"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dravic")
    let b = run("\"I think the government should act,\" Ms. Gau said by telephone.")
    XCTAssertEqual(b.quotes.map(\.text), ["\"I think the government should act,\""])
    // but what one comments on or agrees with may be reported
    XCTAssertEqual(run("Dan Hale has also commented on the death of the driver.").quotes.count, 1)
  }

  func testAStateAfterAPlaceBetweenCommasIsPartOfTheSubject() {
    let a = run("Officials in Dayton, Ohio, said they hoped the grant would arrive quickly.")
    XCTAssertEqual(a.quotes.map(\.text), ["they hoped the grant would arrive quickly"])
    XCTAssertEqual(a.quotes.first?.group, "Officials in Dayton")
    // (so is a county the gazetteer knows only as a town, after a town it knows)
    let b = run("Police in Harlow, Essex, said the blaze had been started deliberately.")
    XCTAssertEqual(b.quotes.map(\.text), ["the blaze had been started deliberately"])
    XCTAssertEqual(b.quotes.first?.group, "Police in Harlow")
  }

  func testAConjunctionOpensTheClauseBeforeANameAndItsAppositive() {
    let a = run("Jim Hart opposed the bill, while Sen. Dana Cole, R-Maine, said she would support it.")
    XCTAssertEqual(a.quotes.map(\.text), ["she would support it"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Cole")
  }

  func testTheRoleAnAbbreviatedTitleGivesIsThePersonsRole() {
    let a = run("Sen. Rita Moss spoke in Maine.\n\n\"I make no apology for that,\" the senator said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Rita Moss")
    let b = run("Gov. Tom Ware spoke.\n\nThe governor said the floods were receding.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Ware")
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
    XCTAssertTrue(run("Justice Nora Fenn swore her in at a courthouse ceremony.").quotes.isEmpty)
    XCTAssertTrue(run("She is leaning on him, mentioning him in nearly every interview.").quotes.isEmpty)
    XCTAssertEqual(run("Justice Nora Fenn swore that the law was clear.").quotes.count, 1)
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
      run("According to the ministry on Tuesday, 117 patients have recovered.").quotes.first?.group, "the ministry")
    XCTAssertEqual(
      run("According to the Institute for Public Health Research late today, 117 patients have recovered.")
        .quotes.first?.organisation, "Institute for Public Health Research")
    // but a body's name or a participle's phrase keeps its words
    XCTAssertEqual(
      run("According to USA Today, the boats have run since the 1970s.").quotes.first?.organisation, "USA Today")
    XCTAssertEqual(
      run("According to a poll released Wednesday, the race is close.").quotes.first?.group,
      "a poll released Wednesday")
  }

  func testAVerbOfSayingAfterAnAccordingToAsideIsTheSubjectsOwn() {
    let a = run("Witnesses, according to The Guardian, said a woman had followed the couple.")
    XCTAssertEqual(a.quotes.map(\.text), ["a woman had followed the couple"])
    XCTAssertEqual(a.quotes.first?.group, "Witnesses")
  }

  func testTheSubjectOfAVerbOfVoicingIsItsSpeaker() {
    XCTAssertEqual(run("As she spoke, the attendees chanted \"Save our park!\"").quotes.first?.group, "the attendees")
    XCTAssertEqual(run("The heckler yelled \"You are wrong!\" at the stage.").quotes.first?.group, "The heckler")
    // not the object of a preposition before the verb
    let a = run("Students marching through the square chanted \"Whose campus?\" until 3 a.m.")
    XCTAssertNotEqual(a.quotes.first?.group, "the square")
  }

  func testAPassiveThatGoesOnWithATimeOrAPlaceSaysNothing() {
    XCTAssertTrue(run("National Tree Day is observed on May 4.").quotes.isEmpty)
    XCTAssertTrue(run("Strikes are not reported in Aberdeen, in northern Scotland.").quotes.isEmpty)
    XCTAssertTrue(run("The van was recalled after a similar fault in Derby last year.").quotes.isEmpty)
    // what was said still follows a passive: "was told that …"
    XCTAssertEqual(
      run("The mayor was told that the bridge was unsafe.").quotes.first?.text, "that the bridge was unsafe")
  }

  func testAVerbThatGoesOnToTheVerbOfSayingLeavesTheSubjectItsOwn() {
    let a = run("Dr Ines Moreau went on to say hundreds of infections might be avoided.")
    XCTAssertEqual(a.quotes.map(\.text), ["hundreds of infections might be avoided"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ines Moreau")
    let b = run("Ines Moreau later continued to warn that the vaccine stocks would run out.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ines Moreau")
    let c = run("Ines Moreau sought to stress that the clinics would stay open.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ines Moreau")
    // (a refusal reports nothing)
    XCTAssertTrue(run("Ines Moreau declined to say whether the stocks would run out.").quotes.isEmpty)
  }

  func testTheAddresseeAfterSaidToIsNoContent() {
    XCTAssertEqual(run("His daughter said to the police he had left home.").quotes.first?.text, "he had left home")
    XCTAssertEqual(
      run("The minister said to reporters that the plan was sound.").quotes.first?.text, "that the plan was sound")
    XCTAssertTrue(run("Hale said to a room of some 300 farmers in Ohio.").quotes.isEmpty)
    // an infinitive is the content: "said to wait"
    XCTAssertEqual(run("She said to wait for the results.").quotes.first?.text, "to wait for the results")
    // so it is after "stated", "confirmed" and "acknowledged"
    XCTAssertEqual(
      run("Inspector Lia Brandt stated to the Courier on Friday that the thefts had stopped.").quotes.first?.text,
      "that the thefts had stopped")
    XCTAssertEqual(
      run("A spokesman confirmed to reporters the ferry would resume on Monday.").quotes.first?.text,
      "the ferry would resume on Monday")
  }

  func testARoleAndARelativeClauseAfterANameDescribeIt() {
    let a = run("Tom Kettle, an actor in Leeds, who runs a small theatre, recalled that in 2009 he had debts.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Kettle")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "actor in Leeds")
  }
}
