import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// A name alone as a speaker: a family name that no list knows as a name, read by what the article does
/// with it elsewhere (a given name before it in a quote or a title, or the same name spelt another way), and
/// a given name alone, whose gender "he" and "she" respect.
final class LoneNameTests: XCTestCase, AnalysingText {
  func testAFamilyNameWithItsParticlesIsThePersonNamedInFull() {
    let a = run("Rocky De La Fuenta is running for president. Asked again, De La Fuenta said \"I am not worried.\"")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Rocky De La Fuenta"])
    XCTAssertEqual(a.quotes.first?.speaker?.mention, "De La Fuenta")
    // (in lower case, one particle or two: "dela", "de la", "de los", "van der")
    let b = run("Arnel dela Vegga of the army's Western Command said the group was behind the attack.")
    XCTAssertEqual(b.quotes.first?.speaker?.name, "Arnel dela Vegga")
    let c = run("Juan de la Cruzz of the Western Command said the group was behind it. Maria de los Santtos agreed.")
    XCTAssertEqual(c.quotes.first?.speaker?.name, "Juan de la Cruzz")
    XCTAssertEqual(c.quotes.first?.speaker?.role, "Western Command")
    XCTAssertEqual(run("Rafael van der Vaartt said it was fine.").quotes.first?.speaker?.name, "Rafael van der Vaartt")
  }

