import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// A name shaped like a person's is an organisation's when the article uses it as one ("the company said"
/// after it), and an organisation word that is also a surname after a given name is a person's name; the
/// shapes of bodies' and firms' names (an ampersand, a possessive, "of", a demonym) and how "the bank", "the
/// ministry" find them.
final class OrganisationByUseTests: XCTestCase, AnalysingText {
  func testASurnameThatIsAnOrganisationWordAfterAGivenName() {
    let a = run("Its chairwoman, Sharon White, said: \"These are incredibly difficult decisions.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Sharon White")
    XCTAssertNil(a.quotes.first?.organisation)
    // a given name that is also a place's opens a body's name; three words are a body's name
    XCTAssertEqual(
      run("Bradford Council stated that the board would look closely at the case.").quotes.first?.organisation,
      "Bradford Council")
    XCTAssertEqual(NameTyper.type("Georgia Power").kind, .organisation)
  }

  func testAnAppositiveThatNamesAKindOfOrganisation() {
    let a = run(
      "Jack Wills, the clothing brand bought by a rival last year, said it expected trade to recover. "
        + "\"We have had a tough year,\" Jack Wills said.")
    XCTAssertEqual(a.quotes.map(\.organisation), ["Jack Wills", "Jack Wills"])
    XCTAssertTrue(a.people.isEmpty)
  }

