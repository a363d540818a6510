import XCTest

@testable import SaysoAnalysis

/// The lexicon is data: its records must be sound, and the word classes come from them.
final class LexiconTests: XCTestCase {
  func testTheCueVerbRecordsHaveNoDuplicatesOrConflicts() {
    let lines = EmbeddedData.entries(of: "cue-verbs.txt")
    XCTAssertGreaterThan(lines.count, 100)
    XCTAssertEqual(CueLexicon.problems(in: lines), [])
    XCTAssertEqual(CueLexicon.entries.count, lines.count)
  }

  func testTheNounRecordsAreSoundAndMakeTheNounClasses() {
    XCTAssertGreaterThan(Lexicon.nouns.count, 300)
    XCTAssertEqual(Lexicon.problems(inNouns: Lexicon.nouns), [])
    let twice = [Lexicon.NounRecord(word: "aide", flags: ["source"]), Lexicon.NounRecord(word: "aide", flags: ["x"])]
    XCTAssertEqual(Lexicon.problems(inNouns: twice), ["duplicate noun: aide", "unknown flag x of aide"])
    XCTAssertTrue(Lexicon.titles.contains("senator"))
    XCTAssertTrue(Lexicon.honorifics.contains("mr"))
    XCTAssertEqual(Lexicon.roleClasses["president"], "leader")
    XCTAssertTrue(Lexicon.groupNouns.contains("officials"))
    // the plural of a title of a person is a group (scripts/make_own_lists.py), of an adjective none
    for plural in ["traders", "firefighters", "spokeswomen", "secretaries", "midwives"] {
      XCTAssertTrue(Lexicon.groupNouns.contains(plural), plural)
    }
    XCTAssertFalse(Lexicon.groupNouns.contains("formers"))
    XCTAssertTrue(Lexicon.sourceNouns.contains("spokesman"))
  }

  func testProblemsAreFound() {
    let lines: [Substring] = [
      "say\tstatement\tinvert\tsay,says,said,saying", "say\tbelief\t\t", "tell\tstatement\tsideways\t",
      "sayy\tstatement\t\tsaid",
    ]
    let problems = CueLexicon.problems(in: lines)
    XCTAssertTrue(problems.contains("duplicate lemma: say"))
    XCTAssertTrue(problems.contains { $0.hasPrefix("malformed record: tell") })
    XCTAssertTrue(problems.contains("form said of both say and sayy"))
  }

  func testWordClassesAreGeneratedFromTheRecords() {
    XCTAssertEqual(CueLexicon.lookup("said")?.lemma, "say")
    XCTAssertEqual(CueLexicon.lookup("testified")?.lemma, "testify")
    XCTAssertTrue(CueLexicon.invertible.contains("say"))
    XCTAssertTrue(CueLexicon.takingAddressee.contains("tell"))
    XCTAssertTrue(CueLexicon.weak.contains("hope"))
    XCTAssertTrue(CueLexicon.clauseOnly.contains("suggest"))
    XCTAssertFalse(CueLexicon.clauseOnly.contains("say"))
    XCTAssertTrue(CueLexicon.takingToAddressee.contains("write"))
    XCTAssertFalse(CueLexicon.takingToAddressee.contains("agree"))
  }

  func testEveryDataFileHasAProvenanceAndLicenceHeader() {
    for file in EmbeddedData.names {
      let header = EmbeddedData.header(of: file)
      XCTAssertTrue(header.contains("Licence") || header.contains("licence"), file)
      XCTAssertTrue(header.contains("scripts/"), "\(file) names the script that regenerates it")
    }
  }
}
