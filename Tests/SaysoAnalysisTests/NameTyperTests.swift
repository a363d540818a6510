import SaysoCore
import XCTest

@testable import SaysoAnalysis

/// Names are typed before they may speak; only persons become people.
final class NameTyperTests: XCTestCase {
  func kind(_ name: String, titled: Bool = false) -> EntityKind { NameTyper.type(name, titled: titled).kind }

  func testPersonsFromGivenNamesSurnamesAndTitles() {
    for name in ["Maria Lopez", "Paul J. Smith", "Mitt Romney", "Tedros Adhanom Ghebreyesus", "Kowalski"] {
      XCTAssertEqual(kind(name), .person, name)
    }
    XCTAssertEqual(kind("Hadi", titled: true), .person)
  }

  func testATownsNameBeforeAFamilyNameAloneIsAGivenNameTheListsLack() {
    // ("Ama" is a town in the gazetteer, and no given name in the lists)
    XCTAssertEqual(NameTyper.type("Ama Mensah").kind, .person)
    XCTAssertEqual(NameTyper.type("Ama Mensah").name, "Ama Mensah")
    // (a place before a full name is still glued on, and a state before a family name too)
    XCTAssertEqual(NameTyper.type("Vermont Bernie Sanders").name, "Bernie Sanders")
    XCTAssertNotEqual(NameTyper.type("Vermont Mensah").name, "Vermont Mensah")
    // (nor a town English news names often, whose name is a club's or a college's)
    for name in ["Nottingham Trent", "Aston Villa", "Leeds Beckett"] {
      XCTAssertNotEqual(NameTyper.type(name).kind, .person, name)
    }
  }

  func testAMonarchsAPrincesOrAPopesTitleIsPartOfASingleName() {
    for name in ["Pope Francis", "King Charles", "Queen Elizabeth II", "Prince Harry"] {
      XCTAssertEqual(NameTyper.type(name).kind, .person, name)
      XCTAssertEqual(NameTyper.type(name).name, name)
    }
    // (a full name after it is the name: the title is glued on)
    XCTAssertEqual(NameTyper.type("Pope Francis Xavier Ortega").name, "Francis Xavier Ortega")
  }

  func testOrganisationsPlacesAndOtherNamesAreNotPersons() {
    XCTAssertEqual(kind("Northwind Foods Ltd"), .organisation)
    XCTAssertEqual(kind("Lakeview Arena Council"), .organisation)
    XCTAssertEqual(kind("IMF"), .organisation)
    XCTAssertEqual(kind("New Mexico"), .place)
    XCTAssertEqual(kind("Los Angeles"), .place)
    XCTAssertEqual(kind("Australia"), .place)
    XCTAssertEqual(kind("Housing Bill"), .eventOrLaw)
    // a gerund opening a sentence before a name no list knows (but a given name in -ing stays one)
    XCTAssertEqual(kind("Enrolling Zorblax"), .other)
    XCTAssertEqual(kind("Irving Zorblax"), .person)
    XCTAssertEqual(kind("Due Process Clause"), .eventOrLaw)
    XCTAssertEqual(kind("Independence Day"), .eventOrLaw)
    for word in ["Meanwhile", "Apparently", "Nobody", "Calling", "Citing", "I've", "Greek", "NG", "D"] {
      XCTAssertNotEqual(kind(word), .person, word)
    }
    XCTAssertNotEqual(kind("Minister", titled: true), .person)
    XCTAssertNotEqual(kind("Crew Dragon"), .person)
    // a capital inside a word marks a brand
    XCTAssertEqual(kind("PolitiFact"), .organisation)
    XCTAssertEqual(kind("EuroAsia Interconnector"), .organisation)
    for name in [
      "Mitch McConnell", "Ron DeSantis", "Betsy DeVos", "Douglas MacArthur", "Jim VandeHei", "KellyAnne Conway",
    ] {
      XCTAssertEqual(kind(name), .person, name)
    }
  }

  func testCommonWordsBeforeACountryNameABody() {
    XCTAssertEqual(kind("Statistics Canada"), .organisation)
    XCTAssertEqual(kind("Air Canada"), .organisation)
    XCTAssertEqual(kind("Public Health England"), .organisation)
    XCTAssertEqual(kind("New Zealand"), .place)
    XCTAssertEqual(kind("Jack England"), .person)
    // provinces and nations are places: "Alberta", "Nova Scotia", "Scotland"
    XCTAssertEqual(kind("Nova Scotia"), .place)
    XCTAssertEqual(kind("Scotland"), .place)
  }

