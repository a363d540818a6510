import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// A name alone as a speaker: a family name that no list knows as a name, read by what the article does
/// with it elsewhere (a given name before it in a quote or a title, or the same name spelt another way), and
/// a given name alone, whose gender "he" and "she" respect.
final class LoneNameTests: XCTestCase, AnalysingText {
  func testAFamilyNameWithItsParticlesIsThePersonNamedInFull() {
    let a = run("Nina De La Corvo is running for mayor. Asked again, De La Corvo said \"I am not nervous.\"")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Nina De La Corvo"])
    XCTAssertEqual(a.quotes.first?.speaker?.mention, "De La Corvo")
    // (in lower case, one particle or two: "dela", "de la", "de los", "van der")
    let b = run("Rodel dela Pazzo of the navy's Southern Fleet said the gang was behind the raid.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Rodel dela Pazzo")
    let c = run("Pedro de la Vinna of the Southern Fleet said the gang was behind it. Rosa de los Morrel agreed.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Pedro de la Vinna")
    XCTAssertEqual(c.quotes.first?.speaker?.role, "Southern Fleet")
    XCTAssertEqual(run("Pieter van der Stoel said it was fine.").quotes.first?.speaker?.name, "Pieter van der Stoel")
  }

  func testAGivenNameElsewhereInTheArticleMakesALoneWordAPerson() {
    let a = run(
      "Vey sat down with CNBC's \"The Lena Dorsk Show\" on Friday.\n\n"
        + "\"In a normal season they would be favourites,\" Dorsk said.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Lena Dorsk")
    // over a nickname in quotes
    let b = run("Former medic Owen “Buzz” Tarrick was there.\n\n“She stays put,” Tarrick said.")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Owen Tarrick")
    // no given name anywhere: no person (a body's name no list knows, as "Kovrex said")
    let c = run("\"We disagree,\" Quorvex said.")
    XCTAssertNil(c.quotes.first?.speaker)
    XCTAssertEqual(c.quotes.first?.organisation, "Quorvex")
    // two full names for the word (in a quote, where no name is registered): no one picked
    let d = run(
      "\"Anna Quorvex and Mark Quorvex run the farm,\" a neighbour said.\n\n\"We disagree,\" Quorvex said.")
    XCTAssertNil(d.quotes.last?.speaker)
  }

  func testAFamilyNameSpeltAnotherWayIsTheSamePerson() {
    let a = run(
      "Spokesman Omar Talbeq said it had sent six boats.\n\n\"These patrols are our duty,\" Talbek said.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Omar Talbeq")
    XCTAssertEqual(a.people.map(\.name), ["Omar Talbeq"])
    // two persons it could be: neither
    let b = run(
      "Omar Talbeq and Ivan Talbeg spoke on TV.\n\n\"These patrols are our duty,\" Talbek said.")
    XCTAssertNil(b.quotes.last?.speaker)
  }

  func testOneLetterChangedAddedOrLeftOut() {
    func differ(_ one: String, _ other: String) -> Bool {
      EntityRegistry.differByOneLetter(Array(one.unicodeScalars), Array(other.unicodeScalars))
    }
    XCTAssertTrue(differ("talbeq", "talbek"))
    XCTAssertTrue(differ("giulini", "giuliani"))
    XCTAssertTrue(differ("mcclenney", "mclenney"))
    XCTAssertTrue(differ("zelensky", "zelenskyy"))
    XCTAssertFalse(differ("talbeq", "talbik"))
    XCTAssertFalse(differ("smith", "smithson"))
    XCTAssertFalse(differ("gaddafi", "qadhafi"))
  }

  func testALoneGivenNameThatIsNoFamilyNameHasItsGender() {
    let a = run("Dan Ruiz painted the sets. Maeve said the play was fun.\n\n\"It works,\" he said.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Dan Ruiz")
    typealias Entity = EntityRegistry.Entity
    XCTAssertEqual(Entity.gender(of: "Maeve"), .female)
    XCTAssertEqual(Entity.gender(of: "Maria Keller"), .female)
    // a given name that is a family name too says nothing of its bearer: "James"
    XCTAssertNil(Entity.gender(of: "James"))
  }

