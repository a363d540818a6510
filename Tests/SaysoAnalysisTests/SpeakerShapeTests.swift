import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Shapes in which news names a speaker, each found on Wikinews and checked on PolNeAR train (offices
/// before a name: `OfficeShapeTests`): letters after a name, a role noun before an appositive name, a
/// channel after an inverted cue.
final class SpeakerShapeTests: XCTestCase, AnalysingText {
  func testANameThatIsAlsoAnAuxiliaryOrAnAdverbIsAName() {
    XCTAssertEqual(run("Joan May spoke on Monday. May said the deal was good.").quotes.first?.speaker?.name, "Joan May")
    XCTAssertEqual(run("Mrs May said the deal was good.").quotes.first?.speaker?.name, "May")
    XCTAssertEqual(run("Harold Will said the party had lost its way.").quotes.first?.speaker?.name, "Harold Will")
    XCTAssertEqual(run("Lena Long said the plan would fail.").quotes.first?.speaker?.name, "Lena Long")
    // a month that is a given name, before a family name ("Tuesday Mitsotakis" is no name of two words)
    XCTAssertEqual(run("April Ryan said the deal was good.").quotes.first?.speaker?.name, "April Ryan")
    XCTAssertNotEqual(run("Tuesday Mitsotakis said it was good.").quotes.first?.speaker?.name, "Tuesday Mitsotakis")
    // an auxiliary in lower case, or before a verb that it may stand before, is none
    XCTAssertEqual(run("Officials may say the deal was good.").quotes.first?.group, "Officials")
    XCTAssertEqual(run("It said the deal was good.").quotes.first?.group, "It")
  }

  func testAnAldermanAndTitlesAbbreviatedInThePluralAreRoles() {
    let a = run("\"We are angry,\" said Chicago Alderman Joe K. Reed.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Joe K. Reed")
    let b = run("Sens. Ann Marsh (Ky.) and Bo Lund (Fla.) spoke. Republican Rep. Tom Vey of Ohio, a loyalist, said it helps.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Vey")
  }

  func testLettersAfterANameBelongToThePerson() {
    let a = run("\"It is fine,\" said Kama Melly QC.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Kama Melly")
    XCTAssertNil(a.quotes.first?.organisation)
    XCTAssertEqual(a.people.map(\.name), ["Kama Melly"])
  }

  func testARoleNounBeforeTheNameInAnAppositive() {
    let a = run("\"It was a long night,\" the mayor, Tom Reed, said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
  }

  func testANameBeforePhrasesThatDescribeItBetweenCommas() {
    let a = run("Ben Tait, 31, from Headingley, who saw the attack, said it was \"terrifying\".")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ben Tait")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Headingley")
    let b = run("Roxana Lind, 62, a retired teacher from Ames, said she wanted change.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Roxana Lind")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "retired teacher from Ames")
    // a place between commas with no name before it is no speaker
    XCTAssertNil(run("In 2019, from Leeds, officials said the road was shut.").quotes.first?.speaker)
  }

  func testANounPhraseBeforePhrasesThatDescribeItBetweenCommas() {
    // an age or a role between commas after a noun of people: the claim is the noun phrase's
    let a = run("The woman, 34, said she had been attacked.")
    XCTAssertEqual(a.quotes.first?.text, "she had been attacked")
    XCTAssertEqual(a.quotes.first?.group, "The woman")
    let b = run("His mother, a teacher at Marle Primary, told officers he had been chased.")
    XCTAssertEqual(b.quotes.first?.text, "he had been chased")
    XCTAssertEqual(b.quotes.first?.group, "His mother")
    // "the company" stands for the body the article named
    let c = run("Halvard Corp cut 200 jobs. The company, a unit of Pellworth Group, said profits fell.")
    XCTAssertEqual(c.quotes.first?.organisation, "Halvard Corp")
    // a body's name after a noun of its kind is the speaker; a noun phrase is not
    let d = run("The militant group, the Army of the North, claimed responsibility for the attack.")
    XCTAssertEqual(d.quotes.first?.organisation, "Army of the North")
    let e = run("The union, the largest in Marle, said the deal was poor.")
    XCTAssertEqual(e.quotes.first?.group, "The union")
  }

  func testANounPhraseBeforeAppositivesAfterAPhraseThatOpensTheSentence() {
    let a = run("However, the victim, 23, told police he had been attacked from behind.")
    XCTAssertEqual(a.quotes.map(\.text), ["he had been attacked from behind"])
    XCTAssertEqual(a.quotes.first?.group, "the victim")
    let b = run("Meanwhile, the mayor, who was not at the meeting, said the plan would fail.")
    XCTAssertEqual(b.quotes.first?.group, "the mayor")
    let c = run("However, Ann Vey, 23, told police she had been attacked.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(run("Last week, the victim, 23, told police he had been attacked.").quotes.first?.group, "the victim")
  }

  func testABodyAPersonsNameOwnsIsTheSource() {
    let a = run("Harlow's foundation said: “We will appeal.”")
    XCTAssertEqual(a.quotes.first?.organisation, "Harlow's foundation")
    XCTAssertNil(a.quotes.first?.speaker)
    let b = run("Ann Tarn's foundation said the shelter would close.")
    XCTAssertEqual(b.quotes.first?.group, "Ann Tarn's foundation")
    XCTAssertEqual(run("The club said the striker would leave.").quotes.first?.group, "The club")
    // (not "firm" as an adjective: "A firm warning came from the bank")
    XCTAssertEqual(run("A firm warning came from the central bank on Monday.").quotes, [])
  }

  func testASourcesParticipleAfterTheSubjectIsPartOfIt() {
    let a = run("Newspapers citing senior aides have said the premier will resign in June.")
    XCTAssertEqual(a.quotes.map(\.text), ["the premier will resign in June"])
    XCTAssertEqual(a.quotes.first?.group, "Newspapers citing senior aides")
    // (a participle after the clause's verb still frames: "left the party, citing health reasons")
    XCTAssertEqual(run("Ann Vey left the party, citing health reasons.").quotes.first?.text, "health reasons")
  }

  func testARoleNounInAnAppositiveMakesAOneWordNameAPerson() {
    // a surname that is also an English word, and a name no list knows, each with a role after it
    let a = run("\"It is reckless,\" said Mason, a spokeswoman for the league.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Mason")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "spokeswoman for the league")
    let b = run("Quenby, the co-director of the institute, said the cuts would hurt.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Quenby")
    // a body with a description is no person, and a time after the name is no role
    XCTAssertNil(run("Corvo, a union that backs the plan, said it would strike.").quotes.first?.speaker)
    let c = run("\"We are ready,\" said Mason, in a statement.")
    XCTAssertNil(c.quotes.first?.speaker?.role)
    // a title that is also a given name, before a surname alone, is the given name
    let d = run("\"It is bad news,\" said Dean Fowler, co-director of the institute.")
    XCTAssertEqual(d.people.map(\.name), ["Dean Fowler"])
    XCTAssertEqual(
      run("\"It is bad news,\" said Law School Dean Ostrander.").quotes.first?.speaker?.name, "Ostrander")
    XCTAssertEqual(NameTyper.roleHead("the co-director of the institute"), "director")
    XCTAssertEqual(NameTyper.roleHead("a union that has backed the mayor"), "union")
  }

  func testAParticiplesPhraseOpeningTheSentenceHoldsNoSubject() {
    let a = run("Speaking to the BBC, Margaret Hughes, 78, from Headingley, said: \"I don't know how we manage.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Margaret Hughes")
    XCTAssertNil(a.quotes.first?.organisation)
  }

  func testAnAgeOrADemonymAfterTheSentenceThatNamesThePersonStandsForThem() {
    let a = run("Hull manager Ivo Kessler praised his defenders. \"They were outstanding,\" the German said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ivo Kessler")
    XCTAssertNil(a.quotes.first?.organisation)
    let b = run("Ivo Kessler praised his defenders.\n\n\"They were outstanding,\" the 34-year-old said.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ivo Kessler")
    // a sentence before that opens with no person: the claim stands with the epithet as its source
    let c = run("With the hall full, the retired nurse spoke. \"She is a fighter,\" said the 71-year-old.")
    XCTAssertNil(c.quotes.first?.speaker)
    XCTAssertEqual(c.quotes.first?.group, "the 71-year-old")
    XCTAssertEqual(run("\"It was close,\" the Germans said.").quotes.first?.speaker, nil)
  }

  func testANumberWordThatEndsAFirmsNameIsNoDeterminerOfTheVerb() {
    let a = run("More than 40,000 homes lost power on Sunday, Hydro One said.")
    XCTAssertEqual(a.quotes.map(\.text), ["More than 40,000 homes lost power on Sunday"])
    XCTAssertEqual(a.quotes.first?.group ?? a.quotes.first?.organisation, "Hydro One")
    // after a determiner in lower case the word is still a noun
    XCTAssertEqual(run("The storm was the one said to be worst.").quotes, [])
  }

  func testAParticipleAndItsObjectNameNoOne() {
    let a = run(
      "Echoing an email from Owen Pryor's phone referencing a mysterious \"tall friend\" who received a share of the "
        + "fees, Rita Moss said, \"You're the tall friend, I guess.\"")
    XCTAssertFalse(a.people.map(\.name).contains("Owen Pryor"))
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Rita Moss")
  }

  func testTimesAndPhrasesThatOpenASentenceHoldNoSubject() {
    let a = run(
      "The next morning, with strikes continuing, Governor Hale gave a speech declaring himself the "
        + "\"governor of the working family.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Hale")
  }

  func testAPersonsRoleAfterAccordingToIsNoContent() {
    let a = run("According to Nora Birch, formerly the director of the FAA, the crash was the first of its kind.")
    XCTAssertEqual(a.quotes.map(\.text), ["the crash was the first of its kind"])
    XCTAssertEqual(a.quotes.first?.speaker?.role, "formerly the director of the FAA")
    // a noun that is no role opens the content
    let b = run("According to Nora Birch, the plan, unveiled Monday, was flawed.")
    XCTAssertEqual(b.quotes.map(\.text), ["the plan, unveiled Monday, was flawed"])
    // a role that a possessive name opens, too
    let c = run("According to Leah Marsh, Pryor's former spokeswoman, Pryor died from a stroke.")
    XCTAssertEqual(c.quotes.map(\.text), ["Pryor died from a stroke"])
    XCTAssertEqual(c.quotes.first?.speaker?.role, "Pryor's former spokeswoman")
  }

  func testANumberOfOneOrTwoDigitsEndsAName() {
    XCTAssertEqual(
      run("The programme would air as planned, Channel 4 said.").quotes.first?.organisation, "Channel 4")
    XCTAssertEqual(run("Number 10 said the minister was disappointed.").quotes.first?.group, "Number 10")
    // … or the clause it ends ("according to Channel 5."), but not a date's day
    XCTAssertEqual(
      run("The minister resigned on Monday, according to Channel 5.").quotes.first?.organisation, "Channel 5")
    XCTAssertEqual(run("The minister resigned, according to a report on March 5.").quotes.first?.group, "a report")
    // (nor before a comma, where a score goes on)
    XCTAssertEqual(run("The match ended Velland Town 3, Marle Rovers 1, the league said.").quotes.first?.group, "the league")
    XCTAssertEqual(run("On March 5 officials said the plan was over.").quotes.first?.group, "officials")
    // … or stands inside one (not after a possessive, a preposition or a determiner)
    XCTAssertEqual(
      run("The Lost 41 Project said the wreck was found in May.").quotes.first?.organisation, "Lost 41 Project")
    XCTAssertEqual(run("In 20 Cities Ann Vey said the plan was over.").quotes.first?.speaker?.name, "Ann Vey")
  }

  func testAFamilyNounThenANameIsThatPerson() {
    let a = run("\"He was my hero,\" said his son, Tom, 12.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom")
    let b = run("According to his wife, Greta, the boxer had been ill for weeks.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Greta")
    XCTAssertEqual(b.quotes.first?.text, "the boxer had been ill for weeks")
  }

  func testTheCompanyIsTheLastFirmNamedBefore() {
    let a = run(
      "Mill Holdings Corp. said demand was weak. The union said it would fight. \"It was hard,\" the company said.")
    XCTAssertEqual(a.quotes.last?.organisation, "Mill Holdings Corp.")
    // an organisation whose name is no firm's is not "the company"
    let b = run("The Ontario Hospital Association said it was worried. \"It was hard,\" the company said.")
    XCTAssertNotEqual(b.quotes.last?.organisation, "The Ontario Hospital Association")
    // with no name that ends like a firm's, the last firm named in the paragraph or the one before
    let c = run("Northwind Foods said it would cut 40 jobs.\n\nThe company said the plant would stay open.")
    XCTAssertEqual(c.quotes.map(\.organisation), ["Northwind Foods", "Northwind Foods"])
    // any word of trade (data/trade-words.txt) makes a firm's name
    let e = run("Northbridge Construction said work would begin in April. The company said it would finish in May.")
    XCTAssertEqual(e.quotes.map(\.organisation), ["Northbridge Construction", "Northbridge Construction"])
    // not an outlet, a place or another kind of body, and not from further back
    let d = run(
      "Northwind Foods said it would cut jobs.\n\nThe mill opened in 1952.\n\nIt was sold twice.\n\n"
        + "Reuters reported the sale. The Environment Agency said it was told. The company said the plant was safe.")
    XCTAssertNil(d.quotes.last?.organisation)
    XCTAssertEqual(d.quotes.last?.group, "The company")
  }

  func testAParticipleBetweenCommasAfterANameIsNoRole() {
    let a = run("Former England captain Alan Shore, speaking on Match of the Day, said the side had been careless.")
    XCTAssertEqual(a.people.first?.roles, ["Former England captain"])
  }

  func testAParagraphEndingWithAColonLeadsInTheQuoteOfTheNext() {
    let a = run("""
      Mayor Ann Lee said the bridge was overdue.

      Tom Reed, the council's finance chair, was blunt:

      "We cannot afford it. Not this year."
      """)
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Tom Reed")
  }

  func testARoleEndingTheSentenceLeavesItsFullStop() {
    let a = run(
      "\"We were there for you,\" said Ann Lee, head of the Nurses' Union of Ontario. \"Now it's your turn.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "head of the Nurses' Union of Ontario")
    XCTAssertEqual(a.people.first?.roles, ["head of the Nurses' Union of Ontario"])
  }

  func testARoleThenTheNameAfterAnInvertedCue() {
    let a = run("\"We were never asked,\" said its chair, Margaret Hollis.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Margaret Hollis")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "chair")
    let b = run("\"Sales are up,\" said the firm's chief executive, Ken Moyo.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ken Moyo")
  }

  func testAChannelAfterTheCueIsNoSpeaker() {
    let a = run("Ivor Lund, president of Latvia, said in a statement: \"It is a proud day.\"")
    XCTAssertEqual(a.quotes.count, 1)
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ivor Lund")
    XCTAssertEqual(a.quotes.first?.text, "\"It is a proud day.\"")
  }

  func testNamesJoinedByOf() {
    let a = run("According to the National Association of County Treasurers, the next deadline is on June 9.")
    XCTAssertEqual(a.quotes.first?.organisation, "National Association of County Treasurers")
    let b = run("Professor Colin R. Ashby of Dalton University College of Law writes that the ruling is wrong.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Colin R. Ashby")
    let c = run("Nebraska Secretary of State Wendy Garvey said the rule is sound.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Wendy Garvey")
    XCTAssertEqual(c.people.map(\.name), ["Wendy Garvey"])
  }

  func testAnObjectOfAReportingVerbIsNoInvertedSubject() {
    let a = run(
      "Petra Voss, the director of the play, wrote of Garvey, \"I saw then that Noel was a rare talent\".")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Petra Voss")
  }

  func testASentenceThatLeadsInWithAColon() {
    let a = run(
      "Turnout was low.\n\nIncumbent Mayor Dana Fell swiftly took a parting shot on Facebook: "
        + "\"Well, what a big surprise!\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Fell")
    // a colon after words that are no subject credits no one
    let b = run("Turnout was low.\n\nThe message was short: \"Well, what a big surprise!\"")
    XCTAssertNil(b.quotes.first?.speaker)
  }

  func testAParticipleWithItsAgentFramesNoOne() {
    let a = run("The worst damage noted by the inspectors was on the east pier, where two beams had split.")
    XCTAssertTrue(a.quotes.isEmpty)
    // "as noted by" and "when asked by" still frame
    let b = run("As noted by Dr. Ana Ruiz, the clinic will close in May.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ana Ruiz")
  }

  func testASourceAfterAccordingToIsNoClause() {
    let a = run(
      "While diaries mention keeping bees, according to Orlek historians have not yet found any hive.")
    XCTAssertFalse(a.quotes.contains { ($0.group ?? "").contains("have") })
  }

  func testAParticiplesSubjectEndsBeforeTheVerb() {
    let a = run(
      "Ohio Secretary of State Hugo Lyle wrote a post on Facebook, saying the recount was \"nearly done.\"")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Hugo Lyle")
  }

  func testATimeAfterTheSpeakerIsNoRole() {
    let a = run("\"We will not give in,\" said Ana Ruiz, Thursday during the closing session.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ana Ruiz")
    XCTAssertEqual(a.people.first?.roles, [])
  }

  func testSwornInTakesAnOfficeAndSaysNothing() {
    let a = run("Following the vote, Ana Ruiz was sworn in as mayor of the city.")
    XCTAssertTrue(a.quotes.isEmpty)
  }

  func testANameAQuoteFollowsIsNoInvertedSpeaker() {
    let a = run("In a statement, Ana Ruiz, his wife, said Reed \"fought until his final day\".")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ana Ruiz")
    XCTAssertEqual(a.people.map(\.name), ["Ana Ruiz"])
  }

  func testWhoAfterACommonNounStandsForTheNoun() {
    let a = run(
      "Owen Rhodes apologised, and the court heard pleas for mercy from Rhodes' lawyers, "
        + "who argued his record of poor health.")
    XCTAssertNil(a.quotes.last?.speaker)
    XCTAssertEqual(a.quotes.last?.group, "Rhodes' lawyers")
    // after a name, or an appositive of one, "who" is the person
    let b = run("Ann Kirk, the city's 2012 mayoral nominee, who spoke on Monday, said the plan would fail.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Kirk")
    let c = run("Senator Ann Kirk, who spoke on Monday, said the plan would fail.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Kirk")
  }

  func testADescriptionInBracketsIsARole() {
    let a = run("Quintaro (one of the lead designers) has said he wants a festival next spring.")
    XCTAssertEqual(a.people.map(\.name), ["Quintaro"])
    XCTAssertEqual(a.people.first?.roles, ["one of the lead designers"])
    // a party in brackets is no role
    let b = run("Rep. Dana Fell (D-Ore.) said the report was incomplete.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Dana Fell")
  }

  func testThingsThatOnlyLookLikeQuotes() {
    // a section label is no speaker label
    let a = run("MARKETS: Oil fell 2% on Tuesday as stocks slid across Asia and Europe.")
    XCTAssertTrue(a.quotes.isEmpty)
    let b = run("MORGAN: Do you really think the bill can pass this year?")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "MORGAN")
    // a scare quote is no one's words
    let c = run("The council voted on a so-called \"reset\" of the plan to widen the road through town.")
    XCTAssertTrue(c.quotes.isEmpty)
    // a credit line after a dash is no dash quote; a dash quote is
    XCTAssertEqual(run("\"I love my job,\" Kelly Martin said.\n\n— With files from Liam Casey").quotes.count, 1)
    XCTAssertEqual(run("Ivan Petrov met reporters.\n\n— We are ready to talk to anyone.").quotes.count, 1)
  }

  func testAFrameBetweenTwoPiecesOfOneSentenceLinksThem() {
    for text in [
      "\"Our data call for a rethink,\" Jan Kos said, \"and the lake may have held fish.\"",
      "\"Our data call for a rethink,\" wrote Jan Kos on Twitter, \"and the lake may have held fish.\"",
      "\"Our data call for a rethink,\" wrote Jan Kos, \"and the lake may have held fish.\"",
      "Jan Kos led it.\n\n\"Our data call for a rethink,\" he told New Scientist, \"implying the lake held fish\".",
    ] {
      let a = run(text)
      XCTAssertEqual(a.quotes.count, 2, text)
      XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Jan Kos", "Jan Kos"], text)
      XCTAssertNotNil(a.quotes.first?.utterance, text)
      XCTAssertEqual(Set(a.quotes.map(\.utterance)).count, 1, text)
    }
    // words before the frame that are no quote are the writer's: the quote after it stands alone
    let b = run("In Philadelphia, Jan Kos wrote to his followers, \"It is time to act.\"")
    XCTAssertEqual(b.quotes.map(\.text), ["\"It is time to act.\""])
  }

  func testAPresentTenseOrAClauseOfTimeAfterAccordingToGoesOnWithTheContent() {
    let a = run("The new drug, according to researchers, halves hospital stays.")
    XCTAssertEqual(a.quotes.map(\.text), ["The new drug", "halves hospital stays"])
    XCTAssertEqual(Set(a.quotes.map(\.utterance)).count, 1)
    let b = run("The ferry sank, according to the coastguard, after its engine failed.")
    XCTAssertEqual(b.quotes.map(\.text), ["The ferry sank", "after its engine failed"])
    // (not a noun in "-s" that names the source: "operators of the line")
    XCTAssertEqual(run("The ferry sank, according to Tarn Holdings, operators of the line.").quotes.map(\.text), [
      "The ferry sank"
    ])
    // (up to a frame of its own)
    let d = run("The new drug, according to researchers, halves hospital stays, but Ann Vey said the trial was small.")
    XCTAssertEqual(d.quotes.map(\.text), ["The new drug", "halves hospital stays", "the trial was small"])
    // (not a phrase that tells where the source said it)
    let c = run("Sales of the new model rose, according to the firm, in a statement on Monday.")
    XCTAssertEqual(c.quotes.map(\.text), ["Sales of the new model rose"])
  }

  func testAClauseAfterASemicolonIsASentenceOfItsOwnForAccordingTo() {
    let a = run("Police said Ann Vey fled; according to witnesses, she drove north.")
    XCTAssertEqual(a.quotes.map(\.text), ["Ann Vey fled", "she drove north"])
    XCTAssertEqual(a.quotes.map(\.group), ["Police", "witnesses"])
    let b = run("Police said Ann Vey fled; she drove north, according to witnesses.")
    XCTAssertEqual(b.quotes.map(\.text), ["Ann Vey fled", "she drove north"])
    // (but a clause before the semicolon with no frame of its own goes with the one after it, as does the last item
    // of a list that semicolons part)
    XCTAssertEqual(run("The ferry left at 9am; it sank at noon, according to the coastguard.").quotes.map(\.text), [
      "The ferry left at 9am; it sank at noon"
    ])
    let c = run("Ann Vey was paid $9; Tom Reed was paid $7; and Mia Lund was paid $5, according to the records.")
    XCTAssertEqual(c.quotes.map(\.text), ["Ann Vey was paid $9; Tom Reed was paid $7; and Mia Lund was paid $5"])
  }

  func testAccordingToInsideItsContent() {
    let a = run("The delay, according to engineers, was caused by frost on the rails.")
    XCTAssertEqual(a.quotes.map(\.text), ["The delay", "was caused by frost on the rails"])
    XCTAssertEqual(Set(a.quotes.map(\.utterance)).count, 1)
    XCTAssertEqual(a.quotes.first?.group, "engineers")
    // an appositive after the source is no content
    let b = run("The scheme works well, according to Lena Oakes, head of the institute, and other economists.")
    XCTAssertEqual(b.quotes.map(\.text), ["The scheme works well"])
    // the source's role between commas is the frame's, and the content goes on after it
    let c = run("The delay, according to Miles Penn, a former envoy, was a decision by Pryor.")
    XCTAssertEqual(c.quotes.map(\.text), ["The delay", "was a decision by Pryor"])
    XCTAssertEqual(c.quotes.first?.speaker?.role, "former envoy")
    // words that cannot end a clause go on after the source; a clause that ends is the content
    let d = run("Sunday was when, according to the posts, fans were to march on the stadium.")
    XCTAssertEqual(d.quotes.map(\.text), ["Sunday was when", "fans were to march on the stadium"])
    // (and a verb "be" with nothing after it)
    let unfinished = run("Two guards were, according to the union, among the injured.")
    XCTAssertEqual(unfinished.quotes.map(\.text), ["Two guards were", "among the injured"])
    let e = run("The bill failed, but, according to his aides, Tom Reed had voted for it.")
    XCTAssertEqual(e.quotes.map(\.text), ["Tom Reed had voted for it"])
    let g = run("He went to the debate, because, according to Tom Reed, the media would mock him.")
    XCTAssertEqual(g.quotes.map(\.text), ["the media would mock him"])
    let f = run("The court is divided on it, according to Ann Lee, a law professor at Kettle University.")
    XCTAssertEqual(f.quotes.map(\.text), ["The court is divided on it"])
  }

  func testAccordingToWithNoCommaEndsTheSentenceWithASourceThatCanTell() {
    let a = run("Sales fell 5% last year according to the company.")
    XCTAssertEqual(a.quotes.map(\.text), ["Sales fell 5% last year"])
    XCTAssertEqual(a.quotes.first?.group, "the company")
    let b = run("Hollis suffered \"two broken ribs\" in the crash according to a hospital spokesperson.")
    XCTAssertEqual(b.quotes.first?.group, "a hospital spokesperson")
    // what things go by is no source, and words with a frame of their own keep it
    XCTAssertEqual(run("The bridge was built according to the plan.").quotes.count, 0)
    XCTAssertEqual(run("Everything went according to plan.").quotes.count, 0)
    let c = run("Bishop Tully made clear the visit was not political, saying it was a courtesy according to Reuters.")
    XCTAssertFalse(c.quotes.contains { $0.organisation == "Reuters" || $0.group == "Reuters" })
    // (a relative clause or a share of what was told after the source and a comma is no part of it)
    let d = run("At least 40 people were hurt on Sunday according to hospital officials, most of them children.")
    XCTAssertEqual(d.quotes.map(\.text), ["At least 40 people were hurt on Sunday"])
    XCTAssertEqual(d.quotes.first?.group, "hospital officials")
    let e = run("Ninety homes were lost according to the governor, who toured the area on Monday.")
    XCTAssertEqual(e.quotes.first?.group, "the governor")
    XCTAssertEqual(run("The pier was built according to the plan, which the council drew up.").quotes.count, 0)
  }

  func testANameAndItsOutletLabelAQuote() {
    let a = run("Tom Reed said the count was over.\n\nJane Doe, The Ledger: \"The vote was rigged from the start.\"")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Jane Doe")
    XCTAssertEqual(a.quotes.last?.speaker?.role, "The Ledger")
    XCTAssertEqual(a.quotes.last?.text, "\"The vote was rigged from the start.\"")
  }

  func testAVerbOfSayingThatOpensTheParagraphPutsItsSpeakerAfterIt() {
    let a = run(
      "Jo Ellis, the club secretary, spoke first.\n\nSaid resident Ellen Varley: \"Nobody listened to us.\"\n\n"
        + "Added Mr Hollis: \"We will appeal.\"\n\nSaid Ellis, \"It is over.\"")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Ellen Varley", "Hollis", "Jo Ellis"])
    XCTAssertEqual(a.quotes.first?.speaker?.role, "resident")
    // before a colon a bare word after "Said" may be the second word of a name: no speaker "Jalili"
    let b = run("Said Jalili: \"No deal.\"")
    XCTAssertFalse(b.quotes.contains { $0.speaker?.name == "Jalili" })
  }

  func testAnOccupationBeforeANameIsItsTitle() {
    let a = run("Headteacher Paul Grange told the Gazette: \"Our school is already full.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Paul Grange")
    XCTAssertEqual(a.people.map(\.name), ["Paul Grange"])
  }

  func testAVerbAfterANameThatAOpensIsANoun() {
    let a = run("In a CNN report in May of last year, Greta Moss, CEO of Halden Foods, stated they would not sell.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Greta Moss")
  }

  func testAnInsertedTimeOrChannelIsNoRole() {
    let a = run("Dana Fell, for one, said the plan was city hall jargon from start to finish.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Fell")
    XCTAssertNil(a.quotes.first?.speaker?.role)
    // an affiliation stays the role
    let b = run("Rita Moss, at a law firm in Nairobi, said the trade would grow over the next decade.")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "law firm in Nairobi")
    // and "its" there says the name is an organisation
    let c = run("Merritts, in its June 2 media release, reported that many shops were still running out within a day.")
    XCTAssertEqual(c.quotes.first?.organisation, "Merritts")
  }

  func testASecondVerbSpeaksThroughTheSameSubject() {
    let a = run(
      "Merritts, in its June 2 media release, reported that shops were running out within a day, "
        + "and called the demand \"extraordinary\".")
    XCTAssertEqual(a.quotes.map(\.organisation), ["Merritts", "Merritts"])
    XCTAssertEqual(a.people.map(\.name), [])
  }

  func testASurnameWithItsParticleIsThePersonNamedInFull() {
    let a = run(
      "Yesterday, Owen de Lacy, the mayor of Tucson, ended his campaign.\n\n"
        + "Mayor de Lacy said he would keep fighting for small businesses.")
    XCTAssertEqual(a.people.map(\.name), ["Owen de Lacy"])
  }

  func testASentenceOpeningPronounContinuesTheSubjectBefore() {
    // "She" opening a sentence stands for the person the sentences before open with, not for the last
    // name of a list
    let a = run(
      "Jane Roe had two daughters. She was also married to Ned Bloom and Kit Vail, whom she left in 1994. "
        + "She said Vail had been a loyal friend.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Jane Roe")
    // the head of a longer subject, not a name before it
    let b = run("Lakeside Institute director Mara Kell called it a loss. She said he was a guiding force.")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Mara Kell")
    // a possessor opening the sentence is not its subject: the last person named stands
    let c = run("Mr. Kim's plan \"is flawed,\" Mr. Solo said. He said it would be dropped.")
    XCTAssertEqual(c.quotes.last?.speaker?.name, "Solo")
    // nor is a pronoun inside the sentence read this way
    let d = run("Jane Roe met Ned Bloom on Monday. \"The talks went well,\" he said.")
    XCTAssertEqual(d.quotes.last?.speaker?.name, "Ned Bloom")
  }

  func testAPrepositionalPhraseBetweenCommasDescribesTheNameBefore() {
    let a = run("Colin Ashby, of NPR, one of her three sons, stated, \"She was a sculptor.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Colin Ashby")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "NPR, one of her three sons")
    let b = run("Jo Park, during a visit to a shipyard in Tacoma, Washington, said she would act.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Jo Park")
  }

  func testTheFirstWordOfAnOrganisationNamedBeforeStandsForIt() {
    let a = run(
      "Swedish retailer Bergvik Group bought the shops on Monday.\n\n"
        + "With the purchase Bergvik said it seeks a bigger share.")
    XCTAssertEqual(a.quotes.last?.organisation, "Bergvik Group")
    XCTAssertEqual(a.people.map(\.name), [])
    // not a place's name: "Denver" stays what it was
    let b = run("The Denver Police Officers' Guild asked for a ban.\n\nDenver showed that an armed parade can be calm.")
    XCTAssertEqual(b.quotes.count, 2)
    XCTAssertNil(b.quotes.last?.organisation)
  }

  func testAnOfficeNamedWithOfBeforeTheName() {
    let a = run("Secretary of State Joan Kell said the talks would resume.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Joan Kell")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Secretary of State")
    // a given name no list knows, after a place
    let b = run("Mayor of Leeds Zubin Hembley said the city would stand firm.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Zubin Hembley")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "Mayor of Leeds")
    // never inside a place's name, and with the title words before
    let c = run("Today, Chief Minister of Tamil Nadu Priya Raman said the plan would go ahead.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Priya Raman")
    XCTAssertEqual(c.quotes.first?.speaker?.role, "Chief Minister of Tamil Nadu")
    // after "the", and a name with a particle
    let d = run("The Mayor of Salt Lake City Owen de Lacy said the plan was fine.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Owen de Lacy")
    XCTAssertEqual(d.quotes.first?.speaker?.role, "Mayor of Salt Lake City")
  }

  func testAPersonOfTheOrganisationSpeaks() {
    let a = run("“This is a drastic change,” said Dana Fell of the National Grocers Council.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana Fell")
    XCTAssertNil(a.quotes.first?.organisation)
    // (with a word in lower case that describes the body after "the")
    let c = run("Paul Ardent of the nonpartisan Tate Political Report said the vote raised doubts.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Paul Ardent")
    XCTAssertNil(c.quotes.first?.group)
    let b = run(
      "Commissioner Paul Brandt of the Vermont Department of Public Safety said the fire was under review.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Paul Brandt")
  }

  func testANameWithAParticleAndAHyphenIsAPerson() {
    let a = run(
      "The cargo was stored in a warehouse, stated Minister of Transport Samir al-Nouri, and was left unguarded.\n\n"
        + "According to al-Nouri, the smugglers are backed by officials.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Samir al-Nouri", "Samir al-Nouri"])
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Minister of Transport")
  }

  func testAnAgeIsNoRoleAndARoleSaidMoreFullyStandsForBoth() {
    let a = run(
      "Witness Mary Jons, 54, said she heard a bang. EastEnders actor Danny Dyr said the show went on. Dyr, "
        + "an actor, said he was leaving.")
    XCTAssertEqual(a.people.first { $0.name == "Mary Jons" }?.roles, [])
    XCTAssertEqual(a.people.first { $0.name == "Danny Dyr" }?.roles, ["EastEnders actor"])
    // (and a role of a body: "Chief", "Chief of the Harbour First Nation")
    let b = run("Chief Tom Redd of the Harbour First Nation said the road was unsafe. Chief Redd said it again.")
    XCTAssertEqual(b.people.first?.roles, ["Chief of the Harbour First Nation"])
  }

  func testAWeekdayOrAnHonorificBeforeTheNameIsNoRole() {
    let a = run("Tuesday Mr Patil said he would appeal.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Patil")
    XCTAssertNil(a.quotes.first?.speaker?.role)
    XCTAssertEqual(run("Arsenal boss Mikel Artea said the team was ready.").quotes.first?.speaker?.role, "Arsenal boss")
  }

  func testANameAfterARoleInTheSourceOfAccordingTo() {
    let a = run("According to the town's first selectman, Paul Oakes, there were six people inside.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Paul Oakes")
    XCTAssertEqual(a.quotes.first?.text, "there were six people inside")
    // after a document the name is the content's subject
    let b = run("According to a police summary, Nora Quill, a senior aide, sent the clerk a letter.")
    XCTAssertEqual(b.quotes.first?.text, "Nora Quill, a senior aide, sent the clerk a letter")
  }

  func testAPlacesStateAfterTheSourceOfAccordingToGoesWithIt() {
    let a = run("According to police in Dayton, Ohio, the driver had been stopped for speeding before.")
    XCTAssertEqual(a.quotes.first?.group, "police in Dayton, Ohio")
    XCTAssertEqual(a.quotes.first?.text, "the driver had been stopped for speeding before")
  }

  func testAParticipleBetweenCommasNamesNoOneAsSpeaker() {
    let a = run("Hal Rourke, reportedly nicknamed the “king of timber”, was chairman of the company.")
    XCTAssertEqual(a.quotes.count, 0)
    // a main verb after an appositive still frames the quote
    let b = run("Ann Vey, one of the plan’s architects, called it “a remarkably important moment.”")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testAWordNoListKnowsThatTheNextSentenceCallsHeIsAPerson() {
    let a = run("Tarvesh once told me that the bus to town runs late. He told that I should not stay long.")
    XCTAssertEqual(a.people.map(\.name), ["Tarvesh"])
    // without the pronoun it stays the words credited, not a person
    let b = run("Tarvesh once told me that the bus to town runs late. The rest was quiet.")
    XCTAssertEqual(b.people.map(\.name), [])
    XCTAssertEqual(b.quotes.first?.organisation, "Tarvesh")
  }

  func testAPassiveWithItsAgentIsTheAgentsClaim() {
    let a = run("Her death was confirmed by her son, Owen Vey.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Owen Vey")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "her son")
    XCTAssertEqual(a.quotes.first?.text, "Her death")
    let b = run("The claim was denied by Ruth Keane, the striker's agent.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ruth Keane")
    // a channel after the agent is not part of it
    let d = run("His retirement was announced by his son Miles Penn via Twitter.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Miles Penn")
    // a participle with its agent after a noun still frames no one
    let c = run("The warning issued by the agency was ignored.")
    XCTAssertEqual(c.quotes.count, 0)
  }

  func testARelativeClauseThatDeniesIsItsSubjectsClaim() {
    let a = run(
      "The trader Omar Haddani was tried with them.\n\n"
        + "Haddani was later accused of ordering the theft, which he denied.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Omar Haddani")
    XCTAssertEqual(a.quotes.last?.text, "Haddani was later accused of ordering the theft")
    // (a clause with a frame of its own is that frame's claim)
    let b = run("In her memoir, Ann Vey claims Mayor Tom Reed took gifts from a builder, which Reed denied.")
    XCTAssertEqual(b.quotes.map(\.text), ["Mayor Tom Reed took gifts from a builder"])
    XCTAssertEqual(b.quotes.map { $0.speaker?.name }, ["Ann Vey"])
  }

  func testAParticiplePhraseBetweenCommasAfterTheSubject() {
    let a = run("Mayor Ann Vey, facing a revolt in her party, said the bill would pass.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(a.quotes.first?.text, "the bill would pass")
  }

  func testACapitalisedOfficeThenTheNameBetweenCommas() {
    let a = run("The Senate Majority Leader, Wendy Garvey, said on Friday that the offer was ignored.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Wendy Garvey")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Senate Majority Leader")
  }

  func testATitleAloneAfterTheIsARoleNotABody() {
    let a = run(
      "President Hugo Lyle and Parliament could not agree. The President insists that the plan include the bridge.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Hugo Lyle")
    XCTAssertNil(a.quotes.last?.organisation)
  }

  func testASentenceAdverbIsNoPartOfTheSubject() {
    let a = run("Maybe the landlord told them I moved out.")
    XCTAssertEqual(a.quotes.first?.group, "the landlord")
  }

  func testTheAuthorOfADocumentAfterAParticiple() {
    let a = run("A memo circulated by Senator Rita Moss said the vote was delayed.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Rita Moss")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Senator")
    let b = run("Elsa Brandt died yesterday, according to a notice released by her family.")
    XCTAssertEqual(b.quotes.first?.group, "her family")
    let c = run("A statement issued by the Ministry of Health said the virus had spread.")
    XCTAssertEqual(c.quotes.first?.organisation, "Ministry of Health")
  }

  func testARegionAfterTheRolesPlaceIsNoSpeaker() {
    // a region no gazetteer knows after "the mayor of PLACE": the name before the role speaks
    let a = run("Ramon Cortez, the mayor of Polomolok, South Cotabato, announced schools would be closed.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ramon Cortez")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "mayor of Polomolok")
    // with no name before the role, the name after it is the person's
    let b = run("The mayor of Polomolok, Tom Reed, said schools would be closed.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Reed")
  }

  func testANameWrappedOverTwoLinesIsOneNameWithASpace() {
    let a = run("The plan was praised by Senator Marco\nRubbio, who said it was sound.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Marco Rubbio")
  }

  func testALongAppositiveBeforeTheVerbIsNoContent() {
    let a = run("Oregon Sen. Ray Colt, head of the Northern Senate Campaign Fund and Caucus, said the map looks good.")
    XCTAssertEqual(a.quotes.map(\.text), ["the map looks good"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ray Colt")
  }

  func testACommaAfterANamesLabelInBracketsBeforeTheVerbIsASlip() {
    let a = run("At Hollins State University, Gov. Mark Tellman (R-Wyo.), said the levy was bad.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Mark Tellman")
    // (not the end of an appositive: the name before it speaks)
    let b = run("Ana Ruiz, the High Commissioner for Ports (HCP), reacted coolly, saying the deal was bad.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ana Ruiz")
  }

  func testAnArticleAndAWordThatDescribeTheNamedSpeakerAfterAQuote() {
    let a = run("Tom Reed spoke first. “The harbour is ours,” an angry Ann Vey said.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Ann Vey")
    let b = run("Tom Reed spoke first. “The harbour is ours,” a visibly moved Ann Vey told reporters.")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Ann Vey")
    // (with any verb that says only words: "retorted", "quipped")
    let e = run("Tom Reed said the pier would close. “The pier will never close,” an irritated Ann Vey retorted.")
    XCTAssertEqual(e.quotes.last?.speaker?.name, "Ann Vey")
    // (not a group with a name in it, nor a thing and the one who says something of it)
    let c = run("“Feel the surge!” a mix of Tate supporters chanted.")
    XCTAssertNotEqual(c.quotes.first?.speaker?.name, "Tate")
    let d = run("The council passed the levy, a plan Ann Vey said would fail.")
    XCTAssertEqual(d.quotes.map(\.text), ["would fail"])
  }

  func testABareFamilyNameIsTheSonWhoseNameEndsInANumeral() {
    let a = run(
      "“We will win,” Tom Reed III, head of the harbour board, told reporters. His father, Tom Reed Jr., was a "
        + "captain. “The port is ready,” Reed said.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Tom Reed III", "Tom Reed III"])
  }

  func testJuniorAndSeniorTellASonFromHisFather() {
    let a = run(
      "Tom Reed Jr. said the pier would close. His father, Tom Reed Sr., said it would stay open. Tom Reed III "
        + "said the tide was late.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Tom Reed Jr", "Tom Reed Sr", "Tom Reed III"])
    XCTAssertEqual(Set(a.people.map(\.name)), ["Tom Reed Jr", "Tom Reed Sr", "Tom Reed III"])
    let b = run("Ann Hale Jr. said the pier would close. Ann Hale said it would not.")
    XCTAssertEqual(b.quotes.map { $0.speaker?.name }, ["Ann Hale Jr", "Ann Hale"])
    // (where it tells no one apart, the name is shown as news writes it after its first mention)
    let c = run(
      "“The port is ready,” Dana Vey Jr., the harbour pilot, said. Her mother spoke later. “It is late,” Vey said.")
    XCTAssertEqual(c.quotes.map { $0.speaker?.name }, ["Dana Vey", "Dana Vey"])
    XCTAssertEqual(c.people.map(\.name), ["Dana Vey"])
  }

  func testTheCommasOfAListInTheAppositiveAfterAQuoteAreNotAppositivesOfTheirOwn() {
    let a = run(
      "“The levy will not fix the pier, but it is a start,” Ann Vey, deputy minister for ports, harbours, and "
        + "fisheries, said on the same call.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testFiringBackFramesAQuote() {
    let a = run("\"Ann wants to look tough tonight,\" Tom Reed fired back. \"Let me speak.\"")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Tom Reed", "Tom Reed"])
    XCTAssertEqual(Set(a.quotes.map(\.utterance)).count, 1)
    let b = run("\"The pier stays open,\" shot back Ann Vey.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testAnAdvocateIsARoleBeforeTheName() {
    let a = run("\"The board voted twice to shield the dock owners,\" City Public Advocate Ann Vey said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertNil(a.quotes.first?.organisation)
  }

  func testAQuotedTitleThatClosesAnAppositiveKeepsItsCommaInsideItsMarks() {
    let a = run("Dan Perl, a host of “Night Panel,” said the ferry plan was dead.")
    XCTAssertEqual(a.quotes.map(\.text), ["the ferry plan was dead"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dan Perl")
    let b = run("Tom Oppen, the producer of ''Morning Hour,'' reminded his staff that ratings had slipped.")
    XCTAssertEqual(b.quotes.map(\.text), ["that ratings had slipped"])
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Oppen")
    // (and a term in quotes in the speaker's phrase is no one's words)
    let c = run("Maya Stroud, an adviser to a rival ''leadership PAC,'' argued that turnout would decide the race.")
    XCTAssertEqual(c.quotes.map(\.text), ["that turnout would decide the race"])
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Maya Stroud")
  }

  func testRolesJoinedByAndWithNoArticleBeforeANameBetweenCommasAreItsRole() {
    let a = run("Water expert and former navy officer, Marek Lindqvist, said the report was incomplete.")
    XCTAssertEqual(a.quotes.map(\.text), ["the report was incomplete"])
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Marek Lindqvist")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Water expert and former navy officer")
    // (a list of groups before a frame set between commas is what was said)
    let b = run("Fishermen and dock workers, the union said, would lose their jobs.")
    XCTAssertEqual(b.quotes.first?.text, "Fishermen and dock workers")
  }

  func testTheSpeakerOfALabelInARelativeClauseWithNoThatHasNoRoleOfTheWordsBefore() {
    let a = run("The council voted to close the branch, a move Mayor Lena Fischer called \"painful but necessary.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Lena Fischer")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Mayor")
    XCTAssertEqual(a.quotes.first?.speaker?.mention, "Mayor Lena Fischer")
    // (a word of the role before it stays: "the local councillor")
    let b = run("Residents were angry after the local councillor Ann Vey called it \"reckless.\"")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "local councillor")
  }
}
