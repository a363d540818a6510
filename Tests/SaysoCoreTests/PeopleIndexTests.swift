import XCTest

@testable import SaysoCore

final class PeopleAcrossOutletsTests: XCTestCase {
  func testABareSurnameIsTheOnePersonOfThatSurname() {
    var people = PeopleIndex()
    people.add(PeopleIndex.Entry(name: "Mayor Jane Okoro", roles: [], quotes: 1, articles: ["a"]))
    people.add(PeopleIndex.Entry(name: "Okoro", roles: [], quotes: 1, articles: ["b"]))
    people.add(PeopleIndex.Entry(name: "Joe Biden", roles: [], quotes: 1, articles: ["a"]))
    people.add(PeopleIndex.Entry(name: "Hunter Biden", roles: [], quotes: 1, articles: ["b"]))
    people.add(PeopleIndex.Entry(name: "Biden", roles: [], quotes: 1, articles: ["c"]))
    let names = people.canonicalNames()
    XCTAssertEqual(names["okoro"]?.name, "Mayor Jane Okoro")
    XCTAssertEqual(names["biden"]?.key, "biden")  // two people of that surname: never merged
    XCTAssertEqual(people.people.first { $0.name == "Mayor Jane Okoro" }?.articles, ["a", "b"])
    XCTAssertEqual(people.people.count, 4)
  }

  func testASurnameKeepsItsParticles() {
    var people = PeopleIndex()
    people.add(PeopleIndex.Entry(name: "Bill de Blasio", roles: [], quotes: 1, articles: ["a"]))
    people.add(PeopleIndex.Entry(name: "de Blasio", roles: [], quotes: 2, articles: ["b"]))
    people.add(PeopleIndex.Entry(name: "Blasio", roles: [], quotes: 1, articles: ["c"]))
    people.add(PeopleIndex.Entry(name: "Ana de Souza", roles: [], quotes: 1, articles: ["a"]))
    people.add(PeopleIndex.Entry(name: "Rui de Souza", roles: [], quotes: 1, articles: ["b"]))
    people.add(PeopleIndex.Entry(name: "de Souza", roles: [], quotes: 1, articles: ["c"]))
    let names = people.canonicalNames()
    XCTAssertEqual(names["de blasio"]?.name, "Bill de Blasio")
    XCTAssertEqual(names["blasio"]?.name, "Bill de Blasio")
    XCTAssertEqual(names["de souza"]?.key, "de souza")  // two people of that surname: never merged
    XCTAssertTrue(PeopleIndex.mayBeSamePerson("de blasio", "bill de blasio"))
    XCTAssertFalse(PeopleIndex.mayBeSamePerson("souza ana", "ana de souza"))
  }

  func testTheOneNameWithMiddleNamesJoinsTheFirstAndLastName() {
    var people = PeopleIndex()
    people.add(PeopleIndex.Entry(name: "John R. Bolton", roles: [], quotes: 1, articles: ["a"]))
    people.add(PeopleIndex.Entry(name: "John Bolton", roles: [], quotes: 2, articles: ["b"]))
    people.add(PeopleIndex.Entry(name: "Bolton", roles: [], quotes: 1, articles: ["c"]))
    people.add(PeopleIndex.Entry(name: "George W. Bush", roles: [], quotes: 1, articles: ["a"]))
    people.add(PeopleIndex.Entry(name: "George H. W. Bush", roles: [], quotes: 1, articles: ["b"]))
    people.add(PeopleIndex.Entry(name: "George Bush", roles: [], quotes: 1, articles: ["c"]))
    let names = people.canonicalNames()
    XCTAssertEqual(names["john r. bolton"]?.name, "John Bolton")
    XCTAssertEqual(names["bolton"]?.name, "John Bolton")  // one person of that surname, however written
    XCTAssertEqual(people.people.first?.quotes, 4)
    XCTAssertEqual(names["george bush"]?.key, "george bush")  // two fuller names: never merged
    XCTAssertTrue(PeopleIndex.mayBeSamePerson("john bolton", "john r. bolton"))
    XCTAssertFalse(PeopleIndex.mayBeSamePerson("john bolton", "jane r. bolton"))
  }

  func testANameSpelledWithElJoinsTheSameNameWithAl() {
    var people = PeopleIndex()
    people.add(PeopleIndex.Entry(name: "Abdel Fattah al-Sisi", roles: [], quotes: 1, articles: ["a"]))
    people.add(PeopleIndex.Entry(name: "Abdel Fattah el-Sisi", roles: [], quotes: 1, articles: ["b"]))
    XCTAssertEqual(people.people.map(\.name), ["Abdel Fattah al-Sisi"])
    XCTAssertEqual(people.people.first?.quotes, 2)
  }

  func testAFullNameWithALetterDoubledJoinsTheNameThatWritesItOnce() {
    var people = PeopleIndex()
    people.add(PeopleIndex.Entry(name: "Oleksandr Petrenko", roles: [], quotes: 2, articles: ["a"]))
    people.add(PeopleIndex.Entry(name: "Oleksandr Petrenkko", roles: [], quotes: 1, articles: ["b"]))
    // (another first name is another person)
    people.add(PeopleIndex.Entry(name: "Olga Petrenkko", roles: [], quotes: 1, articles: ["d"]))
    XCTAssertEqual(people.people.map(\.name), ["Oleksandr Petrenko", "Olga Petrenkko"])
    XCTAssertEqual(people.people.first?.quotes, 3)
    XCTAssertEqual(PeopleIndex.singledLetters("zelenskyy"), "zelensky")
    XCTAssertEqual(PeopleIndex.singledLetters("o'neill-2001"), "o'neil-2001")
  }

  func testANameInCapitalsShowsAsAnotherArticleWritesIt() {
    var people = PeopleIndex()
    people.add(PeopleIndex.Entry(name: "DANA BRUNKOWSKI", roles: [], quotes: 2, articles: ["a"]))
    people.add(PeopleIndex.Entry(name: "Dana Brunkowski", roles: [], quotes: 1, articles: ["b"]))
    XCTAssertEqual(people.people.map(\.name), ["Dana Brunkowski"])
    XCTAssertEqual(people.people.first?.quotes, 3)
  }

  func testJoinsThatChainEndAtOneEntry() {
    // "Ahmed K. el-Sisi" joins "Ahmed el-Sisi", which joins "Ahmed al-Sisi" (seen first)
    var people = PeopleIndex()
    people.add(PeopleIndex.Entry(name: "Ahmed al-Sisi", roles: [], quotes: 1, articles: ["a"]))
    people.add(PeopleIndex.Entry(name: "Ahmed el-Sisi", roles: [], quotes: 1, articles: ["b"]))
    people.add(PeopleIndex.Entry(name: "Ahmed K. el-Sisi", roles: [], quotes: 1, articles: ["c"]))
    XCTAssertEqual(people.people.map(\.name), ["Ahmed al-Sisi"])
    XCTAssertEqual(people.people.first?.quotes, 3)
    XCTAssertEqual(people.canonicalNames()["ahmed k. el-sisi"]?.name, "Ahmed al-Sisi")
    XCTAssertEqual(Set(people.joined(includingProposers: false).first?.keys ?? []).count, 3)
  }
}
