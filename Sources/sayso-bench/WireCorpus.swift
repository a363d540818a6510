import BenchmarkSupport
import Foundation

/// Wire-service copy made up in memory, the kind of text a news agency's feed carries: ALL-CAPS
/// headlines, datelines ("SALVADOR, Feb 26 (Agency) - "), short paragraphs, runs of capitalised company
/// and market names, figures and tables of results ("Shr 12 cts vs 10 cts", "Wheat prev 39.9, Feb 48.7,
/// total 111.8 (82.7)."), and now and then a quote with "said NAME, ROLE of COMPANY".
///
/// The same seed and size always give the same text, so runs on different machines compare. All names
/// are made up.
enum WireCorpus {
  /// Articles totalling at least `bytes` bytes of UTF-8, as (virtual path, text).
  static func make(bytes: Int, seed: UInt64 = 1987) -> [(path: String, text: String)] {
    SyntheticCorpus.generate(bytes: bytes, seed: seed, folder: "wire", article)
  }

  /// Writes `make(bytes:)` into `directory`, one file per article.
  static func write(bytes: Int, to directory: String) throws {
    let root = URL(fileURLWithPath: directory)
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (path, text) in make(bytes: bytes) {
      try Data(text.utf8).write(to: root.appendingPathComponent(String(path.split(separator: "/").last!)))
    }
  }

  private static let companyHeads = [
    "Northgate", "Pellworth", "Amberline", "Cortex", "Halvard", "Meridane", "Oakhurst", "Quillon", "Strand",
    "Tavistock", "Verdane", "Wexford",
  ]
  private static let companyTails = [
    "Corp", "Inc", "Industries Inc", "Group PLC", "Holdings Ltd", "Bancorp", "Mining Co", "Petroleum Corp",
    "Financial Corp", "Co Ltd",
  ]
  private static let cities = [
    "SALVADOR", "NEW YORK", "CHICAGO", "TOKYO", "LONDON", "SINGAPORE", "HOUSTON", "BRUSSELS", "SYDNEY", "TORONTO",
  ]
  private static let months = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct"]
  private static let commodities = ["Wheat", "Maize", "Sugar", "Cocoa", "Coffee", "Soybeans", "Barley", "Copper"]
  private static let firstNames = ["Robert", "Helen", "James", "Kenji", "Ana", "Peter", "Ruth", "Daniel"]
  private static let lastNames = ["Marsh", "Okafor", "Lindqvist", "Tamura", "Barros", "Fletcher", "Dunmore", "Reyes"]
  private static let roles = ["chairman", "chief executive", "president", "an analyst", "a spokesman", "treasurer"]
  private static let verbs = [
    "said it agreed to acquire", "said it completed the sale of its stake in", "said it raised its offer for",
    "said it filed suit against", "said it extended its tender offer for",
  ]
  private static let statements = [
    "We expect earnings to improve in the second half", "The market has already priced this in",
    "Demand remains weak in our main export markets", "We are not in talks with any other party",
  ]

  private static func article(_ g: inout SeededRandom) -> String {
    func pick(_ list: [String]) -> String { list.randomElement(using: &g)! }
    func number(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &g) }
    func decimal() -> String { "\(number(1...400)).\(number(0...9))" }
    func company() -> String { "\(pick(companyHeads)) \(pick(companyTails))" }
    let subject = company()
    var paragraphs: [String] = []
    let dateline = "\(pick(cities)), \(pick(months)) \(number(1...28)) (Wire) - "
    switch number(0...2) {
    case 0:
      paragraphs.append("\(subject.uppercased()) \(pick(["1ST", "2ND", "3RD", "4TH"])) QTR NET")
      paragraphs.append(
        dateline + "Shr \(number(1...90)) cts vs \(number(1...90)) cts\nNet \(decimal()) mln vs \(decimal()) mln\n"
          + "Revs \(decimal()) mln vs \(decimal()) mln\nAvg shrs \(decimal()) mln vs \(decimal()) mln")
      paragraphs.append("NOTE: Full name of company is \(subject) of \(pick(cities).capitalized).")
    case 1:
      let commodity = pick(commodities)
      paragraphs.append("\(pick(cities)) \(commodity.uppercased()) EXPORTS \(pick(["RISE", "FALL", "STEADY"]))")
      paragraphs.append(
        dateline + "\(commodity) exports in the week to \(pick(months)) \(number(1...28)) totalled \(decimal()) "
          + "tonnes, against \(decimal()) tonnes the previous week, the \(pick(companyHeads)) Board said.")
      paragraphs.append(
        "\(commodity) prev \(decimal()), \(pick(months)) \(decimal()), \(pick(months)) \(decimal()), "
          + "total \(decimal()) (\(decimal())).")
    default:
      let target = company()
      paragraphs.append("\(subject.uppercased()) TO BUY \(target.uppercased()) STAKE")
      paragraphs.append(dateline + "\(subject) \(pick(verbs)) \(target) for \(decimal()) mln dlrs.")
      paragraphs.append(
        "The \(pick(companyHeads)) Securities and \(pick(companyHeads)) Capital Management units of "
          + "\(company()) hold \(decimal()) pct of \(target)'s \(decimal()) mln common shares outstanding.")
    }
    for _ in 0..<number(1...4) {
      switch number(0...2) {
      case 0:
        paragraphs.append(
          "\"\(pick(statements)),\" said \(pick(firstNames)) \(pick(lastNames)), \(pick(roles)) of \(subject).")
      case 1:
        paragraphs.append(
          "\(pick(firstNames)) \(pick(lastNames)), \(pick(roles)) at \(company()), said the results were "
            + "in line with expectations and that \(pick(commodities).lowercased()) prices would stay firm.")
      default:
        paragraphs.append(
          "The company said net income in the year ended \(pick(months)) \(number(1...28)) was \(decimal()) mln dlrs, "
            + "or \(number(1...9)).\(number(10...99)) dlrs a share, up from \(decimal()) mln dlrs.")
      }
    }
    return paragraphs.joined(separator: "\n\n") + "\n"
  }
}