  func testAnHonorificsGenderPassesOverAPersonOfTheOtherGender() {
    let a = run("Sarah Smith said the plan was good. Mr Smith said it was bad.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Sarah Smith", "Smith"])
    let b = run(
      "Tom Ware said he won. Rita Ware spoke too. Ms. Ware said she was proud. Mr. Ware said he was.")
    XCTAssertEqual(b.quotes.map { $0.speaker?.name }, ["Tom Ware", "Rita Ware", "Tom Ware"])
    // a peer is no namesake of another gender
    let c = run("Sarah Smith said the plan was good. Lord Smith of Kelvin said it was bad.")
    XCTAssertEqual(c.quotes.last?.speaker?.name, "Smith")
    XCTAssertEqual(c.quotes.first?.speaker?.role, nil)
  }

  func testAGivenNameWhoseFoldedKeyNamesBothGendersHasNone() {
    // "Gene" and the Lithuanian woman's name "Genė" share the key "gene"
    XCTAssertNil(WorldKnowledge.shared.givenNameGender["gene"])
    XCTAssertEqual(WorldKnowledge.shared.givenNameGender["eugene"], .male)
    let a = run("Gene Harwick made her his deputy.\n\n\"It is fine,\" Mr. Harwick said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Gene Harwick")
  }

  func testALoneFirstNameIsTheOnePersonOfTheArticleWithIt() {
    // a family name written first, and a given name used with a title
    let a = run("Trade Minister Zhou Weiming spoke in Shanghai. \"Exports are soft,\" Mr. Zhou said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Zhou Weiming")
    let b = run("Dr Tahmida Nasrin Ivy said four people died. Dr Tahmida said three were from Sylhet.")
    XCTAssertEqual(b.quotes.map { $0.speaker?.name }, ["Tahmida Nasrin Ivy", "Tahmida Nasrin Ivy"])
    XCTAssertEqual(b.people.map(\.name), ["Tahmida Nasrin Ivy"])
    // (not when two people share it, nor a caption's "name" that goes on with a common word)
    let c = run("Tom Reed and Tom Ebeling met voters. Tom said the plan was fair.")
    XCTAssertFalse(c.quotes.contains { ["Tom Reed", "Tom Ebeling"].contains($0.speaker?.name) })
    let d = run("Watch Governor Keane Speech at the Summit.\n\n\"It is fair,\" Keane said.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Keane")
  }

  func testAFamilyNameAloneThatTheArticleGivesNoOneIsAFirm() {
    // (Greggs, Santander and Wickes are family names in the lists)
    let a = run("Greggs said sales rose by 5 per cent in the quarter.")
    XCTAssertEqual(a.quotes.first?.organisation, "Greggs")
    XCTAssertEqual(a.people, [])
    // a title, a "he" after it or the name in full elsewhere says a person
    XCTAssertEqual(run("Mr Greggs said sales rose.").people.map(\.name), ["Greggs"])
    let b = run("Greggs said sales rose. He spoke in Leeds.")
    XCTAssertEqual(b.people.map(\.name), ["Greggs"])
    let c = run("The minister, Tom Santander, spoke first.\n\nLater Santander said the plan was sound.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Tom Santander")
    let d = run("Ann Vey said, \"Adam Wickes is right.\"\n\nWickes called it \"a non-starter\".")
    XCTAssertEqual(d.quotes.last?.speaker?.name, "Adam Wickes")
  }

  func testALoneWordThatIsAGivenNameTooIsAFirmOnlyWhenItsFollows() {
    // (Aldi and Maddox are given names in the lists, Maddox a family name too)
    let a = run("Aldi said its sales rose by 5 per cent in the quarter.")
    XCTAssertEqual(a.quotes.first?.organisation, "Aldi")
    XCTAssertEqual(a.people, [])
    XCTAssertEqual(run("Aldi said it was time to go home.").people.map(\.name), ["Aldi"])
    // the name in full elsewhere in the article, though no registered person has it
    let b = run("Ann Vey said, \"Lena Maddox is right.\"\n\n\"We will win,\" Maddox said.")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Lena Maddox")
    // a capitalised sentence word before the name is no given name: "The Maddox case"
    let c = run("Ann Vey said, \"The Maddox plan is right.\"\n\n\"We will win,\" Maddox said.")
    XCTAssertEqual(c.quotes.last?.speaker?.name, "Maddox")
  }

  func testANameInFullWithItsInItsFrameIsAFirms() {
    // (Jane Wills is a person's name to the lists)
    let a = run("Jane Wills contended in its letter to the board that the study was biased.")
    XCTAssertEqual(a.quotes.first?.organisation, "Jane Wills")
    XCTAssertEqual(a.people, [])
    XCTAssertEqual(run("Jane Wills said in her letter that the study was biased.").people.map(\.name), ["Jane Wills"])
  }

  func testOneOfTwoFamilyNamesWithATitleIsThePersonNamedInFull() {
    let a = run("Secretary of Labor Marisol Benítez Tolado was sworn in.\n\n"
      + "\"Ponce needs stability,\" Governor Benítez said.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Marisol Benítez Tolado")
    XCTAssertEqual(a.people.map(\.name), ["Marisol Benítez Tolado"])
    let b = run("Marta Ibarra Quilez leads the fund.\n\n\"We will repay,\" Ms. Ibarra said.")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Marta Ibarra Quilez")
  }

  func testTheSentenceThatSaysItsSubjectsGenderOutweighsTheGivenNamesList() {
    // (Darcy is a woman's name in the lists)
    let a = run("Darcy Pellham was kept off the ballot. Pellham had his own view on the decision.\n\n"
      + "He sent a note to Owen Tarrick: \"Please return to the campaign this week.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Darcy Pellham")
    // (a "his" that may be someone else's says nothing)
    let b = run("Darcy Pellham was kept off the ballot. Pellham met his rival.\n\n"
      + "He sent a note to Owen Tarrick: \"Please return to the campaign this week.\"")
    XCTAssertNil(b.quotes.first?.speaker)
  }

  func testANameTheListsKnowThatIsACommonWordTooIsAPersonWhenTheArticleCallsItHeOrShe() {
    // (Trudeau and Merkel are family names in the lists and among the 20,000 commonest words)
    let a = run("Trudeau said the plan was sound. He added that taxes would fall.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Trudeau", "Trudeau"])
    // another mention that opens a clause, anywhere in the article
    let b = run("Merkel told reporters the talks were over.\n\nLater, Merkel met the press before she left.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Merkel")
    XCTAssertNil(b.quotes.first?.group)
    // not when the word is a compound's first part, nor when the article writes it in lower case too
    let c = run("Draper said it would shut the store.\n\nAnn Vey, a Draper clerk, said she was upset.")
    XCTAssertNil(c.quotes.first?.speaker)
    let d = run("Hall said the plan was sound. He added that the hall would close.")
    XCTAssertNil(d.quotes.first?.speaker)
    // "his" or "himself" after the name in its sentence says so too; the person named in full elsewhere is the one
    let e = run("Merkel said his players were tired.")
    XCTAssertEqual(e.quotes.first?.speaker?.name, "Merkel")
    let f = run("Angela Merkel arrived late.\n\nMerkel said his players were tired.")
    XCTAssertEqual(f.quotes.first?.speaker?.name, "Angela Merkel")
    XCTAssertEqual(f.people.map(\.name), ["Angela Merkel"])
  }

  func testATitleInsideAQuoteSaysAPersonToo() {
    let a = run("Ann Vey said \"Senator Rubio has failed us.\"\n\nRubio has said that the funds were enough.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Rubio")
    XCTAssertNil(a.quotes.last?.organisation)
  }

  func testAnAdverbThatOpensTheSentenceIsNoSubject() {
    let a = run(
      "Back in 1999, Mr. Tom Reed praised the governor's skills, telling a reporter: \"I wish I could do that.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Tom Reed")
    XCTAssertNil(a.quotes.first?.group)
  }
}