  func testGluedWordsAreSplitOffNames() {
    XCTAssertEqual(NameTyper.type("Vermont Bernie Sanders").name, "Bernie Sanders")
    XCTAssertEqual(NameTyper.type("Tuesday Mr Patel").name, "Mr Patel")
    XCTAssertEqual(NameTyper.type("Umpire Joe Grey").name, "Joe Grey")
    XCTAssertEqual(NameTyper.type("Hong Kong Carrie Lam").name, "Carrie Lam")
    XCTAssertEqual(NameTyper.type("Moderator Chris Wallace").name, "Chris Wallace")
    XCTAssertEqual(NameTyper.type("Chelsea's Marta Lind").name, "Marta Lind")
    XCTAssertEqual(NameTyper.type("Mitt Romney").name, "Mitt Romney")
    XCTAssertEqual(NameTyper.type("Ali Reza Raisi").name, "Ali Reza Raisi")
    XCTAssertEqual(NameTyper.type("Fifteen-year-old Maria Lopez").name, "Maria Lopez")
    // (and "I" with its verb after a name: "other than Tom Reed I’ve chaired …")
    XCTAssertEqual(NameTyper.type("Tom Reed I’ve").name, "Tom Reed")
    XCTAssertEqual(NameTyper.type("Tom Reed I'm").kind, .person)
  }

  func testAMembersRoleOrAPlacesFeatureLastNamesNoPerson() {
    for name in ["Orlando Republican", "Clinton Pollster"] {
      XCTAssertNotEqual(NameTyper.type(name).kind, .person, name)
    }
    // (a family name that is a role word too stays a person's)
    let kinds: [(String, EntityKind)] = [
      ("Aral Sea", .place), ("Rust Belt", .place), ("Paris Agreement", .eventOrLaw), ("Ann Bishop", .person),
      ("Tom Marshall", .person),
    ]
    for (name, kind) in kinds { XCTAssertEqual(NameTyper.type(name).kind, kind, name) }
  }

  func testATitleMakesNoPluralNounAPerson() {
    for plural in ["Democrats", "Committees", "Khans", "Officials"] {
      XCTAssertNotEqual(NameTyper.type(plural, titled: true).kind, .person, plural)
    }
    for surname in ["Sanders", "Williams", "Ross", "Vey"] {
      XCTAssertEqual(NameTyper.type(surname, titled: true).kind, .person, surname)
    }
  }

  func testAbbreviatedTitlesWithTheirPeriodAreSplitOffNames() {
    // (as a party word before the title leaves them in a speaker's name: "Republican Rep. Tom Vey of Ohio, a …")
    for (glued, name) in [("Rep. Tom Vey", "Tom Vey"), ("Republican Rep. Tom Vey", "Tom Vey"),
      ("Sens. Ann Marsh", "Ann Marsh"), ("Reps. Bo Lund", "Bo Lund")]
    {
      XCTAssertEqual(NameTyper.type(glued).name, name)
      XCTAssertEqual(NameTyper.type(glued).kind, .person)
    }
    // an initial keeps its period
    XCTAssertEqual(NameTyper.type("J. Rep Tovey").name, "J. Rep Tovey")
  }

  func testATitleBeforeASurnameThatIsABodysWordSaysAPerson() {
    XCTAssertEqual(NameTyper.type("Kanye West", titled: true).kind, .person)
    XCTAssertEqual(NameTyper.type("West", titled: true).kind, .person)
    XCTAssertNotEqual(NameTyper.type("Intelligence Committee", titled: true).kind, .person)
    XCTAssertNotEqual(NameTyper.type("Kanye West").kind, .person)
  }

  func testAFirmsNameBeforeACountryIsItsBranch() {
    XCTAssertEqual(NameTyper.type("Netto Poland").kind, .organisation)
    XCTAssertEqual(NameTyper.type("Jack England").kind, .person)
  }

