import Foundation

/// Synthetic news articles: front matter (title, outlet, date), a dateline, direct and reported quotes
/// with named speakers and their roles, proposals ("called for", "proposed"), headings and narrative.
///
/// Article `i` of seed `s` is always the same text, so corpora of any size compare across machines
/// and runs; a corpus of 20,000 articles is the first 20,000 of the 100,000 one.
struct NewsGenerator {
  var seed: UInt64

  static let firstNames = [
    "Maria", "Tomas", "Aiko", "Olu", "Sergei", "Fatima", "Jean-Luc", "Priya", "Lars", "Chen", "Zoë", "Miguel",
    "Ingrid", "Kwame", "Anouk", "Rafael", "Yusuf", "Elena", "Hiroshi", "Amara", "Bogdan", "Camila", "Dmitri", "Leila",
  ]
  static let lastNames = [
    "Keller", "Brandt", "Tanaka", "Adeyemi", "Volkov", "Haddad", "Moreau", "Raman", "Nilsson", "Wei", "Ødegaard",
    "Álvarez", "Poast", "Lozansky", "Okafor", "Varga", "Lindqvist", "Mbeki", "Costa", "Novak", "Rahimi", "Sato",
    "Kowalski", "Dubois", "Ferreira", "Yilmaz", "Petrov", "Schmidt", "Nakamura", "Osei",
  ]
  static let roles = [
    "the finance minister", "a spokesman for the agency", "the mayor of the city", "a senior analyst at the institute",
    "the opposition leader", "President of the union", "a professor of law", "the company's chief executive",
    "the health minister", "a member of parliament", "the central bank governor", "an economist at the university",
    "the foreign minister", "a retired general", "the head of the port authority", "a campaigner for the group",
  ]
  static let groups = ["Officials", "Experts", "Residents", "Analysts", "Witnesses", "The ministry", "Unions", "Farmers"]
  static let places = [
    "MOSCOW", "BERLIN", "LAGOS", "TOKYO", "LIMA", "OSLO", "DELHI", "PARIS", "NAIROBI", "WARSAW", "MANILA", "QUITO",
  ]
  static let outlets = [
    "Izvestia", "Pakistan Point News / Sputnik", "Synthetic News", "The Daily Ledger", "Nordic Times",
    "Harbour Herald", "Continental Wire", "Metro Gazette",
  ]
  static let topics = [
    "the new budget", "the bridge project", "the water shortage", "the trade agreement", "the election results",
    "the cybersecurity talks", "the rail strike", "the housing plan", "the pension reform", "the drought",
    "the tunnel contract", "the fishing quota", "the vaccine rollout", "the energy prices", "the border dispute",
    "the teachers' pay", "the airport expansion", "the flood defences", "the mining licence", "the tax cuts",
  ]
  static let statements = [
    "We will not back down on this", "The numbers simply do not add up", "This is a first step, not the last",
    "Nobody was consulted before the decision", "We expect results by the end of the year",
    "It is too early to say what went wrong", "The risks are real and growing", "Families cannot wait any longer",
    "The plan was rushed and badly costed", "Our members are ready to negotiate", "This deal protects jobs",
    "The evidence points in one direction", "We were promised transparency and got none",
  ]
  static let actions = [
    "an independent inquiry into the contract", "a new tax on imported steel", "talks without preconditions",
    "a ban on night flights", "the release of the full report", "an emergency session of parliament",
    "a freeze on rents", "a referendum on the treaty", "higher wages for nurses", "a moratorium on drilling",
    "a ceasefire along the border", "free school meals", "an audit of the ministry",
  ]
  static let narrative = [
    "The announcement came after weeks of negotiations between the two sides.",
    "Figures published on Tuesday showed a sharp rise compared with last year.",
    "Several hundred people gathered outside the building in the afternoon.",
    "The measure still needs the approval of the upper house before it takes effect.",
    "Earlier reports had put the cost at roughly $4 billion (€3.7 billion).",
    "Shares in the largest operator fell by almost six percent in early trading.",
    "The committee is expected to publish its findings before the summer recess.",
    "Police said the protest remained peaceful until late in the evening.",
    "Critics argue that the timetable leaves little room for public consultation.",
    "The minister resigned unexpectedly on Friday, citing personal reasons.",
    "Independent monitors reported long queues at polling stations in the north.",
    "Farmers blamed the drought for the worst harvest in a decade.",
  ]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]
  static let headings = ["Difference of approaches", "What comes next", "Reactions", "Background", "The numbers"]

  /// The text of article `index`.
  func article(_ index: Int) -> String {
    var g = SeededRandom(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
    func person() -> (full: String, last: String) {
      let last = g.pick(Self.lastNames)
      return ("\(g.pick(Self.firstNames)) \(last)", last)
    }
    let topic = g.pick(Self.topics)
    let outlet = g.pick(Self.outlets)
    let day = g.number(0...(3 * 365))
    let date = Calendar(identifier: .gregorian).date(
      byAdding: .day, value: day, to: DateComponents(calendar: .init(identifier: .gregorian), year: 2019, month: 1, day: 1).date!)!
    let parts = Calendar(identifier: .gregorian).dateComponents([.year, .month, .day], from: date)
    let iso = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    let title = "\(g.pick(Self.groups)) divided over \(topic)"
    var paragraphs = ["---\ntitle: \(title)\nsource: \(outlet)\ndate: \(iso)\n---", title]
    let lead = person()
    paragraphs.append(
      "\(g.pick(Self.places)) (\(outlet) - \(parts.day!)th \(Self.months[parts.month! - 1]), \(parts.year!)) \(lead.full), \(g.pick(Self.roles)), said on "
        + "Monday that \(topic) would be reviewed. \(g.pick(Self.narrative)) \(g.pick(Self.narrative))")
    for _ in 0..<g.number(7...15) {
      let speaker = person()
      switch g.number(0...8) {
      case 0:
        paragraphs.append("“\(g.pick(Self.statements)),” \(speaker.full), \(g.pick(Self.roles)), said. \(g.pick(Self.narrative))")
      case 1:
        paragraphs.append("\"\(g.pick(Self.statements)),\" said \(speaker.last), adding that \(g.pick(Self.topics)) was at stake.")
      case 2:
        paragraphs.append("According to \(speaker.full), \(g.pick(Self.topics)) will cost more than planned. \(g.pick(Self.narrative))")
      case 3:
        paragraphs.append("\(g.pick(Self.groups)) called for \(g.pick(Self.actions)). \(g.pick(Self.narrative))")
      case 4:
        paragraphs.append(
          "\(speaker.full) proposed \(g.pick(Self.actions)), telling reporters: \"\(g.pick(Self.statements)).\"")
      case 5:
        paragraphs.append(g.pick(Self.headings))
      case 6:
        paragraphs.append("\(speaker.last) told the newspaper that \(g.pick(Self.topics)) had been \"mishandled from the start\".")
      default:
        paragraphs.append("\(g.pick(Self.narrative)) \(g.pick(Self.narrative)) \(g.pick(Self.narrative))")
      }
    }
    return paragraphs.joined(separator: "\n\n") + "\n"
  }

  /// Writes articles `0..<count` under `folder`, a thousand per subfolder, unless a previous run left
  /// the same corpus there (noted in `.corpus`).
  ///
  /// - Returns: the total size of the articles in bytes.
  func write(count: Int, to folder: URL) throws -> Int {
    let marker = folder.appendingPathComponent(".corpus")
    let stamp = "seed \(seed) count \(count)\n"
    if let old = try? String(contentsOf: marker, encoding: .utf8), old.hasPrefix(stamp) {
      return Int(old.dropFirst(stamp.count).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }
    try? FileManager.default.removeItem(at: folder)
    var total = 0
    for index in 0..<count {
      let sub = folder.appendingPathComponent(String(format: "%03d", index / 1000))
      if index % 1000 == 0 { try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true) }
      let bytes = Data(article(index).utf8)
      total += bytes.count
      try bytes.write(to: sub.appendingPathComponent(String(format: "article-%06d.txt", index)))
    }
    try Data((stamp + "\(total)\n").utf8).write(to: marker)
    return total
  }
}
