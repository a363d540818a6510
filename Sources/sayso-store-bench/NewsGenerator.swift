import BenchmarkSupport
import Foundation

/// Synthetic news articles: front matter (title, outlet, date), a dateline, direct and reported quotes
/// with named speakers and their roles, proposals ("called for", "proposed"), headings and narrative;
/// one article in two reports a statement that two or three others report too (see `wireStatement`).
///
/// Words are drawn from lexicons of a few hundred entries with a Zipf–Mandelbrot law, so the most
/// common words are in a few percent of paragraphs and most are rare, as in real news. Article `i` of seed `s` is always the same
/// text, so a corpus of 20,000 articles is the first 20,000 of the 100,000 one and runs compare.
struct NewsGenerator {
  var seed: UInt64

  /// Real nouns, the general ones first (all take a plural in -s).
  static let realNouns = words(
    """
    government minister police election court council parliament report plan company bank market price \
    law vote union school hospital water road border city region party cabinet ministry agency commission \
    committee campaign deal tax contract project protest budget debt trade wage pension housing energy \
    strike bridge rail port airport inquiry shortage reform drought vaccine mine farm fishery factory \
    salary loan bond currency inflation tariff export import pipeline tunnel dam railway station ferry \
    ship truck bus tram festival museum library stadium university student teacher nurse doctor farmer \
    worker pilot driver miner judge lawyer mayor governor senator diplomat general soldier refugee migrant \
    tourist investor scientist engineer architect journalist editor broadcaster satellite rocket reactor \
    turbine battery network cable server platform app database license quota subsidy grant fund audit \
    scandal leak hearing verdict appeal sentence ceasefire summit treaty sanction embargo blockade flood \
    wildfire earthquake storm heatwave harvest crop forest river lake coast island glacier reservoir canal \
    motorway highway junction runway terminal warehouse mall tower district suburb village province capital \
    tribunal regulator watchdog coalition opposition ballot referendum census survey poll forecast \
    cybersecurity blackout outage shutdown lockdown curfew evacuation rescue recovery reconstruction \
    negotiation talk family pensioner landlord tenant rent mortgage
    """)

  /// The noun vocabulary, most common first: the real nouns spread over the first ranks, one in six, and
  /// made-up words ("velmarite") between them and after, four thousand in all. A real vocabulary is that
  /// large, so even a common word such as "election" is in a few percent of paragraphs, and "budget" or
  /// "strike" in well under one percent, as in the Wikinews corpus.
  static let nouns: [String] = {
    var g = SeededRandom(seed: 77)
    let syllables = words("ba ker lo vin tra mos del ri qua sen tor an pel gu ro zen mar ti dor fa lum ne sol")
    let endings = ["", "", "ite", "ism", "ance", "ery", "on"]
    var made: [String] = []
    var seen = Set(realNouns)
    while made.count < 4000 - realNouns.count {
      let word = (0..<g.number(2...3)).map { _ in g.pick(syllables) }.joined() + g.pick(endings)
      if seen.insert(word).inserted { made.append(word) }
    }
    var all: [String] = []
    var real = realNouns.makeIterator()
    var other = made.makeIterator()
    while all.count < 4000 {
      if all.count >= 3 && all.count % 6 == 3, let noun = real.next() {
        all.append(noun)
      } else if let word = other.next() {
        all.append(word)
      } else if let noun = real.next() {
        all.append(noun)
      } else {
        break
      }
    }
    return all
  }()

