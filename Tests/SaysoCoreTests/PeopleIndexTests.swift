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
}
