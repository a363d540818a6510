import BenchmarkSupport

/// News-like articles made up in memory: titles, datelines, headings, direct and reported quotes with
/// named speakers and roles ("X said", "according to"), and proposals ("called for", "proposed").
///
/// The same seed and size always give the same text, so runs on different machines compare.
enum SyntheticCorpus {
  /// Articles totalling at least `bytes` bytes of UTF-8, as (virtual path, text).
  static func make(bytes: Int, seed: UInt64 = 2020) -> [(path: String, text: String)] {
    generate(bytes: bytes, seed: seed, folder: "synthetic", article)
  }

  /// Articles of `article` totalling at least `bytes` bytes, named `folder/N.txt`: what every generated
  /// corpus of the benchmark is made of.
  static func generate(
    bytes: Int, seed: UInt64, folder: String, _ article: (inout SeededRandom) -> String
  ) -> [(path: String, text: String)] {
    var generator = SeededRandom(seed: seed)
    var articles: [(path: String, text: String)] = []
    var total = 0
    while total < bytes {
      let text = article(&generator)
      total += text.utf8.count
      articles.append((path: "\(folder)/\(articles.count).txt", text: text))
    }
    return articles
  }

  private static let firstNames = [
    "Maria", "Tomas", "Aiko", "Olu", "Sergei", "Fatima", "Jean-Luc", "Priya", "Lars", "Chen", "Zoë", "Miguel",
  ]
  private static let lastNames = [
    "Keller", "Brandt", "Tanaka", "Adeyemi", "Volkov", "Haddad", "Moreau", "Raman", "Nilsson", "Wei",
    "Ødegaard", "Álvarez",
  ]
  private static let roles = [
    "the finance minister", "a spokesman for the agency", "the mayor of the city", "a senior analyst at the institute",
    "the opposition leader", "President of the union", "a professor of law", "the company's chief executive",
  ]
  private static let groups = ["Officials", "Experts", "Residents", "Analysts", "Witnesses", "The ministry"]
  private static let places = ["MOSCOW", "BERLIN", "LAGOS", "TOKYO", "LIMA", "OSLO", "DELHI", "PARIS"]
  private static let topics = [
    "the new budget", "the bridge project", "the water shortage", "the trade agreement", "the election results",
    "the cybersecurity talks", "the rail strike", "the housing plan",
  ]
  private static let statements = [
    "We will not back down on this", "The numbers simply do not add up", "This is a first step, not the last",
    "Nobody was consulted before the decision", "We expect results by the end of the year",
    "It is too early to say what went wrong", "The risks are real and growing",
  ]
  private static let actions = [
    "an independent inquiry into the contract", "a new tax on imported steel", "talks without preconditions",
    "a ban on night flights", "the release of the full report", "an emergency session of parliament",
  ]
  private static let narrative = [
    "The announcement came after weeks of negotiations between the two sides.",
    "Figures published on Tuesday showed a sharp rise compared with last year.",
    "Several hundred people gathered outside the building in the afternoon.",
    "The measure still needs the approval of the upper house before it takes effect.",
    "Earlier reports had put the cost at roughly $4 billion (€3.7 billion).",
  ]

  private static func article(_ g: inout SeededRandom) -> String {
    func pick(_ list: [String]) -> String { list.randomElement(using: &g)! }
    func person() -> (full: String, last: String) {
      let last = pick(lastNames)
      return ("\(pick(firstNames)) \(last)", last)
    }
    var paragraphs = ["\(pick(groups)) divided over \(pick(topics))"]
    let lead = person()
    paragraphs.append(
      "\(pick(places)) (Synthetic News - \(Int.random(in: 1...28, using: &g))th May, 2021) \(lead.full), "
        + "\(pick(roles)), said on Monday that \(pick(topics)) would be reviewed. \(pick(narrative))")
    for _ in 0..<Int.random(in: 6...14, using: &g) {
      let speaker = person()
      switch Int.random(in: 0..<8, using: &g) {
      case 0: paragraphs.append("“\(pick(statements)),” \(speaker.full), \(pick(roles)), said. \(pick(narrative))")
      case 1:
        paragraphs.append("\"\(pick(statements)),\" said \(speaker.last), adding that \(pick(topics)) was at stake.")
      case 2:
        paragraphs.append(
          "According to \(speaker.full), \(pick(topics)) will cost more than planned. \(pick(narrative))")
      case 3: paragraphs.append("\(pick(groups)) called for \(pick(actions)). \(pick(narrative))")
      case 4:
        paragraphs.append("\(speaker.full) proposed \(pick(actions)), telling reporters: \"\(pick(statements)).\"")
      case 5: paragraphs.append(pick(["Difference of approaches", "What comes next", "Reactions"]))
      case 6:
        paragraphs.append(
          "\(speaker.last) told the newspaper that \(pick(topics)) had been \"mishandled from the start\".")
      default: paragraphs.append("\(pick(narrative)) \(pick(narrative)) \(pick(narrative))")
      }
    }
    return paragraphs.joined(separator: "\n\n") + "\n"
  }
}
