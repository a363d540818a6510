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
}
