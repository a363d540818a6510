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

  func testARoleNounInAnAppositiveMakesAOneWordNameAPerson() {
    // a surname that is also an English word, and a name no list knows, each with a role after it
    let a = run("\"It is irresponsible,\" said Baker, a spokeswoman for the group.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Baker")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "spokeswoman for the group")
    let b = run("Mellody, the co-director of the center, said the cuts would hurt.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Mellody")
    // a body with a description is no person, and a time after the name is no role
    XCTAssertNil(run("Teck, a union that backs the plan, said it would strike.").quotes.first?.speaker)
    let c = run("\"We are ready,\" said Baker, in a statement.")
    XCTAssertNil(c.quotes.first?.speaker?.role)
    // a title that is also a given name, before a surname alone, is the given name
    let d = run("\"It is bad news,\" said Dean Baker, co-director of the center.")
    XCTAssertEqual(d.people.map(\.name), ["Dean Baker"])
    XCTAssertEqual(run("\"It is bad news,\" said Law School Dean Amar.").quotes.first?.speaker?.name, "Amar")
    XCTAssertEqual(NameTyper.roleHead("the co-director of the center"), "director")
    XCTAssertEqual(NameTyper.roleHead("a union that has endorsed him"), "union")
  }

  func testAParticiplesPhraseOpeningTheSentenceHoldsNoSubject() {
    let a = run("Speaking to the BBC, Margaret Hughes, 78, from Headingley, said: \"I don't know how we manage.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Margaret Hughes")
    XCTAssertNil(a.quotes.first?.organisation)
  }

  func testAnAgeOrADemonymAfterTheSentenceThatNamesThePersonStandsForThem() {
    let a = run("Brighton manager Fabian Hurzeler praised his defenders. \"They were outstanding,\" the German said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Fabian Hurzeler")
    XCTAssertNil(a.quotes.first?.organisation)
    let b = run("Fabian Hurzeler praised his defenders.\n\n\"They were outstanding,\" the 34-year-old said.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Fabian Hurzeler")
    // a sentence before that opens with no person: the claim stands with the epithet as its source
    let c = run("With millions watching, the former model spoke. \"He is a leader,\" said the 46-year-old.")
    XCTAssertNil(c.quotes.first?.speaker)
    XCTAssertEqual(c.quotes.first?.group, "the 46-year-old")
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
      "Echoing an email from Hunter Biden's laptop referencing a mysterious \"big guy\" who received a cut of money, "
        + "Donald Trump said, \"You're the big man, I think.\"")
    XCTAssertFalse(a.people.map(\.name).contains("Hunter Biden"))
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Donald Trump")
  }

  func testTimesAndPhrasesThatOpenASentenceHoldNoSubject() {
    let a = run(
      "The next day, with protests ongoing, President Trump delivered a speech declaring himself the "
        + "\"president of law and order.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Trump")
  }

  func testAPersonsRoleAfterAccordingToIsNoContent() {
    let a = run("According to Tom Frieden, formerly the director of the CDC, the pandemic was the first of its kind.")
    XCTAssertEqual(a.quotes.map(\.text), ["the pandemic was the first of its kind"])
    XCTAssertEqual(a.quotes.first?.speaker?.role, "formerly the director of the CDC")
    // a noun that is no role opens the content
    let b = run("According to Tom Frieden, the plan, unveiled Monday, was flawed.")
    XCTAssertEqual(b.quotes.map(\.text), ["the plan, unveiled Monday, was flawed"])
    // a role that a possessive name opens, too
    let c = run("According to Sadie Weiner, Hagan's former spokeswoman, Hagan died from a virus.")
    XCTAssertEqual(c.quotes.map(\.text), ["Hagan died from a virus"])
    XCTAssertEqual(c.quotes.first?.speaker?.role, "Hagan's former spokeswoman")
  }

  func testANumberOfOneOrTwoDigitsEndsAName() {
    XCTAssertEqual(
      run("The programme would air as planned, Channel 4 said.").quotes.first?.organisation, "Channel 4")
    XCTAssertEqual(run("Number 10 said the minister was disappointed.").quotes.first?.group, "Number 10")
    // a date's day is no part of a name
    XCTAssertEqual(run("On March 5 officials said the plan was over.").quotes.first?.group, "officials")
  }

  func testAFamilyNounThenANameIsThatPerson() {
    let a = run("\"He was my hero,\" said his son, Tom, 12.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom")
    let b = run("According to his wife, Amanda, the wrestler had been ill for months.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Amanda")
    XCTAssertEqual(b.quotes.first?.text, "the wrestler had been ill for months")
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
    let a = run("Vladimir Putin, president of Russia, said in a statement: \"It is a sad day.\"")
    XCTAssertEqual(a.quotes.count, 1)
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Vladimir Putin")
    XCTAssertEqual(a.quotes.first?.text, "\"It is a sad day.\"")
  }

  func testNamesJoinedByOf() {
    let a = run("According to the National Conference of State Legislatures, the next primary is on March 3.")
    XCTAssertEqual(a.quotes.first?.organisation, "National Conference of State Legislatures")
    let b = run("Professor John C. Eastman of Chapman University School of Law writes that the term is wrong.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "John C. Eastman")
    let c = run("Montana Secretary of State Corey Stapleton said the law is supported.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Corey Stapleton")
    XCTAssertEqual(c.people.map(\.name), ["Corey Stapleton"])
  }

  func testAnObjectOfAReportingVerbIsNoInvertedSubject() {
    let a = run(
      "Ryan Coogler, the director of the film, wrote of Boseman, \"I noticed then that Chad was an anomaly\".")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ryan Coogler")
  }

  func testASentenceThatLeadsInWithAColon() {
    let a = run(
      "Polls were poor.\n\nIncumbent President Donald Trump quickly took a parting shot on Twitter: \"Oh no, really big political news!\""
    )
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Donald Trump")
    // a colon after words that are no subject credits no one
    let b = run("Polls were poor.\n\nThe message was short: \"Oh no, really big political news!\"")
    XCTAssertNil(b.quotes.first?.speaker)
  }

  func testAParticipleWithItsAgentFramesNoOne() {
    let a = run("The highest rate noted by the team was in Alaska, with fifteen cases per 100,000 people.")
    XCTAssertTrue(a.quotes.isEmpty)
    // "as noted by" and "when asked by" still frame
    let b = run("As noted by Dr. Ana Ruiz, the clinic will close in May.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ana Ruiz")
  }

  func testASourceAfterAccordingToIsNoClause() {
    let a = run(
      "While writers mention feeding birds, according to Wasef archaeologists have not yet found any hatchery.")
    XCTAssertFalse(a.quotes.contains { ($0.group ?? "").contains("have") })
  }

  func testAParticiplesSubjectEndsBeforeTheVerb() {
    let a = run(
      "US Secretary of State Mike Pompeo posted a message on Twitter, saying there was \"no evidence\" of it.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Mike Pompeo")
  }

  func testATimeAfterTheSpeakerIsNoRole() {
    let a = run("\"We will not step back,\" said Ana Ruiz, Wednesday during the opening ceremony.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ana Ruiz")
    XCTAssertEqual(a.people.first?.roles, [])
  }

  func testSwornInTakesAnOfficeAndSaysNothing() {
    let a = run("Following the ruling, Ana Ruiz was sworn in as governor of the province.")
    XCTAssertTrue(a.quotes.isEmpty)
  }

  func testANameAQuoteFollowsIsNoInvertedSpeaker() {
    let a = run("In a statement, Ana Ruiz, his wife, said Reed \"worked until his last breath\".")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ana Ruiz")
    XCTAssertEqual(a.people.map(\.name), ["Ana Ruiz"])
  }

  func testWhoAfterACommonNounStandsForTheNoun() {
    let a = run(
      "James Fields apologised, and the court heard requests for leniency from Fields' lawyers, who argued his history of mental illness."
    )
    XCTAssertNil(a.quotes.last?.speaker)
    XCTAssertEqual(a.quotes.last?.group, "Fields' lawyers")
    // after a name, or an appositive of one, "who" is the person
    let b = run("Ann Kirk, the city's 2012 mayoral nominee, who spoke on Monday, said the plan would fail.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Kirk")
    let c = run("Senator Ann Kirk, who spoke on Monday, said the plan would fail.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Ann Kirk")
  }

  func testADescriptionInBracketsIsARole() {
    let a = run("Zorbanek (one of the core developers) has said he wants a convention next year.")
    XCTAssertEqual(a.people.map(\.name), ["Zorbanek"])
    XCTAssertEqual(a.people.first?.roles, ["one of the core developers"])
    // a party in brackets is no role
    let b = run("Rep. Adam Schiff (D-Calif.) said the report was incomplete.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Adam Schiff")
  }

  func testThingsThatOnlyLookLikeQuotes() {
    // a section label is no speaker label
    let a = run("MARKETS: Oil fell 2% on Tuesday as stocks slid across Asia and Europe.")
    XCTAssertTrue(a.quotes.isEmpty)
    let b = run("WALLACE: Do you really see a path to the nomination this year?")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "WALLACE")
    // a scare quote is no one's words
    let c = run("The council voted on a so-called \"reset\" of the plan to widen the road through town.")
    XCTAssertTrue(c.quotes.isEmpty)
    // a credit line after a dash is no dash quote; a dash quote is
    XCTAssertEqual(run("\"I love my job,\" Kelly Martin said.\n\n— With files from Liam Casey").quotes.count, 1)
    XCTAssertEqual(run("Ivan Petrov met reporters.\n\n— We are ready to talk to anyone.").quotes.count, 1)
  }

  func testAFrameBetweenTwoPiecesOfOneSentenceLinksThem() {
    for text in [
      "\"Our work calls for a revision,\" Jan Kos said, \"and life may have breathed oxygen.\"",
      "\"Our work calls for a revision,\" wrote Jan Kos on Twitter, \"and life may have breathed oxygen.\"",
      "\"Our work calls for a revision,\" wrote Jan Kos, \"and life may have breathed oxygen.\"",
      "Jan Kos led it.\n\n\"Our work calls for a revision,\" he told Scientific American, \"implying life breathed oxygen\".",
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

  func testAccordingToInsideItsContent() {
    let a = run("The delay, according to engineers, was caused by frost on the rails.")
    XCTAssertEqual(a.quotes.map(\.text), ["The delay", "was caused by frost on the rails"])
    XCTAssertEqual(Set(a.quotes.map(\.utterance)).count, 1)
    XCTAssertEqual(a.quotes.first?.group, "engineers")
    // an appositive after the source is no content
    let b = run("The plan works well, according to Craig Bryan, head of the center, and other scientists.")
    XCTAssertEqual(b.quotes.map(\.text), ["The plan works well"])
    // the source's role between commas is the frame's, and the content goes on after it
    let c = run("The delay, according to Dennis Ross, a former envoy, was a decision by Obama.")
    XCTAssertEqual(c.quotes.map(\.text), ["The delay", "was a decision by Obama"])
    XCTAssertEqual(c.quotes.first?.speaker?.role, "former envoy")
    // words that cannot end a clause go on after the source; a clause that ends is the content
    let d = run("Friday was when, according to the plans, crowds were to storm the base.")
    XCTAssertEqual(d.quotes.map(\.text), ["Friday was when", "crowds were to storm the base"])
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
    let b = run("Wiranto suffered \"two deep wounds\" in the attack according to a hospital spokesperson.")
    XCTAssertEqual(b.quotes.first?.group, "a hospital spokesperson")
    // what things go by is no source, and words with a frame of their own keep it
    XCTAssertEqual(run("The bridge was built according to the plan.").quotes.count, 0)
    XCTAssertEqual(run("Everything went according to plan.").quotes.count, 0)
    let c = run("Pope Francis made clear the meeting was not political, saying it was a courtesy according to Reuters.")
    XCTAssertFalse(c.quotes.contains { $0.organisation == "Reuters" || $0.group == "Reuters" })
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
    let a = run("In a DW report in March of last year, Dave Lewis, CEO of Tesco, stated they did not intend to leave.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dave Lewis")
  }

  func testAnInsertedTimeOrChannelIsNoRole() {
    let a = run("Rush Limbaugh, for one, said the plan was liberal Democrat lingo from start to finish.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Rush Limbaugh")
    XCTAssertNil(a.quotes.first?.speaker?.role)
    // an affiliation stays the role
    let b = run("Tom Miller, at a consulting firm in Beijing, said the ties would deepen over the next decade.")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "consulting firm in Beijing")
    // and "its" there says the name is an organisation
    let c = run("Coles, in its March 8 media release, reported that many stores were still selling out within an hour.")
    XCTAssertEqual(c.quotes.first?.organisation, "Coles")
  }

  func testASecondVerbSpeaksThroughTheSameSubject() {
    let a = run(
      "Coles, in its March 8 media release, reported that stores were selling out within an hour, and called the demand \"unprecedented\"."
    )
    XCTAssertEqual(a.quotes.map(\.organisation), ["Coles", "Coles"])
    XCTAssertEqual(a.people.map(\.name), [])
  }

  func testASurnameWithItsParticleIsThePersonNamedInFull() {
    let a = run(
      "Yesterday, Bill de Blasio, the mayor of New York, ended his campaign.\n\nMayor de Blasio said he would keep speaking up for working people."
    )
    XCTAssertEqual(a.people.map(\.name), ["Bill de Blasio"])
  }

  func testASentenceOpeningPronounContinuesTheSubjectBefore() {
    // "She" opening a sentence stands for the person the sentences before open with, not for the last
    // name of a list
    let a = run(
      "Jane Roe had one child. She was also married to Ned Bloom and Kit Vail, whom she divorced in 1981. She said Vail had been a kind man."
    )
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
    let a = run("Anderson Lee, of CNN, one of her four sons, stated, \"She was a painter.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Anderson Lee")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "CNN, one of her four sons")
    let b = run("Jo Park, during a town hall meeting in Columbus, Ohio, said she would act.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Jo Park")
  }

  func testTheFirstWordOfAnOrganisationNamedBeforeStandsForIt() {
    let a = run(
      "Danish retailer Salling Group bought the stores on Monday.\n\nWith the acquisition Salling said it seeks wider coverage."
    )
    XCTAssertEqual(a.quotes.last?.organisation, "Salling Group")
    XCTAssertEqual(a.people.map(\.name), [])
    // not a place's name: "Cleveland" stays what it was
    let b = run(
      "The Cleveland Police Patrolmen's Association asked for a ban.\n\nCleveland showed that an armed convention can be calm."
    )
    XCTAssertEqual(b.quotes.count, 2)
    XCTAssertNil(b.quotes.last?.organisation)
  }

  func testAnOfficeNamedWithOfBeforeTheName() {
    let a = run("Secretary of State Joan Kell said the talks would resume.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Joan Kell")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Secretary of State")
    // a given name no list knows, after a place
    let b = run("Mayor of London Sadiq Khanoor said the city would not be cowed.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Sadiq Khanoor")
    XCTAssertEqual(b.quotes.first?.speaker?.role, "Mayor of London")
    // never inside a place's name, and with the title words before
    let c = run("Today, Chief Executive of Hong Kong Carrie Lamm said the plan would go ahead.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Carrie Lamm")
    XCTAssertEqual(c.quotes.first?.speaker?.role, "Chief Executive of Hong Kong")
    // after "the", and a name with a particle
    let d = run("The Mayor of New York City Bill de Blasio said the plan was fine.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Bill de Blasio")
    XCTAssertEqual(d.quotes.first?.speaker?.role, "Mayor of New York City")
  }

  func testAPersonOfTheOrganisationSpeaks() {
    let a = run("“This is an extreme revision,” said Dana French of the National Retail Federation.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Dana French")
    XCTAssertNil(a.quotes.first?.organisation)
    let b = run(
      "Commissioner Jim Rovel of the Connecticut Department of Emergency Services said the crash was under review.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Jim Rovel")
  }

  func testANameWithAParticleAndAHyphenIsAPerson() {
    let a = run(
      "The bomb was placed in a market, stated Minister of Information Moammar al-Eryan, and was left outside.\n\n"
        + "According to al-Eryan, the rebels are backed by Iran.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Moammar al-Eryan", "Moammar al-Eryan"])
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Minister of Information")
  }

  func testAnAgeIsNoRoleAndARoleSaidMoreFullyStandsForBoth() {
    let a = run(
      "Witness Mary Jons, 54, said she heard a bang. EastEnders actor Danny Dyr said the show went on. Dyr, "
        + "an actor, said he was leaving.")
    XCTAssertEqual(a.people.first { $0.name == "Mary Jons" }?.roles, [])
    XCTAssertEqual(a.people.first { $0.name == "Danny Dyr" }?.roles, ["EastEnders actor"])
  }

  func testAWeekdayOrAnHonorificBeforeTheNameIsNoRole() {
    let a = run("Tuesday Mr Patil said he would appeal.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Patil")
    XCTAssertNil(a.quotes.first?.speaker?.role)
    XCTAssertEqual(run("Arsenal boss Mikel Artea said the team was ready.").quotes.first?.speaker?.role, "Arsenal boss")
  }

  func testANameAfterARoleInTheSourceOfAccordingTo() {
    let a = run("According to the town's first selectman, Chris Kerv, there were ten passengers aboard.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Chris Kerv")
    XCTAssertEqual(a.quotes.first?.text, "there were ten passengers aboard")
    // after a document the name is the content's subject
    let b = run("According to an FBI summary, Cheryl Mill, a top aide, sent the employee an email.")
    XCTAssertEqual(b.quotes.first?.text, "Cheryl Mill, a top aide, sent the employee an email")
  }

  func testAPlacesStateAfterTheSourceOfAccordingToGoesWithIt() {
    let a = run("According to police in Baytown, Texas, the driver had been involved in collisions before.")
    XCTAssertEqual(a.quotes.first?.group, "police in Baytown, Texas")
    XCTAssertEqual(a.quotes.first?.text, "the driver had been involved in collisions before")
  }

  func testAParticipleBetweenCommasNamesNoOneAsSpeaker() {
    let a = run("Don Blank, reportedly nicknamed the “king of coal”, was chairman of the company.")
    XCTAssertEqual(a.quotes.count, 0)
    // a main verb after an appositive still frames the quote
    let b = run("Ann Vey, one of the bill’s architects, called it “an incredibly significant development.”")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Ann Vey")
  }

  func testAWordNoListKnowsThatTheNextSentenceCallsHeIsAPerson() {
    let a = run("Seemantra also told me that the people here are not nice. He told that I am not strong either.")
    XCTAssertEqual(a.people.map(\.name), ["Seemantra"])
    // without the pronoun it stays the words credited, not a person
    let b = run("Seemantra also told me that the people here are not nice. The rest was quiet.")
    XCTAssertEqual(b.people.map(\.name), [])
    XCTAssertEqual(b.quotes.first?.group, "Seemantra")
  }

  func testAPassiveWithItsAgentIsTheAgentsClaim() {
    let a = run("His death was confirmed by his son, Wolf Vey.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Wolf Vey")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "his son")
    XCTAssertEqual(a.quotes.first?.text, "His death")
    let b = run("The charge was denied by Irma Tchka, the player's lawyer.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Irma Tchka")
    // a channel after the agent is not part of it
    let d = run("His death was announced by his son Tom Mukher via Twitter.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Tom Mukher")
    // a participle with its agent after a noun still frames no one
    let c = run("The warning issued by the agency was ignored.")
    XCTAssertEqual(c.quotes.count, 0)
  }

  func testARelativeClauseThatDeniesIsItsSubjectsClaim() {
    let a = run(
      "The cleric Abdul Qawim was tried with them.\n\nQawim was later accused of inciting the murder, which he denied.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Abdul Qawim")
    XCTAssertEqual(a.quotes.last?.text, "Qawim was later accused of inciting the murder")
  }

  func testAParticiplePhraseBetweenCommasAfterTheSubject() {
    let a = run("Mayor Ann Vey, facing a revolt in her party, said the bill would pass.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertEqual(a.quotes.first?.text, "the bill would pass")
  }

  func testACapitalisedOfficeThenTheNameBetweenCommas() {
    let a = run("The Senate Minority Leader, Chuck Schumm, said on Friday that the plea was ignored.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Chuck Schumm")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Senate Minority Leader")
  }

  func testATitleAloneAfterTheIsARoleNotABody() {
    let a = run(
      "President Donald Trump and Congress could not agree. The President insists that the budget include the wall.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Donald Trump")
    XCTAssertNil(a.quotes.last?.organisation)
  }

  func testASentenceAdverbIsNoPartOfTheSubject() {
    let a = run("Maybe the neighbours told them I came looking.")
    XCTAssertEqual(a.quotes.first?.group, "the neighbours")
  }

  func testTheAuthorOfADocumentAfterAParticiple() {
    let a = run("A memo posted online by Senator Juan Dalmau said the hearing was off.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Juan Dalmau")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "Senator")
    let b = run("Kay Hagan died yesterday, according to a statement released by her family.")
    XCTAssertEqual(b.quotes.first?.group, "her family")
    let c = run("A statement issued by the Ministry of Health said the virus had spread.")
    XCTAssertEqual(c.quotes.first?.organisation, "Ministry of Health")
  }

  func testARegionAfterTheRolesPlaceIsNoSpeaker() {
    // a region no gazetteer knows after "the mayor of PLACE": the name before the role speaks
    let a = run("Charles Plotena, the mayor of Esperanza, Sultan Kudarat, announced classes would be cancelled.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Charles Plotena")
    XCTAssertEqual(a.quotes.first?.speaker?.role, "mayor of Esperanza")
    // with no name before the role, the name after it is the person's
    let b = run("The mayor of Esperanza, Tom Reed, said classes would be cancelled.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Reed")
  }

  func testANameWrappedOverTwoLinesIsOneNameWithASpace() {
    let a = run("The plan was praised by Senator Marco\nRubbio, who said it was sound.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Marco Rubbio")
  }
}