  func testTwoGivenNamesJoinedByAHyphenAreAGivenName() {
    XCTAssertTrue(NameTyper.isCompoundGivenName("anne-marie"))
    XCTAssertEqual(NameTyper.type("Nils-Erik Haldorsen").kind, .person)
    XCTAssertEqual(NameTyper.type("Hans-Peter Bartels").name, "Hans-Peter Bartels")
    XCTAssertEqual(NameTyper.type("Eva-Maria Lee").name, "Eva-Maria Lee")
    XCTAssertFalse(NameTyper.isCompoundGivenName("rolls-royce"))
  }

  func testNameKeysFoldCaseAccentsAndSpaces() {
    XCTAssertEqual(nameKey("Recep Tayyip  Erdoğan"), "recep tayyip erdogan")
    XCTAssertEqual(nameKey("ZOË"), "zoe")
  }
}

final class NameTyperEdgeTests: XCTestCase {
  func testNamesThatEndLikeEventsButArePeople() {
    XCTAssertEqual(NameTyper.type("Doris Day").kind, .person)
  }

  func testLeadingRoleAndPlaceWordsAreSplitOff() {
    XCTAssertEqual(NameTyper.type("Co-author Jing-Shan Zhao").name, "Jing-Shan Zhao")
    XCTAssertEqual(NameTyper.type("India Narendra Modi").name, "Narendra Modi")
    XCTAssertEqual(NameTyper.type("Podcaster Spike Cohen").name, "Spike Cohen")
    for (glued, name) in [("Pensioner Margaret Hughes", "Margaret Hughes"), ("Shopkeeper Ali Khan", "Ali Khan")] {
      XCTAssertEqual(NameTyper.type(glued).name, name)
    }
    // a common word with "-er": "Rancher", "Trucker" (not a given name: "Palmer Luckey", "Hunter Biden")
    for (glued, name) in [("Rancher Bill Sutherland", "Bill Sutherland"), ("Trucker Ann Lee", "Ann Lee"),
      ("Palmer Luckey", "Palmer Luckey"), ("Hunter Biden", "Hunter Biden")]
    {
      XCTAssertEqual(NameTyper.type(glued).name, name)
    }
    // a trade's noun that is a family name too, before a given name and a family name: no family name opens a
    // full name (but it may be one before a family name alone: "Baker Mayfield")
    for (glued, name) in [("Welder Ana Cruz", "Ana Cruz"), ("Plumber Joe Grey", "Joe Grey"),
      ("Potter Keiko Tan", "Keiko Tan"), ("Tyler Ann Lee", "Tyler Ann Lee")]
    {
      XCTAssertEqual(NameTyper.type(glued).name, name)
    }
  }

  func testEastAsianNamesWithHyphenatedGivenNames() {
    XCTAssertEqual(NameTyper.type("Park Won-soon").kind, .person)
    XCTAssertEqual(NameTyper.type("Yolanda Yu Hoi-kwan").kind, .person)
    XCTAssertNotEqual(NameTyper.type("Co-author").kind, .person)
  }

  func testSurnamesThatAreWordsAloneAreNotPeople() {
    XCTAssertNotEqual(NameTyper.type("Hall").kind, .person)
    XCTAssertNotEqual(NameTyper.type("Neighbors").kind, .person)
    XCTAssertEqual(NameTyper.type("Schiff").kind, .person)
    // a frequent word last, after no given name, names a firm; a given name last is still a name
    XCTAssertNotEqual(NameTyper.type("Yorkshire Water").kind, .person)
    XCTAssertEqual(NameTyper.type("Sens. Rand Paul").kind, .person)
  }

  func testListedCompaniesWithAPersonsShapeAreOrganisations() {
    XCTAssertEqual(NameTyper.type("Goldman Sachs").kind, .organisation)
    XCTAssertEqual(NameTyper.type("Morgan Stanley").kind, .organisation)
    XCTAssertEqual(NameTyper.type("Morgan Freeman").kind, .person)
    // clubs and palaces by the word that ends their name
    XCTAssertEqual(NameTyper.type("Crystal Palace").kind, .organisation)
    XCTAssertEqual(NameTyper.type("Blackburn Rovers").kind, .organisation)
  }

  func testAFirmsLegalFormIsNoSurname() {
    // ("Corp" is a family name in the census list too, and "Walter" a given name)
    XCTAssertEqual(NameTyper.type("Walter Corp").kind, .organisation)
    XCTAssertEqual(NameTyper.type("Oakhurst Bancorp").kind, .organisation)
    XCTAssertEqual(NameTyper.type("Walter Corpus").kind, .person)
  }
}