  func testAKindOfOrganisationBeforeTheAppositivesHeadNounIsNoOrganisation() {
    // ("the agency chief", "a veteran newspaper editor" are people)
    let a = run("Tom Reed, the agency chief, said the launch was delayed.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    XCTAssertNil(a.quotes.first?.organisation)
  }

  func testAPossessiveOfWhatOnlyAnOrganisationHas() {
    let a = run(
      "Martha Lane said on Thursday that she would close eight stores.\n\n"
        + "Martha Lane's stores employ 1,500 people. \"It was hard,\" she said.")
    XCTAssertEqual(a.quotes.first?.organisation, "Martha Lane")
    // "she" stands for no organisation
    XCTAssertNotEqual(a.quotes.last?.organisation, "Martha Lane")
    // a person's possessions are a person's
    let b = run("Maria Lopez's daughter said the school was closed.")
    XCTAssertNil(b.quotes.first?.organisation)
  }

  func testAPluralPossessiveInsideABodysName() {
    let a = run("Fans' group Chelsea Supporters' Trust said it was deeply concerned by the turmoil.")
    XCTAssertEqual(a.quotes.first?.organisation, "Chelsea Supporters' Trust")
  }

  func testANameThatDoesSomethingToItselfIsAnOrganisations() {
    let a = run("Sandy Works describes itself as \"a worker-owned bicycle repair shop.\"")
    XCTAssertEqual(a.quotes.first?.organisation, "Sandy Works")
    XCTAssertTrue(a.people.isEmpty)
  }

  func testAHousebuildersNameIsAnOrganisationsEvenAfterATitle() {
    let a = run("Developer Stonebridge Homes said the town needs more affordable housing.")
    XCTAssertEqual(a.quotes.first?.organisation, "Stonebridge Homes")
    XCTAssertTrue(a.people.isEmpty)
  }

  func testAOneWordNameAfterAKindOfOrganisationIsThatOrganisation() {
    let a = run(
      "The carmaker has hired investment bank Lazard to run the process. Lazard said it was pleased with the talks.")
    XCTAssertEqual(a.quotes.first?.organisation, "Lazard")
    XCTAssertTrue(a.people.isEmpty)
  }

  func testABodysNameWithOfIsFoundByItsHeadLater() {
    let a = run("On Monday, the Bank of Canada said it was focused on inflation. The bank said that it would wait.")
    XCTAssertEqual(a.quotes.last?.organisation, "Bank of Canada")
    let b = run(
      "Officials at the Ministry of Health said it was focused on the virus. The ministry said that cases fell.")
    XCTAssertEqual(b.quotes.last?.organisation, "Ministry of Health")
  }

  func testTheCompanyAfterANameNoListKnowsMakesItAFirm() {
    let a = run("Tesco said sales rose. The company said prices would fall.")
    XCTAssertEqual(a.quotes.map(\.organisation), ["Tesco", "Tesco"])
    XCTAssertTrue(a.people.isEmpty)
    // a family name alone, with no role, too
    let c = run("Greggs said sales were up. The firm said it would open 100 shops.")
    XCTAssertEqual(c.quotes.map(\.organisation), ["Greggs", "Greggs"])
    XCTAssertTrue(c.people.isEmpty)
    // a person named in full stays a person
    let d = run("Ann Smith said sales were up. The company said it would open 100 shops.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Ann Smith")
    // a plural group stays a group, and "the company" names no one
    let b = run("Workers said they were angry. The company said it would talk.")
    XCTAssertEqual(b.quotes.map(\.group), ["Workers", "The company"])
    // a compass's word in a firm's name with a word of trade ("Southern Vale Water"), not in a treaty's
    let e = run("Southern Vale Water admitted the leak on Friday.\n\nThe company said it regretted the incident.")
    XCTAssertEqual(e.quotes.map(\.organisation), ["Southern Vale Water", "Southern Vale Water"])
    let f = run("Critics of the North Pacific Free Trade Pact were loud. The company said it backed the pact.")
    XCTAssertEqual(f.quotes.last?.group, "The company")
  }

  func testAFirmsNounAfterASentenceThatANameNoListKnowsOpens() {
    let a = run("Skyvane cancelled 200 flights on Monday. The budget airline said strikes were to blame.")
    XCTAssertEqual(a.quotes.first?.organisation, "Skyvane")
    XCTAssertTrue(a.people.isEmpty)
    // a time word or a person opens no firm
    XCTAssertEqual(run("Yesterday prices fell. The company said demand was weak.").quotes.first?.group, "The company")
    XCTAssertEqual(
      run("Smith cancelled 200 flights. The airline said it was sorry.").quotes.first?.group, "The airline")
  }

  func testAnOrganisationIsNamedTheSameWithOrWithoutTheSentencesArticle() {
    let cases: [(String, String)] = [
      ("the Associated Press", "Associated Press"), ("The Ontario Medical Association", "Ontario Medical Association"),
      ("the BBC", "BBC"), ("the Guardian", "The Guardian"), ("The Hill", "The Hill"), ("Reuters", "Reuters"),
    ]
    for (given, shown) in cases {
      XCTAssertEqual(EntityRegistry.shownName(ofOrganisation: given), shown, given)
    }
    let a = run("The Ontario Medical Association said more doctors were needed. Later the Ontario Medical Association "
      + "said the plan would help.")
    XCTAssertEqual(a.quotes.map(\.organisation), ["Ontario Medical Association", "Ontario Medical Association"])
  }

  func testADemonymOpensABodysName() {
    XCTAssertEqual(
      run("The woman was hurt, according to British Transport Police.").quotes.first?.organisation,
      "British Transport Police")
    // but a title after it says a person: "Russian President Vladimir Putin"
    let a = run("Russian President Vladimir Putin said the talks had failed.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Vladimir Putin")
  }

  func testAnAmpersandJoinsTheNamesOfAFirmOrAClub() {
    XCTAssertEqual(run("Marks & Spencer said sales fell.").quotes.first?.organisation, "Marks & Spencer")
    XCTAssertEqual(
      run("Brighton & Hove Albion said the deal was done.").quotes.first?.organisation, "Brighton & Hove Albion")
    XCTAssertEqual(run("\"We are happy,\" said Marks & Spencer.").quotes.first?.organisation, "Marks & Spencer")
    XCTAssertEqual(run("PG&E said power was restored.").quotes.first?.organisation, "PG&E")
    // a person named with the firm is the person
    let a = run("Marks & Spencer chief executive Stuart Machin said sales fell.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Stuart Machin")
    XCTAssertTrue(a.people.allSatisfy { !$0.name.contains("&") })
  }

  func testAFirmNamedByAPossessiveBeforeItsVerb() {
    XCTAssertEqual(run("Sainsbury's said it would cut prices.").quotes.first?.organisation, "Sainsbury's")
    // (with an auxiliary before the verb)
    XCTAssertEqual(run("Hollis's has said it will raise wages.").quotes.first?.organisation, "Hollis's")
    XCTAssertEqual(
      run("\"We will cut prices,\" McDonald’s said.").quotes.first?.organisation, "McDonald’s")
    // a possessive before a noun owns it: no frame
    XCTAssertTrue(run("Clinton's comments drew a crowd.").quotes.isEmpty)
  }

  func testABodysNameGoesOnWithAndAfterItsOf() {
    let a = run("The Nevada Department of Prisons and Parole said an inmate was hurt.\n\n"
      + "Later, the department said he was moved.")
    XCTAssertEqual(a.quotes.last?.organisation, "Nevada Department of Prisons and Parole")
    // (not into a person's name)
    let b = run("The Ministry of Health and Owen Garvey met.\n\nLater, the ministry said he was moved.")
    XCTAssertEqual(b.quotes.last?.organisation, "Ministry of Health")
  }

  func testTheCapitalisedHeadOfABodyStandsForTheBody() {
    let a = run("The Washington Post reported the talks.\n\nThe Post said the talks failed.")
    XCTAssertEqual(a.quotes.last?.organisation, "Washington Post")
    let b = run("The Department of Health cut jobs.\n\nThe Department said more would go.")
    XCTAssertEqual(b.quotes.last?.organisation, "Department of Health")
    // (a word that is not the body's head: "the U.N. Charter")
    let c = run("It is forbidden under Article 14 in the U.N. Charter.\n\nThe U.N. said it would respond.")
    XCTAssertNotEqual(c.quotes.last?.organisation, "U.N. Charter")
  }

  func testAFunctionWordInCapitalsIsAnAcronym() {
    let a = run("WHO said they are unsure whether the strain spreads through water.")
    XCTAssertEqual(a.quotes.first?.organisation, "WHO")
    let b = run("WHO director-general Tom Reed said the label had to be simple to remember.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Tom Reed")
    // (and "who" in lower case is still the relative pronoun)
    let c = run("Tom Reed, who said the plan was sound, left early.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Tom Reed")
  }

  func testAVerbThatFramesOnlyWordsBeforeItTakesAnObjectAfterIt() {
    let a = run("On Saturday at the city library in Lyon, France, an IT contractor went on a vandalism spree.")
    XCTAssertTrue(a.quotes.isEmpty)
  }

  func testAnOutletThatHasLearnedReportsWhatItLearned() {
    let a = run("The Canadian Press has learned that the federal government will not match the funding.")
    XCTAssertEqual(a.quotes.map(\.text), ["that the federal government will not match the funding"])
    XCTAssertEqual(a.quotes.first?.organisation, "Canadian Press")
    // (a skill one learns is no report)
    XCTAssertTrue(run("Ann Vey learned to play the piano as a child.").quotes.isEmpty)
  }

  func testWhatOneSupposesOrImaginesIsTheirsWithAClause() {
    let a = run(
      "Tom Reed spoke. In the letter, the writer supposes a \"decline caused by a flood\" of imports.")
    XCTAssertEqual(a.quotes.last?.group, "the writer")
    XCTAssertEqual(run("Ann Vey imagines that it was used as a shelter.").quotes.first?.speaker?.name, "Ann Vey")
    XCTAssertTrue(run("Imagine a world without war.").quotes.isEmpty)
  }

  func testABodyNamedWithItsShortFormAfterANounOfItsKind() {
    let a = run("The group, the Northern Democratic Forces (NDF), said it was given assurances.")
    XCTAssertEqual(a.quotes.map(\.text), ["it was given assurances"])
    XCTAssertEqual(a.quotes.first?.organisation, "Northern Democratic Forces")
    // (not a body the speaker speaks of: "A spokesman for the pub, the Red Lion, said")
    let b = run("A spokesman for the pub, the Red Lion, said it was closed.")
    XCTAssertNil(b.quotes.first?.organisation)
  }

  func testANameShapedLikeAPersonsWhoseContentOpensWithItsIsAFirms() {
    let a = run("Dana Brunkowski said its sales had fallen by a third. \"We expected it,\" Dana Brunkowski said.")
    XCTAssertEqual(a.quotes.map(\.organisation), ["Dana Brunkowski", "Dana Brunkowski"])
    XCTAssertTrue(a.people.isEmpty)
    // (a person's words may say "its" later: "said the plan had lost its way")
    XCTAssertEqual(run("Dana Brunkowski said the plan had lost its way.").people.map(\.name), ["Dana Brunkowski"])
    // (and an acronym after a word in capitals still names a body: "Age UK")
    XCTAssertEqual(run("Age UK said pensioners were struggling.").quotes.first?.organisation, "Age UK")
  }

  func testAFirmsNameThatOnlyLooksLikeAParticipleSpeaks() {
    // ("Boeing" is a common word with no verb "boe"; "Calling" is the participle of "call")
    XCTAssertEqual(run("Boeing said the jet was new.").quotes.first?.group, "Boeing")
    XCTAssertTrue(isParticiple("calling"))
    XCTAssertTrue(isParticiple("running"))
    XCTAssertTrue(isParticiple("carried"))
    XCTAssertFalse(isParticiple("boeing"))
    XCTAssertFalse(isParticiple("lockheed"))
  }

  func testAWordNoListKnowsThatTheArticleWritesAsABodysNameIsAnOrganisation() {
    let a = run(
      "Inspectors contacted Kovrex about the failure last week. Kovrex said the valves had been replaced. "
        + "The company said it would pay for the repairs.")
    XCTAssertEqual(a.quotes.map(\.organisation), ["Kovrex", "Kovrex"])
    XCTAssertEqual(a.quotes.map(\.group), [nil, nil])
    XCTAssertTrue(a.people.isEmpty)
    // not a plural ("Mourners"), a participle, a demonym, a modifier with a hyphen, nor a name whose words are a
    // person's, nor a name's last word ("Dara Kovrex"), nor a common word that only opens sentences
    for text in [
      "Pallbearers said the service was moving.",
      "Chastened said the plan would change.",
      "Syrian said the border was closed.",
      "Kovrex-backed said the plan would change.",
      "\"I hope my sister wins the race,\" Drabbot said.",
      "Dara Kovrex spoke at noon. Kovrex said the valves had been replaced.",
      "Flashback said the plan would change.",
    ] {
      XCTAssertNil(run(text).quotes.first?.organisation, text)
    }
  }

  func testTheAndABodysWordWithACapitalNamesTheBody() {
    XCTAssertEqual(run("The Senate said it would meet on Monday.").quotes.first?.organisation, "Senate")
    XCTAssertNotNil(run("The Palace said the visit was private.").quotes.first?.organisation)
    // (in lower case it is a group's words)
    XCTAssertEqual(run("The senate said it would meet on Monday.").quotes.first?.group, "The senate")
  }

  func testABodysWordWithANameOrAPeopleInItsPhraseNamesTheBody() {
    for (text, body) in [
      ("The Norwegian government said the ferry would sail on Monday.", "Norwegian government"),
      ("The government of Chile announced that fuel taxes would be frozen.", "government of Chile"),
      ("The Alvarez campaign said the rally had moved indoors.", "Alvarez campaign"),
      ("Lindqvist's wildlife foundation said the grant would fund twelve places.", "Lindqvist's wildlife foundation"),
    ] {
      let a = run(text)
      XCTAssertEqual(a.quotes.first?.organisation, body, text)
      XCTAssertNil(a.quotes.first?.group, text)
    }
    // (not a body no name tells: "the research team", "the government"; nor a person's relative)
    XCTAssertEqual(run("The research team said the samples were clean.").quotes.first?.group, "The research team")
    XCTAssertEqual(run("The government said the samples were clean.").quotes.first?.group, "The government")
    XCTAssertEqual(run("Maria Lopez's daughter said the school was closed.").quotes.first?.group, "Maria Lopez's daughter")
    // the second verb's subject leaves the preposition a time was cut from
    XCTAssertEqual(
      run("The Harbour Safety Council on Friday condemned the spill and pledged to “act within the week.”")
        .quotes.first?.organisation,
      "Harbour Safety Council")
  }

  func testAShortNameInBracketsAfterABodysNameStandsForTheBody() {
    let a = run(
      "According to the Ruritanian Institute of Volcanology and Seismology (Rurivolcs), the quake struck at 3 a.m.\n\n"
        + "Rurivolcs said more aftershocks were likely. The Harbour Safety Authority (HSA) closed the port. "
        + "HSA said it would reopen on Friday.")
    XCTAssertEqual(
      a.quotes.map(\.organisation),
      [
        "Ruritanian Institute of Volcanology and Seismology", "Ruritanian Institute of Volcanology and Seismology",
        "Harbour Safety Authority",
      ])
    // (an acronym is the initials of the name's words, over a comma too; not letters that are no one's initials)
    let b = run(
      "The Northern Educational, Scientific and Cultural Council (NESCC) met. NESCC said the site was safe.")
    XCTAssertEqual(b.quotes.first?.organisation, "Northern Educational, Scientific and Cultural Council")
    let c = run("The Harbour Safety Authority (XYZ) met. XYZ said the site was safe.")
    XCTAssertEqual(c.quotes.first?.organisation, "XYZ")
  }

  func testWhatTheReviewOfTheBodyRulesFound() {
    // "they" after a body's claim is a group of people that opens the sentence between
    let a = run(
      "The Kovrian government said the man died on Monday. Local officials visited the ward. They said her death "
        + "was caused by flu.")
    XCTAssertEqual(a.quotes.last?.group, "Local officials")
    // a single word the article calls "he" is no body, nor is a title in a headline
    XCTAssertNil(run("Dawit lost his herd in the drought. He now sells firewood.\n\nDawit said the rains failed.")
      .quotes.first?.organisation)
    XCTAssertNil(run("Lawmaker says flood bill will pass").quotes.first?.organisation)
    // the name before a bracket leaves a group's word, and a surname in brackets is a person's
    XCTAssertEqual(
      run("Officials of the Norvanian Port Agency (Norport) closed the port. Norport said it would reopen.")
        .quotes.first?.organisation,
      "Norvanian Port Agency")
    XCTAssertEqual(
      run("The Harbour Safety Authority (Marlow) closed the port.\n\nDana Marlow spoke to reporters. Marlow said "
        + "the port would reopen.").quotes.first?.speaker?.name,
      "Dana Marlow")
    // a month is no body's name
    XCTAssertNil(run("The January survey said prices rose.").quotes.first?.organisation)
    // "the company" after a body's single name is that body
    XCTAssertEqual(
      run("Inspectors contacted Kovrex about the valves. Kovrex said they had been replaced. The company said it "
        + "would pay.").quotes.map(\.organisation),
      ["Kovrex", "Kovrex"])
  }
}