  static let adjectives = words(
    """
    new national local public private regional federal controversial emergency independent major \
    long-awaited delayed costly temporary permanent historic unprecedented fragile ambitious modest \
    sweeping landmark disputed secret preliminary final annual interim revised joint bilateral \
    cross-border coastal rural urban northern southern eastern western digital nuclear renewable \
    agricultural industrial financial judicial military humanitarian environmental diplomatic
    """)
  static let verbs = words(
    """
    approved rejected announced criticised delayed suspended launched defended questioned postponed \
    cancelled endorsed blocked unveiled extended reviewed challenged welcomed condemned investigated \
    expanded reduced doubled halted resumed signed ratified vetoed funded audited
    """)
  static let organisations = [
    "The central bank", "The electoral commission", "The port authority", "The health ministry",
    "The finance ministry", "The supreme court", "The city council", "The transport union",
    "The farmers' association", "The national audit office", "The energy regulator", "The teachers' union",
    "The coast guard", "The statistics office", "The chamber of commerce", "The refugee agency",
  ]
  static let firstNames = words(
    """
    Maria Tomas Aiko Olu Sergei Fatima Jean-Luc Priya Lars Chen Zoë Miguel Ingrid Kwame Anouk Rafael Yusuf \
    Elena Hiroshi Amara Bogdan Camila Dmitri Leila Noor Mateo Sven Ayesha Kofi Marta Iván Hana Tariq Greta
    """)
  static let lastNames = words(
    """
    Keller Brandt Tanaka Adeyemi Volkov Haddad Moreau Raman Nilsson Wei Ødegaard Álvarez Poast Lozansky \
    Okafor Varga Lindqvist Mbeki Costa Novak Rahimi Sato Kowalski Dubois Ferreira Yilmaz Petrov Schmidt \
    Nakamura Osei Horvath Jensen Mendoza Okonkwo Larsen Demir Castillo Ivanova Fischer Kaya Silva Rossi
    """)
  static let roles = [
    "the finance minister", "a spokesman for the agency", "the mayor of the city", "a senior analyst at the institute",
    "the opposition leader", "President of the union", "a professor of law", "the company's chief executive",
    "the health minister", "a member of parliament", "the central bank governor", "an economist at the university",
    "the foreign minister", "a retired general", "the head of the port authority", "a campaigner for the group",
  ]
  static let groups = [
    "Officials", "Experts", "Residents", "Analysts", "Witnesses", "The ministry", "Unions", "Farmers",
  ]
  static let places = words(
    """
    MOSCOW BERLIN LAGOS TOKYO LIMA OSLO DELHI PARIS NAIROBI WARSAW MANILA QUITO ACCRA HANOI RIGA DAKAR \
    SANTIAGO MADRID ATHENS CAIRO DHAKA BOGOTA ANKARA KYIV TUNIS PRAGUE LISBON SEOUL JAKARTA HELSINKI
    """)
  static let outlets = [
    "Izvestia", "Pakistan Point News / Sputnik", "Synthetic News", "The Daily Ledger", "Nordic Times",
    "Harbour Herald", "Continental Wire", "Metro Gazette",
  ]
  // Sentences are put together from parts, every content word drawn from the lexicons, so no phrase
  // repeats more than real news repeats its phrases.
  static let statementOpenings = [
    "We will not", "Nobody should", "The government must", "Our members will", "We cannot", "They promised to",
    "It is time to", "The council refused to", "We intend to", "Nobody asked us to",
  ]
  static let infinitives = words(
    """
    accept approve reject review delay fund support oppose question defend block expand reduce cancel \
    extend investigate audit suspend restore protect
    """)
  static let narrativeSubjects = ["{Org}", "The {adj} {noun}", "{Name}", "A {adj} {noun}", "The {noun} of the {noun}"]
  static let narrativeTails = [
    "on {day}", "in {Place}", "after {n} weeks of talks", "despite the {noun}", "before the {noun}",
    "amid concern over the {noun}", "for the {n}th time", "with the backing of the {noun}",
    "ahead of the {noun}", "following a {adj} {noun}",
  ]
  static let proposals = [
    "an independent {noun} into the {noun}", "a {adj} tax on {plural}", "talks on the {noun}",
    "a ban on {plural}", "the release of the {noun}", "an emergency {noun} on the {noun}",
    "a freeze on {plural}", "a referendum on the {noun}", "higher {plural} for {plural}",
    "a moratorium on the {noun}", "a {adj} fund for {plural}",
  ]
  static let headings = ["Difference of approaches", "What comes next", "Reactions", "Background", "The numbers"]
  static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  private static func words(_ text: String) -> [String] {
    text.split(whereSeparator: \.isWhitespace).map(String.init)
  }

  /// Cumulative Zipf–Mandelbrot weights (the k-th word weighs 1/(k + 20)) for lists of each length, so
  /// `zipf` is a binary search. The shift flattens the head as in real news: in the Wikinews corpus the
  /// most common nouns ("government", "police") are in 3–5% of paragraphs, "budget" in 0.3%.
  private static let cumulative: [Int: [Double]] = {
    var tables: [Int: [Double]] = [:]
    for count in [
      nouns.count, adjectives.count, verbs.count, infinitives.count, firstNames.count, lastNames.count, places.count,
    ] {
      var total = 0.0
      tables[count] = (1...count).map { rank in
        total += 1 / Double(rank + 20)
        return total
      }
    }
    return tables
  }()

