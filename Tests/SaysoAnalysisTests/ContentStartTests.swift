import XCTest

@testable import SaysoAnalysis

/// Where the content of a verb of saying starts when words stand between them: the one told, a manner
/// adverb, the document or channel it was said in.
final class ContentStartTests: XCTestCase, AnalysingText {
  func testAGroupOfATitlesPluralSpeaksAfterItsContent() {
    let a = run("Oil prices fell on Tuesday after stocks rose, traders said.")
    XCTAssertEqual(a.quotes.map(\.text), ["Oil prices fell on Tuesday after stocks rose"])
    XCTAssertEqual(a.quotes.first?.group, "traders")
  }

  func testTheAddresseeOfToldBeforeAClauseInThePastIsNoContent() {
    let a = run("Prosecutor Jonathan Sandiford told the court the family escaped through a rear window.")
    XCTAssertEqual(a.quotes.map(\.text), ["the family escaped through a rear window"])
    // the complementizer stays the content's, past a hyphenated word that ends in -ed
    let b = run("Jonathan Greenblatt told reporters that the so-called ban would be unacceptable.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the so-called ban would be unacceptable"])
  }

  func testAStationToldWithItsNumberOrItsPlaceIsNoContent() {
    XCTAssertEqual(run("Ann Vey told ABC Radio Darwin the budget was tight.").quotes.first?.text, "the budget was tight")
    XCTAssertEqual(run("Ann Vey told BBC Radio 5 the budget was tight.").quotes.first?.text, "the budget was tight")
    XCTAssertEqual(run("Ann Vey told Channel 4 News the deal was off.").quotes.first?.text, "the deal was off")
  }

  func testAnAudienceToldIsNoContent() {
    let a = run("\"It is unworkable,\" Owen Pratt told a news conference in Halifax.")
    XCTAssertEqual(a.quotes.map(\.text), ["\"It is unworkable,\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Owen Pratt")
    XCTAssertEqual(run("Owen Pratt told a crowd of volunteers in Halifax on Friday.").quotes, [])
    let b = run("Lucia Ortega Varga told an audience at a book fair in Denver that the cuts were shortsighted.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the cuts were shortsighted"])
    // an event is an audience too, and the place of it may name its state
    let c = run("Nora Hale told a town hall in Keene, New Hampshire on Friday that the toll plan is worse.")
    XCTAssertEqual(c.quotes.map(\.text), ["that the toll plan is worse"])
    // what is asked of an audience is content
    XCTAssertEqual(run("Colin Trask asked the court to intervene.").quotes.map(\.text), ["the court to intervene"])
    // the press is an audience; so is a named body, to the last word of its name
    let d = run("Captain Greta Hollis told the press a nearly 12-hour search involving four lifeboats "
      + "covering 90 square miles had found nothing.")
    XCTAssertEqual(d.quotes.map(\.text), ["a nearly 12-hour search involving four lifeboats covering "
      + "90 square miles had found nothing"])
    let e = run("\"It is a small unit,\" Defense Secretary Ivy Lund told a Senate panel Tuesday.")
    XCTAssertEqual(e.quotes.map(\.text), ["\"It is a small unit,\""])
    let f = run("Hugo Barr told the Senate Finance Committee hearing on Tuesday that no loss was found.")
    XCTAssertEqual(f.quotes.map(\.text), ["that no loss was found"])
  }

  func testTheNameOfAnAudienceAfterItsNounIsNoContent() {
    let a = run("Leyts told the French newspaper Le Monde the plan was dead.")
    XCTAssertEqual(a.quotes.map(\.text), ["the plan was dead"])
    let b = run("\"It is dead,\" Anna Leyts told the French newspaper Le Monde.")
    XCTAssertEqual(b.quotes.map(\.text), ["\"It is dead,\""])
    // a name that its predicate follows is the clause's subject
    XCTAssertEqual(run("Anna Leyts told the newspaper Trump would lose.").quotes.map(\.text), ["Trump would lose"])
    XCTAssertEqual(run("Anna Leyts told the crowd Biden wants a deal.").quotes.map(\.text), ["Biden wants a deal"])
  }

  func testAPlaceOfCommonWordsBeforeAClauseWithNoThatIsNoContent() {
    let cases = [
      "Coun. Lena Vogt told reporters at city hall she supports more patrols.": "she supports more patrols",
      "Ann Vey told supporters at the rally the plan was sound.": "the plan was sound",
      "Lyle Hobbs said in both letters he was sorry.": "he was sorry",
      // ("that" and "whether" open the content where they stand)
      "Rob Tate said in an interview that he was not there yet.": "that he was not there yet",
    ]
    for (text, content) in cases { XCTAssertEqual(run(text).quotes.map(\.text), [content], text) }
    // (a comma or a dash that ends the paragraph opens no aside, nor a clause: once a trap)
    for text in ["Ines Hoff said in Leeds,", "Ines Hoff said in Leeds -", "Ines Hoff said in Leeds, it", "Ines Hoff said in"] {
      XCTAssertNotNil(run(text).quotes, text)
    }
  }

  func testACapitalTodayEndsNoName() {
    let texts = ["USA Today noted the scope is wide.", "The scope is wide, USA Today noted."]
    for text in texts {
      XCTAssertEqual(run(text).quotes.first?.organisation, "USA Today", text)
    }
    // a day's name and a lower-case "today" are the frame's time
    for text in ["Anna Vey today said the scope is wide.", "Anna Vey Tuesday said the scope is wide."] {
      XCTAssertEqual(run(text).quotes.first?.speaker?.name, "Anna Vey", text)
    }
  }

  func testAWarningThatModifiersOpenIsANoun() {
    let rains = "As strong winds and a severe frost warning cast a chill over the fair, visitors left."
    XCTAssertEqual(run(rains).quotes, [])
    XCTAssertEqual(run("The yellow warning issued by the weather service applied to two islands.").quotes, [])
    XCTAssertEqual(run("A flood warning was in place for the county.").quotes, [])
    // a participle whose noun speaks is a cue: after "with", or before what is warned of
    let a = run("The river rose, with the weather service warning that roads would close.")
    XCTAssertEqual(a.quotes.map(\.text), ["that roads would close"])
    let b = run("Mayor Ann Vey sent a stern letter warning of closures across the county.")
    XCTAssertEqual(b.quotes.count, 1)
  }

  func testAFrameAfterAQuestionOrAnExclamationKeepsItsAdjuncts() {
    let frames = [
      "Rosa Kent": "Rosa Kent said to People.",
      "Felix Dorn": "Felix Dorn told the world on Friday via Twitter.",
    ]
    for (name, frame) in frames {
      let a = run("\"Sometimes we need a break!\" " + frame)
      XCTAssertEqual(a.quotes.map(\.text), ["\"Sometimes we need a break!\""], frame)
      XCTAssertEqual(a.quotes.first?.speaker?.name, name)
    }
    let b = run("\"Is the bridge safe?\" Felix Dorn asked on Friday.")
    XCTAssertEqual(b.quotes.map(\.text), ["\"Is the bridge safe?\""])
  }

  func testAQuotedSentenceAfterTheChannelItWasSaidOnIsTheContent() {
    let a = run(
      "Silas Mercer spoke on Monday. He said on Deutsche Welle's Harbour Towns Weekly programme "
        + "\"It is a sad day for the valley.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"It is a sad day for the valley.\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Silas Mercer")
    // a show's title inside the phrase is passed over
    let b = run("Silas Mercer said on ABC's \"This Week\" that the plan was sound.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the plan was sound"])
    // (and a time or a place after it)
    let c = run("Silas Mercer said on ABC's ''This Week'' in Boston on Sunday that the plan was sound.")
    XCTAssertEqual(c.quotes.map(\.text), ["that the plan was sound"])
  }

  func testARelativeClauseOnThePhrasesNounIsNoContent() {
    // "that" with a verb right after it describes the rally; the content's "that" comes later
    let a = run("Senator Ivo Marsh said at a rally that drew thousands on Sunday that the toll would go.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the toll would go"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ivo Marsh")
    // with no content after it, nothing was said
    XCTAssertEqual(run("Senator Ivo Marsh spoke at a rally that drew thousands on Sunday.").quotes, [])
    XCTAssertEqual(run("Senator Ivo Marsh said so at a rally that drew thousands on Sunday.").quotes, [])
    // (so does an adjective in "-ed" of the content's subject)
    let c = run("The bank said in its minutes that slowed growth meant that rates would stay on hold.")
    XCTAssertEqual(c.quotes.map(\.text), ["that slowed growth meant that rates would stay on hold"])
    // (a gerund after "that" opens the content)
    let b = run("Ivo Marsh said over the weekend that meeting voters has an impact.")
    XCTAssertEqual(b.quotes.map(\.text), ["that meeting voters has an impact"])
  }

  func testTheDocumentItWasSaidInIsNoContent() {
    // (an "and" between capitals is the name's)
    let a = run("Norvik Motors said in a filing to the Trade and Fair Markets Board that the review was closed.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the review was closed"])
    // (and a comma may close it)
    let b = run("The survey office said in its report, the northern fault had shifted by a metre.")
    XCTAssertEqual(b.quotes.map(\.text), ["the northern fault had shifted by a metre"])
  }

  func testAClauseAfterAPlatformIsTheContent() {
    let a = run("The actor Joe Gilgun said on Instagram he had never seen anything like it.")
    XCTAssertEqual(a.quotes.map(\.text), ["he had never seen anything like it"])
  }

  func testAClauseWithAnAuxiliaryAfterTheVerbIsNoTailOfAFrame() {
    let a = run("Calling the figures \"shameful\", Labour councillor Bev Craig said the government must act.")
    XCTAssertEqual(a.quotes.last?.text, "the government must act")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Bev Craig")
  }

  func testAVerbThatFramesOnlyWordsBeforeItOpensNoSecondClaim() {
    let a = run("Police reported the thief exited the shop and continued to run toward the station.")
    // (the clause's second verb is the thief's, and the police reported it too)
    XCTAssertEqual(a.quotes.map(\.text), ["the thief exited the shop and continued to run toward the station"])
  }

  func testACommitmentIsToSomething() {
    XCTAssertEqual(run("He committed to holding a vote.").quotes.map(\.text), ["to holding a vote"])
    XCTAssertEqual(run("Many have heard that 12 drivers commit offences each day.").quotes, [])
  }

  func testTheOneToldAndItsAdjunctsAreNoContent() {
    let a = run("Tessa Wade told analysts on a conference call that the company would keep its dividend.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the company would keep its dividend"])
    let b = run("Abel Corbin told charity employees on Friday that the charity would close.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the charity would close"])
    // the clause words that end the search: "told analysts who said that …" is not one claim of two
    let c = run("Tessa Wade told analysts who asked about it that the plan was sound.")
    XCTAssertNotEqual(c.quotes.first?.text, "that the plan was sound")
    // (and before a quote with no colon: "told the BBC after the verdict “…”")
    for text in [
      "Abel Corbin told the ABC \"My client is glad it is over.\"",
      "Abel Corbin told the ABC after the hearing \"My client is glad it is over.\"",
    ] {
      XCTAssertEqual(run(text).quotes.map(\.text), ["\"My client is glad it is over.\""], text)
    }
    // (not a clause's subject and verb: "told the crowd he was “…”")
    let e = run("Abel Corbin told the crowd he was \"against the war from the start.\"")
    XCTAssertEqual(e.quotes.map(\.text), ["he was \"against the war from the start.\""])
  }

  func testATimeAfterTheOneToldIsNoContentBeforeANounPhraseInLowerCase() {
    for text in [
      "Wardens told reporters today new fences will be built.", "The warden said Monday more fences were needed.",
    ] {
      XCTAssertFalse(run(text).quotes.first?.text.hasPrefix("today") ?? true, text)
      XCTAssertFalse(run(text).quotes.first?.text.hasPrefix("Monday") ?? true, text)
    }
    XCTAssertEqual(run("Wardens told reporters today new fences will be built.").quotes.map(\.text), [
      "new fences will be built"
    ])
  }

  func testABarePluralToldOrAskedIsNoContent() {
    XCTAssertEqual(run("Milo Sloane told aides he would fire him.").quotes.map(\.text), ["he would fire him"])
    // nor after a quote, whose frame it ends
    let a = run("\"We are always reviewing our portfolio,\" Dana Whitfield told analysts on a call last month.")
    XCTAssertEqual(a.quotes.map(\.text), ["\"We are always reviewing our portfolio,\""])
    XCTAssertEqual(
      run("Cora Ridley asked nurses if they would strike.").quotes.map(\.text), ["if they would strike"])
  }

  func testAnAddresseeWithNoArticleIsNoContent() {
    let a = run("Miguel Ortega told council the network carried 22 million riders last year.")
    XCTAssertEqual(a.quotes.map(\.text), ["the network carried 22 million riders last year"])
    // a role and a name, a time after them, or a name before them are the addressee's too
    let b = run("Joel Ashby told host Vera Tate a Finch loss is likely.")
    XCTAssertEqual(b.quotes.map(\.text), ["a Finch loss is likely"])
    let c = run("Kurt Voss told Finch backers Friday night that Finch has weathered every storm.")
    XCTAssertEqual(c.quotes.map(\.text), ["that Finch has weathered every storm"])
    let d = run("Lars Keel told FBI agents he searched the files of senior officials.")
    XCTAssertEqual(d.quotes.map(\.text), ["he searched the files of senior officials"])
    // but a name with a predicate after it is the clause's subject, and so is a possessive one
    let e = run("Leah Penn told supporters Holt would win.")
    XCTAssertEqual(e.quotes.map(\.text), ["Holt would win"])
    let f = run("Theo Brandt told local media Mercer's leg was set by paramedics.")
    XCTAssertEqual(f.quotes.map(\.text), ["Mercer's leg was set by paramedics"])
    // two names joined by "and" are the addressee, and so is a noun with its place after them
    let h = run("Wade Crane told The Herald and Tribune newspaper of Savannah on Friday that he voted.")
    XCTAssertEqual(h.quotes.map(\.text), ["that he voted"])
    // and a relative "that" opens no content
    let g = run("The bureau told agencies that received the order to refuse requests.")
    XCTAssertNotEqual(g.quotes.first?.text, "that received the order to refuse requests")
  }

  func testAQuoteAfterAnAddresseeWithARoleIsAllTheContent() {
    let a = run("Joel Ashby told host Vera Tate \"No, it is not true. It never happened.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"No, it is not true. It never happened.\""])
    XCTAssertEqual(a.quotes.first?.kind, .direct)
    let b = run("Joel Ashby told radio host Vera Tate: \"It never happened.\"")
    XCTAssertEqual(b.quotes.map(\.text), ["\"It never happened.\""])
    // (a quoted predicate after the clause's subject is still the clause: "told supporters Holt “is a liar”")
    let c = run("Leah Penn told supporters Holt \"is a liar\" and left.")
    XCTAssertEqual(c.quotes.first?.text.hasPrefix("Holt"), true)
  }

  func testTheSubjectAfterTheAddresseeMayHaveQuotedWordsBeforeItsPredicate() {
    let a = run("Steve Reed told the Commons the era of \"paying fines and carrying on\" was over.")
    XCTAssertEqual(a.quotes.map(\.text), ["the era of \"paying fines and carrying on\" was over"])
  }

  func testAVerbOfSayingThatEndsItsParagraphWithAWordOrAMarkAfterIt() {
    // (these read past the paragraph's last word)
    for text in ["Smith said of", "Smith said about", "Smith said, ", "According to the engineering firm,"] {
      XCTAssertTrue(run(text).quotes.isEmpty, text)
    }
    // (nor does a colon that opens the paragraph label anything)
    XCTAssertTrue(run(": “ about").quotes.isEmpty)
    // (an unclosed quote mark runs to the paragraph's end: the quote is all there is)
    XCTAssertEqual(run("after told “ ' ,").quotes.map(\.text), ["“ ' ,"])
  }

  func testWhatItWasSaidAboutIsNoContent() {
    XCTAssertEqual(run("The committee said about its inclusion of the group in the draft.").quotes.count, 0)
    XCTAssertEqual(run("Smith wrote about the war in his memoir.").quotes.count, 0)
    // but "that" after it starts the content, and "about" a number is part of it
    XCTAssertEqual(run("Tom Reed said about the plan that it would fail.").quotes.map(\.text), ["that it would fail"])
    XCTAssertEqual(
      run("Tom Reed has said about 20 people applied for the seat.").quotes.map(\.text),
      ["about 20 people applied for the seat"])
  }

  func testAMannerAdverbBeforeThatIsNoContent() {
    let a = run("The ministry said separately that it would auction new blocks.")
    XCTAssertEqual(a.quotes.map(\.text), ["that it would auction new blocks"])
  }

  func testAQuoteBetweenSpacedDashesWithItsFrameIsTheFramesContentAlone() {
    for dash in ["-", "—", "--"] {
      let text = "Mayor Ann Vey argued that the plan was reckless \(dash) \"We cannot pay for it,\" she said \(dash) "
        + "and left."
      let a = run(text)
      XCTAssertEqual(a.quotes.first?.text, "\"We cannot pay for it,\"", text)
      XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey", text)
    }
    // (not the dash that closes an aside inside the quote)
    let b = run("\"I doubt the old view\" -- that the mayor is aloof -- \"will last,\" Ann Vey said.")
    XCTAssertEqual(b.quotes.map(\.text), ["\"I doubt the old view\" -- that the mayor is aloof -- \"will last,\""])
  }

  func testAWireDatelineWithItsDateIsNoContent() {
    let a = run(
      "DETROIT, May 4 (Reuters) - Acme Motors is exploring a sale of its battery unit, three people familiar with "
        + "the matter told Reuters.")
    XCTAssertEqual(a.quotes.map(\.text), ["Acme Motors is exploring a sale of its battery unit"])
    // (or with its state after a comma: the subject is the speaker's, not the dateline's)
    let b = run("SPRINGFIELD, Ore. - Sen. Ann Vey (D-Ore.) pressed on Saturday, calling the plan a fraud.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(b.quotes.first?.speaker?.mention, "Sen. Ann Vey")
  }

  func testThePlaceOfAClaimWithNoThatIsNoContent() {
    let a = run("Prince Abdulaziz told reporters in Riyadh the group would act.")
    XCTAssertEqual(a.quotes.map(\.text), ["the group would act"])
    let b = run("Justin Trudeau said in Ottawa on Monday the deal was fair.")
    XCTAssertEqual(b.quotes.map(\.text), ["the deal was fair"])
  }

  func testTheChannelOfAClaimWithNoThatIsNoContent() {
    let a = run("Analysts at the bank said in a note the figures were solid.")
    XCTAssertEqual(a.quotes.map(\.text), ["the figures were solid"])
    let b = run("The charity said in a statement Friday night they closed the appeal.")
    XCTAssertEqual(b.quotes.map(\.text), ["they closed the appeal"])
    // a time after the channel, then "that": the content starts at "that"
    let c = run("Mr. Ridley announced in a statement this week that he had agreed to a deal.")
    XCTAssertEqual(c.quotes.map(\.text), ["that he had agreed to a deal"])
  }

  func testTheChannelBeforeAQuotedPartOfASentenceIsNoContent() {
    let a = run("Tom Reed said on Twitter “[h]is venture began the history of spacewalks.”")
    XCTAssertEqual(a.quotes.map(\.text), ["“[h]is venture began the history of spacewalks.”"])
    let b = run("Tom Reed wrote in the post “his venture began the history of spacewalks.”")
    XCTAssertEqual(b.quotes.map(\.text), ["“his venture began the history of spacewalks.”"])
    // (the phrase's own object is a quoted noun phrase: no channel before it)
    let c = run("Tom Reed joked about Ann Vey’s “interesting friendship” with his aide.")
    XCTAssertEqual(c.quotes.map(\.text), ["Ann Vey’s “interesting friendship” with his aide"])
  }

  func testALongFrameAfterAPhraseOfTimeOrPlaceIsNoFrameInsideItsContent() {
    let a = run(
      "In an interview with Ann Vey on Friday night, Tom Reed responded to a query about an old report, "
        + "first printed by a blog in the spring, that he may quit the race.")
    // (and what was answered is no content of "responded to": the report's words are not Reed's)
    XCTAssertEqual(a.quotes.map(\.text), [])
    // (a short one is: "In the end, he said, …" keeps its lead-in, as PolNeAR does)
    let b = run("In the end, Tom Reed said, the plan was sound.")
    XCTAssertEqual(b.quotes.map(\.text), ["In the end", "the plan was sound"])
  }

  func testAParticiplesPhraseBeforeTheClausesVerbIsNoContent() {
    let a = run(
      "Tom Reed, responding to the council's decision on Twitter, attacked the vote as \"a stitch-up.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["the vote as \"a stitch-up.\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    // (a participle whose phrase ends the sentence keeps it: what it answered)
    let b = run("Tom Reed did not respond to a request from the council.")
    XCTAssertEqual(b.quotes.map(\.text), ["to a request from the council"])
  }

  func testTheNounOfATalkIsNoLabellingVerb() {
    let a = run("Tom Reed characterized the call with Ann Vey as \"perfectly fine and routine.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["the call with Ann Vey as \"perfectly fine and routine.\""])
  }

  func testAMostlyLabellingVerbFarFromItsQuoteOpensTheClause() {
    let a = run("Tom Reed characterized the long meeting with his rival on Tuesday as \"perfectly fine and routine.\"")
    XCTAssertEqual(
      a.quotes.map(\.text), ["the long meeting with his rival on Tuesday as \"perfectly fine and routine.\""])
  }

  func testTheOneToldWithAParticipleOrARelativeClauseIsNoContent() {
    let a = run("\"We will rebuild,\" Tom Reed told those gathered to see the ribbon cut.")
    XCTAssertEqual(a.quotes.map(\.text), ["\"We will rebuild,\""])
    XCTAssertEqual(a.quotes.first?.cue, "told")
    let b = run("\"We will rebuild,\" Tom Reed told the crowd assembled outside.")
    XCTAssertEqual(b.quotes.map(\.text), ["\"We will rebuild,\""])
    let c = run("Tom Reed told those who came the plan was dead.")
    XCTAssertEqual(c.quotes.count, 1)
    let d = run("Tom Reed told the crowd gathered outside that the plan was dead.")
    XCTAssertEqual(d.quotes.map(\.text), ["that the plan was dead"])
  }

  func testWhereOneTestifiedOrAtWhomOneShoutedIsNoContent() {
    let a = run("Tom Reed testified at his own trial, claiming some clients misled him.")
    XCTAssertEqual(a.quotes.map(\.text), ["some clients misled him"])
    let b = run("Protesters shouted at the mayor and painted slogans on the doors of the town hall.")
    XCTAssertEqual(b.quotes.map(\.text), [])
    let c = run("Protesters shouted at the mayor that the vote was rigged.")
    XCTAssertEqual(c.quotes.map(\.text), ["that the vote was rigged"])
  }

  func testThePrepositionOfATopicIsNoPartOfTheWords() {
    let a = run("Tom Reed was asked about the plan to close the plant.")
    XCTAssertEqual(a.quotes.map(\.text), ["the plan to close the plant"])
    let b = run("Ann Vey warned against interference by foreign lobbyists in Peru.")
    XCTAssertEqual(b.quotes.map(\.text), ["interference by foreign lobbyists in Peru"])
    // ("against" turns the words round: the cue the reader shows with them keeps it)
    XCTAssertEqual(b.quotes.map(\.cue), ["warned against"])
    XCTAssertEqual(run("Tom Reed argued against raising the fuel tax.").quotes.map(\.cue), ["argued against"])
    let c = run("Ann Vey commented on the decision to close the plant.")
    XCTAssertEqual(c.quotes.map(\.text), ["the decision to close the plant"])
    // (not "about" a number, nor "on" a medium)
    let d = run("Tom Reed estimated about 3,000 lives were lost in the storm.")
    XCTAssertEqual(d.quotes.map(\.text), ["about 3,000 lives were lost in the storm"])
  }

  func testAPhraseWithAPrepositionBeforeAMidSentenceAccordingToIsNoContent() {
    let a = run("Over the long run, according to the transport office, the rise in fares is mainly due to fuel.")
    XCTAssertEqual(a.quotes.map(\.text), ["the rise in fares is mainly due to fuel"])
    XCTAssertEqual(a.quotes.first?.group, "the transport office")
    // (but a clause before it is: "Two cranes fell, according to firefighters, several of whom …")
    let b = run("Two cranes fell and 14 homes were evacuated, according to firefighters, several of whom saw it.")
    XCTAssertEqual(b.quotes.first?.text, "Two cranes fell and 14 homes were evacuated")
    // ("as" before a noun phrase is a preposition too)
    let c = run("As a result of the storm, according to the county office, forty roads were closed.")
    XCTAssertEqual(c.quotes.map(\.text), ["forty roads were closed"])
    // (any phrase with no verb that opens the sentence, a time's or a place's: "Late on Tuesday …"; not a clause
    // whose verb is an irregular past: "The top tier paid …")
    let d = run("Late on Sunday near the harbour, according to the coastguard, a trawler ran aground.")
    XCTAssertEqual(d.quotes.map(\.text), ["a trawler ran aground"])
    let e = run("The top tier paid a third of the levy, according to the treasury, and the rest paid the remainder.")
    XCTAssertEqual(e.quotes.first?.text, "The top tier paid a third of the levy")
  }

  func testAVerbInThePastAfterAMidSentenceAccordingToGoesOnWithTheWordsBefore() {
    let a = run("The blaze, according to the fire service, destroyed forty homes.")
    XCTAssertEqual(a.quotes.map(\.text), ["The blaze", "destroyed forty homes"])
    // (not after words with a verb of their own)
    let b = run("Critics attacked the deal, which would cut the tax rate, according to analysts, compared with last year.")
    XCTAssertEqual(b.quotes.count, 1)
  }

  func testAFrameInsideTheClauseAfterASemicolonFramesThatClauseOnly() {
    let a = run("One truck hit the barrier; about 40 litres of fuel, officials said, spilled onto the road.")
    XCTAssertEqual(a.quotes.map(\.text), ["about 40 litres of fuel", "spilled onto the road"])
    XCTAssertEqual(a.quotes.first?.group, "officials")
  }

  func testAPhraseOfWhereOrWhenItWasSaidWithNoClauseIsNoContent() {
    XCTAssertEqual(run("Mayor Dale Moss did not publicly react to the zoning vote on Friday.").quotes, [])
    XCTAssertEqual(run("Ann Vey posted from the airport after hearing the news of the final vote.").quotes, [])
    // (what was answered with is: "responded with attacks on the rival")
    XCTAssertEqual(run("Ann Vey responded with a string of attacks on her rival's record in office.").quotes.count, 1)
  }

  func testWhatIsAnsweredIsNoContentButTheAnswerIs() {
    XCTAssertEqual(run("Officers were answering a call about a fire on the third floor of the old mill.").quotes, [])
    XCTAssertEqual(run("Ann Vey answered a series of questions from the committee.").quotes, [])
    XCTAssertEqual(run("Ann Vey answered that the plan was sound.").quotes.map(\.text), ["that the plan was sound"])
  }

  func testAnEventBetweenTheVerbAndAClauseWithNoThatIsNoContent() {
    let a = run("Mayor Lina Ortez said at a news conference on Monday the docks would reopen.")
    XCTAssertEqual(a.quotes.first?.text, "the docks would reopen")
    let b = run("Mayor Lina Ortez said during a council meeting she would veto the plan.")
    XCTAssertEqual(b.quotes.first?.text, "she would veto the plan")
  }

  func testTheProgrammeToldByItsQuotedTitleAfterItsOutletIsNoContent() {
    let a = run("Mayor Ann Vey told Harbour FM’s “Morning Hour” on Monday the tone of the talks was cordial.")
    XCTAssertEqual(a.quotes.map(\.text), ["the tone of the talks was cordial"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    let b = run("Mayor Ann Vey told Harbour FM’s “Morning Hour” that the talks were cordial.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the talks were cordial"])
  }

  func testPhrasesSetOffByCommasAfterTheOneToldAreNoContent() {
    XCTAssertEqual(run("Ann Vey told a nurse, in Welsh, “They took my bag.”").quotes.map(\.text), ["“They took my bag.”"])
    XCTAssertEqual(run("She told a guard at the gate, in French and English, “they hit me.”").quotes.map(\.text), [
      "“they hit me.”"
    ])
    // (not a relative clause, which has a verb)
    XCTAssertNotEqual(
      run("Ann Vey told a nurse, who was in tears, “They took my bag.”").quotes.first?.text, "“They took my bag.”")
  }

  func testAVerbThatTakesOnlyAClauseReportsABarePluralAndItsVerb() {
    XCTAssertEqual(run("Ann Vey suggested voters had been misled.").quotes.map(\.text), ["voters had been misled"])
    XCTAssertEqual(run("Early reports suggested residents used garden tools.").quotes.map(\.text), [
      "residents used garden tools"
    ])
    // (not a plural that is the object, nor its participle: "suggested changes to the plan", "… made last year")
    XCTAssertEqual(run("Ann Vey suggested changes made last year.").quotes.count, 0)
    XCTAssertEqual(run("Early reports suggested residents fled.").quotes.map(\.text), ["residents fled"])
    XCTAssertEqual(run("Ann Vey suggested changes to the plan.").quotes.count, 0)
  }

  func testAnAdverbOfMannerOrRepetitionBeforeAClauseWithNoThatIsNoContent() {
    XCTAssertEqual(run("Ann Vey has said publicly the pier should be sold.").quotes.map(\.text), ["the pier should be sold"])
    XCTAssertEqual(run("Ann Vey said again the pier would be sold.").quotes.map(\.text), ["the pier would be sold"])
    // (but not a word in "-ly" that is no adverb of saying: "said costly repairs …"; an adverb of degree before a
    // number is the content's, and a time is read as before)
    XCTAssertEqual(run("Ann Vey said costly repairs were needed.").quotes.map(\.text), ["costly repairs were needed"])
    XCTAssertEqual(run("Police said roughly 40 people were hurt.").quotes.map(\.text), ["roughly 40 people were hurt"])
    XCTAssertEqual(run("Ann Vey said again this week that the pier would be sold.").quotes.map(\.text), [
      "that the pier would be sold"
    ])
  }
}

/// The clause a verb that reports only a clause needs.
final class ReportedClauseTests: XCTestCase, AnalysingText {
  func testACountAndWhatItCountsOpenAClause() {
    XCTAssertEqual(run("Ann Vey indicated 30 people were missing.").quotes.map(\.text), ["30 people were missing"])
    XCTAssertEqual(run("Ann Vey suggested two more barns had burned.").quotes.map(\.text), ["two more barns had burned"])
    // (not a count with no verb after what it counts, nor a participle's phrase after it)
    XCTAssertEqual(run("Ann Vey indicated 30 percent growth in the spring.").quotes.count, 0)
    XCTAssertEqual(run("Police indicated 12 people injured in the blast.").quotes.count, 0)
    XCTAssertEqual(run("The governor observed 200 troops deployed along the border.").quotes.count, 0)
  }

  func testAFormInEdAfterAnArticleIsNoVerbOfTheClause() {
    // "observed the rescue and visited the wounded": she watched, and said nothing
    XCTAssertEqual(
      run("Mayor Ann Vey flew to Lund, observing the rescue and visiting the injured in hospital.").quotes.count, 0)
    XCTAssertEqual(
      run("Mayor Ann Vey flew to Lund, observing that the rescue had been slow.").quotes.map(\.text),
      ["that the rescue had been slow"])
  }

  func testAParticipleOfAVerbThatReportsAClauseAfterAReportTakesItsObjectOrItsClause() {
    // (news annotates the object of such a participle as what was said: "maintaining her innocence")
    XCTAssertEqual(
      run("Ann Vey said she would appeal the fine, maintaining her innocence.").quotes.map(\.text),
      ["she would appeal the fine", "her innocence"])
    XCTAssertEqual(
      run("Ann Vey said the pier was safe, observing that the divers had left.").quotes.map(\.text),
      ["the pier was safe", "that the divers had left"])
  }
}

extension ReportedClauseTests {
  func testAVerbThatTakesOnlyAClauseTakesOneWithALongSubject() {
    XCTAssertEqual(
      run("Judge Ann Vey ruled that the town's plan to build three new piers along the north shore is unlawful.")
        .quotes.map(\.text),
      ["that the town's plan to build three new piers along the north shore is unlawful"])
    // (but not a noun phrase with no verb in reach, nor a verb past another clause's word: "that" is no
    // complementizer there)
    XCTAssertEqual(
      run("The mayor ruled that out at a press conference on Monday after residents of three villages objected.")
        .quotes.count, 0)
    XCTAssertEqual(
      run("Judge Ann Vey ruled that the town's plan to build three new piers along the north shore of the lake.")
        .quotes.count, 0)
  }
}

/// The frame of a passive verb of saying with its agent.
final class PassiveReportTests: XCTestCase, AnalysingText {
  func testTheAgentOfAPassiveVerbOfSayingIsTheSpeaker() {
    let a = run("Mayor Tom Reed spoke first. The plan was described by Tom Reed as \"a disaster\".")
    XCTAssertEqual(a.quotes.last?.text, "\"a disaster\"")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Tom Reed")
    let b = run("It was announced by the Ministry of Health that the border would close.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the border would close"])
    XCTAssertEqual(b.quotes.first?.organisation, "Ministry of Health")
    // inside a phrase that a subordinator opens, the content ends with the phrase
    let c = run("Brandt, after being warned by the Dutch government that he was a risk, still did nothing.")
    XCTAssertEqual(c.quotes.map(\.text), ["that he was a risk"])
    // a passive with an agent and no content is no claim
    XCTAssertEqual(run("The report was released by the ministry on Friday.").quotes.count, 0)
  }

  func testAnAgentsRoleOrAnOfBeforeAQuoteStandsBetweenAgentAndWords() {
    // "told by X of “…”": the quote is what X told
    let a = run("At the depot she was told by Fire Chief Tom Reed of \"at least nine crews still out\".")
    XCTAssertEqual(a.quotes.map(\.text), ["\"at least nine crews still out\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    // an appositive role after the agent, then "that" or "as"
    let b = run("The board was told by Ann Vey, the harbour engineer, that the pier would need new piles.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the pier would need new piles"])
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
    // (not "as" or "that" that opens no quote and no clause: "as recently as May")
    XCTAssertFalse(
      run("The board was told by Ann Vey, the engineer, as recently as May that the pier was sound.").quotes.contains {
        $0.text.hasPrefix("recently")
      })
    let c = run("The levy was described by Ann Vey, the party's treasurer, as \"a tax on rain\".")
    XCTAssertEqual(c.quotes.map(\.text), ["\"a tax on rain\""])
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testTheAgentAfterWhatAPassiveVerbOfLabellingNamesIsTheSpeaker() {
    // "was declared X by AGENT": X is the words, the agent the speaker, without its time
    let a = run("The outbreak was declared a pandemic by the World Weather Council on Wednesday.")
    XCTAssertEqual(a.quotes.map(\.text), ["a pandemic"])
    XCTAssertEqual(a.quotes.first?.organisation, "World Weather Council")
    let b = run("The striker was hailed a hero of the season by the league's coaches.")
    XCTAssertEqual(b.quotes.map(\.text), ["a hero of the season"])
    XCTAssertEqual(b.quotes.first?.group, "the league's coaches")
    // (not a verb of no labelling, nor an agent that tells nothing)
    XCTAssertEqual(run("The bridge was opened to traffic by the mayor on Monday.").quotes.count, 0)
    XCTAssertEqual(run("The road was declared open by a vote in 1990.").quotes.count, 0)
  }

  func testAPhrasalVerbsPassiveFramesNoWords() {
    let a = run("Ann Vey was jeered and shouted down by fans after telling them that the club was broke.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the club was broke"])
    XCTAssertEqual(run("The senator was called out by activists for his vote.").quotes.count, 0)
  }

  func testAPluralAfterAPossessiveOrACommonWordIsNoVerbBeforeAQuote() {
    let a = run("Phone cameras “capture” light while filming the street.")
    XCTAssertNil(a.quotes.first?.group)
    let b = run(
      "Ann Vey instructed the Senate's panels to “press ahead with their hearings under that banner.”")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
    // (after a name it is a verb: "Vey sings “Northern Lights”")
    let c = run("Ann Vey sings “Northern Lights” at the end of the show.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testTheOneSpokenToAfterToIsNoContent() {
    let a = run("His son reported to the police he “went out two days ago.”")
    XCTAssertEqual(a.quotes.map(\.text), ["he “went out two days ago.”"])
    let b = run("The club wrote to Hollis’ Senate office that it had not agreed to the use of its crest.")
    XCTAssertEqual(b.quotes.map(\.text), ["that it had not agreed to the use of its crest"])
    let c = run("The harbour master wrote to the French Embassy in Dublin asking to review the fine.")
    XCTAssertEqual(c.quotes.map(\.text), ["asking to review the fine"])
    XCTAssertEqual(run("Ann Vey wrote to the insurance company's chief executive.").quotes.count, 0)
  }

  func testAWorksTitleAfterItsMakerIsNoOnesWords() {
    let a = run("Fees are high, said Ann Vey, a lawyer. Tom Reed, author of “Empire of the Fund,” disagreed.")
    XCTAssertEqual(a.quotes.map(\.text), ["Fees are high"])
    // (nor the one a title follows: a work about a person, "entitled" its name)
    let b = run("Broadcaster Nordvision aired a special about singer Lena Holm entitled \"Queen of the North\" on Sunday.")
    XCTAssertNil(b.quotes.first?.speaker)
  }

  func testAClauseThatAnAdverbOfHearsayMarksIsAReportWithNoSpeaker() {
    for (text, claim) in [
      ("The strike has reportedly spread to three other ports.", "The strike has reportedly spread to three other ports"),
      ("Reportedly, the mill will close in May.", "the mill will close in May"),
      ("Reportedly also, the mill will close in May.", "the mill will close in May"),
      // (a predicate with no subject of its own goes back to the clause before)
      ("Ann Vey runs a bakery, but has reportedly been fined twice.", "Ann Vey runs a bakery, but has reportedly been fined twice"),
      // (and back over a relative clause between commas; one that holds the adverb is the words)
      ("The strike, which began on Monday, has reportedly spread.", "The strike, which began on Monday, has reportedly spread"),
      ("The mill, which reportedly employs 300 people, will close.", "which reportedly employs 300 people"),
      // (to the writer's clause after a comma)
      ("The mayor has reportedly resigned, but the town is calm.", "The mayor has reportedly resigned"),
      ("The mill has reportedly closed, and the town is in shock.", "The mill has reportedly closed"),
      ("The mill reportedly will close.", "The mill reportedly will close"),
      // (a phrase of "with" ends at its comma)
      ("With the mayor reportedly weighing a run, the council met.", "the mayor reportedly weighing a run"),
    ] {
      let analysis = run(text)
      XCTAssertEqual(analysis.quotes.map(\.text), [claim], text)
      XCTAssertNil(analysis.quotes.first?.speaker, text)
      XCTAssertNil(analysis.quotes.first?.group, text)
    }
    // a verb's frame stays the verb's
    let a = run("Tom Reed reportedly said, \"You tell me.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    // an adverb of a phrase, a number or a word reports no clause
    for text in [
      "The shops have grown in number, with reportedly over 1,000 in the region.",
      "Police shot him dead, reportedly outside the station, at noon.",
      "The reportedly injured driver was taken to hospital.", "Police arrested reportedly dozens of people.",
      // (nor a question, nor words with no verb)
      "Has the mayor reportedly resigned?", "Reportedly, the mill.",
    ] {
      XCTAssertEqual(run(text).quotes.count, 0, text)
    }
    // a verb of proposing or labelling, or a quote, is read with its subject by the stages after
    XCTAssertEqual(run("Ann Vey reportedly urged voters to stay home.").proposals.first?.proposer?.name, "Ann Vey")
    XCTAssertEqual(run("The crowd reportedly chanted “Vey Out” for an hour.").quotes.first?.group, "The crowd")
  }

  func testANameInQuotesThatAPrepositionOpensOrThatDescribesANounIsNoOnesWords() {
    // (the nearest word that looked like a verb had framed it, and the subject before spoke it)
    for text in [
      "Ann Vey won most of the nominating contests of “Harbour Week”, held in March.",
      "Mayor Ann Vey said the park would reopen. She was best known for the “Green Streets” scheme.",
      "The band played a set at the “Blue Lantern Club” downtown.",
    ] {
      XCTAssertEqual(run(text).quotes.filter { $0.text.contains("“") }.map(\.text), [], text)
    }
    // a work that is the object of a verb is still quoted, as PolNeAR has it, and so are words that a verb labels
    // or that "with" opens
    XCTAssertEqual(run("Moss sings Tom Ware’s “Harbor Lights” to the crowd.").quotes.count, 1)
    XCTAssertEqual(run("Moss sings Tom Ware’s “Harbor Lights” tonight.").quotes.count, 1)
    XCTAssertEqual(run("Tom Reed mouthed “Thank You” twice.").quotes.count, 1)
    XCTAssertEqual(run("Ann Vey ended her speech with “God Bless Ohio” on Friday.").quotes.count, 1)
    XCTAssertEqual(run("Tom Reed called the plan “Total Chaos” on Monday.").quotes.count, 1)
    // (nor is a sentence in quotes a name)
    XCTAssertEqual(run("Fans in the stands of the arena chanted “Go Team Go!” for an hour.").quotes.count, 1)
  }

  func testAVerbOfMotionIntoAThingOrANounAfterANameFramesNoWords() {
    XCTAssertEqual(run("Category Three Hurricane Orla slammed into the coast on Sunday.").quotes.count, 0)
    let a = run(
      "Ridley starred on Island Days. The Netflix show, which is on hold, sees four friends run a cafe.")
    XCTAssertEqual(a.quotes.count, 0)
  }
}

/// A second verb of saying after "but" reports for the same speaker.
final class SecondVerbTests: XCTestCase, AnalysingText {
  func testAWeakVerbAfterAnActAndAndReportsTheClauseItTakes() {
    let a = run("Councillor Ann Vey opposed the levy and suggested there was little appetite for it.")
    XCTAssertEqual(a.quotes.map(\.text), ["there was little appetite for it"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    let b = run("Ann Vey opposed the levy and believes the council will back down.")
    XCTAssertEqual(b.quotes.map(\.text), ["the council will back down"])
    // (not a noun phrase and its participle: "queries being put to …"; nor a noun phrase with no verb)
    XCTAssertEqual(run("Ann Vey left the hall but would not answer queries being put to the mayor.").quotes.count, 0)
    XCTAssertEqual(run("Ann Vey opposed the levy and suggested a new vote in May.").quotes.count, 0)
    // (in a relative clause between commas, the relative pronoun's, and the words end with the clause)
    let c = run("Ellis Ward, who chairs the board and believes the cuts are too deep, spoke on Monday.")
    XCTAssertEqual(c.quotes.map(\.text), ["the cuts are too deep"])
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ellis Ward")
  }

  func testButAndASecondVerbOfSayingEndTheFirstContentAndStartASecond() {
    let a = run("Omar Lund said the cap was fair, but warned that enrolment could still fall.")
    XCTAssertEqual(a.quotes.map(\.text), ["the cap was fair", "that enrolment could still fall"])
    XCTAssertEqual(Set(a.quotes.compactMap { $0.speaker?.name }).count, 1)
    let b = run("Mayor Elsa Crane said the report should be published but said \"the issue is when.\"")
    XCTAssertEqual(b.quotes.map(\.text), ["the report should be published", "\"the issue is when.\""])
    // the second claim ends where a clause with a labelling verb of its own starts: Fresko's words are Fresko's
    let c = run(
      "Marlo reported that shops sell out, and called the rush \"extraordinary\", while Fresko, in a post on "
        + "Friday, called it \"surprising\".")
    XCTAssertEqual(c.quotes.map(\.text), ["that shops sell out", "the rush \"extraordinary\"", "it \"surprising\""])
  }

  func testAWeakVerbWithANounPhraseAfterAndInsideAReportedClauseIsThatClausesSecondVerb() {
    // the driver attacked the guard: no second report of the neighbours'
    let a = run("Neighbours said the driver left the car and attacked a guard.")
    XCTAssertEqual(a.quotes.map(\.text), ["the driver left the car and attacked a guard"])
    let b = run("Staff told reporters that the manager entered the office and slammed the door.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the manager entered the office and slammed the door"])
    // (but with a clause or a quote after it, the verb reports: the speaker's second claim)
    let c = run("Ivo Lund said the plan was dead and charged that the mayor had hidden the costs.")
    XCTAssertEqual(c.quotes.map(\.text), ["the plan was dead", "that the mayor had hidden the costs"])
    let d = run("Ivo Lund said the plan was dead and blasted the mayor as \"a coward.\"")
    XCTAssertEqual(d.quotes.count, 2)
    // (and after a noun phrase as the first content, the subject's second act is the subject's)
    let e = run("Ivo Lund criticised the budget and attacked the mayor.")
    XCTAssertEqual(e.quotes.map(\.text), ["the budget", "the mayor"])
    // (nor after a clause of a state or with an auxiliary: the act is the speaker's)
    let f = run("The senator said the bill was dead and attacked the governor.")
    XCTAssertEqual(f.quotes.map(\.text), ["the bill was dead", "the governor"])
    let g = run("Ivo Lund said the vote had been stolen and threatened the judge.")
    XCTAssertEqual(g.quotes.map(\.text), ["the vote had been stolen", "the judge"])
  }

  func testTheColonOfATimeOpensNoContent() {
    let a = run("Tom Reed took to Facebook, posting at 11:40 pm on his page, \"Tonight, I step down.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"Tonight, I step down.\""])
  }

  func testAShortAsideInBracketsStaysInThePhraseBeforeTheContent() {
    let a = run(
      "Tom Reed took to Facebook, posting at 11:40 pm local time (0340 GMT) on his page, \"Tonight, I step down.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"Tonight, I step down.\""])
    let b = run("Ann Vey said on Twitter at 8:15 am (1215 GMT) \"The ferry will sail again.\"")
    XCTAssertEqual(b.quotes.map(\.text), ["\"The ferry will sail again.\""])
    let c = run("Ann Vey said in Tarrow (Wessex) that the ferry would sail again.")
    XCTAssertEqual(c.quotes.map(\.text), ["that the ferry would sail again"])
  }

  func testAVerbOfFindingTakesANounPhraseBeforeItsQuote() {
    let a = run("The court found the government's new plan \"was unlawful.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["the government's new plan \"was unlawful.\""])
    XCTAssertEqual(a.quotes.first?.group, "The court")
  }

  func testASecondVerbInThePresentEndsTheFirstContentWhenThatOrAQuoteFollowsIt() {
    let a = run("Ann Vey says she respects the senator's \"passion\" but argues that he cannot deliver.")
    XCTAssertEqual(a.quotes.map(\.text), ["she respects the senator's \"passion\"", "that he cannot deliver"])
    // (a plural noun after "and" is no verb: "claims" here is a subject)
    let b = run("Ann Vey says the plan is fair and claims of fraud are false.")
    XCTAssertEqual(b.quotes.map(\.text), ["the plan is fair and claims of fraud are false"])
  }

  func testAWordThatOpensASecondPredicateMayStandBeforeTheSecondVerb() {
    let a = run("Tom Reed did not mention the rival bid but did note that his plan cost less.")
    XCTAssertEqual(a.quotes.map(\.text), ["the rival bid", "that his plan cost less"])
    let b = run("Ann Vey said the plan was sound and also warned that it could fail.")
    XCTAssertEqual(b.quotes.map(\.text), ["the plan was sound", "that it could fail"])
  }

  func testAVerbThatEndsTheParagraphAfterItsAddresseeReadsNoTime() {
    // (found by the fuzzer: the time was looked for past the paragraph's last token)
    for text in ["Acme told reporters", "Acme told reporters when", "Smith told plan plan\n\nLtd. on"] {
      XCTAssertNotNil(run(text).quotes)
    }
  }

  func testEarlierOrLaterAloneBeforeAClauseIsATime() {
    XCTAssertEqual(run("Mayor Ines Hoff said earlier she might resign.").quotes.map(\.text), ["she might resign"])
    XCTAssertEqual(run("Mayor Ines Hoff said later the vote was lost.").quotes.map(\.text), ["the vote was lost"])
    // (not a time of what is said: "said later that …" keeps its complementizer)
    let later = run("Mayor Ines Hoff said later that she might resign.")
    XCTAssertEqual(later.quotes.map(\.text), ["that she might resign"])
  }

  func testTheSubjectBeforeAMedialAccordingToWithAnIrregularPastAfterIt() {
    let a = run("The ferry, according to the harbour master, ran aground off the cape.")
    XCTAssertEqual(a.quotes.map(\.text), ["The ferry", "ran aground off the cape"])
    XCTAssertEqual(Set(a.quotes.map(\.utterance)).count, 1)
  }

  func testANounAndItsVerbAloneBeforeAMedialAccordingToAreContent() {
    // a clause of two words goes on after the source
    let a = run("Sales rose, according to the firm, in all regions.")
    XCTAssertEqual(a.quotes.map(\.text), ["Sales rose", "in all regions"])
    XCTAssertEqual(Set(a.quotes.map(\.utterance)).count, 1)
    let b = run("Prices, according to the firm, rose in all regions.")
    XCTAssertEqual(b.quotes.map(\.text), ["Prices", "rose in all regions"])
    // a time is no subject, and a word in "-s" before a verb is the next clause's subject
    XCTAssertEqual(run("Yesterday, according to the firm, prices rose.").quotes.map(\.text), ["prices rose"])
    // (nor does a relative clause about the source go on with it)
    XCTAssertEqual(run("Crime fell, according to police, who credited new patrols.").quotes.map(\.text), ["Crime fell"])
  }

  func testPhrasesOfWhereAndWhenAfterTheOneToldBeforeAQuote() {
    let a = run("Ann Vey told reporters at the court, after the hearing, “I am relieved.”")
    XCTAssertEqual(a.quotes.map(\.text), ["“I am relieved.”"])
    XCTAssertEqual(a.quotes.first?.kind, .direct)
    let b = run("Ann Vey told reporters in court, in French, “I am relieved.”")
    XCTAssertEqual(b.quotes.map(\.text), ["“I am relieved.”"])
  }

  func testAnAdverbBeforeAnAdjectiveIsContent() {
    let a = run("Ann Vey said previously unknown files showed the payments.")
    XCTAssertEqual(a.quotes.map(\.text), ["previously unknown files showed the payments"])
    // (an adverb of saying before the clause's subject is not: "said publicly the harbour should be sold")
    XCTAssertEqual(run("Ann Vey said publicly the harbour should be sold.").quotes.map(\.text), ["the harbour should be sold"])
    XCTAssertEqual(run("Ann Vey said privately senior ministers wanted her gone.").quotes.map(\.text),
      ["senior ministers wanted her gone"])
  }

  func testAnOrderIsAClaimOfWhoGaveIt() {
    let a = run("Judge Maren Holt ordered the accused to remain in custody until May 9.")
    XCTAssertEqual(a.quotes.map(\.text), ["the accused to remain in custody until May 9"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Maren Holt")
    XCTAssertEqual(run("Maren Holt ordered that the accused remain in custody.").quotes.map(\.text),
      ["that the accused remain in custody"])
    // (an instruction too)
    let b = run("The minister also instructed the harbour police to review the footage.")
    XCTAssertEqual(b.quotes.map(\.text), ["the harbour police to review the footage"])
    XCTAssertEqual(b.quotes.first?.group, "The minister")
    // (one identified or named as someone: not a man named so, nor one named to a post)
    let c = run("Harbour police identified the driver as Tom Reed, 34, of Tarrow.")
    XCTAssertEqual(c.quotes.map(\.text), ["the driver as Tom Reed, 34, of Tarrow"])
    XCTAssertEqual(c.quotes.first?.group, "Harbour police")
    XCTAssertEqual(run("Local reporters named the victim as Ann Vey, a teacher.").quotes.count, 1)
    XCTAssertEqual(run("A man named Tom Reed said the ferry was late.").quotes.first?.speaker?.name, "Tom Reed")
    XCTAssertEqual(run("Ann Vey named five people to the board.").quotes.count, 0)
    XCTAssertEqual(run("Many voters identify with the mayor.").quotes.count, 0)
    XCTAssertEqual(run("Engineers identified the crack as early as 2019.").quotes.count, 0)
    XCTAssertEqual(run("Engineers identified the illness as well as its cause.").quotes.count, 0)
    XCTAssertEqual(
      run("The minister instructed all of the ferry crews at the harbour to stop work.").quotes.map(\.text),
      ["all of the ferry crews at the harbour to stop work"])
    // (not one who teaches, nor the one instructed)
    XCTAssertEqual(run("Ilse Varda instructs the choir every Sunday.").quotes.count, 0)
    XCTAssertEqual(run("Crews were instructed to begin work.").quotes.count, 0)
    // not the one ordered, nor "in order to", nor orders as a noun
    XCTAssertEqual(run("Tarn Media was ordered to remove the post.").quotes, [])
    XCTAssertEqual(run("The plan was drawn up in order to save money.").quotes, [])
    XCTAssertEqual(run("The orders were signed on Friday.").quotes, [])
    XCTAssertEqual(run("Stay-at-home orders ended in May.").quotes, [])
    XCTAssertEqual(run("Online ordering has grown quickly since the pandemic.").quotes, [])
    // (nor what is bought)
    XCTAssertEqual(run("Kestrel Air ordered 30 jets from a supplier last year.").quotes, [])
  }

  func testASecondVerbOfBeliefWithAClauseFramesItsOwnWords() {
    let a = run("The Coast Guard said no boats were in the area and suggested the skipper had dozed off.")
    XCTAssertEqual(a.quotes.map(\.text), ["no boats were in the area", "the skipper had dozed off"])
    let b = run("The mayor said the roads were shut and believes that the storm will pass.")
    XCTAssertEqual(b.quotes.map(\.text), ["the roads were shut", "that the storm will pass"])
    // (and a clause whose verb is an irregular past: "lost", "fell")
    let d = run("The harbour police said no ferry was nearby and suggested the pilot lost his bearings.")
    XCTAssertEqual(d.quotes.map(\.text), ["no ferry was nearby", "the pilot lost his bearings"])
    // (with no clause after it the verb goes on with the content's subject)
    let c = run("The nurses said they were angry and felt betrayed.")
    XCTAssertEqual(c.quotes.map(\.text), ["they were angry and felt betrayed"])
  }

  func testThePhraseBeforeThatHoldsADemonstrativeASecondPhraseOrAnAside() {
    let cases = [
      ("Senator Ray Vance said during this week's budget debate that he backs the levy.", "that he backs the levy"),
      ("Ray Vance said on KTV, where he hosts a weekly programme, that Marsh should resign.", "that Marsh should resign"),
      ("Ray Vance warned fans on the radio and in print that the gang could strike.",
        "that the gang could strike"),
      ("Ines Hoff proclaimed in July - wrongly - that the bridge could not reopen.", "that the bridge could not reopen"),
      ("Ines Hoff has told friends since the winter, at dinners and in private talks, that she is worried.",
        "that she is worried"),
      // (the "that" of a time inside the aside is none)
      ("Ines Hoff said at a dinner, held that night, that the bridge was shut.", "that the bridge was shut"),
    ]
    for (text, content) in cases { XCTAssertEqual(run(text).quotes.map(\.text), [content], text) }
    // (a comma or a dash that ends the paragraph opens no aside, nor a clause: once a trap)
    for text in ["Ines Hoff said in Leeds,", "Ines Hoff said in Leeds -", "Ines Hoff said in Leeds, it", "Ines Hoff said in"] {
      XCTAssertNotNil(run(text).quotes, text)
    }
  }

  func testTheOneAdmittedOrRepliedToIsNoContent() {
    XCTAssertEqual(
      run("Ray Vance admitted to the paper that he and the clerk had been friends for years.").quotes.map(\.text),
      ["that he and the clerk had been friends for years"])
    XCTAssertEqual(run("Ines Hoff replied to him that serving was a privilege.").quotes.map(\.text),
      ["that serving was a privilege"])
  }

  func testAParticipleAfterACommaMayHaveItsAdverb() {
    let a = run("Mayor Ines Hoff voiced her anger, recently telling one aide close to her that she is tired of the council.")
    XCTAssertEqual(a.quotes.map(\.text), ["that she is tired of the council"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ines Hoff")
    // (a negation is no such adverb: the one who did not report says nothing)
    let b = run("At a rally in Leeds, Ray Vance knocked Ines Hoff for not reporting loans from two banks.")
    XCTAssertEqual(b.quotes.map(\.text), [])
  }

  func testAClauseWithNoThatAfterAPhraseAndItsComma() {
    let cases = [
      ("The Harbour Ledger noted in an editorial Friday, the mayor has won over a few critics.",
        "the mayor has won over a few critics"),
      ("Ines Hoff wrote on her blog on Monday, the ferry plan is dead.", "the ferry plan is dead"),
      ("Ines Hoff said at a rally in Leeds on Monday, the ferry plan is dead.", "the ferry plan is dead"),
    ]
    for (text, content) in cases { XCTAssertEqual(run(text).quotes.map(\.text), [content], text) }
    // (not a participle's phrase that opens the sentence, nor the verb's object after a time, nor a frame after)
    let participle = run("After asking for his release, Tom Vey signed with the Lions in May.")
    XCTAssertFalse(participle.quotes.contains(where: { $0.text.hasPrefix("Tom Vey") }))
    let object = run("Ines Hoff announced on Monday the ferry levy, its fares will rise in May.")
    XCTAssertFalse(object.quotes.contains(where: { $0.text.hasPrefix("its fares") }))
    XCTAssertEqual(run("Ray Vance responded with anger, the paper reported.").quotes.map(\.text), ["Ray Vance responded with anger"])
  }

  func testASubjectBeforeAFrameIsAPieceOfTheQuoteThatGoesOnFromIt() {
    let a = run("The city's spending on ponds, Ms. Lund said, ''is a sorry tale of waste.''")
    XCTAssertEqual(a.quotes.map(\.text), ["The city's spending on ponds", "''is a sorry tale of waste.''"])
    XCTAssertEqual(Set(a.quotes.map(\.utterance)).count, 1)
    XCTAssertNotNil(a.quotes.first?.utterance)
    // (not a phrase of time or place, nor a quote that opens a sentence of its own)
    for text in ["Minutes later, he said, “we all lost.”", "In Leeds, Lund said, “we all lost.”",
      "The ferry, Lund said, “We ran aground.”"] {
      XCTAssertEqual(run(text).quotes.count, 1, text)
    }
  }

  func testAPhraseOfTimeBeforeAFrameInsideItsSentenceIsNoPiece() {
    XCTAssertEqual(run("Over two days in May, police said, the crowd grew.").quotes.map(\.text), ["the crowd grew"])
    XCTAssertEqual(run("On Monday, the mayor said, the bridge will close.").quotes.map(\.text), ["the bridge will close"])
    // (a short phrase of manner goes on being one: "In the end, …")
    XCTAssertEqual(run("In the end, he said, the crowd won.").quotes.map(\.text), ["In the end", "the crowd won"])
  }

  func testWhatIsAnsweredIsNoContentOfRespondedTo() {
    let a = run("Ann Vey responded to the ruling on Twitter, calling it a disgrace.")
    XCTAssertEqual(a.quotes.map(\.text), ["it a disgrace"])
    XCTAssertEqual(run("Tom Reed replied to the letter on Monday.").quotes.count, 0)
    // (the words after "that" are content; a refusal to answer stays a claim, as news sources annotate it)
    XCTAssertEqual(run("Ann Vey replied to critics that the plan was sound.").quotes.map(\.text), ["that the plan was sound"])
    XCTAssertEqual(run("Ann Vey has not responded to our questions.").quotes.count, 1)
    // (nor a claim that is answered, nor a demonstrative's "that")
    XCTAssertEqual(run("Tom Reed responded to the claim that he lied.").quotes.count, 0)
    XCTAssertEqual(run("Tom Reed responded to that letter on Monday.").quotes.count, 0)
    // (nor what "by" and a participle say)
    XCTAssertEqual(run("Tom Reed responded to the question by saying he would stay.").quotes.map(\.text), ["he would stay"])
  }
}
