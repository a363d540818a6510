import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Words that look like a subject before a verb of saying but are a clause's: a passive's subject (what was
/// said, or the one told), a subordinate clause that opens the sentence, a complementizer "that", a
/// subordinating word in capitals.
final class ClauseShapeTests: XCTestCase, AnalysingText {
  func testANameWithItsAppositiveAndAPredicateIsTheContentOfTheFrameAfterIt() {
    let a = run("Dana Moss, the mayor, has resigned after ten years, the council said.")
    XCTAssertEqual(a.quotes.first?.group, "the council")
    XCTAssertEqual(a.quotes.first?.text, "Dana Moss, the mayor, has resigned after ten years")
    XCTAssertEqual(run("Kestrel, 54, was released on Monday, a spokesman said.").quotes.first?.group, "a spokesman")
    // (a name with its appositive alone is the frame's subject: no content)
    XCTAssertTrue(run("Dana Moss, the mayor of the town, said.").quotes.isEmpty)
  }

  func testAPassiveSubjectIsNoSpeaker() {
    let a = run("Senator Ann Kirk was expected to win the seat in the election next week.")
    XCTAssertEqual(a.quotes.count, 1)
    XCTAssertNil(a.quotes.first?.speaker)
    XCTAssertNil(a.quotes.first?.organisation)
    XCTAssertEqual(a.people.map(\.name), [])
    let b = run("Senator Ann Kirk is accused of taking bribes from a contractor in the city.")
    XCTAssertNil(b.quotes.first?.speaker)
    XCTAssertEqual(b.people.map(\.name), [])
    // the active voice, a feeling and a question keep their subject
    let c = run("Senator Ann Kirk was saying that the bridge would be rebuilt by summer.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Kirk")
    let d = run("Senator Ann Kirk is worried that the bridge will not be rebuilt by summer.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Ann Kirk")
  }

  func testAWeakVerbInThePassiveAfterItReportsWithNoSpeaker() {
    let a = run("On May 5, it was reported Tom Bell was in hospital with a broken leg.")
    XCTAssertEqual(a.quotes.map(\.text), ["Tom Bell was in hospital with a broken leg"])
    XCTAssertNil(a.quotes.first?.speaker)
    XCTAssertNil(a.quotes.first?.group)
    let b = run("It is believed that the ship sank near the coast.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the ship sank near the coast"])
    // (a verb that is not weak did so before; a theory is held as a belief is)
    XCTAssertEqual(run("It has been announced that the bridge will close.").quotes.count, 1)
    let c = run("Tom Bell hypothesized the river would flood the valley.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Tom Bell")
    XCTAssertEqual(run("Ann Vey has long theorized that the river would flood.").quotes.first?.speaker?.name, "Ann Vey")
  }

  func testAContrastClauseWithItsOwnVerbOfSayingIsNoFrameOfTheWordsBefore() {
    let a = run(
      "A full 71 percent of voters say they would be glad to see Vey win, while only 38 percent of Liberals say "
        + "the same of Reed.")
    XCTAssertEqual(a.quotes.map(\.text), ["they would be glad to see Vey win", "the same of Reed"])
    XCTAssertEqual(a.quotes.first?.group, "A full 71 percent of voters")
  }

  func testARelativeClauseWithAnAppositiveOfItsOwnDescribesTheSubject() {
    let a = run("Tom Bell, whose hometown, Leeds, is sinking into the sea, argues that the new plan will fail.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Bell")
    XCTAssertEqual(a.quotes.map(\.text), ["that the new plan will fail"])
    // (or a place's comma, then a phrase of time: the place is no speaker)
    let b = run("Ann Vey, who lost her son in the flood at Dayton, Ohio, in July 2012, said the dam was neglected.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertNil(b.quotes.first?.organisation)
  }

  func testVerbsOfBlameAndScornReportAndACourtsDismissalDoesNot() {
    let cases: [(String, String)] = [
      ("Tom Bell blamed the floods on the harbour council.", "the floods on the harbour council"),
      ("Ann Vey dismissed the claims as nonsense from start to end.", "the claims as nonsense from start to end"),
      ("Rita Moss mocked the new levy as a tax on summer.", "the new levy as a tax on summer"),
      ("Tom Bell bemoaned the loss of the old harbour market.", "the loss of the old harbour market"),
      ("Ann Vey touted her record on schools at the rally.", "her record on schools at the rally"),
      ("Tom Bell praised the crews for their work in the storm.", "the crews for their work in the storm"),
      ("Ann Vey defended her record on the harbour levy.", "her record on the harbour levy"),
      ("Ann Vey resigned on Monday, citing the strain of the long campaign.", "the strain of the long campaign"),
    ]
    for (text, content) in cases { XCTAssertEqual(run(text).quotes.map(\.text), [content], text) }
    XCTAssertTrue(run("Judge Ann Vey dismissed the lawsuit on Monday.").quotes.isEmpty)
    XCTAssertTrue(run("The court dismissed all charges against the harbour master.").quotes.isEmpty)
    // so is answering an emergency, but not a question
    XCTAssertTrue(run("Two crew members were hurt when their truck overturned responding to a brush fire.").quotes.isEmpty)
    XCTAssertEqual(run("Tom Reed responded to the question by saying he would stay.").quotes.count, 1)
    // a meeting or a vote called is an act too, but what a thing is called labels it
    XCTAssertTrue(run("The harbour board called an urgent meeting about the flooding.").quotes.isEmpty)
    XCTAssertTrue(run("Premier Tom Hale called a snap election for June.").quotes.isEmpty)
    XCTAssertEqual(run("Premier Tom Hale called the election a farce.").quotes.map(\.text), ["the election a farce"])
    // and so is a verb with a particle that makes it an act: ruling a run out, numbers adding up
    let a = run("With a vote for Tate ruled out, Ann Vey said she would back her deputy.")
    XCTAssertEqual(a.quotes.map(\.text), ["she would back her deputy"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertTrue(run("The mayor ruled out a second levy on the harbour.").quotes.isEmpty)
    XCTAssertEqual(run("The mayor ruled that the levy was lawful.").quotes.map(\.text), ["that the levy was lawful"])
  }

  func testMakingClearAndMakingTheCaseReportAClause() {
    let a = run("Ann Vey made it clear that the ferry would keep sailing in winter.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the ferry would keep sailing in winter"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    let b = run("Tom Reed has been making the case this month that the ferry is too slow.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the ferry is too slow"])
    let c = run("Tom Reed made clear to the crew that the ferry would sail.")
    XCTAssertEqual(c.quotes.map(\.text), ["that the ferry would sail"])
    // (not what is made clear to someone with no clause)
    XCTAssertTrue(run("The storm made it clear to everyone on the pier.").quotes.isEmpty)
    // a point made is the clause after it, with the quote in it
    let d = run("Mayor Tom Reed also made the point that the new pier would become “a drain on the town” for years.")
    XCTAssertEqual(d.quotes.map(\.text), ["that the new pier would become “a drain on the town” for years"])
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Tom Reed")
    XCTAssertTrue(run("Tom Reed made the point again at the meeting.").quotes.isEmpty)
  }

  func testProtestingReportsAClauseButNotAMarch() {
    let a = run("Her campaign protested that the mayor was being \"unfair\" because she knew the hall was booked.")
    XCTAssertEqual(a.quotes.first?.text, "that the mayor was being \"unfair\" because she knew the hall was booked")
    XCTAssertEqual(a.quotes.first?.group, "Her campaign")
    XCTAssertTrue(run("Hundreds of nurses protested outside the hospital on Monday.").quotes.isEmpty)
  }

  func testChargingAccusesButAPriceSaysNothing() {
    let a = run("Critics charged that the harbour levy had been kept secret for a year.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the harbour levy had been kept secret for a year"])
    XCTAssertEqual(a.quotes.first?.group, "Critics")
    let b = run("Prosecutors charged the harbour master with fraud on Monday.")
    XCTAssertEqual(b.quotes.first?.group, "Prosecutors")
    XCTAssertTrue(run("The ferry company charged students more than $30 a trip.").quotes.isEmpty)
    XCTAssertTrue(run("The ferry company charged its riders 40 euros a trip.").quotes.isEmpty)
  }

  func testAParticipleBetweenCommasAfterTheSubjectIsAnAsideOfTheClausesFrame() {
    let a = run("The Herald, citing a security source, said the man had been ill for months.")
    XCTAssertEqual(a.quotes.map(\.text), ["the man had been ill for months"])
    XCTAssertEqual(a.quotes.first?.organisation, "The Herald")
    // (and an irregular past after a name is the clause's verb, no part of its subject)
    let b = run("From Leeds, Secretary of State Ann Vey spoke, defending the new harbour levy.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testASubordinateClauseBetweenCommasAfterTheSubjectIsAnAsideOfTheClausesFrame() {
    let a = run("The harbour master, when asked about the levy, said the port was broke.")
    XCTAssertEqual(a.quotes.last?.text, "the port was broke")
    XCTAssertEqual(a.quotes.last?.group, "The harbour master")
    let b = run("Tom Reed, while touring the pier, said the railings were unsafe.")
    XCTAssertEqual(b.quotes.map(\.text), ["the railings were unsafe"])
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Reed")
  }

  func testAnAsClauseWhoseVerbTakesAnObjectAfterItsPrepositionFramesNothing() {
    let a = run("As the council hints at its plans, Mayor Ann Vey is not having any of it.")
    XCTAssertFalse(a.quotes.contains { $0.text.hasPrefix("Mayor Ann Vey") })
    // (a time, or the channel or event it was said at, leaves the frame whole)
    let b = run("As he said at a news conference, the port will reopen in May.")
    XCTAssertEqual(b.quotes.map(\.text), ["the port will reopen in May"])
    XCTAssertEqual(run("As she said on Monday, the port will reopen.").quotes.map(\.text), ["the port will reopen"])
  }

  func testASubordinateClauseOpeningTheSentenceIsNoContentBeforeAFrame() {
    let a = run("As counting began for seats in the harbour wards, residents weighed in on their choices.")
    XCTAssertEqual(a.quotes.map(\.text), ["their choices"])
  }

  func testThatBeforeADeterminerOpensAClauseNoSubject() {
    let a = run("Party leaders, for instance, noted that the panel that ruled that the law failed was biased.")
    XCTAssertEqual(a.quotes.first?.group, "Party leaders")
    XCTAssertEqual(a.quotes.first?.text, "that the panel that ruled that the law failed was biased")
  }

  func testAPassiveAfterItsContentNamesNoSpeaker() {
    XCTAssertEqual(run("The plant will close in May, the workers were told on Monday.").quotes.count, 0)
    let a = run(
      "In findings published on Monday by a team from Leeds, the presence of ice was confirmed on the moon of "
        + "Kettle, a cold world.")
    XCTAssertEqual(a.quotes.count, 0)
  }

  func testASubordinatingWordIsNoName() {
    let a = run("Whenever asked about her record, she said the votes were sound.")
    XCTAssertFalse(a.quotes.contains { $0.speaker?.name == "Whenever" || $0.group == "Whenever" })
    XCTAssertEqual(a.people.map(\.name), [])
  }

  func testATimeAfterTheSubjectOfASecondVerbIsNoPartOfIt() {
    let a = run("The harbour board on Monday approved the budget and said the levy would rise.")
    XCTAssertEqual(a.quotes.map(\.text), ["the levy would rise"])
    XCTAssertEqual(a.quotes.first?.group, "The harbour board")
    let b = run("The ferry authority last week closed the pier and said the railings were unsafe.")
    XCTAssertEqual(b.quotes.first?.group, "The ferry authority")
  }

  func testASecondVerbSpeaksThroughTheSubjectOfItsOwnClause() {
    let a = run(
      "Farmers called for a strike, and the Anti-Noise League denounced his remarks and said it would "
        + "refund his donations.")
    XCTAssertEqual(a.quotes.first?.organisation, "Anti-Noise League")
    let b = run("Some jeered, and when Tom Reed thanked the crew and said it was nice to be back, a fan yelled “Go!”")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Reed")
    let c = run("I got back from work, and a neighbour came over and told me the car had been towed.")
    XCTAssertEqual(c.quotes.first?.group, "a neighbour")
    // (past a participle's phrase that opens the sentence, after an adverb, and an aside between dashes)
    let d = run(
      "Quickly seizing on the flooding in Dayton ― much as he did after the fires in Akron last spring ― Tom Reed "
        + "laid the blame on the council, and emphasized the danger that neglect poses to the city.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Tom Reed")
    // (a participle after a clause of the same time has that clause's subject; not after a passive one)
    let e = run(
      "The second clash came during a debate, when Green activists interrupted her, shouting “no more cuts!”")
    XCTAssertEqual(e.quotes.first?.group, "Green activists")
    let f = run(
      "Ann Vey revised her account two weeks later, after her first version was shown to be wrong, stating "
        + "that she had not seen the memo.")
    XCTAssertEqual(f.quotes.first?.speaker?.name, "Ann Vey")
    // (after a frame that follows its quote, past the comma between a place and its state)
    let g = run(
      "“It will be the members who choose,” Ann Vey said at a Spokane, Washington town hall event Friday, "
        + "hinting at her plan for the leadership race.")
    XCTAssertEqual(g.quotes.map { $0.speaker?.name }, ["Ann Vey", "Ann Vey"])
  }

  func testAFrameInASubordinateClauseInsideTheSentenceEndsAtItsComma() {
    let a = run(
      "Oil prices rose after Saudi Arabia said it would extend output cuts, while traders said demand was weak.")
    XCTAssertEqual(a.quotes.map(\.text), ["it would extend output cuts", "demand was weak"])
    XCTAssertEqual(a.quotes.first?.organisation, "Saudi Arabia")
    let b = run("Days after Ruth Okafor announced that the plant would close, workers walked out.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the plant would close"])
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ruth Okafor")
    // (only with a clause or a quote after the verb: no words of anyone's in "after his family posted bond")
    XCTAssertEqual(run("He was released on Tuesday after his family posted a $50,000 bond.").quotes, [])
    // (a clause that opens the sentence or follows "but" gives way to the main clause's frame)
    let c = run(
      "Following the alarms, but before fire crews had weighed in, Ann Vey said that a gas main had burst.")
    XCTAssertEqual(c.quotes.map(\.text), ["that a gas main had burst"])
  }

  func testAFrameInATimeClauseThatOpensTheSentenceEndsAtItsComma() {
    let a = run("After the harbour master said that the pier would shut in June, anglers began looking elsewhere.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the pier would shut in June"])
    XCTAssertEqual(a.quotes.first?.group, "the harbour master")
    let b = run("Since Ines Hoff told the board the fund was empty, two trustees have resigned.")
    XCTAssertEqual(b.quotes.map(\.text), ["the fund was empty"])
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ines Hoff")
    // (with a clause or a quote only: a verb's object is no one's words, nor is a condition a report)
    XCTAssertEqual(run("After Pia Lund criticised the council during a debate, Tom Reed left the hall.").quotes, [])
    XCTAssertEqual(run("If the ferry crews were worried that pay would fall, they said nothing.").quotes, [])
    // (after the main clause's comma too)
    let c = run("The rowing club kept its boathouse, after Mayor Ines Hoff said the lease would be renewed.")
    XCTAssertEqual(c.quotes.map(\.text), ["the lease would be renewed"])
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ines Hoff")
  }

  func testTheBareFormAfterAPossessiveAndAModifierIsANoun() {
    let a = run("An hour after her first tweet, Ann Vey tweeted that the photo had been removed.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the photo had been removed"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    // (a plural before the verb is its subject)
    let b = run("Donors close to the mayor say she will stay in the race.")
    XCTAssertEqual(b.quotes.map(\.text), ["she will stay in the race"])
    // (a singular noun between them makes a compound: "my blog post on Friday was “…”")
    let c = run("The closing line of my blog post on Friday was “We are not giving up.”")
    XCTAssertEqual(c.quotes.map(\.text), ["“We are not giving up.”"])
  }

  func testANameAThingIsCalledIsNoOnesWords() {
    // ("called" and a name that ends the clause: what something is called, or a call)
    let a = run("It was marked as a holiday called Founders Day, but in Quebec it was met with indifference.")
    XCTAssertTrue(a.quotes.isEmpty)
    XCTAssertTrue(run("Nancy Pelosi called Tom Reed.").quotes.isEmpty)
    // calling someone something is a statement about them
    XCTAssertEqual(run("Nancy Pelosi called Tom Reed a liar.").quotes.map(\.text), ["Tom Reed a liar"])
    // (in the participle too)
    let b = run("Nancy Pelosi left the room, calling Tom Reed a liar.")
    XCTAssertEqual(b.quotes.map(\.text), ["Tom Reed a liar"])
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Nancy Pelosi")
    // (calling it something too, which ends the words before it; not "called it quits")
    let c = run("Holt said she was “quite hopeful” and Ware calling it a “useful talk.”")
    XCTAssertEqual(c.quotes.map(\.text), ["she was “quite hopeful”", "it a “useful talk.”"])
    XCTAssertTrue(run("The couple called it quits in 2019.").quotes.isEmpty)
  }

  func testTheQuoteAnAnswerIsGivenWithIsTheWords() {
    let a = run("During the 2012 race, candidate Ann Vey responded to a question about the port with “Which port?”")
    XCTAssertEqual(a.quotes.map(\.text), ["“Which port?”"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(a.quotes.first?.kind, .direct)
    // (not another verb's "with": what one agreed with is the words' object)
    XCTAssertEqual(run("Ann Vey agreed with “most of” the report.").quotes.map(\.text), ["“most of” the report"])
  }

  func testAQuotedNameAfterANounAndItsParticipleIsNoOneElsesWords() {
    // (not the words of the one quoted in the paragraph before)
    let a = run("“It was a hit at once,” said the critic Oona Brandt.\n\nTheir first hit was a ballad called "
      + "“Lantern Light,” which reached number four.")
    XCTAssertEqual(a.quotes.map(\.text), ["“It was a hit at once,”", "“Lantern Light,”"])
    XCTAssertNil(a.quotes.last?.speaker)
    // (nor the words of the sentence's subject, and the words after the name are no part of it)
    let b = run("Mayor Ann Vey unveiled a housing plan called “Homes First” aimed at young families.")
    XCTAssertEqual(b.quotes.map(\.text), ["“Homes First”"])
    XCTAssertNil(b.quotes.first?.speaker)
    XCTAssertNil(b.quotes.first?.group)
    // (but people who call it so speak, and a name its own verb of saying follows is the sentence's subject)
    XCTAssertEqual(
      run("The merger, which opponents dubbed “a land grab,” was approved on Monday.").quotes.first?.group, "opponents")
    XCTAssertEqual(
      run("A watchdog group called “Clean Rivers” warned that the spill would kill fish.").quotes.first?.group,
      "A watchdog group")
    // (one a title names after "a" is named too: the quote is the name only)
    XCTAssertEqual(
      run("The mayor met a minister called “the Iron Lady” in London.").quotes.map(\.text), ["“the Iron Lady”"])
    // (a person's or a pronoun's verb still frames: "Tom Reed called the plan “a disgrace”")
    XCTAssertEqual(run("Tom Reed called the plan “a disgrace.”").quotes.first?.speaker?.name, "Tom Reed")
  }

  func testAThingThenTheOneWhoDescribesItIsNoFrameOfTheWordsBefore() {
    let a = run("Reed landed on a boat to refuel, a process Tom Reed described as being very hard.")
    XCTAssertEqual(a.quotes.map(\.text), ["as being very hard"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    XCTAssertEqual(a.people.first?.roles, [])
    // (a role before the name is the name's: "a spokesman Tom Reed")
    let b = run("The plan would cost $4 million, a spokesman Tom Reed said.")
    XCTAssertEqual(b.quotes.map(\.text), ["The plan would cost $4 million"])
  }

  func testARelativeClauseThatReportsEndsAtItsCommaAndTheMainVerbReportsToo() {
    let a = run("Hillary Clinton, who suggested that Ann Vey was not qualified, said on Wednesday that he was wrong.")
    XCTAssertEqual(a.quotes.map(\.text), ["that Ann Vey was not qualified", "that he was wrong"])
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Hillary Clinton", "Hillary Clinton"])
    // (a comma inside the reported clause goes on: no verb follows it)
    let b = run("Tom Reed, who said that if elected, he would cut taxes, spoke on Monday.")
    XCTAssertEqual(b.quotes.map(\.text), ["that if elected, he would cut taxes"])
  }

  func testARelativeClauseThatReportsEndsBeforeAMainVerbInThePresent() {
    let a = run("The ferry pact, which officials said would be signed next week, covers fishing rights.")
    XCTAssertEqual(a.quotes.map(\.text), ["would be signed next week"])
    XCTAssertEqual(a.quotes.first?.group, "officials")
    // (not at a list's plural: "crabs and all")
    let b = run("The harbour levy, which the mayor said would raise cash, crabs and all, pays for the pier.")
    XCTAssertEqual(b.quotes.first?.text.hasPrefix("would raise cash, crabs and all"), true)
    // (nor at an adverb in "-s": "perhaps")
    let c = run("The ferry pact, which officials said would be signed soon, perhaps the biggest deal in years, covers fish.")
    XCTAssertEqual(c.quotes.first?.text.hasPrefix("would be signed soon, perhaps"), true)
  }

  func testARestrictiveRelativeClauseAfterAnObjectReportsForItsAntecedent() {
    let a = run("The tax drew criticism from restaurant owners who say the rule unfairly targets small firms.")
    XCTAssertEqual(a.quotes.map(\.text), ["the rule unfairly targets small firms"])
    XCTAssertEqual(a.quotes.first?.group, "restaurant owners")
    // not after the sentence's subject, whose own verb the content would run into
    XCTAssertTrue(run("Critics who say the law is unfair have protested.").quotes.isEmpty)
    XCTAssertTrue(run("A majority of those who said crime mattered most backed the mayor.").quotes.isEmpty)
    // nor a belief with no clause, nor a clause inside a quote
    XCTAssertTrue(run("Holt snubbed the aide who considered running against her.").quotes.isEmpty)
    let b = run("Tom Reed spoke. \"There are some generals who say the war is lost,\" he said.")
    XCTAssertEqual(b.quotes.map { $0.speaker?.name }, ["Tom Reed"])
    // nor a passive; the words before the antecedent's head are read (a verb after an adverb is none of them)
    XCTAssertTrue(run("The deal would let Norway send back workers who had been convicted of theft.").quotes.isEmpty)
    XCTAssertTrue(run("You are misled and other readers who think the figure is right will be misled.").quotes.isEmpty)
    let c = run("We fully respect club members who feel that the board has sold the old ground.")
    XCTAssertEqual(c.quotes.first?.group, "club members")
  }

  func testAPluralAfterANameThatAPrepositionOpensIsANoun() {
    let a = run("In a string of Facebook posts Monday, Mr. Tom Reed wrote: \"The real issue is whether she can win.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    let b = run(
      "FactWatch rated 41% of Liberal claims as \"false\" or \"misleading,\" compared to 17% of others.")
    XCTAssertEqual(b.quotes.first?.organisation, "FactWatch")
    // (not a name's "of": "the Court of Appeal answers")
    let c = run("The Court of Appeal answers the board that the rule does not bar the appeal.")
    XCTAssertEqual(c.quotes.count, 1)
    XCTAssertEqual(c.quotes.first?.text.hasSuffix("that the rule does not bar the appeal"), true)
  }

  func testATitleAfterAnInitialismGoesOnWithTheSentence() {
    let a = run("Tom Reed said he has requested U.S. President Ann Vey declare a state of emergency.")
    XCTAssertEqual(a.quotes.map(\.text), ["he has requested U.S. President Ann Vey declare a state of emergency"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
  }

  func testAVerbOfSayingWithNoObjectInAnOpeningClauseReportsNothingAfterItsComma() {
    XCTAssertTrue(run("When the deal was announced, shares rose.").quotes.isEmpty)
    XCTAssertTrue(run("Once I agreed, she left.").quotes.isEmpty)
    XCTAssertTrue(run("The product was announced in May, just weeks after the merger.").quotes.isEmpty)
    // (but "as" reports what follows, a quote after the comma is what was said, and a frame after the clause's
    // comma is the sentence's)
    XCTAssertEqual(run("As the report noted, prices rose.").quotes.map(\.text), ["prices rose"])
    XCTAssertEqual(run("When he said, “We will win,” the crowd cheered.").quotes.map(\.text), ["“We will win,”"])
    XCTAssertEqual(
      run("If these findings hold, scientists say, containing the virus may take longer.").quotes.map(\.text),
      ["containing the virus may take longer"])
  }

  func testReferredToSomeoneAsAQuotedNameIsTheSubjectsClaimWithoutTheVerbsPreposition() {
    let a = run(
      "Radio host Don Imuss died. He was fired in 2007 after he referred to the team as \"a bunch of amateurs.\"")
    XCTAssertEqual(a.quotes.map(\.text), ["the team as \"a bunch of amateurs.\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Don Imuss")
    // (not a preposition left at the end of a relative clause)
    let b = run("The workers she referred to in her speech were ''well paid'' and on time.")
    XCTAssertFalse(b.quotes.contains { $0.text.hasPrefix("in her speech") })
  }

  func testAVerbThatLabelsItsObjectInAnyFormFramesTheObjectAndTheQuoteAfterIt() {
    // (its present, its participle and "heralded" too: the words run from the object to the quote)
    let a = run("The chancellor, Anna Vey, heralded the union’s deal with Norway as a “breakthrough.” It was signed.")
    XCTAssertEqual(a.quotes.map(\.text), ["the union’s deal with Norway as a “breakthrough.”"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Anna Vey")
    let b = run("Asked, Tom Reed routinely characterizes himself as a \"change agent\" who \"saved the firm.\"")
    XCTAssertEqual(b.quotes.map(\.text), ["himself as a \"change agent\" who \"saved the firm.\""])
    let c = run("Ann Vey spoke on Monday, deriding the new levy on boats as a \"tax on summer\" for the middle class.")
    XCTAssertEqual(c.quotes.map(\.text), ["the new levy on boats as a \"tax on summer\" for the middle class"])
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testThePassiveOfANamingVerbHasItsAgentForSpeakerOrNoOne() {
    let a = run("Saturday is referred to as \"Market Day\" due to the many stalls in the square.")
    XCTAssertEqual(a.quotes.count, 1)
    XCTAssertNil(a.quotes.first?.group)
    XCTAssertNil(a.quotes.first?.speaker)
    let b = run("The plan has been called \"a shell game\" by Joshua Hendrik, a professor at Loyola.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Joshua Hendrik")
    // (a naming verb that is also a verb of saying: the one named is not the one who named her)
    let c = run("Marisol Vente was called a \"radical\" in one weekly paper.")
    XCTAssertEqual(c.quotes.count, 1)
    XCTAssertNil(c.quotes.first?.speaker)
  }

  func testTheSubjectOfAnyOtherVerbInThePassiveIsNoSpeakerOfAQuoteAfterIt() {
    // (the claim stays, as PolNeAR annotates such quotes, with no one named for it and no speaker from nearby)
    for text in [
      "Ann Vey said, \"We will rebuild.\" The driver was listed in \"stable\" condition.",
      "Ann Vey said, \"We will rebuild.\" The mayor was treated for a \"minor\" injury at the scene.",
      "Ann Vey said, \"We will rebuild.\" The old pier was struck by a \"freak\" wave on Sunday.",
    ] {
      let a = run(text)
      XCTAssertEqual(a.quotes.count, 2, text)
      XCTAssertNil(a.quotes.last?.speaker, text)
      XCTAssertNil(a.quotes.last?.group, text)
      XCTAssertNil(a.quotes.last?.organisation, text)
    }
    // (a verb that labels in the passive has its agent for speaker)
    let b = run("The levy was deemed a \"tax on summer\" by Tom Reed, a local trader.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Reed")
    // (nor a passive inside a clause that the sentence's subject talks about)
    XCTAssertEqual(
      run("Ann Vey talked about how the show had been underestimated \"for years.\"").quotes.first?.speaker?.name,
      "Ann Vey")
    // (nor a participle of feeling, whose subject is one who may have said the words)
    for text in [
      "Coach Ann Vey was delighted with the \"gutsy\" win.", "Coach Ann Vey was thrilled to be \"back home.\"",
      "Coach Ann Vey was left \"speechless\" by the win.",
    ] {
      XCTAssertEqual(run(text).quotes.first?.speaker?.name, "Ann Vey", text)
    }
    // (not one done to: "was diagnosed with", "was arrested at")
    XCTAssertNil(run("Ann Vey said, \"We lost.\" Tom Reed was diagnosed with a \"rare\" illness.").quotes.last?.speaker)
    // (but a labelling verb is none: "is referred to as")
    let d = run("Ann Vey said, \"We will rebuild.\" Tomorrow, a Monday, is referred to as \"Market Day\" here.")
    XCTAssertNil(d.quotes.last?.group)
    // (and an active verb's subject stays the speaker of the quote after it)
    XCTAssertEqual(run("Ann Vey turned to \"little\" Tom Reed at the rally.").quotes.first?.speaker?.name, "Ann Vey")
  }

  func testClaimingLivesAndAParticipleThatDescribesANounAreNoClaims() {
    XCTAssertEqual(run("The storm claimed about 300 lives in the valley.").quotes.count, 0)
    XCTAssertEqual(run("The fire claimed the lives of six horses.").quotes.count, 0)
    XCTAssertEqual(run("A man suspected to have stolen the van was arrested in Dover.").quotes.count, 0)
    XCTAssertEqual(run("A woman believed to be in her 40s was taken to hospital.").quotes.count, 0)
    // (but the verb after its subject and an adverb claims: "Lund later claimed to have …")
    XCTAssertEqual(run("Tom Lund later claimed to have forgotten the whole meeting.").quotes.first?.speaker?.name, "Tom Lund")
    XCTAssertEqual(run("The union claimed the figures were wrong.").quotes.count, 1)
  }

  func testAVerbOfSayingInASubordinateClauseFramesNoMainClauseAfterItsComma() {
    let a = run("Once, when Tom Reed interjected, Ann Vey said \"Will you let me finish?\"")
    XCTAssertEqual(a.quotes.map(\.text), ["\"Will you let me finish?\""])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
  }
  func testACourtRulesAClauseNotAThingRuled() {
    for text in ["Judge Tilda Marsh ruled the levy was unlawful.", "Judge Tilda Marsh ruled that it was unlawful."] {
      XCTAssertEqual(run(text).quotes.first?.speaker?.name, "Tilda Marsh", text)
    }
    XCTAssertEqual(run("The levy broke the charter, the tribunal ruled.").quotes.first?.group, "the tribunal")
    // (a second verb after "but" reports apart: "agreed … but ruled that …")
    let a = run("A magistrate agreed the lease was void but ruled that the rent could not be returned.")
    XCTAssertEqual(a.quotes.map(\.text), ["the lease was void", "that the rent could not be returned"])
    // (not a reign, what was ruled out or against, or the noun "rules")
    for text in [
      "The duke ruled the valley for forty years.", "Police ruled out arson at the mill.",
      "The tribunal ruled against the levy.", "The rules that the board set were strict.",
    ] {
      XCTAssertTrue(run(text).quotes.isEmpty, text)
    }
  }
  func testSinceBetweenTheAuxiliaryAndTheVerbIsAModifierOfIt() {
    let a = run("Tomas Berg was held for a week. He has since said his statement was written by detectives.")
    XCTAssertEqual(a.quotes.map(\.text), ["his statement was written by detectives"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tomas Berg")
  }

  func testAVerbOfSayingDeniedShowsItsNegation() {
    for (text, cue) in [
      ("Professor Ilse Marr does not believe that the new rota will cut waiting times.", "does not believe"),
      ("Kai Roos would not confirm the harbour master's account.", "would not confirm"),
      ("Kai Roos never said the harbour had flooded.", "never said"),
      ("Kai Roos did not publicly say the harbour had flooded.", "did not publicly say"),
      // (an auxiliary and "not" in one word, with either apostrophe)
      ("Voters in the port don\u{2019}t think Kai Roos can win.", "don\u{2019}t think"),
      ("Professor Ilse Marr doesn't believe the new rota will cut waiting times.", "doesn't believe"),
    ] {
      XCTAssertEqual(run(text).quotes.first?.cue, cue, text)
    }
    // (a pronoun after an honorific, or after the speaker's initials, is no one's name)
    let b = run("MS We don\u{2019}t hypothesize that the rates would differ.")
    XCTAssertNil(b.quotes.first?.speaker)
    XCTAssertEqual(b.people, [])
    XCTAssertEqual(run("The US indicated that no aid would come.").quotes.first?.organisation, "US")
    // (a verb with a question word after it frames nothing before it)
    XCTAssertFalse(run("And when he asked for a lawyer, I didn\u{2019}t know who to call, but I phoned a friend.").quotes
      .contains { $0.text.hasPrefix("And when") })
    // (not "who" after the ones told: they are named, and the words before are what was told)
    let c = run("Prices will rise, Nora Haig told farmers who attended the meeting.")
    XCTAssertEqual(c.quotes.map(\.text), ["Prices will rise"])
    // (nor a passive's "be" in one word with "not": it names the one told, who did not speak)
    XCTAssertNil(run("Lina Osei wasn\u{2019}t told that the plant would close.").quotes.first?.speaker)
    // (a second verb after "but" still reports apart)
    let a = run("Kai Roos did not mention the ships by name but did note that two had sunk.")
    XCTAssertEqual(a.quotes.map(\.cue), ["did not mention", "note"])
  }

  func testAShowsNameAfterAPossessiveOrAModifierIsNoVerb() {
    let a = run("In a clip for Mary Vey’s upcoming Apple Music show The 411, Vey sings a ballad to Ann Hale.")
    XCTAssertFalse(a.quotes.contains { $0.cue == "show" })
    XCTAssertEqual(run("Lena painted backdrops for the quiz TV show “The Rink” in 2004.").quotes.map(\.cue), [])
    // (a verb after a name with a preposition before it)
    let b = run("Analysts in Cleveland say that the vote was close.")
    XCTAssertEqual(b.quotes.map(\.text), ["that the vote was close"])
    // (nor is the bare form that ends a noun phrase an article opens, before a comma)
    let c = run("Tom Reed, host of the morning show, said the pier plan was dead.")
    XCTAssertEqual(c.quotes.map(\.text), ["the pier plan was dead"])
    XCTAssertEqual(c.quotes.map(\.cue), ["said"])
    XCTAssertEqual(run("As the ferry figures show, the pier is busy.").quotes.map(\.text), ["the pier is busy"])
    // (but a subject's verb is one: the subject is no object of a preposition)
    let d = run("“We will not move,” the women say, “until the pier is fixed.”")
    XCTAssertEqual(d.quotes.first?.cue, "say")
  }

  func testWhatIsAddedToAThingIncreasesItAndSaysNothing() {
    XCTAssertEqual(run("Nora Pell won the primary in Ohio, adding to her lead over Ray Colt.").quotes, [])
    XCTAssertEqual(run("The recall only added to the confusion at the plant.").quotes, [])
    // (what is added to someone is said to them)
    let a = run("“It was a good night,” Nora Pell added to People. “We won.”")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Nora Pell")
    XCTAssertEqual(run("Nora Pell added to reporters that the count was over.").quotes.count, 1)
  }

  func testASpacedDashOpensTheClauseOfASubject() {
    let a = run("Lena Marsh ran a tight office — a former aide said she read every memo.")
    XCTAssertEqual(a.quotes.map(\.text), ["she read every memo"])
    XCTAssertEqual(a.quotes.first?.group, "a former aide")
    // and a relative clause a dash opens ends at the dash that closes it, and is the name's before it
    let b = run("Ray Colt - who once said he would \"shut the mill\" - said on Friday that the plant must close.")
    XCTAssertEqual(b.quotes.first?.text, "he would \"shut the mill\"")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ray Colt")
  }

  func testConfessingReportsAndAnAdjectiveInEdAfterSeveralIsNoVerb() {
    XCTAssertEqual(run("The driver confessed that he had been drinking.").quotes.map(\.text), ["that he had been drinking"])
    let a = run("Vey worked alone, yet several alleged helpers, among them a cousin, were tried too.")
    XCTAssertEqual(a.quotes.map(\.text), [])
  }

  func testAParticipleThatDescribesANounAfterAPrepositionOrAnAppositiveIsNoOnesFrame() {
    // (a quote in the words after it is no one's: not the subject's, nor the phrase's)
    for text in [
      "Witnesses gave accounts of the tool used in the attack, a hammer or a “heavy object”.",
      "Last week the town of Elmford welcomed the Lantern Fair, a yearly event devoted to “the art of paper.”",
      "The vote divided the members of a district referred to as “the quiet corner of the county”.",
    ] {
      XCTAssertTrue(run(text).quotes.isEmpty, text)
    }
    // but a subject's own verb with its object frames the quote, and so does a passive with its agent; a
    // preposition inside the subject opens no phrase a participle describes
    XCTAssertEqual(
      run("A spokesman for the ministry labelled reports of a cover-up “pure fiction”.").quotes.first?.group,
      "A spokesman for the ministry")
    XCTAssertEqual(
      run("Critics of the bill referred to it as “a power grab” during the debate.").quotes.first?.group,
      "Critics of the bill")
    XCTAssertEqual(
      run("Critics in both parties quickly compared Vey's answer to “the worst lapse of any debate”.").quotes.first?.group,
      "Critics in both parties")
    XCTAssertEqual(
      run("In a statement Ann Vey credited him for “a bold and honest campaign.”").quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertFalse(run("The logs show a route described by Harbour Watch as “erratic and hard to follow”.").quotes.isEmpty)
    XCTAssertEqual(
      run("The company used the word “unacceptable” in its statement.").quotes.first?.group, "The company")
  }
}