  /// An element of `list`, the k-th about 1/k as likely as the first.
  private static func zipf(_ list: [String], _ g: inout SeededRandom) -> String {
    let table = cumulative[list.count]!
    let target = Double(g.next() % 1_000_000_000) / 1_000_000_000 * table[table.count - 1]
    var low = 0
    var high = table.count - 1
    while low < high {
      let middle = (low + high) / 2
      if table[middle] < target { low = middle + 1 } else { high = middle }
    }
    return list[low]
  }

  /// `template` with its slots filled.
  static func filled(_ template: String, _ g: inout SeededRandom) -> String { fill(template, &g) }

  /// `template` with its slots filled.
  private static func fill(_ template: String, _ g: inout SeededRandom) -> String {
    var out = ""
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      out += rest[..<open]
      switch rest[rest.index(after: open)..<close] {
      case "noun": out += zipf(nouns, &g)
      case "plural": out += zipf(nouns, &g) + "s"
      case "adj": out += zipf(adjectives, &g)
      case "verb": out += zipf(verbs, &g)
      case "Org": out += g.pick(organisations)
      case "Place": out += zipf(places, &g).capitalized
      case "day": out += g.pick(days)
      case "Name": out += zipf(firstNames, &g) + " " + zipf(lastNames, &g)
      default: out += String(g.number(2...40))
      }
      rest = rest[rest.index(after: close)...]
    }
    return out + rest
  }

  /// The text of article `index`.
  func article(_ index: Int) -> String {
    var g = SeededRandom(seed: seed &+ UInt64(index) &* 0x9E37_79B9)
    func person() -> (full: String, last: String) {
      let last = Self.zipf(Self.lastNames, &g)
      return ("\(Self.zipf(Self.firstNames, &g)) \(last)", last)
    }
    func fill(_ template: String) -> String { Self.fill(template, &g) }
    func narrativeSentence() -> String {
      fill("\(g.pick(Self.narrativeSubjects)) {verb} the {adj} {noun} \(g.pick(Self.narrativeTails)).")
    }
    let topic = Self.zipf(Self.nouns, &g)
    let outlet = g.pick(Self.outlets)
    let (year, month, day) = (2019 + g.number(0...2), g.number(1...12), g.number(1...28))
    let iso = String(format: "%04d-%02d-%02d", year, month, day)
    let title =
      g.number(0...1) == 0
      ? fill("{Org} {verb} {adj} \(topic) plan")
      : "\(g.pick(Self.groups)) divided over the \(fill("{adj}")) \(topic)"
    var paragraphs = ["---\ntitle: \(title)\nsource: \(outlet)\ndate: \(iso)\n---", title]
    let lead = person()
    paragraphs.append(
      "\(Self.zipf(Self.places, &g)) (\(outlet) - \(day)th \(Self.months[month - 1]), \(year)) \(lead.full), "
        + "\(g.pick(Self.roles)), said on \(g.pick(Self.days)) that the \(topic) would be reviewed. "
        + narrativeSentence() + " " + narrativeSentence())
    if g.number(0...1) == 0 { paragraphs.append(wireParagraph(index / 6 + g.number(0...2), &g)) }
    for _ in 0..<g.number(7...15) {
      let speaker = person()
      let statement = fill("\(g.pick(Self.statementOpenings)) \(Self.zipf(Self.infinitives, &g)) the {adj} {noun}")
      switch g.number(0...11) {
      case 0, 1:
        paragraphs.append("“\(statement),” \(speaker.full), \(g.pick(Self.roles)), said. " + narrativeSentence())
      case 2:
        paragraphs.append("\"\(statement),\" said \(speaker.last), adding that the \(fill("{noun}")) was at stake.")
      case 3:
        paragraphs.append(
          "According to \(speaker.full), the \(topic) will cost more than planned. " + narrativeSentence())
      case 4:
        if g.number(0...1) == 0 {
          paragraphs.append("\(g.pick(Self.groups)) called for \(fill(g.pick(Self.proposals))). " + narrativeSentence())
        } else {
          paragraphs.append(
            "\(speaker.full) proposed \(fill(g.pick(Self.proposals))), telling reporters: \"\(statement).\"")
        }
      case 5: paragraphs.append(g.pick(Self.headings))
      case 6:
        paragraphs.append(
          "\(speaker.last) told the newspaper that the \(fill("{noun}")) had been \(fill("{verb}")) \"too early\".")
      default: paragraphs.append((0..<g.number(2...4)).map { _ in narrativeSentence() }.joined(separator: " "))
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
    let stamp = "generator 6 seed \(seed) count \(count)\n"
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