  func testAGivenNameElsewhereInTheArticleMakesALoneWordAPerson() {
    let a = run(
      "Clinton sat down with MSNBC's \"The Rachel Maddow Show\" on Thursday.\n\n"
        + "\"In any other year they would be short-listed,\" Maddow said.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Rachel Maddow")
    // over a nickname in quotes
    let b = run("Former operative John “Tig” Tiegen was there.\n\n“She goes home,” Tiegen said.")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "John Tiegen")
    // no given name anywhere: no person (a group, as "Demonstrators said")
    let c = run("\"We disagree,\" Quorvex said.")
    XCTAssertNil(c.quotes.first?.speaker)
    XCTAssertEqual(c.quotes.first?.group, "Quorvex")
    // two full names for the word (in a quote, where no name is registered): no one picked
    let d = run(
      "\"Anna Quorvex and Mark Quorvex run the farm,\" a neighbour said.\n\n\"We disagree,\" Quorvex said.")
    XCTAssertNil(d.quotes.last?.speaker)
  }

  func testAFamilyNameSpeltAnotherWayIsTheSamePerson() {
    let a = run(
      "Spokesman Yahya Sarea said it had used ten drones.\n\n\"These attacks are our right,\" Saree said.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Yahya Sarea")
    XCTAssertEqual(a.people.map(\.name), ["Yahya Sarea"])
    // two persons it could be: neither
    let b = run(
      "Yahya Sarea and Omar Sarei spoke on TV.\n\n\"These attacks are our right,\" Saree said.")
    XCTAssertNil(b.quotes.last?.speaker)
  }

  func testOneLetterChangedAddedOrLeftOut() {
    func differ(_ one: String, _ other: String) -> Bool {
      EntityRegistry.differByOneLetter(Array(one.unicodeScalars), Array(other.unicodeScalars))
    }
    XCTAssertTrue(differ("sarea", "saree"))
    XCTAssertTrue(differ("giulini", "giuliani"))
    XCTAssertTrue(differ("mcclenney", "mclenney"))
    XCTAssertTrue(differ("zelensky", "zelenskyy"))
    XCTAssertFalse(differ("sarea", "sarie"))
    XCTAssertFalse(differ("smith", "smithson"))
    XCTAssertFalse(differ("gaddafi", "qadhafi"))
  }

  func testALoneGivenNameThatIsNoFamilyNameHasItsGender() {
    let a = run("Mark Ruiz built the suits. Cherie said the show was fun.\n\n\"It works,\" he said.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Mark Ruiz")
    typealias Entity = EntityRegistry.Entity
    XCTAssertEqual(Entity.gender(of: "Cherie"), .female)
    XCTAssertEqual(Entity.gender(of: "Maria Keller"), .female)
    // a given name that is a family name too says nothing of its bearer: "James"
    XCTAssertNil(Entity.gender(of: "James"))
  }

  func testAnHonorificsGenderPassesOverAPersonOfTheOtherGender() {
    let a = run("Sarah Smith said the plan was good. Mr Smith said it was bad.")
    XCTAssertEqual(a.quotes.map { $0.speaker?.name }, ["Sarah Smith", "Smith"])
    let b = run(
      "Donald Trump said he won. Ivanka Trump spoke too. Ms. Trump said she was proud. Mr. Trump said he was.")
    XCTAssertEqual(b.quotes.map { $0.speaker?.name }, ["Donald Trump", "Ivanka Trump", "Donald Trump"])
    // a peer is no namesake of another gender
    let c = run("Sarah Smith said the plan was good. Lord Smith of Kelvin said it was bad.")
    XCTAssertEqual(c.quotes.last?.speaker?.name, "Smith")
    XCTAssertEqual(c.quotes.first?.speaker?.role, nil)
  }

  func testAGivenNameWhoseFoldedKeyNamesBothGendersHasNone() {
    // "Gene" and the Lithuanian woman's name "Genė" share the key "gene"
    XCTAssertNil(WorldKnowledge.shared.givenNameGender["gene"])
    XCTAssertEqual(WorldKnowledge.shared.givenNameGender["eugene"], .male)
    let a = run("Gene Sperling hired her as his deputy.\n\n\"It is fine,\" Mr. Sperling said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Gene Sperling")
  }

  func testALoneFirstNameIsTheOnePersonOfTheArticleWithIt() {
    // a family name written first, and a given name used with a title
    let a = run("Finance Minister Lou Jiwei spoke in Beijing. \"Demand is weak,\" Mr. Lou said.")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Lou Jiwei")
    let b = run("Dr Meerjady Sabrina Flora said five people died. Dr Meerjady said two were from Dhaka.")
    XCTAssertEqual(b.quotes.map { $0.speaker?.name }, ["Meerjady Sabrina Flora", "Meerjady Sabrina Flora"])
    XCTAssertEqual(b.people.map(\.name), ["Meerjady Sabrina Flora"])
    // (not when two people share it, nor a caption's "name" that goes on with a common word)
    let c = run("Tom Reed and Tom Ebeling met voters. Tom said the plan was fair.")
    XCTAssertFalse(c.quotes.contains { ["Tom Reed", "Tom Ebeling"].contains($0.speaker?.name) })
    let d = run("Watch President Obama Speech at the Foundation.\n\n\"It is fair,\" Obama said.")
    XCTAssertEqual(d.quotes.first?.speaker?.name, "Obama")
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

  func testOneOfTwoFamilyNamesWithATitleIsThePersonNamedInFull() {
    let a = run("Secretary of Justice Wanda Vázquez Garced was sworn in.\n\n"
      + "\"Puerto Rico needs certainty,\" Governor Vázquez said.")
    XCTAssertEqual(a.quotes.last?.speaker?.name, "Wanda Vázquez Garced")
    XCTAssertEqual(a.people.map(\.name), ["Wanda Vázquez Garced"])
    let b = run("Melba Acosta Febo leads the bank.\n\n\"We will pay,\" Ms. Acosta said.")
    XCTAssertEqual(b.quotes.last?.speaker?.name, "Melba Acosta Febo")
  }

  func testTheSentenceThatSaysItsSubjectsGenderOutweighsTheGivenNamesList() {
    // (Darcy is a woman's name in the lists)
    let a = run("Darcy Richardson was left off the ticket. Richardson had his own opinion on the matter.\n\n"
      + "He sent a message to Mark Seidenberg: \"Please come back to the office today.\"")
    XCTAssertEqual(a.quotes.first?.speaker?.name, "Darcy Richardson")
    // (a "his" that may be someone else's says nothing)
    let b = run("Darcy Richardson was left off the ticket. Richardson praised his rival.\n\n"
      + "He sent a message to Mark Seidenberg: \"Please come back to the office today.\"")
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
    let c = run("Carrier said it would close the plant.\n\nAnn Vey, a Carrier worker, said she was angry.")
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
